"""Companion as a screen reader meets it: the real AT-SPI bus, walked screen by screen.

Each screen is reached the way a person would reach it: the first run and the lock screen
by starting the program, the help panel by pressing F1 on the lock screen, and the journal
by typing the passphrase (keys synthesised through AT-SPI) and pressing Enter. On each:

- every window says it is a window (frame, dialog), not a "filler";
- everything a person operates, and every Tab stop, has a name;
- a combo box is named by what it chooses, not by its current value;
- Tab goes round every focusable object, in reading order, and comes back to where the
  focus started (so the first thing focused can be found again).

Status changes are spoken: a wrong passphrase, the quick-exit count, a copied number and a
saved entry reach the screen reader as an announcement (or as the focused object's words).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from a11y_harness import (
    Desktop,
    Node,
    RunningApp,
    TabCycle,
    bad_window_roles,
    combo_named_by_value,
    in_window,
    label,
    reading_order_breaks,
    tab_cycle,
    unnamed,
    unreached,
    wordless_pictures,
)

pytestmark = pytest.mark.a11y

PASSPHRASE = "quiet river morning tea"
SCREENS = (
    "first run",
    "recovery code",
    "lock screen",
    "recovery page",
    "guest welcome",
    "help panel",
    "QR code",
    "breathing",
    "journal",
    "check-in",
    "insights",
    "safety plan",
    "preferences",
    "change passphrase",
    "new recovery code",
    "lock out old copies",
    "backups",
    "export",
    "import",
    "merge",
    "exercises",
    "learn",
    "clinician report",
    "trash",
    "about",
    "check-in actions",
    "template",
    "new entry",
    "guest save a copy",
    "damage",
    "restore",
    "open from file",
    "guest place picker",
)
# Windows of the journal's "More" menu: the item's mnemonic and the window's name.
MENU_KEYS = {
    "preferences": ("r", "Preferences"),
    "change passphrase": ("p", "Change passphrase"),
    "new recovery code": ("n", "new recovery code"),
    "lock out old copies": ("o", "Lock out old copies"),
    "backups": ("b", "Backups"),
    "export": ("e", "Export"),
    "import": ("i", "Import entries"),
    "merge": ("m", "Merge another journal"),
    "exercises": ("x", "Exercises"),
    "learn": ("l", "Learn"),
    "clinician report": ("c", "Report for my clinician"),
    "trash": ("t", "Trash"),
    "about": ("a", "About Companion"),
}
# The journal window's pages, in the order of its tab bar.
JOURNAL_PAGES = ("journal", "check-in", "insights", "safety plan")
SPOKEN_EVENTS = [
    "object:announcement",
    "object:state-changed:focused",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
]


@dataclass
class Screen:
    """One window of a running Companion, as the screen reader found it."""

    which: str
    app: RunningApp
    window: int
    nodes: list[Node]  # the whole app (other windows may still be showing)
    cycle: TabCycle

    @property
    def own(self) -> list[Node]:
        return in_window(self.nodes, self.window)


def unlock_by_typing(app: RunningApp, passphrase: str) -> None:
    """Type into the focused passphrase field and press Enter, as a person would."""
    focused = app.ask("focused")["focused"]
    assert focused is not None, "nothing is focused on the lock screen"
    assert focused["role"] == "password text", (
        f"the lock screen should open with the passphrase field focused, not {focused}"
    )
    app.ask("keys", text=passphrase, keys=["Return"], settle=0.3)


def press(
    app: RunningApp, window: int, role: str, name_starts: str, key: str | None = "space"
) -> None:
    """Focus the first ``role`` whose name starts with ``name_starts`` and press ``key``
    (None: only focus it)."""
    nodes = in_window(app.snapshot(), window)
    target = next(
        (n for n in nodes if n["role"] == role and n["name"].startswith(name_starts)), None
    )
    assert target is not None, f"no {role} named {name_starts!r}…"
    assert app.ask("grab_focus", path=target["path"])["done"]
    if key is not None:
        app.ask("keys", keys=[key], settle=0.5)


def opened_by(app: RunningApp, window: int, role: str, name_starts: str, title: str) -> int:
    """Press a control of ``window`` (as :func:`press`) and return the index of the new
    window named like ``title`` that it opens."""
    before = app.windows()
    press(app, window, role, name_starts)
    return int(app.wait_window(title, skip=before)["window"])


def from_more_menu(app: RunningApp, which: str) -> int:
    """Open a window of the journal's More menu as a keyboard user does: Alt+M opens the
    menu (its mnemonic), then the item's own mnemonic chooses it."""
    key, title = MENU_KEYS[which]
    before = app.windows()
    app.ask("keys", keys=["Alt+m"], settle=0.5)
    app.ask("keys", keys=[key], settle=0.5)
    return int(app.wait_window(title, skip=before)["window"])


def open_screen(desktop: Desktop, home: Path, which: str) -> tuple[RunningApp, int]:
    """Start Companion and go to ``which`` screen by keyboard; its window index."""
    if which in ("first run", "recovery code"):
        app = RunningApp.start(desktop, home)
        window = int(app.wait_window("Companion")["window"])
        if which == "first run":
            return app, window
        # Type the passphrase twice, as a person would, and press Enter.
        app.ask("keys", text=PASSPHRASE)
        press(app, window, "password text", "Type it again", key=None)
        app.ask("keys", text=PASSPHRASE, keys=["Return"], settle=0.5)
        return app, int(app.wait_window("recovery code")["window"])
    app = RunningApp.start(desktop, home, journal=PASSPHRASE, damaged=which == "damage")
    window = int(app.wait_window("Locked")["window"])
    if which == "lock screen":
        return app, window
    if which == "damage":
        # The journal file was cut to nothing: unlocking explains it and offers a backup.
        before = app.windows()
        unlock_by_typing(app, PASSPHRASE)
        return app, int(app.wait_window("needs attention", skip=before)["window"])
    if which == "recovery page":
        press(app, window, "push button", "Use recovery code instead")
        return app, window
    if which == "open from file":
        title = "Open a journal from a file"
        return app, opened_by(app, window, "push button", title, title)
    if which in ("guest welcome", "guest save a copy", "guest place picker"):
        press(app, window, "push button", "Not your journal?")
        window = int(app.wait_window("Companion", exact=True)["window"])
        if which == "guest welcome":
            return app, window
        # A guest session, then its banner's "Save an encrypted copy…".
        press(app, window, "push button", "Start a guest session")
        window = int(app.wait_window("journal")["window"])
        title = "Save an encrypted copy"
        window = opened_by(app, window, "push button", title, title)
        if which == "guest save a copy":
            return app, window
        # A guest never gets the system's file dialog (it would keep a history of
        # folders): Companion's own place picker opens instead.
        return app, opened_by(app, window, "push button", "Choose a place", "Where should")
    if which in ("help panel", "QR code", "breathing"):
        app.ask("keys", keys=["F1"], settle=0.5)
        window = int(app.wait_window("help")["window"])
        if which == "help panel":
            return app, window
        if which == "QR code":
            return app, opened_by(app, window, "push button", "Show QR code for", "QR code")
        return app, opened_by(app, window, "push button", "Breathing", "")
    unlock_by_typing(app, PASSPHRASE)
    window = int(app.wait_window("journal")["window"])
    if which in MENU_KEYS:
        return app, from_more_menu(app, which)
    if which == "restore":
        # Backups from the More menu, "Restore…" on its one backup, "Lock and restore".
        question = opened_by(app, from_more_menu(app, "backups"), "push button", "Restore", "")
        press(app, question, "push button", "Lock and restore")
        # Locking closes the journal's windows (their places in the list are reused), so
        # the restore is found by its title alone.
        return app, int(app.wait_window("Restore a backup")["window"])
    if which == "new entry":
        # The editor as a person starts an entry: Ctrl+N in the journal window.
        app.ask("keys", keys=["Ctrl+n"], settle=0.5)
        return app, window
    if which == "template":
        # A new entry (Ctrl+N) shows the editor; its Prompts button opens the menu, where
        # Up wraps round to the last template.
        app.ask("keys", keys=["Ctrl+n"], settle=0.5)
        before = app.windows()
        press(app, window, "push button", "Prompts and templates")
        app.ask("keys", keys=["Up", "Return"], settle=0.5)
        return app, int(app.wait_window("Thought record", skip=before)["window"])
    steps = JOURNAL_PAGES.index("check-in" if which == "check-in actions" else which)
    if steps:
        tabs = next(n for n in in_window(app.snapshot(), window) if n["role"] == "page tab list")
        assert app.ask("grab_focus", path=tabs["path"])["done"]
        app.ask("keys", keys=["Right"] * steps, settle=0.5)
        selected = [
            n["name"]
            for n in in_window(app.snapshot(), window)
            if n["path"][:-1] == tabs["path"] and "selected" in n["states"]
        ]
        assert [name.lower() for name in selected] == [JOURNAL_PAGES[steps]], selected
    if which == "check-in actions":
        name = "Choose, rename, reorder or hide actions"
        return app, opened_by(app, window, "push button", name, "Choose check-in actions")
    return app, window


@pytest.fixture(scope="module", params=SCREENS)
def screen(
    request: pytest.FixtureRequest, desktop: Desktop, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Screen]:
    which = str(request.param)
    app, window = open_screen(desktop, tmp_path_factory.mktemp("a11y-app"), which)
    try:
        nodes = app.snapshot()
        yield Screen(which, app, window, nodes, tab_cycle(app, in_window(nodes, window)))
    finally:
        app.stop()


@pytest.fixture
def locked(desktop: Desktop, tmp_path: Path) -> Iterator[RunningApp]:
    app = RunningApp.start(desktop, tmp_path / "home", journal=PASSPHRASE)
    try:
        app.wait_window("Locked")
        yield app
    finally:
        app.stop()


def spoken(events: list[Node]) -> list[str]:
    """What a screen reader says from these events: announcements, and the name and
    description of each object that gains the focus."""
    words = []
    for event in events:
        if event["type"].startswith("object:announcement") and event["data"]:
            words.append(str(event["data"]))
        elif event["type"] == "object:state-changed:focused" and event["detail1"] == 1:
            source = event["source"]
            words.append(f"{source['name']} {source.get('description', '')}")
    return words


# --- every screen -------------------------------------------------------------------------


def test_windows_say_they_are_windows(screen: Screen) -> None:
    assert bad_window_roles(screen.nodes) == []


def test_every_control_has_a_name(screen: Screen) -> None:
    assert unnamed(screen.own) == []


def test_every_tab_stop_has_a_name(screen: Screen) -> None:
    nameless = [
        f"{stop['role']} at {stop['path']}"
        for stop in screen.cycle.stops
        if stop is not None and not stop["name"].strip()
    ]
    assert nameless == []


def test_drawn_pictures_have_words(screen: Screen) -> None:
    assert wordless_pictures(screen.own) == []


def test_combo_boxes_are_named_by_their_label(screen: Screen) -> None:
    assert combo_named_by_value(screen.own) == []


def test_tab_comes_back_to_where_the_focus_started(screen: Screen) -> None:
    cycle = screen.cycle
    assert cycle.start is not None, "nothing has the keyboard focus when the window opens"
    assert cycle.closed, (
        f"Tab never comes back to {cycle.start['role']} {cycle.start['name']!r}, which had "
        f"the focus when the window opened; the stops were: "
        + ", ".join(f"{s['role']} {s['name']!r}" for s in cycle.stops if s is not None)
    )


def test_tab_reaches_every_control(screen: Screen) -> None:
    assert screen.cycle.stops, "Tab moved nowhere"
    assert unreached(screen.nodes, screen.cycle, screen.window) == []


def test_tab_follows_reading_order(screen: Screen) -> None:
    if not screen.cycle.closed:
        pytest.fail("Tab does not go round (see test_tab_comes_back_to_where_the_focus_started)")
    # One step of a full turn goes back up: the wrap from the last object to the first.
    breaks = reading_order_breaks(screen.nodes, screen.cycle)
    assert len(breaks) <= 1, "Tab goes against reading order:\n" + "\n".join(breaks)


# --- particular screens -------------------------------------------------------------------


# What a person looks for first on each screen, by role and name.
KEY_CONTROLS = {
    "first run": [
        ("push button", "Get help now"),
        ("push button", "Quick exit"),
        ("password text", "Passphrase"),
        ("push button", "Create my journal"),
    ],
    "lock screen": [
        ("push button", "Get help now"),
        ("push button", "Quick exit"),
        ("password text", "Passphrase"),
        ("push button", "Unlock"),
    ],
    "recovery page": [
        ("push button", "Get help now"),
        ("push button", "Quick exit"),
        ("text", "Recovery code"),
        ("password text", "New passphrase"),
        ("password text", "Type the new passphrase again"),
        ("push button", "Unlock and set new passphrase"),
        ("push button", "Back to passphrase"),
    ],
    "help panel": [("text", "Search help in every country")],
    "recovery code": [],
    "guest welcome": [("push button", "Get help now"), ("push button", "Quick exit")],
    "QR code": [],
    "breathing": [],
    "check-in": [("push button", "Get help now"), ("push button", "Quick exit")],
    "insights": [("push button", "Get help now"), ("push button", "Quick exit")],
    "safety plan": [("push button", "Get help now"), ("push button", "Quick exit")],
    "preferences": [
        ("push button", "Get help now"),
        ("push button", "Quick exit"),
        ("combo box", "Appearance"),
        ("combo box", "Language"),
        ("spin button", "Lock after minutes without use"),
        ("combo box", "Country for help"),
        ("check box", "Use high contrast"),
        ("check box", "Reduce motion"),
        ("check box", "After a hard day, offer help and a breathing exercise"),
        ("push button", "Cancel"),
        ("push button", "Save preferences"),
    ],
    "change passphrase": [
        ("push button", "Get help now"),
        ("push button", "Quick exit"),
        ("password text", "Current passphrase"),
        ("password text", "New passphrase"),
        ("password text", "Type the new passphrase again"),
        ("push button", "Cancel"),
        ("push button", "Change passphrase"),
    ],
    "journal": [
        ("push button", "Get help now"),
        ("push button", "Quick exit"),
        ("push button", "New entry"),
        ("push button", "Lock"),
    ],
    "new recovery code": [
        ("push button", "Get help now"),
        ("push button", "Quick exit"),
        ("push button", "Make a new recovery code"),
        ("push button", "Cancel"),
    ],
    "lock out old copies": [
        ("push button", "Get help now"),
        ("push button", "Quick exit"),
        ("push button", "Lock out old copies now"),
        ("push button", "Cancel"),
    ],
    "backups": [
        ("push button", "Back up now"),
        ("push button", "Restore…"),
        ("push button", "Close"),
    ],
    "export": [("push button", "Export…"), ("push button", "Close")],
    "import": [
        ("push button", "Choose a file…"),
        ("combo box", "File type:"),
        ("push button", "Next"),
        ("push button", "Cancel"),
    ],
    "merge": [
        ("push button", "Choose a file…"),
        ("password text", "That copy's passphrase"),
        ("push button", "Merge"),
        ("push button", "Close"),
    ],
    "exercises": [("push button", "Get help now"), ("push button", "Quick exit")],
    "learn": [
        ("push button", "Get help now"),
        ("push button", "Quick exit"),
        ("list", "Articles"),
    ],
    "trash": [
        ("push button", "Get help now"),
        ("push button", "Quick exit"),
        ("list", "Entries in the trash"),
        ("push button", "Restore the selected entry"),
        ("push button", "Empty trash, deleting its entries for good"),
        ("push button", "Close the trash"),
    ],
    "about": [("push button", "Close About")],
    "check-in actions": [
        ("list", "Check-in actions"),
        ("push button", "Move the selected action up"),
    ],
    "new entry": [
        ("push button", "Get help now"),
        ("push button", "Quick exit"),
        ("text", "Entry text"),
        ("push button", "Prompts and templates"),
    ],
    "restore": [("push button", "Close")],
    "open from file": [
        ("push button", "Choose a file…"),
        ("password text", "The copy's passphrase"),
        ("push button", "Open"),
        ("push button", "Cancel"),
    ],
    "guest place picker": [("text", "Full path"), ("list", "Places")],
    "damage": [
        ("push button", "Restore"),
        ("push button", "Not now"),
        ("push button", "Show the folder"),
    ],
    "guest save a copy": [
        ("push button", "Choose a place…"),
        ("push button", "Save the copy"),
        ("push button", "Cancel"),
    ],
    "template": [
        ("text", "Situation"),
        ("push button", "Add the answers to the entry"),
        ("push button", "Cancel"),
    ],
    "clinician report": [
        ("spin button", "From"),
        ("spin button", "To"),
        ("list", "Entries to include"),
        ("push button", "Save the report as a PDF"),
        ("push button", "Print the report"),
        ("push button", "Close the report"),
    ],
}


def test_key_controls_are_there_by_name(screen: Screen) -> None:
    # A combo box is named by its value on Linux; its label's words come through the
    # labelled-by relation, which a screen reader says first.
    names = {
        (node["role"], words)
        for node in screen.own
        for words in (node["name"], *node.get("labelled_by", []))
    }
    missing = [control for control in KEY_CONTROLS[screen.which] if control not in names]
    assert missing == []


@pytest.mark.parametrize("screen", ["help panel"], indirect=True)
def test_help_panel_emergency_number_is_a_tab_stop(screen: Screen) -> None:
    """Tab (not only the first focus) reaches something that says the emergency number."""
    emergency = [n for n in screen.own if "emergency" in n["name"].lower()]
    numbers = {
        number
        for node in emergency
        for number in re.findall(r"\d{2,}", f"{node['name']} {node['text'] or ''}")
    }
    assert numbers, f"the help panel says no emergency number: {[label(n) for n in emergency]}"
    by_path = {tuple(n["path"]): n for n in screen.nodes}
    said = [
        f"{node['name']} {node['text'] or ''}"
        for stop in screen.cycle.ring()
        if (node := by_path.get(tuple(stop["path"]))) is not None
    ]
    assert any(number in words for number in numbers for words in said), (
        f"Tab never reaches anything that says {sorted(numbers)}"
    )


# --- status changes are spoken ------------------------------------------------------------


def test_wrong_passphrase_is_announced(locked: RunningApp) -> None:
    focused = locked.ask("focused")["focused"]
    assert focused is not None
    assert focused["role"] == "password text"
    events = locked.ask(
        "listen", events=SPOKEN_EVENTS, text="not the right words", keys=["Return"], seconds=3
    )["events"]
    said = spoken(events)
    assert any("passphrase" in words.lower() for words in said), (
        f"nothing about the passphrase was spoken; events: {[e['type'] for e in events]}"
    )


def test_quick_exit_count_is_announced(locked: RunningApp) -> None:
    events = locked.ask("listen", events=SPOKEN_EVENTS, keys=["Shift_L"], seconds=1)["events"]
    said = spoken(events)
    assert any("shift" in words.lower() for words in said), said


def test_copied_number_is_announced(locked: RunningApp) -> None:
    locked.ask("keys", keys=["F1"], settle=0.5)
    window = int(locked.wait_window("help")["window"])
    nodes = in_window(locked.snapshot(), window)
    copy = next(
        (n for n in nodes if n["role"] == "push button" and n["name"].startswith("Copy number")),
        None,
    )
    assert copy is not None, "no Copy number button in the help panel"
    assert locked.ask("grab_focus", path=copy["path"])["done"]
    events = locked.ask("listen", events=SPOKEN_EVENTS, keys=["space"], seconds=1.5)["events"]
    said = spoken(events)
    assert any("copied" in words.lower() for words in said), (
        f"copying was not spoken; heard {said}; events: "
        f"{[(e['type'], e['source']['role'], e['data']) for e in events]}"
    )


def test_saved_entry_is_announced(locked: RunningApp) -> None:
    unlock_by_typing(locked, PASSPHRASE)
    window = int(locked.wait_window("journal")["window"])
    nodes = in_window(locked.snapshot(), window)
    write = next(n for n in nodes if n["role"] == "push button" and n["name"] == "Write an entry")
    assert locked.ask("grab_focus", path=write["path"])["done"]
    locked.ask("keys", keys=["space"], settle=0.5)
    focused = locked.ask("focused")["focused"]
    assert focused is not None
    assert focused["role"] == "text", focused
    # Entries save themselves a second after the typing stops.
    events = locked.ask("listen", events=SPOKEN_EVENTS, text="A calm walk", seconds=3)["events"]
    said = spoken(events)
    assert any("saved" in words.lower() for words in said), said


@pytest.mark.parametrize("screen", ["preferences"], indirect=True)
def test_preferences_open_on_the_first_setting_and_tab_goes_down_the_form(
    screen: Screen,
) -> None:
    """Preferences, reached from the keyboard (Alt+M, R), starts at the first choice,
    and Tab goes through the choices in the order they read, then the buttons, then the
    header's help and quick exit, and back."""
    by_path = {tuple(n["path"]): n for n in screen.nodes}

    def words(stop: Node) -> str:
        node = by_path.get(tuple(stop["path"]), stop)
        labels = [w for w in node.get("labelled_by", []) if w.strip()]
        return labels[0] if node["role"] == "combo box" and labels else str(node["name"])

    assert screen.cycle.start is not None
    assert words(screen.cycle.start) == "Appearance"
    assert [words(stop) for stop in screen.cycle.ring()] == [
        "Appearance",
        "Language",
        "Lock after minutes without use",
        "Country for help",
        "Use high contrast",
        "Reduce motion",
        "After a hard day, offer help and a breathing exercise",
        "Cancel",
        "Save preferences",
        "Quick exit",
        "Get help now",
    ]
