"""One help service: who it is for, how to reach it, what a call costs, when it is open,
and where the number came from.

Every action is a real button with the service in its accessible name ("Call
Samaritans"); links go to the operating system only when a button is clicked, and when
the computer cannot place a call or send a text the card says so in place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.datetime_types import datetime
from companion.core.resources import links
from companion.core.resources.records import Phone, Service, Sms
from companion.ui.help import wording as fmt
from companion.ui.help.announce import say
from companion.ui.shell.i18n import translate
from companion.ui.widgets.flow_layout import flow_container
from companion.ui.widgets.wrapping_label import WrappingLabel

# Qt.TextFormat and Qt.TextInteractionFlag values, set through Qt properties by their key
# names (Qt converts a name to the enum's value): the first screen of help never touches
# PySide6's ``Qt`` namespace, whose ~90 enums take longer to build in Python (~12 ms) than
# the whole first screen. A name, unlike a number, also spares PySide6 building its
# QByteArray type for the conversion. Tests check the result against the named values.
_PLAIN_TEXT = "PlainText"
_SELECTABLE = "TextSelectableByMouse"
_SELECTABLE_KEYS = "TextSelectableByMouse|TextSelectableByKeyboard"
COPIED_MS = 4000  # how long "Copied" stays on the button


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``base`` scaled (so it follows the user's font size) and optionally bold."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


def push_button(text: str, parent: QWidget) -> QPushButton:
    """A push button showing ``text``.

    Made empty, then given its text: ``QPushButton(text, parent)`` makes PySide6 weigh the
    ``QPushButton(icon, text, parent)`` overload, which builds the QIcon type and its 150
    theme-icon names (~2 ms) on the way to the panel's first paint.
    """
    button = QPushButton(parent)
    button.setText(text)
    return button


def text_label(
    text: str,
    parent: QWidget,
    *,
    name: str | None = None,
    selectable: bool = False,
    keys: bool = False,
) -> QLabel:
    """A wrapping plain-text label; ``selectable`` by mouse, ``keys`` also by keyboard.

    Only numbers and addresses are selectable: each selectable label carries its own
    text document, which would make a long list slow to build.
    """
    label = WrappingLabel(text, parent)  # asked for its height many times: measures once
    label.setProperty("textFormat", _PLAIN_TEXT)
    if keys or selectable:
        label.setProperty("textInteractionFlags", _SELECTABLE_KEYS if keys else _SELECTABLE)
    if name:
        label.setObjectName(name)
    return label


def open_link(uri: str) -> bool:
    """Hand ``uri`` to the system, if something here can handle it (see handlers).

    The handlers module is imported on the first click: no card needs it to be shown,
    and the help panel's first paint does not wait for it.
    """
    from companion.ui.help import handlers

    return handlers.open_link(uri)


class ServiceCard(QFrame):
    """A card for one service. ``prominent`` (crisis lines) uses larger type."""

    def __init__(
        self,
        service: Service,
        now: datetime,
        *,
        prominent: bool = False,
        show_country: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.qr_dialog: QWidget | None = None
        self.setObjectName("serviceCard")
        self.setProperty("serviceId", service.id)
        # A plain box is drawn in a text colour, so it stays visible in high contrast.
        self.setFrameStyle(QFrame.Shape.Box | QFrame.Shadow.Plain)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAccessibleName(service.name)
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(4)
        base = self.font()

        title = text_label(service.name, self, name="serviceName")
        title.setFont(scaled_font(base, 1.3 if prominent else 1.15, bold=True))
        self._layout.addWidget(title)
        self._add_facts(service, show_country)
        number_font = scaled_font(base, 1.45 if prominent else 1.2, bold=True)
        for index, phone in enumerate(service.phones):
            self._add_phone(phone, index, number_font)
        for index, sms in enumerate(service.sms):
            self._add_sms(sms, index)
        self._add_status(now)
        if service.description:
            self._layout.addWidget(text_label(service.description, self, name="description"))
        for name, value in (
            ("note", service.note),
            ("cost", service.cost and translate("Help", "Cost: {text}").format(text=service.cost)),
            (
                "confidentiality",
                service.confidentiality
                and translate("Help", "Privacy: {text}").format(text=service.confidentiality),
            ),
        ):
            if value:
                self._layout.addWidget(text_label(value, self, name=name))
        self._add_links()
        self._add_provenance(base)

    # -- parts ----------------------------------------------------------------------

    def _add_facts(self, service: Service, show_country: str | None) -> None:
        if service.added_by_organisation:
            who = service.source_label or translate("Help", "your organisation")
            text = translate("Help", "Added by {who}").format(who=who)
            if service.region:
                text += f" · {service.region}"
            self._layout.addWidget(text_label(text, self, name="addedBy"))
        if show_country:
            self._layout.addWidget(text_label(show_country, self, name="countryName"))
        if service.audience:
            audience = translate("Help", "For: {who}").format(who=service.audience)
            label = text_label(audience, self, name="audience")
            label.setFont(scaled_font(self.font(), 1.0, bold=True))
            self._layout.addWidget(label)
        if service.languages:
            langs = translate("Help", "Languages: {names}").format(
                names=fmt.language_names(service.languages)
            )
            self._layout.addWidget(text_label(langs, self, name="languages"))

    def _who(self, label: str | None) -> str:
        return self.service.name if not label else f"{self.service.name} ({label})"

    def _add_phone(self, phone: Phone, index: int, number_font: QFont) -> None:
        who = self._who(phone.label)
        number = text_label(phone.display, self, name=f"phoneNumber{index}", keys=True)
        number.setFont(number_font)
        number.setAccessibleName(
            translate("Help", "Phone number for {who}: {number}").format(
                who=who, number=phone.display
            )
        )
        self._layout.addWidget(number)
        if phone.label:
            self._layout.addWidget(text_label(phone.label, self, name=f"phoneLabel{index}"))
        if phone.cost and (cost := fmt.cost_text(phone.cost)):
            self._layout.addWidget(text_label(cost, self, name=f"phoneCost{index}"))
        row, flow = flow_container(self)
        feedback: list[QLabel] = []
        call = self._button(
            translate("Help", "Call"),
            translate("Help", "Call {who}").format(who=who),
            lambda: self._call(links.tel_uri(phone), feedback, row),
        )
        call.setObjectName(f"callButton{index}")
        copy = self._button(
            translate("Help", "Copy number"),
            translate("Help", "Copy number for {who}").format(who=who),
            lambda: self._copy(phone, copy, feedback, row),
        )
        copy.setObjectName(f"copyButton{index}")
        qr = self._button(
            translate("Help", "Show QR code"),
            translate("Help", "Show QR code for {who}").format(who=who),
            lambda: self._show_qr(links.qr_payload(phone, self.service.country), phone.display),
        )
        qr.setObjectName(f"qrButton{index}")
        for button in (call, copy, qr):
            flow.addWidget(button)
        self._layout.addWidget(row)

    def _add_sms(self, sms: Sms, index: int) -> None:
        who = self._who(sms.label)
        if sms.keyword:
            text = translate("Help", "Text {keyword} to {number}").format(
                keyword=sms.keyword, number=sms.display
            )
        else:
            text = translate("Help", "Text {number}").format(number=sms.display)
        if sms.label:
            text += f" ({sms.label})"
        label = text_label(text, self, name="smsText", keys=True)
        label.setFont(scaled_font(self.font(), 1.1, bold=True))
        self._layout.addWidget(label)
        row, flow = flow_container(self)
        feedback: list[QLabel] = []
        send = self._button(
            translate("Help", "Text"),
            translate("Help", "Text {who}").format(who=who),
            lambda: self._text(links.sms_uri(sms), feedback, row),
        )
        send.setObjectName(f"textButton{index}")
        if sms.keyword:
            caption = translate(
                "Help", "Scan with your phone's camera to text {keyword} to {number}"
            ).format(keyword=sms.keyword, number=sms.display)
        else:
            caption = translate("Help", "Scan with your phone's camera to text {number}").format(
                number=sms.display
            )
        qr = self._button(
            translate("Help", "Show QR code"),
            translate("Help", "Show QR code to text {who}").format(who=who),
            lambda: self._show_qr(links.sms_uri(sms), sms.display, caption=caption),
        )
        qr.setObjectName(f"smsQrButton{index}")
        flow.addWidget(send)
        flow.addWidget(qr)
        self._layout.addWidget(row)

    def _add_status(self, now: datetime) -> None:
        hours = fmt.hours_line(self.service)
        if hours:
            text = translate("Help", "Hours: {hours}").format(hours=hours)
            self._layout.addWidget(text_label(text, self, name="hours"))
        self.status_label: QLabel | None = None
        if fmt.read_any_time(self.service):
            return
        _, status = fmt.open_status(self.service, now)
        self.status_label = text_label(status, self, name="openStatus")
        self.status_label.setFont(scaled_font(self.font(), 1.0, bold=True))
        self._layout.addWidget(self.status_label)

    def _add_links(self) -> None:
        service = self.service
        buttons: list[QPushButton] = []
        if service.chat_url:
            url = fmt.web_url(service.chat_url)
            buttons.append(
                self._button(
                    translate("Help", "Chat"),
                    translate("Help", "Chat with {name}").format(name=service.name),
                    lambda: open_link(url),
                )
            )
        if service.website:
            site = fmt.web_url(service.website)
            buttons.append(
                self._button(
                    translate("Help", "Website"),
                    translate("Help", "Website of {name}").format(name=service.name),
                    lambda: open_link(site),
                )
            )
        if service.email:
            mail = f"mailto:{service.email}"
            buttons.append(
                self._button(
                    translate("Help", "Email"),
                    translate("Help", "Email {name}").format(name=service.name),
                    lambda: open_link(mail),
                )
            )
        if not buttons:
            return
        row, flow = flow_container(self)
        for button in buttons:
            flow.addWidget(button)
        self._layout.addWidget(row)
        if service.website:
            self._layout.addWidget(
                text_label(service.website, self, name="websiteText", selectable=True)
            )

    def _add_provenance(self, base: QFont) -> None:
        small = scaled_font(base, 0.9)
        line = fmt.source_line(self.service)
        if line:
            label = text_label(line, self, name="sourceLine")
            label.setFont(small)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self._layout.addWidget(label)
        if self.service.doubt:
            doubt = text_label(fmt.doubt_line(self.service.doubt), self, name="doubt")
            doubt.setFont(scaled_font(base, 0.95, bold=True))
            self._layout.addWidget(doubt)
            detail = text_label(self.service.doubt, self, name="doubtDetail")
            detail.setFont(small)
            self._layout.addWidget(detail)

    # -- actions --------------------------------------------------------------------

    def _button(self, text: str, accessible: str, slot: Callable[[], object]) -> QPushButton:
        button = push_button(text, self)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.setAutoDefault(True)  # Enter activates the focused button, like Space
        button.clicked.connect(slot)
        return button

    def _say(self, holder: list[QLabel], after: QWidget, text: str) -> QLabel:
        """Show ``text`` just below ``after`` (created on first use: most cards never need it)."""
        if not holder:
            label = text_label("", self, name="actionFeedback")
            label.setFont(scaled_font(self.font(), 1.0, bold=True))
            self._layout.insertWidget(self._layout.indexOf(after) + 1, label)
            holder.append(label)
        label = holder[0]
        say(label, text)  # shown, and spoken by a screen reader
        return label

    def _call(self, uri: str, feedback: list[QLabel], row: QWidget) -> None:
        if not open_link(uri):
            self._say(feedback, row, fmt.no_call_handler())

    def _text(self, uri: str, feedback: list[QLabel], row: QWidget) -> None:
        if not open_link(uri):
            self._say(feedback, row, fmt.no_text_handler())

    def _copy(
        self, phone: Phone, button: QPushButton, feedback: list[QLabel], row: QWidget
    ) -> None:
        QGuiApplication.clipboard().setText(links.copy_text(phone))
        original = translate("Help", "Copy number")
        button.setText(translate("Help", "Copied ✓"))
        self._say(feedback, row, fmt.copied(phone.display))
        QTimer.singleShot(COPIED_MS, button, lambda: button.setText(original))

    def _show_qr(self, payload: str, number: str, *, caption: str | None = None) -> None:
        # Imported on first use: segno is only needed when someone asks for a code.
        from PySide6.QtCore import Qt
        from shiboken6 import isValid

        from companion.ui.help.qr_code import QrCodeDialog

        previous = self.qr_dialog
        if previous is not None and isValid(previous):
            previous.close()  # one code at a time per card
        dialog = QrCodeDialog(payload, number, self.service.name, self, caption=caption)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.qr_dialog = dialog  # tests look at the last one shown
        dialog.show()

    def buttons(self) -> list[QPushButton]:
        """Every action button on the card, in tab order."""
        return self.findChildren(QPushButton)
