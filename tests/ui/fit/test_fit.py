"""Every screen at the normal text size and at 200% (the application font doubled), in
a 1366×768 window: every control is inside the window or inside a scroll area that
scrolls, nothing is cut off without "…" and a tooltip, buttons hold their words, and no
two controls are drawn over each other (issue 12, "Large text, zoom and contrast").

Each screen is also saved to /tmp/fit_png/<screen>-<scale>.png to look at.

The last test runs the screen checks again in a child process whose (offscreen) screen
is itself 1366×768, as with ``QT_QPA_PLATFORM=offscreen:configfile=FILE``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QWidget

from companion.app import CompanionApp
from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal.models import EntryDraft, Mood
from companion.core.paths import AppPaths, resolve_paths
from companion.core.policy import Policy
from companion.core.vault import Vault
from companion.core.vault.crypto import TEST_KDF_PARAMS
from companion.core.vault.errors import Damage, DatabaseDamaged
from companion.core.vault.service import VaultService
from companion.ui.journal.main_window import MainWindow
from companion.ui.journal.timeline_view import TimelineModel
from companion.ui.reports.clinician_dialog import ClinicianReportDialog
from companion.ui.shell.i18n import translate
from companion.ui.shell.ops import wait_for_background_tasks
from companion.ui.shell.theme import apply_theme
from companion.ui.transfer.backups_dialog import BackupsDialog
from companion.ui.transfer.damage_dialog import DamageDialog
from companion.ui.transfer.export_dialog import ExportDialog
from companion.ui.transfer.import_wizard import ImportWizard
from companion.ui.transfer.merge_dialog import MergeDialog
from companion.ui.transfer.open_file_dialog import OpenFromFileDialog
from companion.ui.transfer.place_dialog import PlaceDialog
from companion.ui.transfer.save_copy_dialog import SaveCopyDialog
from companion.ui.vault.lock_screen import LockScreen

from .geometry import SLACK, problems, sideways

PASSPHRASE = "seven lanterns over the bay"
SCREEN = QSize(1366, 768)
PNG_DIR = Path(os.environ.get("COMPANION_FIT_PNG", "/tmp/fit_png"))
NOW = datetime(2026, 3, 14, 19, 30, tzinfo=UTC)
LONG_TITLE = (
    "A very long title about a long walk by the river with an old friend, and the rain "
    "that started just when we reached the bridge"
)


@dataclass
class Ctx:
    companion: CompanionApp
    paths: AppPaths
    clock: FakeClock
    vaults: VaultService
    tmp: Path
    scale: float
    main: MainWindow | None = None


def _settle() -> None:
    for _ in range(8):
        QApplication.processEvents()


_WORLD: list[Ctx] = []
_BASE_FONT: list[QFont] = []  # the application's font before this module changed it


_BEFORE_WORLD: set[int] = set()  # the top-level widgets there before the world was made


def _address(widget: QWidget) -> int:
    """The widget's C++ address (a Python wrapper's id may change)."""
    return int(shiboken6.getCppPointer(widget)[0])


def _close_world() -> None:
    while _WORLD:
        old = _WORLD.pop()
        wait_for_background_tasks()
        old.companion.features.close_windows()
        old.companion.shutdown()
        _settle()
        # Its windows are closed, not deleted: delete them, or every later change of
        # font, palette or style sheet (the next world, other tests) walks them all.
        for widget in QApplication.topLevelWidgets():
            if _address(widget) not in _BEFORE_WORLD:
                widget.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        _settle()


@pytest.fixture(scope="module", autouse=True)
def _one_world_at_a_time() -> Iterator[None]:
    yield
    _close_world()


@pytest.fixture(params=[1.0, 2.0], ids=["normal", "200"])
def ctx(
    request: pytest.FixtureRequest, qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Ctx:
    """The app at normal or doubled text. One app per text size serves every screen
    (building it takes seconds); the font and theme stay until the text size changes
    (conftest.py puts the application's state back when the module ends)."""
    scale: float = request.param
    if _WORLD and _WORLD[0].scale == scale:
        _settle()
        return _WORLD[0]
    _close_world()
    _BEFORE_WORLD.clear()
    _BEFORE_WORLD.update(_address(widget) for widget in qapp.topLevelWidgets())
    if not _BASE_FONT:
        _BASE_FONT.append(QFont(qapp.font()))
    font = QFont(_BASE_FONT[0])
    font.setPointSizeF(font.pointSizeF() * scale)
    qapp.setFont(font)
    data_dir = tmp_path_factory.mktemp("fit")
    clock = FakeClock(NOW)
    vaults = VaultService.fast_for_tests(FEATURE_SCHEMAS, clock)
    paths = resolve_paths(str(data_dir / "data"))
    companion = CompanionApp(paths, clock, vaults=vaults)
    apply_theme(qapp, "light")
    made = Ctx(companion, paths, clock, vaults, data_dir, scale)
    _WORLD.append(made)
    return made


def _vault(ctx: Ctx) -> None:
    if not ctx.paths.vault_dir.exists() or not any(ctx.paths.vault_dir.iterdir()):
        vault, _code = Vault.create(
            ctx.paths.vault_dir,
            PASSPHRASE,
            schemas=FEATURE_SCHEMAS,
            clock=ctx.clock,
            kdf_params=TEST_KDF_PARAMS,
            allow_weak_for_tests=True,
        )
        vault.lock()


def _main(ctx: Ctx) -> MainWindow:
    """The journal window of an unlocked journal with a few entries, one long-titled."""
    if ctx.main is not None:
        return ctx.main
    _vault(ctx)
    vault = Vault.unlock(
        ctx.paths.vault_dir,
        PASSPHRASE,
        schemas=FEATURE_SCHEMAS,
        kdf_params=TEST_KDF_PARAMS,
        allow_weak_for_tests=True,
    )
    session = ctx.companion.session
    session.attach(vault)
    samples = [
        (Mood.GOOD, LONG_TITLE, "Made tea and sat by the window.", ("calm",), ("reading",)),
        (Mood.OKAY, None, "A short walk at lunch helped.", ("tired",), ("work",)),
        (Mood.BAD, "A heavy day", "Called a friend in the evening.", ("sad",), ("friends",)),
    ]
    for days_ago, (mood, title, text, emotions, tags) in enumerate(samples):
        draft = EntryDraft(
            text=text,
            title=title,
            mood=mood,
            emotions=emotions,
            tags=tags,
            created_at=NOW - timedelta(days=days_ago),
        )
        session.save_entry(None, draft)
    ctx.main = ctx.companion.windows.show_main_window()
    return ctx.main


# --- screens --------------------------------------------------------------------------
# Each returns the window to check and whether it is a main window (shown at 1366×768)
# or a dialog (shown at the size it asks for, at most 1366×768).

Screen = Callable[[Ctx], tuple[QWidget, bool]]


def first_run(ctx: Ctx) -> tuple[QWidget, bool]:
    window = ctx.companion.windows.show_first_run()
    window.passphrase.edit.setText(PASSPHRASE)
    window.confirm.edit.setText(PASSPHRASE)
    return window, True


def recovery_code(ctx: Ctx) -> tuple[QWidget, bool]:
    return ctx.companion.windows.show_recovery_code("7KQ2M-9XHDA-PPR3T-ZZ41B-0N8WC"), False


def lock_screen(ctx: Ctx) -> tuple[QWidget, bool]:
    _vault(ctx)
    return ctx.companion.windows.show_lock_screen(), True


def lock_screen_recovery(ctx: Ctx) -> tuple[QWidget, bool]:
    _vault(ctx)
    lock = ctx.companion.windows.show_lock_screen()
    assert isinstance(lock, LockScreen)
    lock.show_recovery_page()
    return lock, True


def guest_welcome(ctx: Ctx) -> tuple[QWidget, bool]:
    _vault(ctx)
    return ctx.companion.windows.show_guest_welcome(can_go_back=True), True


def change_passphrase(ctx: Ctx) -> tuple[QWidget, bool]:
    _main(ctx)
    return ctx.companion.windows.open_change_passphrase(), False


def new_recovery_code(ctx: Ctx) -> tuple[QWidget, bool]:
    _main(ctx)
    return ctx.companion.windows.open_new_recovery_code(), False


def lock_out_copies(ctx: Ctx) -> tuple[QWidget, bool]:
    _main(ctx)
    return ctx.companion.windows.open_lock_out_copies(), False


def journal_entry(ctx: Ctx) -> tuple[QWidget, bool]:
    main = _main(ctx)
    main.open_entry(ctx.companion.session.journal.timeline(limit=1)[0].id)
    return main, True


def journal_editor_details(ctx: Ctx) -> tuple[QWidget, bool]:
    main = _main(ctx)
    main.new_entry()
    main.editor.details.set_expanded(True)
    return main, True


def search_results(ctx: Ctx) -> tuple[QWidget, bool]:
    main = _main(ctx)
    bar = main.search_bar
    bar.query_edit.setText("walk")
    bar.filters_button.setChecked(True)
    bar.run_search()
    return main, True


def trash(ctx: Ctx) -> tuple[QWidget, bool]:
    main = _main(ctx)
    session = ctx.companion.session
    session.delete_entry(session.journal.timeline(limit=10)[-1].id)
    return main.show_trash(), False


def preferences(ctx: Ctx) -> tuple[QWidget, bool]:
    _main(ctx)
    return ctx.companion.windows.open_preferences(), False


def help_panel(ctx: Ctx) -> tuple[QWidget, bool]:
    ctx.companion.help.open()
    _settle()
    panel = ctx.companion.help.panel()
    assert panel is not None
    show_country = getattr(panel, "show_country", None)
    if show_country is not None:
        show_country("GB")
    return panel, True


def _page(key: str) -> Screen:
    def show(ctx: Ctx) -> tuple[QWidget, bool]:
        main = _main(ctx)
        main.page(key)
        return main, True

    return show


def _feature(key: str) -> Screen:
    def show(ctx: Ctx) -> tuple[QWidget, bool]:
        _main(ctx)
        getattr(ctx.companion.features, f"open_{key}")()
        _settle()
        window = ctx.companion.features.window(key)
        assert window is not None
        return window, True

    return show


def clinician_report(ctx: Ctx) -> tuple[QWidget, bool]:
    _main(ctx)
    return ClinicianReportDialog(ctx.companion.session, ctx.clock), False


def _transfer(make: Callable[[Ctx], QWidget]) -> Screen:
    def show(ctx: Ctx) -> tuple[QWidget, bool]:
        _main(ctx)
        return make(ctx), False

    return show


def _guest(ctx: Ctx) -> object:
    from companion.ui.shell.session import Session

    guest = Session(ctx.clock)
    guest.attach(ctx.vaults.in_memory())
    guest.save_entry(None, EntryDraft(text="Written as a guest", mood=Mood(3)))
    return guest


SCREENS: dict[str, Screen] = {
    "first-run": first_run,
    "recovery-code": recovery_code,
    "lock-screen": lock_screen,
    "lock-screen-recovery": lock_screen_recovery,
    "guest-welcome": guest_welcome,
    "change-passphrase": change_passphrase,
    "new-recovery-code": new_recovery_code,
    "lock-out-copies": lock_out_copies,
    "journal-entry": journal_entry,
    "journal-editor-details": journal_editor_details,
    "search-results": search_results,
    "trash": trash,
    "preferences": preferences,
    "help-panel": help_panel,
    "check-in": _page("checkins"),
    "insights": _page("insights"),
    "safety-plan": _page("safetyPlan"),
    "exercises": _feature("exercises"),
    "learn": _feature("learn"),
    "clinician-report": clinician_report,
    "backups": _transfer(lambda c: BackupsDialog(c.companion.session, c.vaults, lambda: None)),
    "export": _transfer(lambda c: ExportDialog(c.companion.session, c.vaults, Policy(), c.clock)),
    "import": _transfer(lambda c: ImportWizard(c.companion.session)),
    "merge": _transfer(lambda c: MergeDialog(c.companion.session, c.vaults)),
    "open-copy": _transfer(lambda c: OpenFromFileDialog(c.vaults, c.tmp / "vault2")),
    "save-copy": _transfer(lambda c: SaveCopyDialog(_guest(c), c.vaults)),  # type: ignore[arg-type]
    "damage": _transfer(lambda c: DamageDialog(c.vaults, c.tmp, DatabaseDamaged(Damage.TOO_SHORT))),
    "place": _transfer(
        lambda c: PlaceDialog(
            None, translate("Transfer", "Export your journal"), c.tmp / "a.csv", mode="save"
        )
    ),
}


def _show(widget: QWidget, full: bool) -> None:
    if full:
        widget.resize(SCREEN)
    elif not widget.testAttribute(Qt.WidgetAttribute.WA_Resized):
        # Shown at the size it asks for, as show() does; a window that chose its own
        # opening size (build_screen does) keeps it, as it does in the app.
        widget.adjustSize()
        widget.resize(widget.sizeHint().expandedTo(widget.minimumSize()).boundedTo(SCREEN))
    widget.show()
    _settle()
    widget.grab()  # the first paint settles height-for-width layouts
    _settle()


# Known not to fit yet, in files this suite's owner does not change. Strict: an entry
# must go as soon as its screen fits.
KNOWN: dict[tuple[str, float], str] = {}


@pytest.mark.parametrize("screen", list(SCREENS))
def test_screen_fits_or_scrolls(ctx: Ctx, screen: str, request: pytest.FixtureRequest) -> None:
    if (screen, ctx.scale) in KNOWN:
        request.applymarker(pytest.mark.xfail(reason=KNOWN[screen, ctx.scale], strict=True))
    widget, full = SCREENS[screen](ctx)
    _show(widget, full)
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    scale = request.node.callspec.id.split("-")[0]
    widget.grab().save(str(PNG_DIR / f"{screen}-{scale}.png"))
    found = problems(widget) + sideways(widget)
    if widget.width() > SCREEN.width() or widget.height() > SCREEN.height():
        found.append(f"window is {widget.width()}×{widget.height()}, larger than 1366×768")
    try:
        assert not found, f"{screen}: " + "\n".join(found)
    finally:
        if not full:
            widget.close()


def test_long_timeline_titles_elide_with_a_tooltip(ctx: Ctx) -> None:
    main = _main(ctx)
    main.resize(SCREEN)
    main.show()
    _settle()
    model = main.timeline.model()
    assert isinstance(model, TimelineModel)
    row = next(
        r
        for r in range(model.rowCount())
        if LONG_TITLE[:20] in str(model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) or "")
        or LONG_TITLE[:20] in str(model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) or "")
    )
    tip = str(model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))
    assert LONG_TITLE in tip
    # The row is as wide as the list (its text is elided to that width, with "…").
    delegate = main.timeline.itemDelegate()
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.rect = main.timeline.viewport().rect()
    hint = delegate.sizeHint(option, model.index(row, 0))
    assert hint.width() <= main.timeline.viewport().width()


NARROW = QSize(640, 700)  # a window made narrow by hand, or a small screen


@pytest.mark.parametrize(
    "screen", ["first-run", "lock-screen", "lock-screen-recovery", "guest-welcome"]
)
def test_entry_screens_wrap_in_a_narrow_window(
    ctx: Ctx, screen: str, request: pytest.FixtureRequest
) -> None:
    """Narrower than the card likes: the card's words wrap (the links too) and the
    screen scrolls down only, never sideways, with nothing squeezed."""
    widget, _full = SCREENS[screen](ctx)
    widget.resize(NARROW)
    widget.show()
    _settle()
    widget.grab()
    _settle()
    scale = request.node.callspec.id.split("-")[0]
    widget.grab().save(str(PNG_DIR / f"{screen}-narrow-{scale}.png"))
    found = problems(widget) + sideways(widget)
    assert not found, f"{screen} at {NARROW.width()}px: " + "\n".join(found)


@contextmanager
def _language(tag: str) -> Iterator[None]:
    """The interface in ``tag`` (Arabic: right to left) for windows built inside."""
    from PySide6.QtCore import QLocale

    from companion.ui.shell.language import install_translations, remove_translations

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    if tag == "en":
        yield
        return
    assert install_translations(qapp, tag, None, system=[]) == tag
    try:
        yield
    finally:
        remove_translations(qapp)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.mark.parametrize("language", ["de", "ar"])
@pytest.mark.parametrize(
    "screen", ["first-run", "lock-screen", "lock-screen-recovery", "change-passphrase"]
)
def test_entry_screens_fit_in_longer_and_right_to_left_languages(
    ctx: Ctx, screen: str, language: str, request: pytest.FixtureRequest
) -> None:
    """German (long words) and Arabic (right to left): at 1366×768, and for the card
    screens in a narrow window too, nothing is cut, squeezed or scrolls sideways."""
    with _language(language):
        widget, full = SCREENS[screen](ctx)
        try:
            _show(widget, full)
            scale = request.node.callspec.id.split("-")[0]
            widget.grab().save(str(PNG_DIR / f"{screen}-{language}-{scale}.png"))
            expected = (
                Qt.LayoutDirection.RightToLeft
                if language == "ar"
                else (Qt.LayoutDirection.LeftToRight)
            )
            assert widget.layoutDirection() == expected
            found = problems(widget) + sideways(widget)
            assert not found, f"{screen} in {language}: " + "\n".join(found)
            if full:
                widget.resize(NARROW)
                _settle()
                widget.grab()
                _settle()
                found = problems(widget) + sideways(widget)
                assert not found, f"{screen} in {language}, narrow: " + "\n".join(found)
        finally:
            widget.close()


def test_lock_screen_recovery_page_after_the_passphrase_page(ctx: Ctx) -> None:
    """Switching pages on a lock screen already shown: the card takes the recovery page's
    size (the button keeps its words, the advice its lines), and back again."""
    _vault(ctx)
    lock = ctx.companion.windows.show_lock_screen()
    assert isinstance(lock, LockScreen)
    lock.resize(SCREEN)
    lock.show()
    _settle()
    lock.grab()
    lock.show_recovery_page()
    _settle()
    lock.grab()
    _settle()
    assert lock.showing_recovery()
    assert not problems(lock) + sideways(lock)
    # Typed advice is longer than the advice before typing: it gets its lines too.
    lock.new_passphrase.edit.setText("password")
    lock.unlock_with_code()  # no code typed: a message shows under the form
    _settle()
    lock.grab()
    _settle()
    assert lock.recovery_message.isVisible()
    assert not problems(lock) + sideways(lock)
    lock.show_passphrase_page()
    _settle()
    lock.grab()
    _settle()
    assert not problems(lock) + sideways(lock)


def test_change_passphrase_dialog_grows_for_longer_advice(ctx: Ctx) -> None:
    """The dialog sizes itself from its content, and again when the content grows: the
    longer advice for a weak passphrase and a message both get every line."""
    _main(ctx)
    dialog = ctx.companion.windows.open_change_passphrase()
    _show(dialog, False)
    try:
        assert not problems(dialog)
        dialog.new.edit.setText("password")
        dialog.submit()  # the current passphrase is missing: a message shows
        _settle()
        dialog.grab()
        _settle()
        assert dialog.message.isVisible()
        assert dialog.meter.hint.text() != ""
        found = problems(dialog)
        assert not found, "\n".join(found)
        assert dialog.width() <= SCREEN.width()
        assert dialog.height() <= SCREEN.height()
        # At normal text the heading reads as one line beside its buttons.
        title = dialog.header.findChild(QLabel, "screenTitle")
        assert title is not None
        if ctx.scale == 1.0:
            assert title.height() < 2 * title.fontMetrics().lineSpacing()
    finally:
        dialog.close()


def test_wrapping_link_keeps_its_words_and_grows_downwards(qtbot: object) -> None:
    """The entry screens' long links wrap: narrower means taller, never cut, and the
    button stays one named, keyboard-pressable control with its whole text."""
    from PySide6.QtTest import QTest

    from companion.ui.vault.wrapping_link import wrapping_link_button

    text = "Just trying it, or not your computer? Use Companion as a guest"
    link = wrapping_link_button(text, name="guestLink")
    try:
        pressed: list[bool] = []
        link.clicked.connect(lambda: pressed.append(True))
        wide = link.sizeHint()
        assert link.heightForWidth(wide.width()) == wide.height()  # one line when it fits
        narrow = link.minimumSizeHint().width()
        assert narrow < wide.width() // 3
        assert link.heightForWidth(narrow) > 2 * wide.height()
        assert len(link.lines(narrow)) >= 4
        assert " ".join(link.lines(narrow)) == text
        assert link.text() == text
        assert link.accessibleName() == text
        assert link.objectName() == "guestLink"
        link.resize(narrow, link.heightForWidth(narrow))
        link.show()
        _settle()
        assert link.height() >= link.heightForWidth(link.width())
        assert link.grab().width() == narrow  # drawn at that width, not wider
        link.setFocus()
        QTest.keyClick(link, Qt.Key.Key_Space)
        assert pressed == [True]
    finally:
        link.close()
        link.deleteLater()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_preference_check_boxes_line_up(
    ctx: Ctx, language: str, request: pytest.FixtureRequest
) -> None:
    """The three check boxes start at one edge: the fields' edge while they fit beside
    the labels, else the labels' edge, and never one box apart from the others; in
    Arabic the same from the right."""
    from PySide6.QtCore import QLocale

    from companion.ui.preferences.preferences_dialog import PreferencesDialog
    from companion.ui.shell.language import install_translations, remove_translations

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    _main(ctx)
    if language != "en":
        assert install_translations(qapp, language, None, system=[]) == language
    try:
        dialog = ctx.companion.windows.open_preferences()
        assert isinstance(dialog, PreferencesDialog)
        _show(dialog, False)
        scale = request.node.callspec.id.split("-")[0]
        dialog.grab().save(str(PNG_DIR / f"preferences-{language}-{scale}.png"))
        rtl = dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert rtl == (language == "ar")

        def start(widget: QWidget) -> int:
            rect = widget.rect().translated(widget.mapTo(dialog, widget.rect().topLeft()))
            return dialog.width() - rect.right() if rtl else rect.left()

        boxes = [dialog.high_contrast, dialog.reduced_motion, dialog.gentle_response]
        edges = {start(box) for box in boxes}
        assert len(edges) == 1, f"the check boxes start at {sorted(edges)}"
        assert edges.pop() in {start(dialog.theme), start(dialog.note)}
        assert not problems(dialog), "\n".join(problems(dialog))
        dialog.close()
    finally:
        if language != "en":
            remove_translations(qapp)
            qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def _column_problems(main: MainWindow) -> list[str]:
    """What is cut, squeezed or sideways in the journal's left column, scrolled through
    from top to bottom (the column scrolls down as one)."""
    found: list[str] = []
    bar = main.left_scroll.verticalScrollBar()
    for value in sorted({0, bar.maximum() // 2, bar.maximum()}):
        bar.setValue(value)
        _settle()
        found += problems(main) + sideways(main)
    bar.setValue(0)
    return sorted(set(found))


@pytest.mark.parametrize("language", ["en", "ar"])
def test_journal_column_wraps_when_narrow(
    ctx: Ctx, language: str, request: pytest.FixtureRequest
) -> None:
    """The journal's left column with the search filters open, at the width the window
    gives it and dragged as narrow as it goes: the filters stack under their labels,
    the mood buttons wrap, the month's name shortens with "…" (its tooltip whole), and
    nothing is cut or scrolls sideways. In Arabic the same, mirrored."""
    _main(ctx)
    scale = request.node.callspec.id.split("-")[0]
    try:
        with _language(language):
            main = ctx.companion.windows.show_main_window()
            bar = main.search_bar
            bar.query_edit.setText("walk")
            bar.filters_button.setChecked(True)
            bar.run_search()
            _show(main, True)
            PNG_DIR.mkdir(parents=True, exist_ok=True)
            main.grab().save(str(PNG_DIR / f"journal-column-{language}-{scale}.png"))
            found = _column_problems(main)
            assert not found, f"journal column in {language}: " + "\n".join(found)
            total = sum(main.splitter.sizes())
            main.splitter.setSizes([0, total])  # as narrow as the column allows
            _settle()
            main.grab()
            _settle()
            column = main.left_scroll
            assert column.width() == column.minimumWidth()
            assert column.width() < total // 3
            column.grab().save(str(PNG_DIR / f"journal-column-narrow-{language}-{scale}.png"))
            found = _column_problems(main)
            assert not found, f"narrow journal column in {language}: " + "\n".join(found)
            month = main.calendar.month_label
            if month.text() != month.full_text():
                assert month.text().endswith("…")
                assert month.toolTip() == month.full_text()
            moods = list(bar.mood_buttons.values())
            first, second = moods[0].geometry(), moods[1].geometry()
            if first.top() == second.top():  # the first two share a line
                rtl = language == "ar"
                assert (first.left() > second.left()) == rtl, "mood buttons in reading order"
    finally:
        _close_world()


def test_every_screen_fits_on_a_1366_by_768_screen(tmp_path: Path) -> None:
    """The checks above on a real 1366×768 screen (Qt's offscreen screen is 800×800
    unless told otherwise): windows that size themselves from their screen, such as
    the report dialog and the journal window, meet the small laptop screen itself.
    Run in a child process, since the screen is chosen when the application starts."""
    import json
    import subprocess
    import sys

    config = tmp_path / "screen.json"
    screen = {
        "name": "laptop",
        "x": 0,
        "y": 0,
        "width": SCREEN.width(),
        "height": SCREEN.height(),
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["COMPANION_FIT_PNG"] = str(tmp_path / "png")
    here = Path(__file__)
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            str(here),
            "-q",
            "-p",
            "no:cacheprovider",
            "-k",
            "test_screen_fits_or_scrolls or test_journal_column_wraps_when_narrow",
        ],
        env=env,
        cwd=here.parents[3],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert " passed" in run.stdout
    assert "failed" not in run.stdout
    # The report dialog at 200% text was sized from this screen: within its work area.
    from PySide6.QtGui import QImage

    report = QImage(str(tmp_path / "png" / "clinician-report-200.png"))
    assert not report.isNull()
    assert report.width() <= SCREEN.width()
    assert report.height() <= SCREEN.height()


def test_journal_column_opens_as_wide_as_its_content_likes(ctx: Ctx) -> None:
    """At 200% text the editor asks for much of the width; the left column still opens
    at the width its calendar and timeline like (as far as the editor's minimum
    allows), not squeezed until the timeline's titles are a word and "…"."""
    _main(ctx)
    main = ctx.companion.windows.show_main_window()
    try:
        _show(main, True)
        column = main.left_scroll
        content = column.widget()
        assert content is not None
        bar = column.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, column)
        likes = content.sizeHint().width() + bar
        right = main.splitter.widget(1)
        assert right is not None
        room = sum(main.splitter.sizes()) - right.minimumSizeHint().width()
        assert column.width() >= min(likes, room) - SLACK
        assert not problems(main) + sideways(main)
    finally:
        _close_world()
