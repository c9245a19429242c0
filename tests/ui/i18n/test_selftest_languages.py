"""``LANGUAGE=xx companion --self-test`` passes and renders every screen in each language.

The self-test installs the system's language first (companion/selftest/checks/
language.py), so every screen it renders afterwards is built in that language; a
screen check that looked for English words would fail here. Runs the real command
line in a child process, as a person or CI would.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("lang", "rtl"), [("de", False), ("es", False), ("fr", False), ("ar", True)]
)
def test_self_test_passes_in_each_language(tmp_path: Path, lang: str, rtl: bool) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")
    }
    env.update(LANGUAGE=lang, LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    data = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-m", "companion", "--self-test", "--data-dir", str(data)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    out = result.stdout
    assert result.returncode == 0, out[-3000:] + result.stderr[-3000:]
    assert f"language: {lang}{' (right to left)' if rtl else ''}" in out
    assert "checks passed" in out.splitlines()[-1]
    shots = sorted((data / "self-test-screens").glob("*.png"))
    names = {p.name for p in shots}
    for expected in ("first-run.png", "main-window.png", "lock-screen.png", "recovery-code.png"):
        assert expected in names
    assert len(shots) >= 10
    for shot in shots:
        image = QImage(str(shot))
        assert not image.isNull()
        assert image.width() >= 200
