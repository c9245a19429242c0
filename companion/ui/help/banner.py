"""The emergency banner at the top of the help panel: the number to call, said first.

With a country: "In an emergency in <country>, call" and its number large, a Call button
beside it, then the other national numbers (ambulance, police, fire, and the number that
works from a mobile phone). Without one: 112 and 911, each with one line on where it
works, while the panel asks which country the person is in.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.resources import links
from companion.core.resources.records import Phone, Service
from companion.ui.help import wording as fmt
from companion.ui.help.announce import NumberField, say
from companion.ui.help.service_card import open_link, push_button, scaled_font, text_label
from companion.ui.shell.i18n import translate
from companion.ui.widgets.flow_layout import flow_container

HANDSET_NUMBERS = ("112", "911")


def handset_line(number: str) -> str:
    """One honest line on where 112 or 911 works (neither works everywhere)."""
    if number == "112":
        return translate(
            "Help",
            "The emergency number in Europe, India and many other countries. Elsewhere most "
            "mobile phones connect it to local emergency services too, but not everywhere, "
            "and not from a landline.",
        )
    return translate(
        "Help",
        "The emergency number in the United States, Canada, Mexico, the Philippines and "
        "some other countries. Many mobile phones connect it elsewhere too, but not everywhere.",
    )


class EmergencyBanner(QFrame):
    """Always above the list: what to call right now."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("emergencyBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        base = self.font()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        self.text = text_label("", self, name="emergencyText")
        self.text.setFont(scaled_font(base, 1.1, bold=True))
        layout.addWidget(self.text)
        # The number and its Call button share a row that wraps (200% text, narrow window).
        self.number_row, row = flow_container(self, spacing=12)
        self.number = NumberField(self.number_row, "emergencyNumber")
        self.number.setFont(scaled_font(base, 2.2, bold=True))
        self.call = push_button(translate("Help", "Call"), self.number_row)
        self.call.setObjectName("emergencyCall")
        self.call.setAutoDefault(True)
        self.call.clicked.connect(lambda: self._call(self._phone))
        row.addWidget(self.number)
        row.addWidget(self.call)
        layout.addWidget(self.number_row)
        self.labels = text_label("", self, name="emergencyLabels", keys=True)
        layout.addWidget(self.labels)
        self.feedback = text_label("", self, name="emergencyFeedback")
        self.feedback.setFont(scaled_font(base, 1.0, bold=True))
        self.feedback.hide()
        layout.addWidget(self.feedback)
        self.handset: list[tuple[NumberField, QPushButton, QLabel]] = []
        self.source = text_label("", self, name="emergencySource")
        self.source.setFont(scaled_font(base, 0.9))
        self.source.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.source)
        self.doubt = text_label("", self, name="emergencyDoubt")
        self.doubt.setFont(scaled_font(base, 0.9))
        layout.addWidget(self.doubt)
        self._layout = layout
        self._phone: Phone | None = None

    # -- states ---------------------------------------------------------------------

    def show_service(self, service: Service, country_name: str) -> None:
        """The country's emergency numbers."""
        self._clear_handset()
        phone = service.phones[0]
        self._phone = phone
        number, labels = fmt.emergency_numbers(service)
        self.text.setText(
            translate("Help", "In an emergency in {country}, call").format(country=country_name)
        )
        self.number.setText(number)
        # Named by what it is; the number itself is its text, which a screen reader reads.
        self.number.setAccessibleName(translate("Help", "Emergency number"))
        self.number.setAccessibleDescription(
            translate("Help", "Emergency number in {country}").format(country=country_name)
        )
        self.call.setText(translate("Help", "Call {number}").format(number=phone.display))
        self.call.setAccessibleName(
            translate("Help", "Call emergency services {number}").format(number=phone.display)
        )
        self.labels.setText(labels or "")
        self.labels.setVisible(bool(labels))
        source = fmt.source_line(service)
        self.source.setText(source or "")
        self.source.setVisible(bool(source))
        self.doubt.setText(service.doubt or "")
        self.doubt.setVisible(bool(service.doubt))
        self.number_row.show()
        self.feedback.hide()

    def show_handset_numbers(self, heading: str) -> None:
        """112 and 911 with a line each: shown while the country is not known."""
        self._phone = None
        self.text.setText(heading)
        for widget in (self.number_row, self.labels, self.source, self.doubt, self.feedback):
            widget.hide()
        if self.handset:
            return
        index = self._layout.indexOf(self.feedback)
        for offset, dial in enumerate(HANDSET_NUMBERS):
            holder = QWidget(self)
            grid = QVBoxLayout(holder)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setSpacing(2)
            line_text = handset_line(dial)
            numbers, row = flow_container(holder, spacing=12)
            number = NumberField(numbers, f"handsetNumber{dial}")
            number.setFont(scaled_font(self.font(), 2.0, bold=True))
            number.setText(dial)
            number.setAccessibleName(translate("Help", "Emergency number"))
            number.setAccessibleDescription(line_text)
            call = push_button(translate("Help", "Call {number}").format(number=dial), numbers)
            call.setObjectName(f"handsetCall{dial}")
            call.setAccessibleName(
                translate("Help", "Call emergency number {number}").format(number=dial)
            )
            call.setAutoDefault(True)
            phone = Phone(dial, dial)
            call.clicked.connect(lambda _=False, p=phone: self._call(p))
            row.addWidget(number)
            row.addWidget(call)
            grid.addWidget(numbers)
            line = text_label(line_text, holder, name=f"handsetLine{dial}")
            grid.addWidget(line)
            self._layout.insertWidget(index + offset, holder)
            self.handset.append((number, call, line))
        # Widgets made now join the end of the window's Tab order (after the filters and
        # the list): put them where they show, after the country's own number and Call
        # button, which are hidden but keep their place.
        previous: QWidget = self.call
        for number, call, _line in self.handset:
            QWidget.setTabOrder(previous, number)
            QWidget.setTabOrder(number, call)
            previous = call

    def _clear_handset(self) -> None:
        for number, _call, _line in self.handset:
            holder = number.parentWidget()
            holder = holder.parentWidget() if holder is not None else None
            if holder is not None:
                holder.hide()
                holder.deleteLater()
        self.handset = []

    # -- questions and actions -----------------------------------------------------

    def numbers_text(self) -> str:
        """The number(s) said large ('999 or 112'; '112 or 911' while no country is known)."""
        if self.handset:
            return translate("Help", " or ").join(n.text() for n, _c, _l in self.handset)
        return self.number.text() if self.number.isVisibleTo(self) else ""

    def focus_target(self) -> QWidget:
        """The first number shown (where a screen reader starts)."""
        return self.handset[0][0] if self.handset else self.number

    def _call(self, phone: Phone | None) -> None:
        if phone is None:
            return
        if not open_link(links.tel_uri(phone)):
            # Said just below the numbers, and spoken: nothing happened otherwise.
            say(self.feedback, fmt.no_call_handler_dial(phone.display))
