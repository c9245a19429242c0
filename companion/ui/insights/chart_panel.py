"""One chart with its title, a sentence of summary, "Show as table" and "Export as PNG…".

The summary sentence is also the chart's accessible description, and the table shows
the very rows the chart was drawn from, so nothing is only in the picture.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.core.errors import CompanionError
from companion.core.fsutil import atomic_write_bytes
from companion.ui.insights.chart_views import ChartView
from companion.ui.insights.table_model import InsightTableModel, TableContent
from companion.ui.shell.i18n import translate
from companion.ui.shell.messages import show_message
from companion.ui.widgets.private_file_dialog import ask_save_path


class ChartPanel(QWidget):
    """A titled chart that can switch to its table and be saved as a picture.

    Args:
        title: The chart's name (translated).
        view: The chart widget.
        file_stem: The suggested file name for exports (no personal words in it).
        parent: The owning widget.
    """

    exported = Signal(Path)

    def __init__(
        self, title: str, view: ChartView, file_stem: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._stem = file_stem
        self.view = view
        self.view.setParent(self)
        self.view.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title_label = QLabel(title, self)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        top.addWidget(self.title_label, 1)
        self.table_button = QPushButton(translate("Insights", "Show as table"), self)
        self.table_button.setCheckable(True)
        self.table_button.setAutoDefault(False)
        self.table_button.setAccessibleName(
            translate("Insights", "Show {chart} as a table").format(chart=title)
        )
        self.table_button.toggled.connect(self.show_table)
        self.export_button = QPushButton(translate("Insights", "Export as PNG…"), self)
        self.export_button.setAutoDefault(False)
        self.export_button.setAccessibleName(
            translate("Insights", "Export {chart} as a PNG picture").format(chart=title)
        )
        self.export_button.clicked.connect(self.export_png)
        top.addWidget(self.table_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        self.model = InsightTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(
            translate("Insights", "{chart}, as a table").format(chart=title)
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        # Columns are fitted when the table is shown, not on every change: measuring 365
        # rows of a hidden table on each switch cost more than drawing the chart.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setMinimumHeight(self.fontMetrics().height() * 12)
        self.table.setVisible(False)
        layout.addWidget(self.table, 1)

    @property
    def title(self) -> str:
        """The chart's name."""
        return self._title

    def set_summary(self, text: str) -> None:
        """The sentence under the title; also what screen readers hear for the chart."""
        self.summary.setText(text)
        self.summary.setVisible(bool(text))
        self.view.setAccessibleDescription(text)

    def set_table(self, content: TableContent) -> None:
        """The rows behind the chart."""
        self.model.set_content(content)
        if not self.table.isHidden():
            self.table.resizeColumnsToContents()

    def show_table(self, on: bool) -> None:
        """Show the table instead of the chart (or the chart again)."""
        if self.table_button.isChecked() != on:
            self.table_button.setChecked(on)  # emits toggled, which comes back here
            return
        self.table.setVisible(on)
        self.view.setVisible(not on)
        if on:
            self.table.resizeColumnsToContents()
        self.table_button.setText(
            translate("Insights", "Show as chart") if on else translate("Insights", "Show as table")
        )

    def export_png(self) -> Path | None:
        """Ask where, then save the chart as a PNG picture. Returns the path, if saved."""
        suggested = Path.home() / f"{self._stem}.png"
        path = ask_save_path(
            self,
            translate("Insights", "Export chart as PNG"),
            suggested,
            translate("Insights", "PNG pictures (*.png)"),
        )
        if path is None:
            return None
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        return self.save_png(path)

    def save_png(self, path: Path) -> Path | None:
        """Save the chart (title included) as a PNG at ``path``; ``None`` on failure."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # The stubs want bytes for the format, but PySide6 6.11 accepts only str here.
        if not self.view.export_image(self._title).save(buffer, "PNG"):  # type: ignore[call-overload]
            show_message(self, translate("Insights", "The picture could not be made."))
            return None
        buffer.close()
        try:
            atomic_write_bytes(path, bytes(data.data()))
        except (OSError, CompanionError) as exc:
            show_message(self, exc)
            return None
        self.exported.emit(path)
        return path
