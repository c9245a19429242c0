"""The accessibility walk: opt-in on developer machines, always on in CI.

Tests marked ``a11y`` drive the real accessibility stack (Xvfb, a private D-Bus session,
the AT-SPI bus, pyatspi from the system Python). They run when ``COMPANION_A11Y=1`` or
``CI`` is set (``.ci/run`` sets ``COMPANION_A11Y=1``); otherwise they are *deselected*
(reported as such, never counted as passed). When they run and a part of the stack is
missing, they fail and name the Debian packages to install.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# importlib import mode does not put test folders on sys.path.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from a11y_harness import DEBIAN_PACKAGES, Desktop, stack_problems

ENABLE_VAR = "COMPANION_A11Y"


def walk_enabled() -> bool:
    if os.environ.get(ENABLE_VAR, "").strip() not in ("", "0"):
        return True
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "a11y: drives the real AT-SPI stack; runs with COMPANION_A11Y=1 or in CI, "
        "deselected otherwise",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if walk_enabled():
        return
    walk = [item for item in items if item.get_closest_marker("a11y") is not None]
    if walk:
        config.hook.pytest_deselected(items=walk)
        items[:] = [item for item in items if item.get_closest_marker("a11y") is None]


def pytest_report_header(config: pytest.Config) -> str:
    if walk_enabled():
        return "accessibility walk (tests/a11y): on"
    return f"accessibility walk (tests/a11y): deselected; set {ENABLE_VAR}=1 to run it"


@pytest.fixture(scope="session")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    """Xvfb plus a private session bus with the AT-SPI bus and the screen-reader agent."""
    problems = stack_problems()
    if problems:
        pytest.fail(
            "The accessibility walk needs the real AT-SPI stack, and it is not complete:\n- "
            + "\n- ".join(problems)
            + f"\nInstall it with: apt-get install {DEBIAN_PACKAGES}"
            + f"\n(or unset {ENABLE_VAR}/CI to leave the walk out on this machine)",
            pytrace=False,
        )
    screen = Desktop(tmp_path_factory.mktemp("a11y-desktop"))
    try:
        yield screen
    finally:
        screen.close()
