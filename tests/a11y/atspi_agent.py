"""The screen reader's side of the accessibility walk (run with the SYSTEM Python 3).

Debian's ``python3-pyatspi`` and ``gir1.2-atspi-2.0`` install into ``/usr/bin/python3``,
not into the project's venv, so the tests start this file as a subprocess inside a private
D-Bus session (``dbus-run-session``) and talk to it with one JSON object per line:

    -> {"cmd": "hello"}
    <- {"ok": true, "bus": "unix:path=...", "display": ":5"}
    -> {"cmd": "snapshot", "pid": 123}
    <- {"ok": true, "nodes": [...]}

It reads the app only through AT-SPI, exactly as Orca does: the accessible tree (roles,
names, descriptions, states, text, screen extents), the focus after each Tab it sends
through the registry's ``generateKeyboardEvent``, and the events the app emits.

Commands (each names the app by ``pid``):

- ``wait_window``: wait until a showing top-level window whose name contains ``title``.
- ``snapshot``: every showing object of the app, in document (depth-first) order.
- ``focused``: the object that has the keyboard focus now.
- ``keys``: send keys (``["Tab", "F1", ...]`` by X keysym name) and/or type ``text``.
- ``grab_focus``: focus the object at ``path`` (the Component interface).
- ``tab_cycle``: press Tab until the focus comes back to where it started; the stops.
- ``listen``: send ``keys``/``text``, then gather the ``events`` types for ``seconds``.
"""

from __future__ import annotations

import json
import os
import sys
import time
import warnings
from collections.abc import Callable
from typing import Any

import gi  # type: ignore[import-not-found,import-untyped,unused-ignore]
import pyatspi  # type: ignore[import-not-found,import-untyped,unused-ignore]  # noqa: F401  (the package CI installs)

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # type: ignore[import-not-found,import-untyped,unused-ignore]  # noqa: E402

Node = dict[str, Any]
Path = tuple[int, ...]
REPLY = "@a11y-agent "

# X keysyms for the keys the walk sends.
KEYSYMS = {
    "Tab": 0xFF09,
    "ISO_Left_Tab": 0xFE20,
    "Return": 0xFF0D,
    "Escape": 0xFF1B,
    "F1": 0xFFBE,
    "space": 0x0020,
    "Shift_L": 0xFFE1,
    "BackSpace": 0xFF08,
    "Left": 0xFF51,
    "Up": 0xFF52,
    "Right": 0xFF53,
    "Down": 0xFF54,
    "Home": 0xFF50,
    "End": 0xFF57,
}
MODIFIER_MASKS = {"Shift": 1, "Ctrl": 4, "Alt": 8}  # X's ShiftMask, ControlMask, Mod1Mask


def keysym(key: str) -> int:
    """The X keysym of a key name ("Tab") or of one printable character ("r", ",")."""
    if key in KEYSYMS:
        return KEYSYMS[key]
    if len(key) == 1 and 0x20 <= ord(key) < 0x7F:
        return ord(key)  # Latin-1 keysyms are the characters' codes
    raise ValueError(f"no keysym for {key!r}")


# Text we never copy out of the app (what a person types into these is secret).
SECRET_ROLES = {"password text"}


def pump(seconds: float) -> None:
    """Let GLib deliver D-Bus traffic (events) for ``seconds``."""
    context = GLib.MainContext.default()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not context.iteration(False):
            time.sleep(0.005)


def find_app(pid: int, timeout: float = 20.0) -> Any:
    """The app's root accessible, waiting for it to register on the AT-SPI bus."""
    deadline = time.monotonic() + timeout
    while True:
        desktop = Atspi.get_desktop(0)
        for index in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(index)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except GLib.Error:
                continue
        if time.monotonic() > deadline:
            raise LookupError(f"no application with pid {pid} on the AT-SPI bus")
        pump(0.1)


def path_of(acc: Any) -> Path:
    """Where ``acc`` sits in the app: child indexes from the application down."""
    steps: list[int] = []
    node = acc
    while node is not None and node.get_role() != Atspi.Role.APPLICATION:
        steps.append(node.get_index_in_parent())
        node = node.get_parent()
    return tuple(reversed(steps))


def at_path(app: Any, path: list[int]) -> Any:
    node = app
    for index in path:
        node = node.get_child_at_index(index)
    return node


def states_of(acc: Any) -> list[str]:
    return sorted(Atspi.StateType(state).value_nick for state in acc.get_state_set().get_states())


def labelled_by(acc: Any) -> list[str]:
    """The names of the objects that label ``acc`` (Qt: a label's buddy)."""
    names = []
    for relation in acc.get_relation_set() or []:
        if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY:
            for index in range(relation.get_n_targets()):
                target = relation.get_target(index)
                if target is not None:
                    names.append(target.get_name() or "")
    return names


def describe(acc: Any, path: Path, window: int) -> Node:
    role = acc.get_role_name()
    interfaces = set(acc.get_interfaces())
    text: str | None = None
    if role not in SECRET_ROLES and "Text" in interfaces:
        text = Atspi.Text.get_text(acc, 0, Atspi.Text.get_character_count(acc))
    extents = None
    if "Component" in interfaces:
        rect = Atspi.Component.get_extents(acc, Atspi.CoordType.SCREEN)
        extents = [rect.x, rect.y, rect.width, rect.height]
    actions = []
    if "Action" in interfaces:
        actions = [acc.get_action_name(i) for i in range(acc.get_n_actions())]
    return {
        "path": list(path),
        "window": window,
        "role": role,
        "name": acc.get_name() or "",
        "description": acc.get_description() or "",
        "states": states_of(acc),
        "text": text,
        "extents": extents,
        "interfaces": sorted(interfaces),
        "children": acc.get_child_count(),
        "labelled_by": labelled_by(acc),
        "actions": actions,
    }


def snapshot(app: Any) -> list[Node]:
    """Every showing object, depth first (the order a screen reader reads a window in)."""
    nodes: list[Node] = []

    def visit(acc: Any, path: Path, window: int) -> None:
        node = describe(acc, path, window)
        if "showing" not in node["states"]:
            return
        nodes.append(node)
        for index in range(acc.get_child_count()):
            child = acc.get_child_at_index(index)
            if child is not None:
                visit(child, (*path, index), window)

    for index in range(app.get_child_count()):
        window = app.get_child_at_index(index)
        if window is not None:
            visit(window, (index,), index)
    return nodes


def focused(app: Any) -> Any:
    """The deepest showing object with the focused state, or None."""
    found: list[Any] = []

    def visit(acc: Any) -> None:
        state = acc.get_state_set()
        if not state.contains(Atspi.StateType.SHOWING):
            return
        # Qt marks the current tab of every tab bar focused, focus or not: a tab only
        # has the focus when its tab bar has it.
        if state.contains(Atspi.StateType.FOCUSED) and (
            acc.get_role() != Atspi.Role.PAGE_TAB
            or acc.get_parent().get_state_set().contains(Atspi.StateType.FOCUSED)
        ):
            found.append(acc)
        for index in range(acc.get_child_count()):
            child = acc.get_child_at_index(index)
            if child is not None:
                visit(child)

    for index in range(app.get_child_count()):
        window = app.get_child_at_index(index)
        if window is not None:
            visit(window)
    # A text box's viewport shares its focused state: the focusable one is the object.
    focusable = [acc for acc in found if acc.get_state_set().contains(Atspi.StateType.FOCUSABLE)]
    return (focusable or found)[-1] if found else None


def short(acc: Any) -> Node:
    return {
        "path": list(path_of(acc)),
        "role": acc.get_role_name(),
        "name": acc.get_name() or "",
        "states": states_of(acc),
    }


def send_keys(keys: list[str], text: str | None) -> None:
    if text:
        # One key at a time, as a person types: STRING synthesis looks up each keysym.
        for char in text:
            Atspi.generate_keyboard_event(0, char, Atspi.KeySynthType.STRING)
            pump(0.01)
    for key in keys:
        # "Alt+m": the modifiers are held (locked) around the key, as a person holds them.
        *held, last = key.split("+") if len(key) > 1 else [key]
        mask = 0
        for modifier in held:
            mask |= MODIFIER_MASKS[modifier]
        if mask:
            Atspi.generate_keyboard_event(mask, None, Atspi.KeySynthType.LOCKMODIFIERS)
            pump(0.02)
        try:
            Atspi.generate_keyboard_event(keysym(last), None, Atspi.KeySynthType.SYM)
            pump(0.02)
        finally:
            if mask:
                Atspi.generate_keyboard_event(mask, None, Atspi.KeySynthType.UNLOCKMODIFIERS)
                pump(0.02)


class Recorder:
    """Collects events of the given types while it is registered."""

    def __init__(self, types: list[str], pid: int) -> None:
        self.events: list[Node] = []
        self.pid = pid
        self.listener = Atspi.EventListener.new(self._on_event)
        self.types = types
        for event_type in types:
            self.listener.register(event_type)

    def _on_event(self, event: Any) -> None:
        source = event.source
        try:
            if source.get_process_id() != self.pid:
                return
            who = short(source)
        except GLib.Error:
            who = {"path": [], "role": "?", "name": "", "states": []}
        data = event.any_data
        self.events.append(
            {
                "type": event.type,
                "detail1": event.detail1,
                "detail2": event.detail2,
                "data": data if isinstance(data, str | int | float | bool) else None,
                "source": who,
            }
        )

    def close(self) -> None:
        for event_type in self.types:
            self.listener.deregister(event_type)


def wait_for_focus(recorder: Recorder, since: int, timeout: float) -> Node | None:
    """The object that gained the focus after event ``since`` (the last one, once the
    events have settled), or None when no focus event came within ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pump(0.01)
        gained = [e for e in recorder.events[since:] if e["detail1"] == 1]
        if gained:
            pump(0.03)
            gained = [e for e in recorder.events[since:] if e["detail1"] == 1]
            source: Node = gained[-1]["source"]
            return source
    return None


def related(a: list[int], b: list[int]) -> bool:
    """One path is the other or contains it (a tab bar and its selected tab)."""
    shorter = min(len(a), len(b))
    return a[:shorter] == b[:shorter]


INSIDE_PRESSES = 12  # how long Tab may stay inside one control before it is a trap


def tab_cycle(app: Any, pid: int, limit: int, key: str) -> Node:
    """Press ``key`` until the focus is back where it started (or ``limit`` presses)."""
    start = focused(app)
    first = short(start) if start is not None else None
    stops: list[Node | None] = []
    recorder = Recorder(["object:state-changed:focused"], pid)
    inside = 0  # presses that kept the focus on the same object
    try:
        for _ in range(limit):
            mark = len(recorder.events)
            send_keys([key], None)
            now = wait_for_focus(recorder, mark, 2.5)  # slow when the CPU is shared
            if now is None:  # no event: ask the tree (the focus may not have moved)
                found = focused(app)
                now = short(found) if found is not None else None
            previous = stops[-1] if stops else first
            if now is not None and previous is not None and now["path"] == previous["path"]:
                # Tab moving inside one control (a date's day, month and year; the links
                # of an article) is not a new stop; only a control that keeps Tab for
                # good is a trap, and is recorded as one below.
                inside += 1
                if inside < INSIDE_PRESSES:
                    continue
            inside = 0
            if now is not None and any(
                stop is not None and stop["path"] == now["path"] for stop in stops
            ):
                stops.append(now)
                break  # round a ring that does not pass where the focus started
            stops.append(now)
            if first is not None and now is not None and related(now["path"], first["path"]):
                break
    finally:
        recorder.close()
    return {"start": first, "stops": stops}


def wait_window(app_pid: int, title: str, timeout: float, skip: list[int], exact: bool) -> Node:
    deadline = time.monotonic() + timeout
    seen: list[str] = []
    while time.monotonic() < deadline:
        app = find_app(app_pid, timeout)
        seen = []
        for index in range(app.get_child_count()):
            window = app.get_child_at_index(index)
            if window is None or index in skip:
                continue
            name = window.get_name() or ""
            seen.append(name)
            showing = window.get_state_set().contains(Atspi.StateType.SHOWING)
            wanted = name == title if exact else title.lower() in name.lower()
            if showing and wanted:
                return {"window": index, "role": window.get_role_name(), "name": name}
        pump(0.1)
    raise LookupError(f"no showing window named like {title!r}; windows: {seen}")


def handle(request: Node) -> Node:
    cmd = request["cmd"]
    if cmd == "hello":
        return {
            "bus": os.environ.get("DBUS_SESSION_BUS_ADDRESS", ""),
            "display": os.environ.get("DISPLAY", ""),
            "atspi": Atspi.get_version() if hasattr(Atspi, "get_version") else "",
        }
    pid = int(request["pid"])
    if cmd == "wait_window":
        return wait_window(
            pid,
            request["title"],
            float(request.get("timeout", 20)),
            request.get("skip", []),
            bool(request.get("exact", False)),
        )
    app = find_app(pid)
    if cmd == "snapshot":
        return {"nodes": snapshot(app)}
    if cmd == "focused":
        now = focused(app)
        return {"focused": short(now) if now is not None else None}
    if cmd == "keys":
        send_keys(request.get("keys", []), request.get("text"))
        pump(float(request.get("settle", 0.2)))
        return {}
    if cmd == "grab_focus":
        target = at_path(app, request["path"])
        done = Atspi.Component.grab_focus(target)
        pump(0.2)
        return {"done": bool(done)}
    if cmd == "do_action":
        target = at_path(app, request["path"])
        names = [target.get_action_name(i) for i in range(target.get_n_actions())]
        wanted = request.get("action")
        index = names.index(wanted) if wanted else 0
        done = target.do_action(index)
        pump(float(request.get("settle", 0.3)))
        return {"done": bool(done), "actions": names}
    if cmd == "tab_cycle":
        return tab_cycle(app, pid, int(request.get("limit", 120)), request.get("key", "Tab"))
    if cmd == "listen":
        recorder = Recorder(request["events"], pid)
        try:
            send_keys(request.get("keys", []), request.get("text"))
            pump(float(request.get("seconds", 1.0)))
        finally:
            recorder.close()
        return {"events": recorder.events}
    raise ValueError(f"unknown command {cmd!r}")


def main() -> int:
    warnings.simplefilter("ignore", DeprecationWarning)  # PyGObject's notes on old names
    Atspi.init()
    # Services the bus starts share this stdout, so answers carry a prefix of their own.
    reply: Callable[[Node], None] = lambda obj: print(REPLY + json.dumps(obj), flush=True)  # noqa: E731
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            answer = handle(json.loads(line))
            answer["ok"] = True
        except Exception as error:  # report every failure to the test, which fails on it
            answer = {"ok": False, "error": f"{type(error).__name__}: {error}"}
        reply(answer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
