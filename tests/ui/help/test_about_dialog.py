"""The About dialog: version, licences, data attribution, no-network and honest limits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from companion import __version__
from companion.core.clock import FakeClock
from companion.core.resources.directory import Directory
from companion.core.resources.loading import HelpData
from companion.ui.help.access import HelpAccess
from companion.ui.shell.about_dialog import AboutDialog


def test_about_states_version_licence_privacy_and_limits(
    qtbot: QtBot, directory: Directory, noon_utc: FakeClock
) -> None:
    access = HelpAccess(
        lambda: "GB", lambda _c: None, clock=noon_utc, loader=lambda: HelpData(directory)
    )
    dialog = AboutDialog(access)
    qtbot.addWidget(dialog)
    dialog.show()
    assert __version__ in dialog.findChild(QLabel, "aboutTitle").text()
    assert "GNU General Public License" in dialog.findChild(QLabel, "licence").text()
    assert "no network connection" in dialog.findChild(QLabel, "noNetwork").text()
    limits = dialog.findChild(QLabel, "limits").text()
    for threat in ("keylogger", "administrator", "watching your screen"):
        assert threat in limits
    assert dialog.help_button.accessibleName() == "Get help now"
    dialog.help_button.click()
    assert access.panel() is not None
    qtbot.addWidget(access.panel())


def test_data_attribution_comes_from_the_licence_file(qtbot: QtBot, tmp_path: Path) -> None:
    licence = tmp_path / "LICENSE-DATA.md"
    licence.write_text("Derived from Wikipedia (CC BY-SA 4.0), revision 1363635917.\n", "utf-8")
    dialog = AboutDialog(license_file=licence)
    qtbot.addWidget(dialog)
    text = dialog.attribution.toPlainText()
    assert "CC BY-SA 4.0" in text
    assert "1363635917" in text
    assert dialog.attribution.isReadOnly()


def test_bundled_attribution_names_the_licence_and_revisions(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.attribution.toPlainText()
    assert "CC BY-SA 4.0" in text
    assert "1363635917" in text  # the Wikipedia revision the crisis lines come from
