"""A short row of things that may help right now, shown in the help panel.

The help panel is part of no other feature and never needs the journal to be unlocked, so
it does not know what these things are: the app registers them through
:meth:`companion.ui.help.access.HelpAccess.add_self_care_link` (a breathing exercise,
Learn, a copy of the person's safety plan …) and each one is a button here that calls
back into the app. A link that fails to open never takes help away: the panel says so
kindly and stays as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from companion.core.resources.frozen import record
from companion.ui.help.announce import say
from companion.ui.help.service_card import push_button, scaled_font, text_label
from companion.ui.shell.i18n import translate
from companion.ui.widgets.flow_layout import flow_container

_log = logging.getLogger(__name__)


@record
class SelfCareLink:
    """One entry: a stable ``key``, the button's words, and what a click does.

    ``open`` receives the help panel window (to parent a dialog on) or ``None``.
    """

    key: str
    text: str
    open: Callable[[QWidget | None], None]


class SelfCareRow(QWidget):
    """'Things that may help right now' and a button per registered link."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("selfCareRow")
        self.setAccessibleName(translate("Help", "Things that may help right now"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        self.heading = text_label(
            translate("Help", "Things that may help right now"), self, name="selfCareHeading"
        )
        self.heading.setFont(scaled_font(self.font(), 1.1, bold=True))
        layout.addWidget(self.heading)
        self._row, self._flow = flow_container(self)
        layout.addWidget(self._row)
        self.feedback = text_label("", self, name="selfCareFeedback")
        self.feedback.hide()
        layout.addWidget(self.feedback)
        self._links: tuple[SelfCareLink, ...] = ()
        self._buttons: list[QPushButton] = []
        self.hide()

    def set_links(self, links: Sequence[SelfCareLink]) -> None:
        """Show one button per link, in the order given (hidden when there are none)."""
        if tuple(links) == self._links:
            return
        self._links = tuple(links)
        for button in self._buttons:
            self._flow.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._buttons = []
        for link in self._links:
            button = push_button(link.text, self._row)
            button.setObjectName(f"selfCare_{link.key}")
            button.setAccessibleName(link.text)
            button.setAutoDefault(True)
            button.clicked.connect(lambda _=False, chosen=link: self._open(chosen))
            self._flow.addWidget(button)
            self._buttons.append(button)
        self.feedback.hide()
        self.setVisible(bool(self._links))

    def links(self) -> tuple[SelfCareLink, ...]:
        """The links shown, in order."""
        return self._links

    def buttons(self) -> list[QPushButton]:
        """The buttons, in order."""
        return list(self._buttons)

    def _open(self, link: SelfCareLink) -> None:
        self.feedback.hide()
        try:
            link.open(self.window())
        except Exception:  # whatever the app's callback does, help stays usable
            _log.exception("self-care link %r could not be opened", link.key)
            say(
                self.feedback,
                translate("Help", "Sorry, “{name}” could not be opened just now.").format(
                    name=link.text
                ),
            )
