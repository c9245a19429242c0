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
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMainWindow, QScrollArea, QVBoxLayout, QWidget

from companion.core.clock import Clock, SystemClock
from companion.core.datetime_types import datetime
from companion.core.errors import ResourceDataError
from companion.core.resources.directory import Directory
from companion.core.resources.records import Channel, Service
from companion.ui.help.banner import EmergencyBanner
from companion.ui.help.controls import HelpControls
from companion.ui.help.pack_notice import PackNotice
from companion.ui.help.sections import Filters, Section, country_sections, search_section
from companion.ui.help.self_care import SelfCareLink, SelfCareRow
from companion.ui.help.service_card import ServiceCard, scaled_font, text_label
from companion.ui.shell.i18n import translate

if TYPE_CHECKING:  # annotations only: PySide6 builds each Qt type on first use
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QCloseEvent, QHideEvent, QPaintEvent, QShowEvent
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

F1_ARMED = "companionHelpShortcut"  # HelpAccess's window property: F1 is taken care of
FIRST_PAINT_ENV = "COMPANION_BENCH_FIRST_PAINT"  # benchmarks only: stamp first paint, quit
FIRST_BATCH = 1  # cards before the first paint: the first crisis line (and its pair)
LATER_BATCH = 6  # cards built per event-loop turn after that
UNPAINTED_BATCH_DELAY_MS = 300  # the rest, if the first paint never comes
PREFERRED_SIZE = (760, 860)
SELF_CARE: list[Service] = []  # marks where the self-care row goes in the queue
# Room for the title bar and frame the window manager adds (unknown until shown).
FRAME_ALLOWANCE = (16, 40)


def available_geometry(widget: QWidget) -> QRect | None:
    """The part of the widget's screen not taken by task bars (tests replace this)."""
    screen = widget.screen()
    return screen.availableGeometry() if screen is not None else None


class HelpPanel(QMainWindow):
    """The "Get help now" window (a main window, so assistive technology calls it one)."""

    country_changed = Signal(str)  # "" when the person cleared the country
    first_painted = Signal()
    settled = Signal()  # what waits for the first paint is in place (see ready())

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
        super().__init__(parent)  # a QMainWindow is a window even with a parent
        self.setObjectName("helpPanel")
        self.setWindowTitle(translate("Help", "Get help now — Companion"))
        self.setAccessibleName(translate("Help", "Get help now"))
        self._directory = directory
        self._saver = country_saver
        self._clock: Clock = clock or SystemClock()
        self._country: str | None = None
        self._painted = False
        self._cards: list[ServiceCard] = []
        self._section_titles: list[str] = []
        self._pending: deque[tuple[Section, list[Service] | None]] = deque()
        self._self_care_shown = True
        self._now: datetime = self._clock.now()
        self._more = QTimer(self)
        self._more.setSingleShot(True)
        self._more.timeout.connect(self._build_more)
        self._finished = False  # what the first paint does not wait for is in place

        # One scroll area holds everything, so at 200% text or on a short screen the
        # panel scrolls as a whole and nothing is cut off.
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("helpScroll")
        self.scroll_area.setAccessibleName(translate("Help", "Help and crisis lines"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own: Tab goes to the controls inside, and the area
        # scrolls to show whichever has the focus.
        self.scroll_area.setProperty("focusPolicy", "NoFocus")
        # By property and key name: see service_card.text_label.
        self.scroll_area.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        body = QWidget(self.scroll_area)
        body.setObjectName("helpBody")
        self._body_layout = QVBoxLayout(body)
        self._body_layout.setContentsMargins(12, 10, 12, 10)
        self._body_layout.setSpacing(8)
        # Given to the area while still empty: setWidget sizes the widget to its size
        # hint, which for a filled body lays out every label once more before showing.
        self.scroll_area.setWidget(body)
        self.notice = PackNotice(list(problems), body)
        self._body_layout.addWidget(self.notice)
        self.controls = HelpControls(directory, body)
        self._body_layout.addWidget(self.controls)
        self.banner = EmergencyBanner(body)
        self._body_layout.addWidget(self.banner)
        self.self_care = SelfCareRow(body)
        self.results = QWidget(body)
        self.results.setObjectName("helpResults")
        self._results_layout = QVBoxLayout(self.results)
        self._results_layout.setContentsMargins(0, 0, 0, 0)
        self._results_layout.setSpacing(8)
        self.controls.filter_row.setParent(body)
        self.controls.filter_row.hide()  # shown right after the first paint
        self._body_layout.addWidget(self.controls.filter_row)
        self._body_layout.addWidget(self.results)
        self._body_layout.addStretch(1)
        # Above the scrolling list, always in view: the app puts its quick-exit button
        # here (help never imports it; the slot is found by name).
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.quick_exit_slot = QWidget(central)
        self.quick_exit_slot.setObjectName("quickExitSlot")
        slot_row = QHBoxLayout(self.quick_exit_slot)
        slot_row.setContentsMargins(12, 6, 12, 0)
        slot_row.addStretch(1)
        column.addWidget(self.quick_exit_slot)
        column.addWidget(self.scroll_area, 1)
        self.setCentralWidget(central)

        self.controls.country_picked.connect(self._on_country_picked)
        self.controls.filters_changed.connect(self._refresh)
        # F1 here goes back to the emergency number: the panel makes its own shortcut
        # (see _finish_setup) and tells HelpAccess it needs none.
        self.setProperty(F1_ARMED, True)
        self._fit_to_screen()
        self.show_country(country)

    # -- names the tests and the self-test use ------------------------------------

    @property
    def banner_text(self) -> QLabel:
        """The banner's first line ("In an emergency in …, call")."""
        return self.banner.text

    @property
    def emergency_number(self) -> QLineEdit:
        """The large emergency number (read-only text a screen reader can read)."""
        return self.banner.number

    @property
    def emergency_call(self) -> QPushButton:
        """The banner's Call button."""
        return self.banner.call

    # -- size ---------------------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        """Fit the window, title bar included, on the screen (a 1366×768 laptop too)."""
        width, height = PREFERRED_SIZE
        area = available_geometry(self)
        if area is not None:
            width = min(width, area.width() - FRAME_ALLOWANCE[0])
            height = min(height, area.height() - FRAME_ALLOWANCE[1])
        self.resize(width, height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        area = available_geometry(self)
        frame = self.frameGeometry()
        if area is not None and frame.height() > area.height():
            # The real frame is taller than allowed for: shrink to fit, title bar included.
            self.resize(self.width(), self.height() - (frame.height() - area.height()))

    # -- public API (app, self-test, tests) ------------------------------------------

    def show_country(self, code: str | None) -> None:
        """Show help for ``code`` (ISO alpha-2), or ask for the country when ``None``."""
        self._country = code.upper() if code else None
        self.controls.set_country(self._country)
        self._update_banner()
        self._refresh()

    def refresh(self) -> None:
        """Rebuild the list with the current time (for "open now")."""
        self._update_banner()
        self._refresh()

    def current_country(self) -> str | None:
        """The country shown, or ``None`` when it is not known."""
        return self._country

    def emergency_text(self) -> str:
        """The emergency number(s) said large in the banner ("999 or 112")."""
        return self.banner.numbers_text()

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
        """Focus the emergency number (read first by a screen reader), or the country box."""
        if self._country is None:
            self.controls.country.setFocus()
            return
        target = self.banner.focus_target()
        (target if target.isVisibleTo(self) else self.controls.search).setFocus()

    def set_self_care_links(self, links: Iterable[SelfCareLink]) -> None:
        """Show these links under "Things that may help right now" (none: no row)."""
        self.self_care.set_links(list(links))
        self._place_self_care()

    # -- behaviour ------------------------------------------------------------------

    def _on_country_picked(self, code: str) -> None:
        self.show_country(code or None)
        if code and self._saver is not None:
            self._saver(code)
        self.country_changed.emit(code)

    def _update_banner(self) -> None:
        code = self._country
        service = self._directory.emergency(code) if code else None
        if service is not None and service.phones:
            self.banner.show_service(service, self._directory.country_name(code or ""))
        elif code:
            self.banner.show_handset_numbers(
                translate(
                    "Help",
                    "We don't have emergency numbers for {country} yet. From a mobile phone, try:",
                ).format(country=self._directory.country_name(code))
            )
        else:
            self.banner.show_handset_numbers(
                translate(
                    "Help",
                    "In an emergency, if you don't know the local number, try these. "
                    "Choose your country above for its own numbers.",
                )
            )

    def _refresh(self) -> None:
        filters: Filters = self.controls.filters()
        now = self._clock.now()
        summary = ""
        if filters.text.strip():
            section, total = search_section(self._directory, filters, now, self._country)
            sections = [section]
            if total > len(section.services):
                summary = translate(
                    "Help",
                    "Showing the first %n. Add a word to narrow it.",
                    None,
                    len(section.services),
                )
        else:
            sections = country_sections(self._directory, self._country, filters, now)
            if self._country and not self._directory.for_country(self._country):
                name = self._directory.country_name(self._country)
                summary = translate("Help", "We don't have a list for {country} yet.").format(
                    country=name
                )
        self._render(
            sections, summary, now, filtered=filters.active, searching=bool(filters.text.strip())
        )

    def _render(
        self,
        sections: list[Section],
        summary: str,
        now: datetime,
        *,
        filtered: bool,
        searching: bool = False,
    ) -> None:
        self._pending.clear()
        self._more.stop()
        while (item := self._results_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is self.self_care:
                continue  # kept: placed again below
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.self_care.setParent(self.results)
        self.self_care.hide()
        self._self_care_shown = not searching
        self._cards, self._section_titles = [], []
        self._now = now
        if summary:
            self._results_layout.addWidget(text_label(summary, self.results, name="summary"))
        if not sections:
            empty = (
                translate("Help", "Nothing matches these filters. Try removing one.")
                if filtered
                else translate("Help", "No services listed.")
            )
            self._results_layout.addWidget(text_label(empty, self.results, name="emptyMessage"))
        for index, section in enumerate(sections):
            self._pending.append((section, None))
            # One card per step: the first paint waits for the first crisis line only.
            self._pending.extend((section, [s]) for group in section.groups for s in group)
            if index == 0:  # things that may help: after the first lines to call
                self._pending.append((section, SELF_CARE))
        if not sections:
            self._pending.append((Section(""), SELF_CARE))
        # The first cards are built at once (they are what fills the window); the rest
        # follow in small batches so the panel paints, and typing stays smooth, sooner.
        self._build(FIRST_BATCH)

    def _build(self, max_cards: int | None) -> None:
        built = 0
        while self._pending and (max_cards is None or built < max_cards):
            section, group = self._pending.popleft()
            if group is None:
                self._add_heading(section)
            elif group is SELF_CARE:
                # Re-parenting puts the row at the end of the focus chain as it stands:
                # after the cards built so far, before the later ones, so Tab follows
                # the order on screen.
                self.self_care.setParent(None)
                self.self_care.setParent(self.results)
                self._results_layout.addWidget(self.self_care)
                self._place_self_care()
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

    def _place_self_care(self) -> None:
        placed = self._results_layout.indexOf(self.self_care) >= 0
        self.self_care.setVisible(placed and self._self_care_shown and bool(self.self_care.links()))

    def _add_heading(self, section: Section) -> None:
        heading = text_label(section.heading, self.results, name="sectionHeading")
        # The size of a crisis line's name: one font less to load before the first paint.
        heading.setFont(scaled_font(self.font(), 1.3, bold=True))
        heading.setAccessibleName(section.heading)
        self._results_layout.addWidget(heading)
        self._section_titles.append(section.heading)

    def _add_group(self, section: Section, group: list[Service]) -> None:
        # Paired services (an adult line and its youth line) are simply adjacent: each
        # card says who it is for, so no box or "related" caption is needed.
        for service in group:
            country = (
                self._directory.country_name(service.country) if section.show_country else None
            )
            card = ServiceCard(
                service,
                self._now,
                prominent=section.prominent,
                show_country=country,
                parent=self.results,
            )
            self._results_layout.addWidget(card)
            self._cards.append(card)

    # -- windows that belong to the panel --------------------------------------------

    def _close_qr_codes(self) -> None:
        from PySide6.QtWidgets import QDialog

        for dialog in self.findChildren(QDialog):
            if dialog.objectName() == "qrCodeDialog" and dialog.isVisible():
                dialog.close()

    def hideEvent(self, event: QHideEvent) -> None:
        # A QR code window belongs to the panel: it goes when the panel goes.
        self._close_qr_codes()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._close_qr_codes()
        super().closeEvent(event)

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
        QTimer.singleShot(0, self, self._finish_setup)
        if self._pending:
            self._more.start(0)

    def ready(self) -> bool:
        """True once everything left for after the first paint is in place (the country
        list, the filters, the Esc and F1 keys); the rest of the list may still follow."""
        return self._finished

    def _build_more(self) -> None:
        if not self._painted:  # never painted (minimised): complete the panel anyway
            self._finish_setup()
        self._build(LATER_BATCH)

    def _finish_setup(self) -> None:
        """What the first paint does not wait for (once): the full country list, the
        filters, and the Esc and F1 keys (Qt's key-sequence types take ~2 ms to load)."""
        if self._finished:
            return
        self._finished = True
        from PySide6.QtGui import QKeySequence, QShortcut

        QShortcut(QKeySequence("Esc"), self, self.close)
        QShortcut(QKeySequence("F1"), self, self.focus_start)
        self.controls.filter_row.show()
        self.controls.populate()
        self.settled.emit()

    def _stamp_first_paint(self) -> None:
        sys.stdout.write(f"FIRST_PAINT_CPU {time.process_time() * 1000:.3f}\n")
        sys.stdout.write(f"FIRST_PAINT {time.time():.6f} {self.emergency_text()}\n")
        sys.stdout.flush()
        from PySide6.QtWidgets import QApplication

        QApplication.quit()
