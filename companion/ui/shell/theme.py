"""Light, dark and high-contrast palettes, the Fusion style, the app-wide style sheet
and the layout helpers every screen shares (tokens live in ``design``).

Colours are calm (blues and greens, no alarm red); text contrast stays well above WCAG
AA in both palettes. Font sizes are always scaled from the system's default font so a
larger system font makes everything larger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
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

from companion.core.assets import asset_path
from companion.ui.shell.design import (
    Space,
    Tokens,
    TypeRole,
    card,
    card_layout,
    space,
    style_sheet,
    tokens_for,
    type_font,
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


def _palette_roles(t: Tokens) -> dict[QPalette.ColorRole, str]:
    # Contrast of Text on Base: light ≈ 15:1, dark ≈ 14:1, high contrast 21:1.
    return {
        _R.Window: t.window,
        _R.WindowText: t.text,
        _R.Base: t.surface,
        _R.AlternateBase: t.surface_alt,
        _R.Text: t.text,
        _R.PlaceholderText: t.text_muted,
        _R.Button: t.raised,
        _R.ButtonText: t.text,
        _R.BrightText: t.accent_text,
        _R.Highlight: t.accent,  # calm teal-blue (or the high-contrast accent)
        _R.HighlightedText: t.accent_text,
        _R.Link: t.link,
        _R.LinkVisited: t.link_visited,
        _R.ToolTipBase: t.surface,
        _R.ToolTipText: t.text,
        _R.Light: "#3b414a" if t.dark else "#ffffff",
        _R.Midlight: t.surface_alt,
        _R.Mid: t.border if t.name.startswith("contrast") else ("#4a515b" if t.dark else "#b8c0c8"),
        _R.Dark: "#15181c" if t.dark else "#8a939d",
        _R.Shadow: "#000000" if t.dark else "#5c636b",
    }


_INDICATORS = (
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
)
#: A check box or radio square as a share of the text's line height: at the normal
#: text size Fusion's own (larger) size wins, so only larger text makes it grow.
INDICATOR_SHARE = 0.9


class CompanionStyle(QProxyStyle):
    """Fusion with clearly visible input edges in every palette, and check boxes and
    radio buttons that grow with the text.

    Edges of inputs (text fields, check boxes, radio buttons) need 3:1 against the window
    (WCAG 1.4.11); Fusion's own outline is much fainter, so this style redraws it.
    Fusion's check and radio squares are a fixed 13-14 pixels, a speck beside 200% text;
    here they are never smaller than that and otherwise nine tenths of a line of the
    text beside them (the widget's font, else the application's).
    """

    def __init__(self, dark: bool, high_contrast: bool = False) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.dark = dark
        self.high_contrast = high_contrast
        self.boundary = QColor(tokens_for(dark, high_contrast).boundary)

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        base = super().pixelMetric(metric, option, widget)
        if metric not in _INDICATORS:
            return base
        if widget is not None:
            line = widget.fontMetrics().height()
        elif option is not None:
            line = option.fontMetrics.height()
        else:
            line = QFontMetrics(QApplication.font()).height()
        return max(base, round(line * INDICATOR_SHARE))

    def polish(self, arg: object) -> None:
        # A button with a menu gets room for its arrow (the style sheet reads this).
        if isinstance(arg, QPushButton) and arg.menu() is not None:
            arg.setProperty("hasMenu", True)
        super().polish(arg)  # type: ignore[call-overload]

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        width = 2.0 if self.high_contrast else 1.0
        if element in (
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        ):
            # A larger square (larger text) gets a bolder edge, in proportion.
            width *= max(1, round(option.rect.height() / 14))
        if element == QStyle.PrimitiveElement.PE_FrameLineEdit and not focused:
            self._outline(painter, QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 2.0, width)
        elif element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            self._outline(painter, QRectF(option.rect).adjusted(0.5, 0.5, -1.5, -1.5), 1.0, width)
        elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.boundary, width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(option.rect).adjusted(0.5, 0.5, -1.5, -1.5))
            painter.restore()

    def _outline(self, painter: QPainter, rect: QRectF, radius: float, width: float) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.boundary, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, radius, radius)
        painter.restore()


def system_prefers_dark() -> bool:
    """True when the desktop asks for a dark appearance."""
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def palette_for(dark: bool, high_contrast: bool = False) -> QPalette:
    """The full palette for the light or the dark theme (optionally high contrast)."""
    tokens = tokens_for(dark, high_contrast)
    palette = QPalette()
    for role, colour in _palette_roles(tokens).items():
        palette.setColor(role, QColor(colour))
    # Disabled text keeps ≥ 4.5:1 so greyed-out labels stay readable.
    for role in (_R.WindowText, _R.Text, _R.ButtonText):
        palette.setColor(_G.Disabled, role, QColor(tokens.disabled_text))
    return palette


def resolve_dark(theme: Theme) -> bool:
    """Whether ``theme`` ("system", "light", "dark") means dark right now."""
    if theme == "dark":
        return True
    if theme == "light":
        return False
    return system_prefers_dark()


_STYLE: CompanionStyle | None = None


def companion_style() -> CompanionStyle | None:
    """The style :func:`apply_theme` set last. ``QApplication.style()`` returns Qt's
    style-sheet wrapper around it once the app-wide style sheet is set."""
    return _STYLE


def apply_theme(app: QApplication, theme: Theme, high_contrast: bool = False) -> bool:
    """Use Fusion (with visible input edges), the palette and the design system's style
    sheet for ``theme`` (and high contrast when asked); True for dark.

    Fusion draws the same on every OS and honours the palette fully, so our contrast
    promises hold everywhere. Call it again after the application font changes: button
    paddings follow the text size.
    """
    dark = resolve_dark(theme)
    tokens = tokens_for(dark, high_contrast)
    global _STYLE
    current = _STYLE
    if not (
        current is not None
        and app.style() is not None
        and current.dark == dark
        and current.high_contrast == high_contrast
    ):
        _STYLE = CompanionStyle(dark, high_contrast)
        app.setStyle(_STYLE)
    app.setPalette(palette_for(dark, high_contrast))
    app.setProperty("companionDark", dark)
    app.setProperty("companionTokens", tokens.name)
    sheet = style_sheet(tokens, app.font())
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
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
    # As tall as its wrapped text needs at the width it gets (not its size hint, which
    # is for another width); spare height goes to the stretches around the column.
    wrapper.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    row = QHBoxLayout(wrapper)
    row.setContentsMargins(0, 0, 0, 0)
    # Never narrower than the content needs (its widest row of buttons, say).
    readable = content.fontMetrics().averageCharWidth() * max_chars
    content.setMaximumWidth(max(readable, content.minimumSizeHint().width()))
    row.addStretch(1)
    row.addWidget(content, 100)
    row.addStretch(1)
    return wrapper


def build_screen(
    owner: QWidget,
    header: QWidget,
    form: QWidget,
    max_chars: int = 76,
    *,
    centred: bool = False,
) -> None:
    """Lay out a full screen: the header (help always visible), then a scrollable,
    centered, readable-width ``form``.

    The scroll area keeps every control reachable at very large font sizes.
    """
    body = QWidget(owner)
    column = QVBoxLayout(body)
    spacing = owner.fontMetrics().height()
    column.setContentsMargins(spacing, spacing // 2, spacing, spacing)
    # A little more room below than above: the form sits just above the middle (a card
    # sits in the middle).
    column.addStretch(1 if centred else 2)
    column.addWidget(readable_column(form, body, max_chars))
    column.addStretch(1 if centred else 3)
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
    # Never narrower than the form needs beside a vertical scroll bar: a screen that
    # scrolls down must not scroll sideways as well.
    bar = owner.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    width = max(width, form.minimumSizeHint().width() + 2 * spacing + bar)
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


def vertical_bar_room(area: QAbstractScrollArea) -> int:
    """The width ``area`` adds to what it holds when that scrolls down: its vertical
    scroll bar and its frame on both sides."""
    bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, area)
    return bar + 2 * area.frameWidth()


def app_icon() -> QIcon:
    """Companion's icon (the bundled SVG, with the PNG as a fallback)."""
    for name in ("companion.svg", "companion-256.png"):
        path = asset_path("icons", name)
        if path.is_file():
            icon = QIcon(str(path))
            if not icon.isNull():
                return icon
    return QIcon()


def app_identity(parent: QWidget, name: str) -> QWidget:
    """The app's icon above its name, centred: who is speaking on an entry screen."""
    box = QWidget(parent)
    box.setObjectName("appIdentity")
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(space(Space.XS))
    side = space(Space.XXL)
    icon = QLabel(box)
    icon.setObjectName("appIcon")
    icon.setPixmap(app_icon().pixmap(QSize(side, side), box.devicePixelRatioF()))
    icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
    icon.setAccessibleName(name)
    label = QLabel(name, box)
    label.setObjectName("appName")
    label.setFont(type_font(TypeRole.SUBTITLE))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setProperty("muted", True)
    column.addWidget(icon)
    column.addWidget(label)
    return box


def make_button_bar(help_access: HelpButtonSource, parent: QWidget) -> QWidget:
    """A header with only the always-there buttons at the right ("Get help now (F1)";
    quick exit joins it). The screen's title lives in its card."""
    header = QWidget(parent)
    header.setObjectName("buttonBar")
    row = QHBoxLayout(header)
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    button = help_access.button(header)
    button.setObjectName("getHelpButton")
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
    header.setProperty("helpButton", button)
    return header


def build_card_screen(
    owner: QWidget,
    help_access: HelpButtonSource,
    title: str,
    app_name: str,
    form: QWidget,
    max_chars: int = 60,
) -> tuple[QWidget, QLabel]:
    """Lay out an entry screen (welcome, lock, recovery): a slim bar with help at the
    top, then one card, centred both ways, holding the app's icon and name, the screen's
    title and ``form``. Returns the bar (the header) and the title label.

    Nothing floats: the card sits in the middle of whatever size the window has, and the
    window opens just big enough for it.
    """
    header = make_button_bar(help_access, owner)
    frame = card(owner, name="screenCard")
    inner = card_layout(frame)
    inner.addWidget(app_identity(frame, app_name))
    inner.addSpacing(space(Space.S))
    title_label = QLabel(title, frame)
    title_label.setObjectName("screenTitle")
    title_label.setFont(type_font(TypeRole.TITLE))
    title_label.setWordWrap(True)
    title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    title_label.setAccessibleName(title)
    title_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    inner.addWidget(title_label)
    inner.addSpacing(space(Space.S))
    inner.addWidget(form)
    build_screen(owner, header, frame, max_chars, centred=True)
    return header, title_label
