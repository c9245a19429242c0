"""The walk's reading-order rule, on made-up trees (no desktop needed, so it always runs)."""

from __future__ import annotations

from typing import Any

from a11y_harness import TabCycle, reading_order_breaks


def _node(path: list[int], role: str, extents: list[int]) -> dict[str, Any]:
    return {"path": path, "role": role, "name": f"{role} {path}", "extents": extents}


def _breaks(nodes: list[dict[str, Any]], order: list[list[int]]) -> list[str]:
    by_path = {tuple(n["path"]): n for n in nodes}
    stops = [by_path[tuple(p)] for p in order]
    return reading_order_breaks(nodes, TabCycle(stops[0], [*stops[1:], stops[0]]))


# A dialog: a scrolled form (its view 100..300 px high, the form 100..900) above two
# buttons at 320. The form's last field sits at 850, far below the buttons, until scrolled.
FORM = [
    _node([0], "dialog", [0, 0, 400, 360]),
    _node([0, 0], "filler", [0, 100, 400, 200]),  # the scroll area's view
    _node([0, 0, 0], "filler", [0, 100, 400, 800]),  # the form inside it
    _node([0, 0, 0, 0], "text", [10, 110, 380, 40]),  # first field
    _node([0, 0, 0, 1], "text", [10, 500, 380, 40]),  # out of view
    _node([0, 0, 0, 2], "spin button", [10, 850, 80, 20]),  # last field, out of view
    _node([0, 1], "push button", [200, 320, 80, 24]),
    _node([0, 2], "push button", [300, 320, 80, 24]),
]


def test_a_scrolled_form_comes_before_the_buttons_under_it() -> None:
    order = [[0, 0, 0, 0], [0, 0, 0, 1], [0, 0, 0, 2], [0, 1], [0, 2]]
    assert len(_breaks(FORM, order)) == 1  # only the wrap back to the first field


def test_a_button_between_two_fields_of_the_form_is_out_of_order() -> None:
    # From the button under the form back up into the form's (scrolled-out) middle field.
    order = [[0, 0, 0, 0], [0, 1], [0, 0, 0, 1], [0, 0, 0, 2], [0, 2]]
    assert len(_breaks(FORM, order)) == 2  # up into the form, and the wrap


def test_places_inside_one_scrolled_list_keep_their_order() -> None:
    # Both out of view in the same form: compared where they are in the form, so going
    # from the last field back to the middle one is a step up.
    order = [[0, 0, 0, 0], [0, 0, 0, 2], [0, 0, 0, 1], [0, 1], [0, 2]]
    breaks = _breaks(FORM, order)
    assert any("spin button" in b and "text [0, 0, 0, 1]" in b for b in breaks)
