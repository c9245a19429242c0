"""The accessibility walk's plumbing: Xvfb, a private D-Bus session with the AT-SPI bus,
the screen-reader agent (system Python with pyatspi), and Companion started in the venv.

``conftest.py`` puts this folder on ``sys.path`` so the tests ``import a11y_harness``.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"
DEBIAN_PACKAGES = (  # the same list as in .ci/run
    "xvfb xauth openbox dbus at-spi2-core python3-pyatspi gir1.2-atspi-2.0 "
    "libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 "
    "libxcb-render-util0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1"
)
BUS_LAUNCHERS = (
    "/usr/libexec/at-spi-bus-launcher",
    "/usr/lib/at-spi2-core/at-spi-bus-launcher",
    "/usr/lib/at-spi2/at-spi-bus-launcher",
)
Node = dict[str, Any]
REPLY = "@a11y-agent "  # the agent's answers start with this (atspi_agent.REPLY)

# Roles a person operates: each must say what it is (a non-empty accessible name).
INTERACTIVE_ROLES = frozenset(
    {
        "push button",
        "toggle button",
        "check box",
        "radio button",
        "combo box",
        "text",
        "entry",
        "password text",
        "spin button",
        "slider",
        "link",
        "menu item",
        "check menu item",
        "radio menu item",
        "page tab",
        "list",
        "list box",
        "table",
        "tree",
        "tree table",
        "scroll pane",
        "calendar",
    }
)
# Rows and cells are operated when they take the focus themselves.
ITEM_ROLES = frozenset({"list item", "table cell", "tree item"})
WINDOW_ROLES = frozenset({"frame", "window", "dialog", "alert", "file chooser"})


def stack_problems() -> list[str]:
    """What is missing to drive the real accessibility stack (empty when all is there)."""
    problems = []
    if shutil.which("Xvfb") is None:
        problems.append("Xvfb (package xvfb) is not installed")
    if shutil.which("openbox") is None:
        problems.append("openbox (package openbox) is not installed")
    if shutil.which("dbus-run-session") is None:
        problems.append("dbus-run-session (package dbus) is not installed")
    if not any(Path(p).exists() for p in BUS_LAUNCHERS):
        problems.append("at-spi-bus-launcher (package at-spi2-core) is not installed")
    if not Path(SYSTEM_PYTHON).exists():
        problems.append(f"{SYSTEM_PYTHON} is missing (python3-pyatspi installs into it)")
    else:
        probe = subprocess.run(
            [
                SYSTEM_PYTHON,
                "-c",
                "import gi, pyatspi; gi.require_version('Atspi', '2.0'); "
                "from gi.repository import Atspi",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if probe.returncode != 0:
            problems.append(
                "the system Python cannot import pyatspi and Atspi "
                f"(python3-pyatspi, gir1.2-atspi-2.0): {probe.stderr.strip()[-300:]}"
            )
    return problems


class AgentError(RuntimeError):
    """The agent could not do what was asked (its message says why)."""


class _Lines:
    """Lines from a pipe, read by a thread so that a wait can time out."""

    def __init__(self, stream: Any) -> None:
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def _pump(self, stream: Any) -> None:
        for line in stream:
            self._queue.put(line)
        self._queue.put(None)

    def next(self, timeout: float) -> str | None:
        try:
            return self._queue.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"no answer within {timeout} s") from None


class Desktop:
    """A virtual X screen and a private session bus with a screen-reader agent on it."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.log_path = workdir / "desktop.log"
        self._log = self.log_path.open("w", encoding="utf-8")
        read_fd, write_fd = os.pipe()
        self._xvfb = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                "1366x768x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            pass_fds=(write_fd,),
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise AgentError(f"Xvfb did not start; see {self.log_path}")
        self.display = f":{number}"
        # A window manager, as on every desktop: it gives a newly shown window the focus.
        ready = workdir / "wm-ready"
        self._wm = subprocess.Popen(
            ["openbox", "--sm-disable", "--startup", f"touch {ready}"],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "DISPLAY": self.display, "HOME": str(workdir)},
        )
        deadline = time.monotonic() + 20
        while not ready.exists():
            if time.monotonic() > deadline or self._wm.poll() is not None:
                raise AgentError(f"the window manager did not start: {self.log_text()}")
            time.sleep(0.05)
        runtime = workdir / "run"
        runtime.mkdir(mode=0o700, exist_ok=True)
        # The bus and its services keep their files here, never in the real home.
        env = {
            **os.environ,
            "DISPLAY": self.display,
            "HOME": str(workdir),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CONFIG_HOME": str(workdir / ".config"),
            "XDG_CACHE_HOME": str(workdir / ".cache"),
            "XDG_DATA_HOME": str(workdir / ".local" / "share"),
        }
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        env.pop("AT_SPI_BUS_ADDRESS", None)
        # dbus-run-session: the bus lives exactly as long as the agent does.
        self._agent = subprocess.Popen(
            ["dbus-run-session", "--", SYSTEM_PYTHON, str(HERE / "atspi_agent.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
            env=env,
            cwd=workdir,
        )
        self._lines = _Lines(self._agent.stdout)
        hello = self.ask("hello")
        self.bus_address = str(hello["bus"])
        if not self.bus_address:
            raise AgentError("the agent has no session bus address")

    def ask(self, cmd: str, timeout: float = 60.0, **args: Any) -> Node:
        """Send one command to the agent and return its answer (raise if it failed)."""
        assert self._agent.stdin is not None
        self._agent.stdin.write(json.dumps({"cmd": cmd, **args}) + "\n")
        self._agent.stdin.flush()
        while True:
            line = self._lines.next(timeout)
            if line is None:
                raise AgentError(f"the agent ended; its log: {self.log_text()}")
            if line.startswith(REPLY):
                break
            self._log.write(line)  # a bus service talking on the shared stdout
        answer: Node = json.loads(line.removeprefix(REPLY))
        if not answer.pop("ok"):
            raise AgentError(f"{cmd}: {answer['error']}")
        return answer

    def log_text(self) -> str:
        self._log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-4000:]

    def close(self) -> None:
        if self._agent.stdin is not None:
            self._agent.stdin.close()
        try:
            self._agent.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._agent.kill()
            self._agent.wait()
        if self._agent.stdout is not None:
            self._agent.stdout.close()
        self._wm.terminate()
        self._wm.wait(timeout=10)
        self._xvfb.terminate()
        self._xvfb.wait(timeout=10)
        self._log.close()


@dataclass
class RunningApp:
    """Companion started by ``launch_app.py`` on the desktop; ``pid`` names it to the agent."""

    process: subprocess.Popen[str]
    desktop: Desktop
    log_path: Path

    @property
    def pid(self) -> int:
        return self.process.pid

    @classmethod
    def start(
        cls, desktop: Desktop, home: Path, *, journal: str | None = None, damaged: bool = False
    ) -> Self:
        home.mkdir(parents=True, exist_ok=True)
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("QT_", "XDG_", "COMPANION_"))
        }
        env.update(
            {
                "DISPLAY": desktop.display,
                "DBUS_SESSION_BUS_ADDRESS": desktop.bus_address,
                "QT_QPA_PLATFORM": "xcb",
                "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                "QT_ACCESSIBILITY": "1",
                "HOME": str(home),
                "XDG_CONFIG_HOME": str(home / ".config"),
                "XDG_DATA_HOME": str(home / ".local" / "share"),
                "XDG_CACHE_HOME": str(home / ".cache"),
                "XDG_RUNTIME_DIR": str(home / "run"),
                "LANGUAGE": "en",
                "LANG": "C.UTF-8",
            }
        )
        (home / "run").mkdir(mode=0o700, exist_ok=True)
        args = [sys.executable, str(HERE / "launch_app.py"), str(home / "data")]
        if journal is not None:
            args += ["--journal", journal]
        if damaged:
            args.append("--damaged")
        log_path = home / "app.log"
        with log_path.open("w", encoding="utf-8") as log:
            process = subprocess.Popen(
                args, stdout=subprocess.PIPE, stderr=log, text=True, env=env, cwd=REPO
            )
        app = cls(process, desktop, log_path)
        assert process.stdout is not None
        ready = _Lines(process.stdout).next(60)
        if ready is None or ready.strip() != "ready":
            app.stop()
            raise AgentError(f"Companion did not start: {app.log_text()}")
        return app

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-4000:]

    def ask(self, cmd: str, timeout: float = 60.0, **args: Any) -> Node:
        return self.desktop.ask(cmd, timeout, pid=self.pid, **args)

    def wait_window(self, title: str, skip: Iterable[int] = (), *, exact: bool = False) -> Node:
        """The first showing window whose name contains ``title`` (any case; ``exact``:
        is ``title``), leaving out the windows at indexes ``skip`` (there before)."""
        return self.ask("wait_window", title=title, skip=list(skip), exact=exact)

    def windows(self) -> list[int]:
        """Indexes of the showing windows."""
        return sorted({node["window"] for node in self.snapshot() if len(node["path"]) == 1})

    def snapshot(self) -> list[Node]:
        return list(self.ask("snapshot")["nodes"])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


# --- what the walk checks -----------------------------------------------------------------


def label(node: Node) -> str:
    """One line that finds the object again: role, name and its path in the tree."""
    return f"{node['role']} {node['name']!r} at {node['path']}"


def in_window(nodes: Iterable[Node], window: int) -> list[Node]:
    return [node for node in nodes if node["window"] == window]


def window_node(nodes: Iterable[Node], window: int) -> Node:
    return next(node for node in nodes if node["path"] == [window])


def is_focusable(node: Node) -> bool:
    states = node["states"]
    return "focusable" in states and "sensitive" in states and "showing" in states


def operable(nodes: list[Node]) -> Iterator[Node]:
    """Objects a person operates: interactive roles, and items that take the focus."""
    for node in nodes:
        if node["role"] in INTERACTIVE_ROLES and "sensitive" in node["states"]:
            # A scroll area only counts when it is a Tab stop of its own.
            if node["role"] == "scroll pane" and not is_focusable(node):
                continue
            yield node
        elif node["role"] in ITEM_ROLES and is_focusable(node):
            yield node
        elif node["role"] not in ITEM_ROLES and is_focusable(node):
            # Anything else Tab can land on (a label, a filler) must say what it is too.
            yield node


def unnamed(nodes: list[Node]) -> list[str]:
    return [label(node) for node in operable(nodes) if not node["name"].strip()]


def item_container(node: Node, nodes: list[Node]) -> Node | None:
    """The list, table or tree an item belongs to (Tab stops at the container)."""
    by_path = {tuple(n["path"]): n for n in nodes}
    path = tuple(node["path"])
    while len(path) > 1:
        path = path[:-1]
        parent = by_path.get(path)
        if parent is not None and parent["role"] in {
            "list",
            "list box",
            "table",
            "tree",
            "tree table",
            "calendar",
        }:
            return parent
    return None


def tab_targets(nodes: list[Node]) -> list[Node]:
    """Objects Tab must reach, in reading (document) order: focusable and showing; items
    of a list or table are reached through their container."""
    targets = []
    for node in nodes:
        if not is_focusable(node):
            continue
        if node["role"] in ITEM_ROLES and item_container(node, nodes) is not None:
            continue
        targets.append(node)
    return targets


# --- Tab order -----------------------------------------------------------------------------


@dataclass
class TabCycle:
    """Where Tab went: ``start`` (focused before the first press), then each stop."""

    start: Node | None
    stops: list[Node | None]

    @property
    def closed(self) -> bool:
        """True when the focus came back to where it started."""
        return (
            self.start is not None
            and bool(self.stops)
            and self.stops[-1] is not None
            and _related(tuple(self.stops[-1]["path"]), tuple(self.start["path"]))
        )

    def ring(self) -> list[Node]:
        """The objects of one full turn: from where the focus was when it came back there,
        otherwise the turn Tab goes round without passing there."""
        stops = [stop for stop in self.stops if stop is not None]
        if self.closed:
            assert self.start is not None
            return [self.start, *stops[:-1]]
        if not stops:
            return []
        last = stops[-1]["path"]
        first = next(i for i, stop in enumerate(stops) if stop["path"] == last)
        return stops[first:-1] if first < len(stops) - 1 else stops

    def paths(self) -> set[tuple[int, ...]]:
        return {tuple(node["path"]) for node in self.ring()}


def tab_cycle(app: RunningApp, nodes: list[Node], key: str = "Tab") -> TabCycle:
    """Press Tab (through AT-SPI's keyboard synthesis) round the whole window once."""
    answer = app.ask("tab_cycle", limit=len(tab_targets(nodes)) + 10, key=key)
    return TabCycle(answer["start"], answer["stops"])


def _related(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """One is the other or contains it (a focus proxy: a combo box and its text field)."""
    shorter = min(len(a), len(b))
    return a[:shorter] == b[:shorter]


def unreached(nodes: list[Node], cycle: TabCycle, window: int) -> list[str]:
    """Focusable objects of ``window`` that Tab never reaches.

    Reached also counts: an object whose focus proxy (a child or parent) is a stop, and one
    of a named group that Tab enters once and the arrow keys move in (calendar days, mood
    faces: a sibling with the same role is a stop). Labels that are focusable only so that
    their text can be selected with the mouse are not Tab stops."""
    stops = cycle.paths()
    missing = []
    by_path = {tuple(n["path"]): n for n in nodes}
    for node in tab_targets(in_window(nodes, window)):
        path = tuple(node["path"])
        if any(_related(path, stop) for stop in stops):
            continue
        if node["role"] == "label":
            continue
        parent = by_path.get(path[:-1])
        siblings = {
            stop
            for stop in stops
            if stop[:-1] == path[:-1] and by_path.get(stop, {}).get("role") == node["role"]
        }
        if siblings and (node["role"] == "radio button" or (parent and parent["name"].strip())):
            continue  # radio buttons are one Tab stop per group, the arrows move within
        missing.append(label(node))
    return missing


def reading_order_breaks(nodes: list[Node], cycle: TabCycle) -> list[str]:
    """Steps of the Tab ring that go against reading order (top to bottom, and left to
    right along a line, a new column starting to the right). One full turn has exactly one
    such step: the wrap from the last object back to the first."""
    by_path = {tuple(n["path"]): n for n in nodes}
    ring = [by_path[tuple(stop["path"])] for stop in cycle.ring() if tuple(stop["path"]) in by_path]
    breaks = []
    for before, after in zip(ring, ring[1:] + ring[:1], strict=True):
        if before["extents"] is None or after["extents"] is None:
            continue
        bx, by, bw, bh = _seen_from(before, after, by_path)
        ax, ay, aw, ah = _seen_from(after, before, by_path)
        if ay < by + bh and by < ay + ah:  # on the same line: to the left is backwards
            backwards = ax + aw <= bx
        else:  # up is backwards, unless into a column further right
            backwards = ay + ah <= by and ax < bx + bw
        if backwards:
            breaks.append(f"{label(before)} -> {label(after)}")
    return breaks


def _seen_from(node: Node, other: Node, by_path: dict[tuple[int, ...], Node]) -> list[int]:
    """Where ``node`` shows, as seen from ``other``: clipped by each container it is in
    that ``other`` is not in. A part of a scrolled form that is out of view then sits at
    the edge of the view (the form's last field comes before the buttons under the
    form, wherever it is scrolled), while two objects in the same scrolled list keep
    their places inside it."""
    x, y, width, height = node["extents"]
    left, top, right, bottom = x, y, x + width, y + height
    path, theirs = tuple(node["path"]), tuple(other["path"])
    shared = 0
    while shared < min(len(path), len(theirs)) and path[shared] == theirs[shared]:
        shared += 1
    for length in range(len(path) - 1, shared, -1):
        outer = by_path.get(path[:length])
        if outer is None or outer["extents"] is None:
            continue
        ox, oy, ow, oh = outer["extents"]
        top = min(max(top, oy), oy + oh - 1)
        bottom = max(min(bottom, oy + oh), top + 1)
        left = min(max(left, ox), ox + ow - 1)
        right = max(min(right, ox + ow), left + 1)
    return [left, top, right - left, bottom - top]


def combo_named_by_value(nodes: list[Node]) -> list[str]:
    """Combo boxes that say only their current value ("United States, combo box", with no
    word of what is chosen). On Linux Qt names a combo box by its value on purpose and
    gives the label through a labelled-by relation (a QLabel's buddy), which Orca reads
    first; so a combo box named by its value needs that relation, with words."""
    by_path = {tuple(n["path"]): n for n in nodes}
    found = []
    for node in nodes:
        if node["role"] != "combo box":
            continue
        values = {
            (child.get("text") or child["name"]).strip()
            for path, child in by_path.items()
            if path[:-1] == tuple(node["path"]) and child["role"] in {"text", "entry", "list"}
        }
        values.add((node.get("text") or "").strip())
        labels = [words for words in node.get("labelled_by", []) if words.strip()]
        if node["name"].strip() and node["name"].strip() in values and not labels:
            found.append(f"{label(node)} is named by its value and has no label")
    return found


def bad_window_roles(nodes: list[Node]) -> list[str]:
    return [
        f"window {node['name']!r} reports role {node['role']!r}"
        for node in nodes
        if len(node["path"]) == 1 and node["role"] not in WINDOW_ROLES
    ]


# Roles Qt gives a widget that paints itself without an accessible interface of its own.
DRAWN_ROLES = frozenset({"filler", "unknown", "panel", "canvas", "image", "drawing area"})
DRAWN_MIN_SIDE = 32  # pixels: smaller empty boxes are spacing, not pictures


def wordless_pictures(nodes: list[Node]) -> list[str]:
    """Custom-painted areas (a pacer, a chart, a QR code) a screen reader cannot put into
    words: a showing leaf with a generic role, a picture's size, and no name or description."""
    found = []
    for node in nodes:
        if node["role"] not in DRAWN_ROLES or node.get("children", 0) or not node["extents"]:
            continue
        _x, _y, width, height = node["extents"]
        if min(width, height) < DRAWN_MIN_SIDE:
            continue
        if not (node["name"].strip() or node["description"].strip()):
            found.append(f"{label(node)}, {width}×{height} px, has no words")
    return found
