"""Light and dark palettes, the Fusion style and font helpers.

Colours are calm (blues and greens, no alarm red); text contrast stays well above WCAG
AA in both palettes. Font sizes are always scaled from the system's default font so a
larger system font makes everything larger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProxyStyle,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from companion.core.settings import Theme


class HelpButtonSource(Protocol):
    """What a screen needs from the help feature: its "Get help now" button."""

    def button(self, parent: QWidget | None = None) -> QPushButton:
        """A new "Get help now" button that opens the help panel."""
        ...


_R = QPalette.ColorRole
_G = QPalette.ColorGroup

# role -> (light, dark). Contrast of Text on Base: light ≈ 15:1, dark ≈ 14:1.
_COLOURS: dict[QPalette.ColorRole, tuple[str, str]] = {
    _R.Window: ("#f4f6f8", "#1e2126"),
    _R.WindowText: ("#1b1f24", "#e8eaed"),
    _R.Base: ("#ffffff", "#25292f"),
    _R.AlternateBase: ("#eef2f5", "#2b3037"),
    _R.Text: ("#1b1f24", "#eceef1"),
    _R.PlaceholderText: ("#5f6873", "#a3abb5"),
    _R.Button: ("#e8ecf0", "#30353d"),
    _R.ButtonText: ("#1b1f24", "#eceef1"),
    _R.BrightText: ("#ffffff", "#ffffff"),
    _R.Highlight: ("#2f6f8f", "#6fb3c9"),  # calm teal-blue
    _R.HighlightedText: ("#ffffff", "#10161a"),
    _R.Link: ("#1f5f86", "#8cc8ea"),
    _R.LinkVisited: ("#5a4f8c", "#b9a9e8"),
    _R.ToolTipBase: ("#ffffff", "#30353d"),
    _R.ToolTipText: ("#1b1f24", "#eceef1"),
    _R.Light: ("#ffffff", "#3b414a"),
    _R.Midlight: ("#dfe4e9", "#343941"),
    _R.Mid: ("#b8c0c8", "#4a515b"),
    _R.Dark: ("#8a939d", "#15181c"),
    _R.Shadow: ("#5c636b", "#000000"),
}
# Disabled text keeps ≥ 4.5:1 so greyed-out labels stay readable.
_DISABLED: dict[QPalette.ColorRole, tuple[str, str]] = {
    _R.WindowText: ("#5f6873", "#9aa2ac"),
    _R.Text: ("#5f6873", "#9aa2ac"),
    _R.ButtonText: ("#5f6873", "#9aa2ac"),
}


# Edges of inputs (text fields, check boxes, radio buttons) need 3:1 against the window
# (WCAG 1.4.11); Fusion's own outline is much fainter, so this style redraws it.
_BOUNDARY = ("#6b747e", "#8a939d")


class CompanionStyle(QProxyStyle):
    """Fusion with clearly visible input edges in both palettes."""

    def __init__(self, dark: bool) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.dark = dark
        self.boundary = QColor(_BOUNDARY[1 if dark else 0])

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if element == QStyle.PrimitiveElement.PE_FrameLineEdit and not focused:
            self._outline(painter, QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 2.0)
        elif element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            self._outline(painter, QRectF(option.rect).adjusted(0.5, 0.5, -1.5, -1.5), 1.0)
        elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.boundary, 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(option.rect).adjusted(0.5, 0.5, -1.5, -1.5))
            painter.restore()

    def _outline(self, painter: QPainter, rect: QRectF, radius: float) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.boundary, 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, radius, radius)
        painter.restore()


def system_prefers_dark() -> bool:
    """True when the desktop asks for a dark appearance."""
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def palette_for(dark: bool) -> QPalette:
    """The full palette for the light or the dark theme."""
    index = 1 if dark else 0
    palette = QPalette()
    for role, colours in _COLOURS.items():
        palette.setColor(role, QColor(colours[index]))
    for role, colours in _DISABLED.items():
        palette.setColor(_G.Disabled, role, QColor(colours[index]))
    return palette


def resolve_dark(theme: Theme) -> bool:
    """Whether ``theme`` ("system", "light", "dark") means dark right now."""
    if theme == "dark":
        return True
    if theme == "light":
        return False
    return system_prefers_dark()


def apply_theme(app: QApplication, theme: Theme) -> bool:
    """Use Fusion (with visible input edges) and the palette for ``theme``; True for dark.

    Fusion draws the same on every OS and honours the palette fully, so our contrast
    promises hold everywhere.
    """
    dark = resolve_dark(theme)
    current = app.style()
    if not (isinstance(current, CompanionStyle) and current.dark == dark):
        app.setStyle(CompanionStyle(dark))
    app.setPalette(palette_for(dark))
    app.setProperty("companionDark", dark)
    _repolish_styled_widgets(app)
    return dark


def _repolish_styled_widgets(app: QApplication) -> None:
    # A widget with its own style sheet keeps the palette it was first polished with, so
    # after a switch to dark its text stayed black. Setting the sheet again re-polishes it.
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    """A copy of ``base`` scaled by ``factor`` (point sizes only, never pixels)."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


def heading(text: str, parent: QWidget | None = None, factor: float = 1.5) -> QLabel:
    """A large, bold, word-wrapping heading label scaled from the default font."""
    label = QLabel(text, parent)
    label.setFont(scaled_font(QApplication.font(), factor, bold=True))
    label.setWordWrap(True)
    label.setAccessibleName(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def make_header(title: str, help_access: HelpButtonSource, parent: QWidget) -> QWidget:
    """The header every screen shares: title left, "Get help now (F1)" top-right."""
    header = QWidget(parent)
    row = QHBoxLayout(header)
    row.setContentsMargins(0, 0, 0, 0)
    label = heading(title, header)
    label.setObjectName("screenTitle")
    row.addWidget(label, 1)
    button = help_access.button(header)
    button.setObjectName("getHelpButton")
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
    header.setProperty("helpButton", button)
    return header


def readable_column(content: QWidget, parent: QWidget, max_chars: int = 76) -> QWidget:
    """Center ``content`` in a column no wider than ``max_chars`` average characters.

    Long lines are hard to read; the width follows the font, so large text still fits.
    """
    wrapper = QWidget(parent)
    # Never taller than needed: spare height goes to the space around the column.
    wrapper.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    row = QHBoxLayout(wrapper)
    row.setContentsMargins(0, 0, 0, 0)
    content.setMaximumWidth(content.fontMetrics().averageCharWidth() * max_chars)
    row.addStretch(1)
    row.addWidget(content, 100)
    row.addStretch(1)
    return wrapper


def build_screen(owner: QWidget, header: QWidget, form: QWidget, max_chars: int = 76) -> None:
    """Lay out a full screen: the header (help always visible), then a scrollable,
    centered, readable-width ``form``.

    The scroll area keeps every control reachable at very large font sizes.
    """
    body = QWidget(owner)
    column = QVBoxLayout(body)
    spacing = owner.fontMetrics().height()
    column.setContentsMargins(spacing, spacing // 2, spacing, spacing)
    # A little more room below than above: the form sits just above the middle.
    column.addStretch(2)
    column.addWidget(readable_column(form, body, max_chars))
    column.addStretch(3)
    scroll = QScrollArea(owner)
    scroll.setWidgetResizable(True)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    header.setContentsMargins(spacing, spacing // 2, spacing // 2, 0)
    outer.addWidget(header)
    outer.addWidget(scroll, 1)
    # Open at the readable width and tall enough for the whole form, within the screen.
    room = screen_room(owner)
    width = form.maximumWidth() + 3 * spacing
    if room is not None:
        width = min(width, room.width())
    layout = form.layout()
    form_height = layout.totalHeightForWidth(width - 3 * spacing) if layout is not None else -1
    height = max(form_height, form.sizeHint().height()) + header.sizeHint().height()
    height += 4 * spacing
    if room is not None:
        height = min(height, room.height())
    owner.resize(max(width, header.sizeHint().width()), height)


def screen_room(widget: QWidget) -> QSize | None:
    """Nine tenths of the screen ``widget`` is on: the most a window should open at, so
    that its "Get help now" button is never off screen. ``None`` when there is no screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() * 0.9 if screen is not None else None
