"""Painted text laid out in its own direction, as a label lays out its text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption

from companion.ui.widgets.text_direction import text_direction, wrapped_paragraph

LTR = Qt.LayoutDirection.LeftToRight
RTL = Qt.LayoutDirection.RightToLeft


def test_text_direction_comes_from_the_first_letter() -> None:
    assert text_direction("A walk") == LTR
    assert text_direction("12 — مشي") == RTL
    assert text_direction("12:30") == Qt.LayoutDirection.LayoutDirectionAuto


def _start(option: QTextOption) -> Qt.AlignmentFlag:
    return option.alignment() & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight)


def test_english_in_a_right_to_left_window_starts_at_the_left() -> None:
    option = wrapped_paragraph("What stigma is, and small ways to answer it.", RTL)
    assert option.textDirection() == LTR
    assert _start(option) == Qt.AlignmentFlag.AlignLeft
    assert option.alignment() & Qt.AlignmentFlag.AlignTop
    assert option.wrapMode() == QTextOption.WrapMode.WordWrap


def test_arabic_in_a_left_to_right_window_starts_at_the_right() -> None:
    option = wrapped_paragraph("قراءة في 3 دقائق", LTR)
    assert option.textDirection() == RTL
    assert _start(option) == Qt.AlignmentFlag.AlignRight


def test_text_without_letters_follows_the_window() -> None:
    option = wrapped_paragraph("3 · 5", RTL)
    assert option.textDirection() == RTL
    assert _start(option) == Qt.AlignmentFlag.AlignRight
