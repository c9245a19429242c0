"""The help panel: the emergency number on top, then crisis lines, then other help.

A top-level window owned by :class:`~companion.ui.help.access.HelpAccess`. It never
touches the network; everything comes from the offline directory. Self-test and tests
drive it through :meth:`HelpPanel.show_country`, :meth:`HelpPanel.emergency_text`,
:meth:`HelpPanel.set_search` and friends.
"""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable
from datetime import datetime

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPaintEvent, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.core.clock import Clock, SystemClock
from companion.core.errors import ResourceDataError
from companion.core.resources import links
from companion.core.resources.directory import Directory
from companion.core.resources.records import Channel, Service
from companion.ui.help import wording as fmt
from companion.ui.help.controls import HelpControls
from companion.ui.help.pack_notice import PackNotice
from companion.ui.help.sections import Filters, Section, country_sections, search_section
from companion.ui.help.service_card import ServiceCard, scaled_font, text_label

FIRST_PAINT_ENV = "COMPANION_BENCH_FIRST_PAINT"  # benchmarks only: stamp first paint, quit
FIRST_BATCH = 4  # cards built before the first paint
LATER_BATCH = 6  # cards built per event-loop turn after that
UNPAINTED_BATCH_DELAY_MS = 300  # the rest, if the first paint never comes
NO_EMERGENCY = "If you are in immediate danger, call your local emergency number."


class HelpPanel(QWidget):
    """The "Get help now" window."""

    country_changed = Signal(str)  # "" for the international list
    first_painted = Signal()

    def __init__(
        self,
        directory: Directory,
        *,
        country: str | None = None,
        country_saver: Callable[[str], None] | None = None,
        clock: Clock | None = None,
        problems: Iterable[ResourceDataError] = (),
        parent: QWidget | None = None,
    ) -> None:
        if parent is None:  # a widget without a parent is a window already
            super().__init__()
        else:
            from PySide6.QtCore import Qt  # not on the usual path: see text_label

            super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpPanel")
        self.setWindowTitle("Get help now — Companion")
        self.setAccessibleName("Get help now")
        self._directory = directory
        self._saver = country_saver
        self._clock: Clock = clock or SystemClock()
        self._country: str | None = None
        self._painted = False
        self._cards: list[ServiceCard] = []
        self._section_titles: list[str] = []
        self._pending: deque[tuple[Section, list[Service] | None]] = deque()
        self._now: datetime = self._clock.now()
        self._more = QTimer(self)
        self._more.setSingleShot(True)
        self._more.timeout.connect(lambda: self._build(LATER_BATCH))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)
        self.notice = PackNotice(list(problems), self)
        outer.addWidget(self.notice)
        outer.addWidget(self._build_banner())
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("helpScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # Qt.ScrollBarPolicy.ScrollBarAlwaysOff, by property: see service_card.text_label.
        self.scroll_area.setProperty("horizontalScrollBarPolicy", 1)
        body = QWidget(self.scroll_area)
        body.setObjectName("helpBody")
        self._body_layout = QVBoxLayout(body)
        self._body_layout.setContentsMargins(0, 0, 4, 0)
        self.controls = HelpControls(directory, body)
        self._body_layout.addWidget(self.controls)
        self.results = QWidget(body)
        self.results.setObjectName("helpResults")
        self._results_layout = QVBoxLayout(self.results)
        self._results_layout.setContentsMargins(0, 0, 0, 0)
        self._results_layout.setSpacing(10)
        self._body_layout.addWidget(self.results)
        self._body_layout.addStretch(1)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)

        self.controls.country_picked.connect(self._on_country_picked)
        self.controls.filters_changed.connect(self._refresh)
        QShortcut(QKeySequence("Esc"), self, self.close)
        self._fit_to_screen()
        self.show_country(country)

    # -- building -------------------------------------------------------------------

    def _build_banner(self) -> QFrame:
        banner = QFrame(self)
        banner.setObjectName("emergencyBanner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setAutoFillBackground(True)
        banner.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        layout = QVBoxLayout(banner)
        self.banner_text = text_label(NO_EMERGENCY, banner, name="emergencyText")
        self.banner_text.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.emergency_number = text_label("", banner, name="emergencyNumber", keys=True)
        self.emergency_number.setFont(scaled_font(self.font(), 2.2, bold=True))
        self.emergency_labels = text_label("", banner, name="emergencyLabels")
        self.emergency_source = text_label("", banner, name="emergencySource")
        self.emergency_source.setFont(scaled_font(self.font(), 0.9))
        self.emergency_source.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.emergency_call = QPushButton("Call", banner)
        self.emergency_call.setObjectName("emergencyCall")
        self.emergency_call.setAutoDefault(True)
        self.emergency_call.clicked.connect(self._call_emergency)
        layout.addWidget(self.banner_text)
        layout.addWidget(self.emergency_number)
        layout.addWidget(self.emergency_labels)
        # As wide as its text, on the left (a Maximum policy does what AlignLeft would).
        self.emergency_call.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.emergency_call)
        layout.addWidget(self.emergency_source)
        return banner

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 760, 860
        if screen is not None:
            width, height = min(width, screen.width()), min(height, screen.height())
        self.resize(width, height)

    # -- public API (app, self-test, tests) ------------------------------------------

    def show_country(self, code: str | None) -> None:
        """Show help for ``code`` (ISO alpha-2), or the international list for ``None``."""
        self._country = code.upper() if code else None
        self.controls.set_country(self._country)
        self._update_banner()
        self._refresh()

    def refresh(self) -> None:
        """Rebuild the list with the current time (for "open now")."""
        self._update_banner()
        self._refresh()

    def current_country(self) -> str | None:
        """The country shown, or ``None`` for the international list."""
        return self._country

    def emergency_text(self) -> str:
        """The emergency number(s) shown in the banner ('' when none is known)."""
        return self.emergency_number.text() if self.emergency_number.isVisibleTo(self) else ""

    def set_search(self, text: str) -> None:
        """Search every country (empty text goes back to the country's list)."""
        self.controls.set_text(text)
        self._refresh()

    def set_channels(self, channels: Iterable[Channel]) -> None:
        """Only show services offering one of ``channels`` (empty: no channel filter)."""
        self.controls.set_channels(frozenset(channels))
        self._refresh()

    def set_open_now(self, only_open: bool) -> None:
        """Only show services known to be open now."""
        self.controls.set_open_now(only_open)
        self._refresh()

    def cards(self) -> list[ServiceCard]:
        """The service cards currently listed, top to bottom."""
        self._flush()
        return list(self._cards)

    def visible_service_ids(self) -> list[str]:
        """Ids of the listed services, top to bottom."""
        return [card.service.id for card in self.cards()]

    def section_titles(self) -> list[str]:
        """Headings of the listed sections, top to bottom."""
        self._flush()
        return list(self._section_titles)

    def focus_start(self) -> None:
        """Put keyboard focus where a screen reader reads the emergency number first."""
        target = self.emergency_number if self.emergency_number.isVisibleTo(self) else None
        (target or self.controls.search).setFocus()  # Qt.FocusReason.OtherFocusReason

    # -- behaviour ------------------------------------------------------------------

    def _on_country_picked(self, code: str) -> None:
        self.show_country(code or None)
        if code and self._saver is not None:
            self._saver(code)
        self.country_changed.emit(code)

    def _emergency_service(self) -> Service | None:
        return self._directory.emergency(self._country) if self._country else None

    def _update_banner(self) -> None:
        service = self._emergency_service()
        phone = service.phones[0] if service and service.phones else None
        if service is None or phone is None:
            self.banner_text.setText(NO_EMERGENCY)
            for widget in (self.emergency_number, self.emergency_labels, self.emergency_call):
                widget.hide()
            self.emergency_source.hide()
            return
        number, labels = fmt.emergency_numbers(service)
        self.banner_text.setText("If you are in immediate danger, call")
        self.emergency_number.setText(number)
        self.emergency_number.setAccessibleName(f"Emergency number: {number}")
        self.emergency_labels.setText(labels or "")
        self.emergency_labels.setVisible(bool(labels))
        self.emergency_call.setText(f"Call {phone.display}")
        self.emergency_call.setAccessibleName(f"Call emergency services {phone.display}")
        source = fmt.source_line(service)
        self.emergency_source.setText(source or "")
        self.emergency_source.setVisible(bool(source))
        self.emergency_number.show()
        self.emergency_call.show()

    def _call_emergency(self) -> None:
        service = self._emergency_service()
        if service and service.phones:
            QDesktopServices.openUrl(QUrl(links.tel_uri(service.phones[0])))

    def _refresh(self) -> None:
        filters: Filters = self.controls.filters()
        now = self._clock.now()
        summary = ""
        if filters.text.strip():
            section, total = search_section(self._directory, filters, now)
            sections = [section]
            if total > len(section.services):
                summary = f"Showing the first {len(section.services)}. Add a word to narrow it."
        else:
            sections = country_sections(self._directory, self._country, filters, now)
            if self._country and not self._directory.for_country(self._country):
                name = self._directory.country_name(self._country)
                summary = f"We don't have a list for {name} yet."
        self._render(sections, summary, now, filtered=filters.active)

    def _render(
        self, sections: list[Section], summary: str, now: datetime, *, filtered: bool
    ) -> None:
        self._pending.clear()
        self._more.stop()
        while (item := self._results_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._cards, self._section_titles = [], []
        self._now = now
        if summary:
            self._results_layout.addWidget(text_label(summary, self.results, name="summary"))
        if not sections:
            empty = "Nothing matches these filters. Try removing one."
            self._results_layout.addWidget(
                text_label(
                    empty if filtered else "No services listed.", self.results, name="emptyMessage"
                )
            )
        for section in sections:
            self._pending.append((section, None))
            self._pending.extend((section, group) for group in section.groups)
        # The first cards are built at once (they are what fills the window); the rest
        # follow in small batches so the panel paints, and typing stays smooth, sooner.
        self._build(FIRST_BATCH)

    def _build(self, max_cards: int | None) -> None:
        built = 0
        while self._pending and (max_cards is None or built < max_cards):
            section, group = self._pending.popleft()
            if group is None:
                self._add_heading(section)
            else:
                self._add_group(section, group)
                built += len(group)
        if self._pending:
            # Before the first paint the rest waits for it (paintEvent restarts the
            # timer): a zero timer would run ahead of the window's first expose. The
            # long fallback completes a panel that is never painted (e.g. minimised).
            self._more.start(0 if self._painted else UNPAINTED_BATCH_DELAY_MS)

    def _flush(self) -> None:
        """Build whatever is still queued (queries always see the complete list)."""
        if self._pending:
            self._more.stop()
            self._build(None)

    def _add_heading(self, section: Section) -> None:
        heading = text_label(section.heading, self.results, name="sectionHeading")
        heading.setFont(scaled_font(self.font(), 1.3, bold=True))
        heading.setAccessibleName(section.heading)
        self._results_layout.addWidget(heading)
        self._section_titles.append(section.heading)

    def _add_group(self, section: Section, group: list[Service]) -> None:
        holder: QWidget = self.results
        layout = self._results_layout
        if len(group) > 1:  # paired services share one outlined box
            box = QFrame(self.results)
            box.setObjectName("pairedServices")
            box.setFrameShape(QFrame.Shape.StyledPanel)
            box.setAccessibleName("Related lines")
            layout = QVBoxLayout(box)
            layout.addWidget(text_label("Related lines:", box))
            self._results_layout.addWidget(box)
            holder = box
        for service in group:
            country = (
                self._directory.country_name(service.country) if section.show_country else None
            )
            card = ServiceCard(
                service,
                self._now,
                prominent=section.prominent,
                show_country=country,
                parent=holder,
            )
            layout.addWidget(card)
            self._cards.append(card)

    # -- benchmark hook -------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._painted:
            return
        self._painted = True
        self.first_painted.emit()
        if os.environ.get(FIRST_PAINT_ENV) == "1":
            # Inert unless the startup benchmark asks: once this paint pass is complete
            # (children included, and on screen), print a stamp and leave.
            QTimer.singleShot(0, self, self._stamp_first_paint)
        # What is not needed to see the first lines of help comes right after.
        QTimer.singleShot(0, self, self.controls.populate)
        if self._pending:
            self._more.start(0)

    def _stamp_first_paint(self) -> None:
        sys.stdout.write(f"FIRST_PAINT_CPU {time.process_time() * 1000:.3f}\n")
        sys.stdout.write(f"FIRST_PAINT {time.time():.6f} {self.emergency_text()}\n")
        sys.stdout.flush()
        QApplication.quit()
