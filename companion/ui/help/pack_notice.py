"""A calm notice that a local list could not be read, with details for the administrator."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from companion.core.errors import ResourceDataError
from companion.ui.help.service_card import push_button, text_label

MAX_DETAIL_LINES = 20  # per problem; the log has the rest


def _details(problems: list[ResourceDataError]) -> str:
    lines: list[str] = []
    for problem in problems:
        lines.append(f"{problem.source}:")
        lines.extend(f"  • {line}" for line in problem.problems[:MAX_DETAIL_LINES])
        hidden = len(problem.problems) - MAX_DETAIL_LINES
        if hidden > 0:
            lines.append(f"  … and {hidden} more")
    return "\n".join(lines)


class PackNotice(QFrame):
    """Hidden when there is nothing to say."""

    def __init__(self, problems: list[ResourceDataError], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self._problems = problems
        self.setVisible(bool(problems))
        if not problems:  # the usual case: nothing inside, nothing to build
            return
        layout = QVBoxLayout(self)
        names = ", ".join(p.source for p in problems)
        self.message = text_label(
            f"A local list added by your organisation could not be read: {names}. "
            "The built-in list is shown below.",
            self,
            name="packNoticeText",
        )
        self.toggle = push_button("Show details for your administrator", self)
        self.toggle.setObjectName("packNoticeToggle")
        self.toggle.setCheckable(True)
        self.details = text_label(_details(problems), self, name="packNoticeDetails", keys=True)
        self.details.setVisible(False)
        self.toggle.toggled.connect(self.details.setVisible)
        layout.addWidget(self.message)
        layout.addWidget(self.toggle)
        layout.addWidget(self.details)

    def text(self) -> str:
        """Everything the notice says (message and details)."""
        if not self._problems or not self.isVisibleTo(self.parentWidget() or self):
            return ""
        return f"{self.message.text()}\n{self.details.text()}"
