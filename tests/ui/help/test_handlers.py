"""Whether this computer has a program for tel: and sms: links (read from local settings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.ui.help import handlers


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Empty XDG config and data folders, and nothing else to look at."""
    for name in ("config", "data", "config-dirs", "data-dirs"):
        (tmp_path / name / "applications").mkdir(parents=True)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "config-dirs"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "data-dirs"))
    return tmp_path


def test_a_library_pc_has_no_program_for_calls(xdg: Path) -> None:
    assert handlers._linux_has_handler("tel") is False
    assert handlers._linux_has_handler("sms") is False


def test_a_registered_program_is_found(xdg: Path) -> None:
    (xdg / "config" / "mimeapps.list").write_text(
        "[Default Applications]\nx-scheme-handler/tel=org.example.Phone.desktop;\n",
        encoding="utf-8",
    )
    (xdg / "data-dirs" / "applications" / "mimeinfo.cache").write_text(
        "[MIME Cache]\nx-scheme-handler/sms=\nx-scheme-handler/https=browser.desktop;\n",
        encoding="utf-8",
    )
    assert handlers._linux_has_handler("tel") is True
    assert handlers._linux_has_handler("sms") is False  # listed with no program


def test_open_link_asks_before_handing_tel_and_sms_over(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    monkeypatch.setattr(handlers, "has_handler", lambda scheme: scheme == "sms")
    assert handlers.open_link("tel:116123") is False
    assert handlers.open_link("sms:85258?body=SHOUT") is True
    assert handlers.open_link("https://www.samaritans.org") is True  # the web needs no check
    assert opened == ["sms:85258?body=SHOUT", "https://www.samaritans.org"]
