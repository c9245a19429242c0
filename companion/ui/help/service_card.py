"""One help service: who it is for, how to reach it, when it is open, and where the
number came from.

Every action is a real button with the service in its accessible name ("Call
Samaritans"); links go to the operating system only when a button is clicked.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.resources import links
from companion.core.resources.records import Phone, Service, Sms
from companion.ui.help import wording as fmt
from companion.ui.widgets.flow_layout import flow_container

# Qt.TextFormat.PlainText and Qt.TextInteractionFlag values, set through Qt properties:
# the first screen of help never touches PySide6's ``Qt`` namespace, whose ~90 enums take
# longer to build in Python (~12 ms) than the whole first screen. Tests check the result
# against the named values.
_PLAIN_TEXT = 0
_SELECTABLE = 1  # TextSelectableByMouse
_SELECTABLE_KEYS = 1 | 2  # ... | TextSelectableByKeyboard


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``base`` scaled (so it follows the user's font size) and optionally bold."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


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
    label = QLabel(text, parent)
    label.setProperty("textFormat", _PLAIN_TEXT)
    label.setWordWrap(True)
    if keys or selectable:
        label.setProperty("textInteractionFlags", _SELECTABLE_KEYS if keys else _SELECTABLE)
    if name:
        label.setObjectName(name)
    return label


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
        self.setObjectName("serviceCard")
        self.setProperty("serviceId", service.id)
        # A plain box is drawn in a text colour, so it stays visible in high contrast.
        self.setFrameStyle(QFrame.Shape.Box | QFrame.Shadow.Plain)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAccessibleName(service.name)
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(6)
        base = self.font()

        title = text_label(service.name, self, name="serviceName")
        title.setFont(scaled_font(base, 1.35 if prominent else 1.15, bold=True))
        self._layout.addWidget(title)
        self._add_facts(service, show_country)
        for index, phone in enumerate(service.phones):
            self._add_phone(phone, index, scaled_font(base, 1.5 if prominent else 1.2, bold=True))
        for sms in service.sms:
            self._add_sms(sms)
        self._add_status(now)
        if service.description:
            self._layout.addWidget(text_label(service.description, self, name="description"))
        for name, prefix, value in (
            ("note", "", service.note),
            ("cost", "Cost: ", service.cost),
            ("confidentiality", "Privacy: ", service.confidentiality),
        ):
            if value:
                self._layout.addWidget(text_label(prefix + value, self, name=name))
        self._add_links()
        self._add_provenance(base)

    # -- parts ----------------------------------------------------------------------

    def _add_facts(self, service: Service, show_country: str | None) -> None:
        if service.added_by_organisation:
            who = service.source_label or "your organisation"
            where = f" · {service.region}" if service.region else ""
            self._layout.addWidget(text_label(f"Added by {who}{where}", self, name="addedBy"))
        if show_country:
            self._layout.addWidget(text_label(show_country, self, name="countryName"))
        if service.audience:
            self._layout.addWidget(text_label(f"For: {service.audience}", self, name="audience"))
        if service.languages:
            langs = fmt.language_names(service.languages)
            self._layout.addWidget(text_label(f"Languages: {langs}", self, name="languages"))

    def _add_phone(self, phone: Phone, index: int, number_font: QFont) -> None:
        who = self.service.name if not phone.label else f"{self.service.name} ({phone.label})"
        number = text_label(phone.display, self, name=f"phoneNumber{index}", keys=True)
        number.setFont(number_font)
        number.setAccessibleName(f"Phone number for {who}: {phone.display}")
        self._layout.addWidget(number)
        if phone.label:
            self._layout.addWidget(text_label(phone.label, self, name=f"phoneLabel{index}"))
        row, flow = flow_container(self)
        flow.addWidget(
            self._button("Call", f"Call {who}", lambda: self._open(links.tel_uri(phone)))
        )
        flow.addWidget(
            self._button("Copy number", f"Copy number for {who}", lambda: self._copy(phone))
        )
        flow.addWidget(
            self._button("Show QR code", f"Show QR code for {who}", lambda: self._show_qr(phone))
        )
        self._layout.addWidget(row)

    def _add_sms(self, sms: Sms) -> None:
        who = self.service.name if not sms.label else f"{self.service.name} ({sms.label})"
        text = f"Text {sms.keyword} to {sms.display}" if sms.keyword else f"Text {sms.display}"
        if sms.label:
            text += f" ({sms.label})"
        label = text_label(text, self, name="smsText", keys=True)
        label.setFont(scaled_font(self.font(), 1.1, bold=True))
        self._layout.addWidget(label)
        row, flow = flow_container(self)
        flow.addWidget(self._button("Text", f"Text {who}", lambda: self._open(links.sms_uri(sms))))
        self._layout.addWidget(row)

    def _add_status(self, now: datetime) -> None:
        hours = fmt.hours_line(self.service)
        if hours:
            self._layout.addWidget(text_label(f"Hours: {hours}", self, name="hours"))
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
                self._button("Chat", f"Chat with {service.name}", lambda: self._open(url))
            )
        if service.website:
            site = fmt.web_url(service.website)
            buttons.append(
                self._button("Website", f"Website of {service.name}", lambda: self._open(site))
            )
        if service.email:
            mail = f"mailto:{service.email}"
            buttons.append(self._button("Email", f"Email {service.name}", lambda: self._open(mail)))
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

    def _button(self, text: str, accessible: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.setAutoDefault(True)  # Enter activates the focused button, like Space
        button.clicked.connect(slot)
        return button

    def _open(self, uri: str) -> None:
        # Only ever on a click: the OS decides which app handles tel:, sms: or https:.
        QDesktopServices.openUrl(QUrl(uri))

    def _copy(self, phone: Phone) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(links.copy_text(phone))

    def _show_qr(self, phone: Phone) -> None:
        # Imported on first use: segno is only needed when someone asks for a code.
        from PySide6.QtCore import Qt

        from companion.ui.help.qr_code import QrCodeDialog

        dialog = QrCodeDialog(
            links.qr_payload(phone, self.service.country), phone.display, self.service.name, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.qr_dialog = dialog  # tests look at the last one shown
        dialog.show()

    def buttons(self) -> list[QPushButton]:
        """Every action button on the card, in tab order."""
        return self.findChildren(QPushButton)
