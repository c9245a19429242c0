"""Self-test checks that render the self-care screens offscreen and look at them.

Each screen is built over an encrypted in-memory vault with a few weeks of sample days,
driven the way a person would (a line typed into the safety plan, a check-in ticked, a
breath followed), grabbed to ``<root>/self-test-screens/*.png``, and checked for what a
person would look for: the attribution on the plan, the sentence that changes with a
tick, the spoken cue for breathing in, the moods in the charts, the articles, the
report's pages.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from companion.selftest.framework import CheckFailed, SelfTest, expect

ORDER = 95


def _settle() -> None:
    app = QApplication.instance()
    if app is not None:
        for _ in range(4):
            app.processEvents()


def _grab(widget: QWidget, path: Path) -> None:
    widget.show()
    _settle()
    image = widget.grab().toImage()
    expect(not image.isNull() and image.width() >= 200, f"{path.stem} rendered empty")
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 13) for y in range(0, image.height(), 13)
    }
    expect(len(colours) >= 3, f"{path.stem} rendered blank")
    path.parent.mkdir(parents=True, exist_ok=True)
    expect(image.save(str(path)), f"could not write {path.name}")


def _breathe(reduced: bool, kept: list[QWidget], shots: Path) -> None:
    """Follow two phases of box breathing on a fake clock and grab the window."""
    from companion.ui.exercises.window import ExercisesWindow

    now = [0.0]
    window = ExercisesWindow(reduced_motion=reduced, time_source=lambda: now[0])
    kept.append(window)
    heard: list[str] = []
    window.breathing.cue_changed.connect(lambda _phase, words: heard.append(words))
    window.show_exercise("breathing.box")
    window.breathing.start()
    for _ in range(9):
        now[0] += 0.5
        window.breathing.tick()
    from companion.ui.shell.i18n import translate

    four = translate("SelfCare", "{cue}, %n seconds", None, 4)  # in the self-test's language
    cues = [four.format(cue=translate("SelfCare", cue)) for cue in ("Breathe in", "Hold")]
    expect(heard[:2] == cues, f"cues: {heard}")
    expect(window.breathing.pacer.isVisibleTo(window) != reduced, "reduced motion still moves")
    name = "exercises-breathing-still.png" if reduced else "exercises-breathing.png"
    _grab(window, shots / name)
    window.breathing.stop()


def run(test: SelfTest) -> None:
    """Render the safety plan, check-in, exercises, insights, Learn and the report."""
    import os

    from companion.core.checkins.store import CheckinStore
    from companion.core.clock import FakeClock
    from companion.core.features import FEATURE_SCHEMAS
    from companion.core.journal.models import EntryDraft, Mood
    from companion.core.vault.service import VaultService
    from companion.ui.shell.preferences_store import PreferencesStore
    from companion.ui.shell.saveables import SaveRegistry
    from companion.ui.shell.session import Session

    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        from PySide6.QtCore import qInstallMessageHandler

        from companion.selftest.checks.screens import _quiet_offscreen_notices

        qInstallMessageHandler(_quiet_offscreen_notices)
    app = QApplication.instance() or QApplication(["companion-self-test"])
    expect(isinstance(app, QApplication), "no widget application")
    shots = test.root / "self-test-screens"
    scratch = test.scratch("selfcare-screens")
    clock = FakeClock(datetime(2026, 3, 14, 18, 0, tzinfo=UTC))
    session = Session(clock)
    session.attach(VaultService(schemas=FEATURE_SCHEMAS, clock=clock).in_memory())
    moods = (Mood.GOOD, Mood.OKAY, Mood.BAD, Mood.GREAT, Mood.OKAY, Mood.AWFUL, Mood.GOOD)
    for back in range(60):
        day = clock.now() - timedelta(days=back)
        session.journal.create(
            EntryDraft(
                text=f"self-test day {back}",
                mood=moods[back % len(moods)],
                tags=("work",) if back % 2 else ("friends",),
                emotions=("calm",) if back % 3 else ("tired",),
                created_at=day.replace(hour=8 + back % 12),
            )
        )
    store = CheckinStore(session.vault.connection, clock)
    water = next(a for a in store.actions() if a.builtin == "water")
    for back in range(1, 40, 2):
        store.set_done(clock.now().date() - timedelta(days=back), water.id, True)
    kept: list[QWidget] = []

    def safety_plan() -> None:
        from companion.core.safety_plan.models import PlanStep
        from companion.core.safety_plan.store import SafetyPlanStore
        from companion.ui.safety_plan.page import SafetyPlanPage

        saveables = SaveRegistry()
        page = SafetyPlanPage(session, clock, saveables, scratch, country=lambda: "GB")
        kept.append(page)
        page.resize(1000, 1300)
        line = page.editors[PlanStep.WARNING_SIGNS].rows[0]
        line.text.setText("self-test: I stop answering messages")
        line.text.textEdited.emit(line.text.text())
        expect(saveables.save_all(), "the plan was not saved through the registry")
        saved = SafetyPlanStore(session.vault.connection, clock).load()
        expect(saved.lines(PlanStep.WARNING_SIGNS), "the typed line is not in the vault")
        expect("Stanley & Brown" in page.attribution.text(), "the attribution is missing")
        expect(len(page.editors) == 7, "the plan does not show six steps and reasons to live")
        expect(page.suggestion_buttons, "step 5 offers nothing from the help directory")
        switch = page.copy_switch
        expect(switch is not None, "the readable-copy switch is missing for a kept journal")
        expect(switch is None or not switch.box.isChecked(), "the readable copy is on by default")
        _grab(page, shots / "safety-plan.png")

    def checkin() -> None:
        from companion.ui.checkins.page import CheckinPage

        page = CheckinPage(session, clock, PreferencesStore(None))
        kept.append(page)
        page.resize(800, 900)
        before = page.week_label.text()
        page.boxes[water.id].setChecked(True)
        expect(page.week_label.text() != before, "ticking did not change the week's sentence")
        expect(water.id in store.day(clock.now().date()).done, "the tick was not saved")
        expect(not page.reminders.enabled_box.isChecked(), "reminders are on by default")
        _grab(page, shots / "check-in.png")

    def exercises() -> None:

        for reduced in (False, True):
            _breathe(reduced, kept, shots)

    def gentle() -> None:
        from companion.ui.exercises.gentle_response import GentleResponseBar

        bar = GentleResponseBar()
        kept.append(bar)
        expect(bar.offer_for(1), "no gentle line after an Awful mood")
        expect(not GentleResponseBar().offer_for(4), "a gentle line after a Good mood")
        bar.resize(900, bar.heightForWidth(900))
        _grab(bar, shots / "gentle-response.png")

    def insights() -> None:
        from companion.ui.insights.chart_views import LineChartView, PixelGridView
        from companion.ui.insights.page import InsightsPage
        from companion.ui.shell.i18n import translate

        page = InsightsPage(session, clock)
        kept.append(page)
        page.resize(1000, 800)
        view = page.mood_panel.view
        expect(isinstance(view, LineChartView) and view.data is not None, "no mood chart")
        expect(page.mood_panel.model.rowCount() == 30, "the mood table is not 30 days")
        _grab(page, shots / "insights-mood.png")
        page.show_tab("pixels")
        grid = page.pixels_panel.view
        if not isinstance(grid, PixelGridView) or grid.data is None:
            raise CheckFailed("no year in pixels")
        expect(len(grid.data.cells) == 365, "year in pixels is not a year")
        words = [translate("Insights", word) for word in ("Good", "Okay")]
        expect(any(word in grid.current_text() for word in words), "no mood word")
        _grab(page, shots / "insights-year-in-pixels.png")
        page.set_range("year")
        page.show_tab("together")
        expect(page.together_panel.model.rowCount() > 0, "no correlation rows")
        _grab(page, shots / "insights-together.png")

    def learn() -> None:
        from companion.ui.learn.window import LearnWindow

        window = LearnWindow()
        kept.append(window)
        expect(window.list.count() >= 6, "Learn lists fewer than six articles")
        expect("F1" in window.pointer.text(), "Learn does not point to help")
        expect(window.reader.toPlainText().strip(), "the first article is empty")
        _grab(window, shots / "learn.png")

    def report() -> None:
        from companion.core.insights.models import DateRange
        from companion.ui.reports.pdf import page_texts, pdf_page_count, render_pages, render_pdf
        from companion.ui.reports.words import report_in_language

        today = clock.now().date()
        document = report_in_language(  # in the self-test's language, as the dialog makes it
            session.vault.connection,
            DateRange.last_days(today, 30),
            today,
            entries=session.journal.timeline(limit=1),
        )
        path = scratch / "report.pdf"
        pages = render_pdf(document, path)
        expect(pdf_page_count(path.read_bytes()) == pages >= 2, f"{pages} pages")
        expect("self-test day 0" in page_texts(document)[-1], "the chosen entry is missing")
        first = render_pages(document)[0]
        expect(first.save(str(shots / "report-page-1.png")), "could not write the page")
        path.unlink()

    def copy_viewer() -> None:
        from companion.ui.safety_plan.copy_window import SafetyPlanCopyWindow

        window = SafetyPlanCopyWindow(scratch)
        kept.append(window)
        expect(not window.has_copy(), "a readable copy exists though none was asked for")
        _grab(window, shots / "safety-plan-copy.png")

    checks: list[tuple[str, Callable[[], None]]] = [
        ("screen: safety plan (six steps, attribution, saved at lock)", safety_plan),
        ("screen: check-in (a tick changes the week's sentence)", checkin),
        ("screen: breathing exercise (spoken cues, reduced motion)", exercises),
        ("screen: gentle response after a low mood", gentle),
        ("screen: insights (mood over time, year in pixels, patterns)", insights),
        ("screen: Learn articles", learn),
        ("screen: report for a clinician (PDF pages)", report),
        ("screen: safety plan copy viewer without unlocking", copy_viewer),
    ]
    try:
        for name, fn in checks:
            test.check(name, fn)
    finally:
        for widget in kept:
            widget.close()
            widget.deleteLater()
        session.lock()
        _settle()
