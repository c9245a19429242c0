"""Companion's small design system: colour tokens, spacing, type, buttons, cards.

Everything a screen needs to look like the rest of Companion lives here, so no screen
sets a colour or a size by hand:

* **Colours** come in three sets: light, dark and high contrast (a light and a dark
  variant). They are calm — blue-greens and soft neutrals. Nothing is alarm red: not a
  low mood, not a message, not the way to help.
* **Spacing** is a scale in multiples of the current font's line height, so margins grow
  with the text.
* **Type** is a scale of factors on the system font: a larger system font makes every
  heading larger too. Text sizes are never fixed pixels.
* **Buttons**: primary (one per screen, the thing to do next) and secondary (everything
  else); links for the quietest choices. A tool button marked ``compact`` (an arrow, a
  face above its word) gets the same small padding on every side. **Cards** group a
  form or a piece of content on a raised surface. **Empty states** are one kind
  sentence. **Focus rings** are drawn on every button, field and chip in the accent
  (or, in high contrast, a bright) colour.

The app-wide style sheet that applies all of this is built by :func:`style_sheet` and set
by :func:`companion.ui.shell.theme.apply_theme`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Tokens:
    """One colour set. Every value is a ``#rrggbb`` string."""

    name: str
    dark: bool
    window: str  # the window background
    surface: str  # cards, fields, lists
    surface_alt: str  # alternating rows, quiet panels
    raised: str  # secondary buttons
    raised_hover: str
    text: str
    text_muted: str  # secondary text; still ≥ 4.5:1 on window and surface
    border: str  # card and button edges (decorative)
    boundary: str  # input edges: ≥ 3:1 against the window (WCAG 1.4.11)
    accent: str  # primary buttons, selection
    accent_hover: str
    accent_text: str  # text on accent
    focus: str  # focus rings
    link: str
    link_visited: str
    note: str  # the background of a calm message (never red)
    note_text: str
    disabled_text: str


LIGHT = Tokens(
    name="light",
    dark=False,
    window="#f4f6f8",
    surface="#ffffff",
    surface_alt="#eef2f5",
    raised="#e8ecf0",
    raised_hover="#dde3e9",
    text="#1b1f24",
    text_muted="#4f5863",
    border="#cfd6dd",
    boundary="#6b747e",
    accent="#2f6f8f",
    accent_hover="#275f7b",
    accent_text="#ffffff",
    focus="#2f6f8f",
    link="#1f5f86",
    link_visited="#5a4f8c",
    note="#e6f0f5",
    note_text="#1d3f52",
    disabled_text="#5f6873",
)

DARK = Tokens(
    name="dark",
    dark=True,
    window="#1e2126",
    surface="#25292f",
    surface_alt="#2b3037",
    raised="#30353d",
    raised_hover="#3a4049",
    text="#eceef1",
    text_muted="#b3bac3",
    border="#3f4650",
    boundary="#8a939d",
    accent="#6fb3c9",
    accent_hover="#86c2d5",
    accent_text="#10161a",
    focus="#8fd0e4",
    link="#8cc8ea",
    link_visited="#b9a9e8",
    note="#243843",
    note_text="#d6ebf4",
    disabled_text="#9aa2ac",
)

# High contrast: pure ink on paper (or the reverse), edges at full strength, and a focus
# ring that cannot be missed. Still no red.
CONTRAST_LIGHT = Tokens(
    name="contrast",
    dark=False,
    window="#ffffff",
    surface="#ffffff",
    surface_alt="#f0f0f0",
    raised="#ffffff",
    raised_hover="#e6f0ff",
    text="#000000",
    text_muted="#1a1a1a",
    border="#000000",
    boundary="#000000",
    accent="#00306b",
    accent_hover="#002050",
    accent_text="#ffffff",
    focus="#0040c0",
    link="#00307a",
    link_visited="#3b0a78",
    note="#ffffff",
    note_text="#000000",
    disabled_text="#3d3d3d",
)

CONTRAST_DARK = Tokens(
    name="contrast-dark",
    dark=True,
    window="#000000",
    surface="#000000",
    surface_alt="#141414",
    raised="#000000",
    raised_hover="#1f2a33",
    text="#ffffff",
    text_muted="#f0f0f0",
    border="#ffffff",
    boundary="#ffffff",
    accent="#ffe066",
    accent_hover="#fff0a8",
    accent_text="#000000",
    focus="#ffe066",
    link="#a8e1ff",
    link_visited="#e0c8ff",
    note="#000000",
    note_text="#ffffff",
    disabled_text="#c8c8c8",
)


# Mood tints, awful to great: muted hues (low saturation, medium lightness) that read on
# light and dark alike. A low mood is soft lavender and blue-grey, never an alarm red.
MOOD_TINTS: tuple[str, str, str, str, str] = (
    "#8e86b5",  # dusty lavender
    "#7f9cb8",  # slate blue
    "#b8ab86",  # sand
    "#86b39a",  # sage
    "#6fb3ad",  # soft teal
)


def tokens_for(dark: bool, high_contrast: bool = False) -> Tokens:
    """The colour set for the dark/light choice and the high-contrast preference."""
    if high_contrast:
        return CONTRAST_DARK if dark else CONTRAST_LIGHT
    return DARK if dark else LIGHT


def current_tokens() -> Tokens:
    """The colour set the running application uses (light before any theme is applied)."""
    app = QApplication.instance()
    name = app.property("companionTokens") if app is not None else None
    for tokens in (LIGHT, DARK, CONTRAST_LIGHT, CONTRAST_DARK):
        if tokens.name == name:
            return tokens
    return LIGHT


# --- spacing -------------------------------------------------------------------------


class Space(float, Enum):
    """Steps of the spacing scale, in line heights of the current font."""

    XS = 0.25
    S = 0.5
    M = 1.0
    L = 1.5
    XL = 2.0
    XXL = 3.0


def space(step: Space, font: QFont | None = None) -> int:
    """``step`` in pixels for ``font`` (the application font when not given)."""
    metrics = QFontMetrics(font if font is not None else QApplication.font())
    return max(1, round(metrics.height() * float(step)))


# --- type ----------------------------------------------------------------------------


class TypeRole(Enum):
    """Steps of the type scale: (factor on the system font size, bold)."""

    CAPTION = (0.9, False)
    BODY = (1.0, False)
    STRONG = (1.0, True)
    SUBTITLE = (1.15, True)
    TITLE = (1.4, True)
    DISPLAY = (1.8, True)


def type_font(role: TypeRole, base: QFont | None = None) -> QFont:
    """The font for ``role``: the system font scaled in points (never pixels)."""
    factor, bold = role.value
    font = QFont(base if base is not None else QApplication.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def set_type(widget: QWidget, role: TypeRole) -> None:
    """Give ``widget`` the font for ``role`` (and remember the role for re-scaling)."""
    widget.setFont(type_font(role))
    widget.setProperty("typeRole", role.name)


# --- components ----------------------------------------------------------------------


def make_primary(button: QPushButton) -> QPushButton:
    """Style ``button`` as the screen's primary action (filled with the accent)."""
    button.setProperty("buttonRole", "primary")
    _repolish(button)
    return button


def make_secondary(button: QPushButton) -> QPushButton:
    """Style ``button`` as a secondary action (the default look, stated explicitly)."""
    button.setProperty("buttonRole", "secondary")
    _repolish(button)
    return button


def card(parent: QWidget | None = None, *, name: str = "") -> QFrame:
    """A raised surface with rounded corners and a roomy inside margin."""
    frame = QFrame(parent)
    frame.setProperty("card", True)
    if name:
        frame.setObjectName(name)
    frame.setFrameShape(QFrame.Shape.NoFrame)
    frame.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    return frame


def card_layout(frame: QFrame) -> QVBoxLayout:
    """A column inside ``frame`` with the card's margins from the spacing scale."""
    layout = QVBoxLayout(frame)
    inset = space(Space.L, frame.font())
    layout.setContentsMargins(inset, inset, inset, inset)
    layout.setSpacing(space(Space.S, frame.font()))
    return layout


def empty_state(sentence: str, parent: QWidget | None = None, *, name: str = "") -> QLabel:
    """One kind sentence where there is nothing to show yet, centred and quiet."""
    label = QLabel(sentence, parent)
    label.setObjectName(name or "emptyState")
    label.setProperty("emptyState", True)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(sentence)
    label.setFont(type_font(TypeRole.BODY))
    margin = space(Space.L)
    label.setContentsMargins(margin, margin, margin, margin)
    return label


def note_label(parent: QWidget | None = None, *, name: str = "") -> QLabel:
    """A calm message line (never red) that keeps its place in the layout.

    Call :func:`show_note` / :func:`clear_note` instead of hiding the label, so the
    fields around it never move when a message appears.
    """
    label = QLabel(parent)
    label.setProperty("note", True)
    if name:
        label.setAccessibleName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


# --- the style sheet -----------------------------------------------------------------


def style_sheet(tokens: Tokens, font: QFont | None = None) -> str:
    """The application-wide style sheet for ``tokens``.

    Paddings are worked out from ``font`` (the application font) so buttons grow with the
    text; a 1-pixel border becomes 2 pixels on focus with one pixel less padding, so a
    focus ring never moves the label.
    """
    metrics = QFontMetrics(font if font is not None else QApplication.font())
    line = metrics.height()
    pad_v = max(2, round(line * 0.3))
    pad_h = max(6, round(line * 0.9))
    radius = max(4, round(line * 0.35))
    card_radius = max(6, round(line * 0.6))
    arrow = max(8, round(line * 0.9))  # room for a menu button's arrow
    t = tokens
    ring = 3 if t.name.startswith("contrast") else 2
    edge = 2 if t.name.startswith("contrast") else 1
    return f"""
QPushButton {{
    background: {t.raised}; color: {t.text};
    border: {edge}px solid {t.border}; border-radius: {radius}px;
    padding: {pad_v + ring - edge}px {pad_h + ring - edge}px;
}}
QPushButton:hover {{ background: {t.raised_hover}; }}
QPushButton:pressed, QPushButton:checked {{ background: {t.raised_hover}; }}
QPushButton:focus {{
    border: {ring}px solid {t.focus}; padding: {pad_v}px {pad_h}px;
}}
QPushButton:disabled {{ color: {t.disabled_text}; }}
QPushButton[buttonRole="primary"] {{
    background: {t.accent}; color: {t.accent_text}; border-color: {t.accent};
    font-weight: bold;
}}
QPushButton[buttonRole="primary"]:hover {{ background: {t.accent_hover}; }}
QPushButton[buttonRole="primary"]:focus {{ border-color: {t.focus if t.dark else t.text}; }}
QPushButton[buttonRole="primary"]:disabled {{
    background: {t.raised}; color: {t.disabled_text}; border-color: {t.border};
}}
QPushButton:flat {{
    background: transparent; border-color: transparent; color: {t.link};
}}
QPushButton:flat:hover {{ background: {t.surface_alt}; }}
QPushButton:flat:focus {{ border-color: {t.focus}; }}
QPushButton[textAlign="left"] {{ text-align: left; }}
QPushButton::menu-indicator {{
    subcontrol-origin: padding; subcontrol-position: center right;
    width: {max(6, round(line * 0.45))}px; right: {max(2, round(line * 0.15))}px;
}}
QPushButton[hasMenu="true"] {{ padding-right: {pad_h + arrow}px; }}
QPushButton[hasMenu="true"]:focus {{ padding-right: {pad_h + arrow - ring + edge}px; }}
QToolButton {{
    background: {t.raised}; color: {t.text};
    border: {edge}px solid {t.border}; border-radius: {radius}px;
    padding: {pad_v + ring - edge}px {pad_h + ring - edge}px;
}}
QToolButton:hover, QToolButton:pressed, QToolButton:checked {{ background: {t.raised_hover}; }}
QToolButton:focus {{ border: {ring}px solid {t.focus}; padding: {pad_v}px {pad_h}px; }}
QToolButton:disabled {{ color: {t.disabled_text}; }}
QToolButton[autoRaise="true"] {{ background: transparent; border-color: transparent; }}
QToolButton[autoRaise="true"]:hover {{ background: {t.surface_alt}; }}
QToolButton[autoRaise="true"]:focus {{ border-color: {t.focus}; }}
QToolButton[compact="true"] {{ padding: {pad_v + ring - edge}px; }}
QToolButton[compact="true"]:focus {{ padding: {pad_v}px; }}
QToolButton[popupMode="1"], QToolButton[popupMode="2"] {{ padding-right: {pad_h + arrow}px; }}
QToolButton[popupMode="1"]:focus, QToolButton[popupMode="2"]:focus {{
    padding-right: {pad_h + arrow - ring + edge}px;
}}
QToolButton::menu-indicator {{
    subcontrol-origin: padding; subcontrol-position: center right;
    width: {max(6, round(line * 0.45))}px; right: {max(2, round(line * 0.3))}px;
}}
QFrame[card="true"] {{
    background: {t.surface}; border: {edge}px solid {t.border};
    border-radius: {card_radius}px;
}}
QLabel[emptyState="true"] {{ color: {t.text_muted}; }}
QLabel[muted="true"] {{ color: {t.text_muted}; }}
QLabel[note="true"] {{ color: {t.note_text}; }}
QToolTip {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; }}
"""


def message_slot(widget: QWidget, lines: int = 2) -> QWidget:
    """A place for ``widget`` (a message, a busy indicator) that keeps its room whether or
    not the widget is shown, so a message appearing never moves the fields and buttons
    around it. The room is ``lines`` lines of text, or the widget's own height if more."""
    slot = QWidget(widget.parentWidget())
    slot.setObjectName(f"{widget.objectName() or 'message'}Slot")
    column = QVBoxLayout(slot)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(widget)
    column.addStretch(1)
    room = QFontMetrics(widget.font()).lineSpacing() * lines
    slot.setMinimumHeight(max(room, widget.sizeHint().height()))
    return slot
