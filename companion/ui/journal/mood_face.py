"""How a mood looks: a word, a drawn face and a calm tint.

The face carries the meaning by its shape (mouth curve, eyes), so the mood never depends
on colour alone. The tints are deliberately muted: a low mood is shown in soft blue-grey
and lavender, never in an alarm red.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap

from companion.core.journal.models import Mood
from companion.ui.shell.design import MOOD_TINTS
from companion.ui.shell.i18n import noop, translate

# English source words; :func:`mood_word` gives them in the user's language.
MOOD_WORDS: dict[Mood, object] = {
    Mood.AWFUL: QT_TRANSLATE_NOOP("Journal", "Awful"),
    Mood.BAD: QT_TRANSLATE_NOOP("Journal", "Bad"),
    Mood.OKAY: QT_TRANSLATE_NOOP("Journal", "Okay"),
    Mood.GOOD: QT_TRANSLATE_NOOP("Journal", "Good"),
    Mood.GREAT: QT_TRANSLATE_NOOP("Journal", "Great"),
}

# The design system's calm tints (never an alarm red for a low mood).
_TINTS: dict[Mood, str] = dict(
    zip((Mood.AWFUL, Mood.BAD, Mood.OKAY, Mood.GOOD, Mood.GREAT), MOOD_TINTS, strict=True)
)

# Mouth curvature from a deep frown (-1) to a wide smile (+1).
_CURVE: dict[Mood, float] = {
    Mood.AWFUL: -1.0,
    Mood.BAD: -0.5,
    Mood.OKAY: 0.0,
    Mood.GOOD: 0.55,
    Mood.GREAT: 1.0,
}


def mood_word(mood: Mood | None) -> str:
    """The word for a mood, or "No mood" when none is set."""
    if mood is None:
        return translate("Journal", "No mood")
    return translate("Journal", noop(MOOD_WORDS[mood]))


def mood_tint(mood: Mood) -> QColor:
    """The calm tint used behind a mood face."""
    return QColor(_TINTS[mood])


def brow_lines(mood: Mood) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """The brows drawn over the eyes, as (outer end, inner end) in the face's unit square
    (y grows downwards). Only "Awful" has them: inner ends higher than outer ones, the
    brows of someone sad or worried."""
    if mood is not Mood.AWFUL:
        return []
    return [((0.22, 0.28), (0.42, 0.2)), ((0.78, 0.28), (0.58, 0.2))]


def paint_mood_face(
    painter: QPainter,
    rect: QRectF,
    mood: Mood,
    palette: QPalette,
    *,
    filled: bool = True,
    ink: QColor | None = None,
) -> None:
    """Draw the face for ``mood`` inside ``rect`` (kept square and centred).

    Args:
        painter: An active painter; its state is saved and restored.
        rect: The area to draw into.
        mood: Which face.
        palette: Supplies the ink colour so the face reads in light and dark themes.
        filled: Fill the circle with the mood tint (False draws an outline only).
        ink: Line colour; defaults to the palette's window text.
    """
    side = min(rect.width(), rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    ink = ink if ink is not None else palette.color(QPalette.ColorRole.WindowText)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    stroke = max(1.2, side / 14)
    pen = QPen(ink, stroke)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    if filled:
        tint = mood_tint(mood)
        tint.setAlpha(210)
        painter.setBrush(tint)
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
    inner = box.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2)
    painter.drawEllipse(inner)
    # Eyes: dots. "Awful" adds brows raised where they meet (the shape of sadness, not
    # of anger, whose brows meet low) and a tear, so it reads as the word, not as a scowl.
    eye_y = inner.top() + inner.height() * 0.4
    left_x = inner.left() + inner.width() * 0.34
    right_x = inner.left() + inner.width() * 0.66
    eye_r = max(1.0, side / 16)
    painter.setBrush(ink)
    painter.drawEllipse(QPointF(left_x, eye_y), eye_r, eye_r)
    painter.drawEllipse(QPointF(right_x, eye_y), eye_r, eye_r)

    def at(point: tuple[float, float]) -> QPointF:
        return QPointF(
            inner.left() + inner.width() * point[0], inner.top() + inner.height() * point[1]
        )

    for outer_end, inner_end in brow_lines(mood):
        painter.drawLine(at(outer_end), at(inner_end))
    if mood is Mood.AWFUL:
        tear = QPainterPath(at((0.70, 0.47)))
        tear.quadTo(at((0.64, 0.58)), at((0.70, 0.60)))
        tear.quadTo(at((0.76, 0.58)), at((0.70, 0.47)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        thin = QPen(pen)
        thin.setWidthF(max(1.0, stroke * 0.7))
        painter.setPen(thin)
        painter.drawPath(tear)
        painter.setPen(pen)
    # Mouth: a quadratic curve whose control point moves with the mood.
    curve = _CURVE[mood]
    mouth_y = inner.top() + inner.height() * (0.68 - 0.06 * curve)
    x0 = inner.left() + inner.width() * 0.3
    x1 = inner.left() + inner.width() * 0.7
    path = QPainterPath(QPointF(x0, mouth_y))
    path.quadTo(
        QPointF((x0 + x1) / 2, mouth_y + curve * inner.height() * 0.22), QPointF(x1, mouth_y)
    )
    if mood is Mood.GREAT:
        path.closeSubpath()  # an open, laughing mouth
        painter.setBrush(ink)
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()


def mood_icon(mood: Mood, palette: QPalette, side: int) -> QIcon:
    """A face as an icon (for buttons and menus), drawn at ``side`` pixels."""
    pixmap = QPixmap(side * 2, side * 2)  # drawn at 2x so it stays crisp on HiDPI
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_mood_face(painter, QRectF(0, 0, side, side), mood, palette)
    painter.end()
    return QIcon(pixmap)
