"""About Companion: version, licences, where the help data comes from, and honest limits."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion import __version__
from companion.core.assets import asset_path
from companion.ui.help.access import HelpAccess
from companion.ui.help.service_card import scaled_font, text_label
from companion.ui.shell.i18n import noop, translate
from companion.ui.widgets.markdown_view import MarkdownView

LICENCE = QT_TRANSLATE_NOOP(
    "Shell",
    "Companion is free software: you can share and change it under the GNU General Public "
    "License, version 3 or (at your option) any later version.",
)
NO_NETWORK = QT_TRANSLATE_NOOP(
    "Shell",
    "Companion opens no network connection, ever: no telemetry, no update check, no "
    "account, no fonts or pictures from the web. Phone numbers, text messages and websites "
    "are handed to your computer only when you click Call, Text, Chat or Website.",
)
LIMITS = QT_TRANSLATE_NOOP(
    "Shell",
    "What Companion cannot protect against: a keylogger or other spying software on this "
    "computer; the administrator of this computer; someone watching your screen or looking "
    "over your shoulder. On a shared or work computer, please keep this in mind.",
)
DATA_FALLBACK = QT_TRANSLATE_NOOP(
    "Shell",
    "The help directory is built from public sources; each service shows where its number "
    "came from and the date of that source.",
)


def _attribution_from_directory() -> str | None:
    try:
        doc = json.loads(asset_path("resources", "directory.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    text = doc.get("attribution") if isinstance(doc, dict) else None
    return text if isinstance(text, str) else None


def data_attribution(license_file: Path | None = None) -> str:
    """The help data's licence and sources: ``LICENSE-DATA.md`` when it ships, else the
    directory's own attribution line, else a general statement."""
    try:
        path = license_file or asset_path("resources", "LICENSE-DATA.md")
        return path.read_text("utf-8").strip()
    except (OSError, FileNotFoundError):
        pass
    return _attribution_from_directory() or translate("Shell", noop(DATA_FALLBACK))


class AboutDialog(QDialog):
    """The About window. ``help_access`` adds the usual Get help button."""

    def __init__(
        self,
        help_access: HelpAccess | None = None,
        parent: QWidget | None = None,
        *,
        license_file: Path | None = None,
        computer: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("Shell", "About Companion"))
        outer = QVBoxLayout(self)

        header = QHBoxLayout()
        title = text_label(
            #: {version} is the version number, such as 1.0.0.
            translate("Shell", "Companion {version}").format(version=__version__),
            self,
            name="aboutTitle",
        )
        title.setFont(scaled_font(self.font(), 1.5, bold=True))
        header.addWidget(title, 1)
        if help_access is not None:
            self.help_button = help_access.button(self)
            header.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)

        scroll = QScrollArea(self)
        # A Tab stop (the arrow keys scroll it at large text sizes), so it needs a name.
        scroll.setAccessibleName(translate("Shell", "About Companion"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        sections = (
            (
                translate("Shell", "A private journal with offline help, one keystroke away."),
                "tagline",
            ),
            (translate("Shell", noop(LICENCE)), "licence"),
            (translate("Shell", noop(NO_NETWORK)), "noNetwork"),
            (translate("Shell", noop(LIMITS)), "limits"),
        )
        for text, name in sections:
            layout.addWidget(text_label(text, body, name=name))
        if computer:
            # For whoever looks after this computer: which mode is in force and why, and
            # what the organisation's policy sets (or could not use).
            here = text_label(translate("Shell", "On this computer"), body, name="computerHeading")
            here.setFont(scaled_font(self.font(), 1.15, bold=True))
            layout.addWidget(here)
            self.computer = text_label("\n".join(computer), body, name="computerDetails")
            self.computer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.computer)
        heading = text_label(
            translate("Shell", "Where the help directory comes from"), body, name="dataHeading"
        )
        heading.setFont(scaled_font(self.font(), 1.15, bold=True))
        layout.addWidget(heading)
        # The licence file is Markdown: rendered (headings, bold, tables), not shown raw.
        self.attribution = MarkdownView(body)
        self.attribution.set_document(data_attribution(license_file))
        self.attribution.setObjectName("dataAttribution")
        self.attribution.setAccessibleName(translate("Shell", "Help data licence and sources"))
        self.attribution.setTabChangesFocus(True)
        self.attribution.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        layout.addWidget(self.attribution, 1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            translate("Shell", "Close About")
        )
        outer.addWidget(buttons)
        self.resize(620, 620)
