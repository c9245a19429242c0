"""The translation catalogues: complete, faithful to their placeholders, and built.

* Every message of every ``.ts`` file is finished (no "unfinished" left for lrelease to
  drop, so no English shows through in the middle of a translated screen).
* The ``.ts`` files hold every text the code asks for: lupdate run afresh over the
  package finds nothing they lack (a new string without a translation fails here).
* Every translation keeps its source's placeholders (``{name}``, ``%n``, ``%1``, ``%v``),
  its one keyboard mnemonic, its HTML tags and its leading and trailing spaces.
* The committed ``.qm`` files are what lrelease makes from the ``.ts`` files today.
* Each file says honestly that no native speaker has reviewed it yet.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "assets" / "translations"
LANGUAGES = ("de", "es", "fr", "ar")

_BRACES = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?::[^{}]*)?\}")
_PERCENT = re.compile(r"%(?:L?n|\d+|v|m|p)")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*[^<>]*>")


def _build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "packaging" / "build_translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str | None
    forms: tuple[str, ...]  # one translation, or one per plural form
    finished: bool
    plural: bool


def messages(lang: str, folder: Path = TRANSLATIONS) -> list[Message]:
    root = ET.parse(folder / f"companion_{lang}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment"),
                    forms=tuple(forms) if forms else (translation.text or "",),
                    finished=translation.get("type") not in ("unfinished", "vanished", "obsolete"),
                    plural=message.get("numerus") == "yes",
                )
            )
    return found


def mnemonics(text: str) -> int:
    """Keyboard mnemonics: "&" before a letter or digit ("&&" is a literal "&")."""
    return len(re.findall(r"(?<!&)&(?!&)(?=\w)", text.replace("&&", "")))


def _placeholders(text: str) -> list[str]:
    return sorted(_BRACES.findall(text) + [p for p in _PERCENT.findall(text) if p != "%n"])


@pytest.fixture(scope="module", params=LANGUAGES)
def lang(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_the_three_languages_are_there() -> None:
    for lang in LANGUAGES:
        assert (TRANSLATIONS / f"companion_{lang}.ts").is_file()
        assert (TRANSLATIONS / f"companion_{lang}.qm").is_file()


def test_every_message_is_finished(lang: str) -> None:
    all_messages = messages(lang)
    assert len(all_messages) > 500
    unfinished = [m.source for m in all_messages if not m.finished or not any(m.forms)]
    assert unfinished == [], f"{lang}: {len(unfinished)} unfinished, e.g. {unfinished[:5]}"


def test_plural_messages_have_the_language_forms(lang: str) -> None:
    # Qt's plural rules: German, Spanish and French have two forms, Arabic six.
    expected = {"de": 2, "es": 2, "fr": 2, "ar": 6}[lang]
    plurals = [m for m in messages(lang) if m.plural]
    assert plurals, "no plural messages: the %n marking in build_translations did not run"
    wrong = [(m.source, len(m.forms)) for m in plurals if len(m.forms) != expected]
    assert wrong == []
    # The count itself shows in at least one form of each message that shows it
    # (Arabic says "two days" in words, so not every form needs the number).
    missing_n = [
        m.source for m in plurals if "%n" in m.source and not any("%n" in f for f in m.forms)
    ]
    assert missing_n == []


def test_translations_keep_every_placeholder(lang: str) -> None:
    problems = []
    for m in messages(lang):
        for form in m.forms:
            where = f"{m.context}: {m.source!r} -> {form!r}"
            if _placeholders(form) != _placeholders(m.source):
                problems.append(f"placeholders differ in {where}")
            if sorted(_TAG.findall(form)) != sorted(_TAG.findall(m.source)):
                problems.append(f"HTML tags differ in {where}")
            if mnemonics(m.source) != mnemonics(form):
                problems.append(f"mnemonic (&) count differs in {where}")
            for edge, check in (("leading", str.startswith), ("trailing", str.endswith)):
                if check(m.source, " ") != check(form, " "):
                    problems.append(f"{edge} space differs in {where}")
            if "\n" in m.source and "\n" not in form:
                problems.append(f"line break lost in {where}")
    assert problems == []


def test_mnemonic_counting() -> None:
    assert mnemonics("Move &up") == 1
    assert mnemonics("Stanley & Brown") == 0
    assert mnemonics("Salt && pepper") == 0
    assert mnemonics("ال&يوميات") == 1


def test_files_say_who_made_them_and_that_no_native_speaker_reviewed_them(lang: str) -> None:
    head = (TRANSLATIONS / f"companion_{lang}.ts").read_text(encoding="utf-8")[:600]
    assert "not yet reviewed by a native speaker" in head
    assert "machine-assisted" in head.lower()


def test_the_ts_files_cover_every_text_in_the_code(tmp_path: Path, lang: str) -> None:
    """lupdate over today's code adds nothing new to the committed file."""
    build = _build_module()
    work = tmp_path / "translations"
    work.mkdir()
    shutil.copy(TRANSLATIONS / f"companion_{lang}.ts", work)
    original = {(m.context, m.source, m.comment) for m in messages(lang, work)}
    build.update([lang], work)
    fresh = messages(lang, work)
    new = [
        f"{m.context}: {m.source!r}"
        for m in fresh
        if (m.context, m.source, m.comment) not in original
    ]
    assert new == [], (
        f"{len(new)} texts in the code have no {lang} translation yet (run "
        f"`python packaging/build_translations.py update`, translate, then `build`): {new[:10]}"
    )


def test_the_committed_qm_files_match_the_ts_files() -> None:
    build = _build_module()
    assert build.stale(TRANSLATIONS) == []


def test_a_stale_qm_is_noticed(tmp_path: Path) -> None:
    catalogue_dir = tmp_path
    build = _build_module()
    shutil.copy(TRANSLATIONS / "companion_es.ts", catalogue_dir)
    build.build(catalogue_dir, catalogue_dir)
    assert build.stale(catalogue_dir) == []
    ts = catalogue_dir / "companion_es.ts"
    ts.write_text(
        ts.read_text(encoding="utf-8").replace("Pedir ayuda ahora", "Pide ayuda ya", 1),
        encoding="utf-8",
    )
    assert build.stale(catalogue_dir) == ["companion_es.qm"]


def test_the_placeholder_check_sees_a_lost_or_changed_placeholder() -> None:
    assert _placeholders("Call {number}") != _placeholders("Llamar")
    assert _placeholders("{average:.2f} of %1") == _placeholders("%1 : {average:.2f}")
    assert _placeholders("Page {page}") != _placeholders("Página {pagina}")
    assert _placeholders("%v of %m parts") == _placeholders("%v de %m partes")


def test_right_to_left_translations_isolate_what_is_put_into_them() -> None:
    """In Arabic, each inserted value sits in a Unicode isolate (FSI … PDI).

    A phone number put into an Arabic sentence would otherwise be laid out in pieces:
    "116 123" shows as "123 116". File names are the exception (no invisible marks in
    a file's name).
    """
    fsi, pdi = "\u2068", "\u2069"
    loose = []
    for m in messages("ar"):
        for form in m.forms:
            if re.search(r"\.pdf$|^[^ ]*-\{date\}$", form):
                continue
            for found in _BRACES.finditer(form):
                before = form[found.start() - 1] if found.start() else ""
                after = form[found.end()] if found.end() < len(form) else ""
                if (before, after) != (fsi, pdi):
                    loose.append(f"{m.source!r} -> {form!r}")
    assert loose == []


#: Texts with shortcuts that share the main window (its top bar and its tabs).
MAIN_WINDOW_SHORTCUTS = [
    ("Journal", "&Journal"),
    ("Journal", "&New entry"),
    ("Journal", "&Search"),
    ("Journal", "&Lock"),
    ("Journal", "&More"),
    ("Shell", "Chec&k-in"),
    ("Shell", "&Insights"),
    ("Shell", "Safety &plan"),
]


def test_main_window_shortcuts_do_not_collide(lang: str) -> None:
    """Two controls with the same Alt letter make that key cycle instead of act."""
    by_source = {(m.context, m.source): m.forms[0] for m in messages(lang)}
    letters = []
    for key in MAIN_WINDOW_SHORTCUTS:
        text = by_source[key]
        found = re.search(r"(?<!&)&(\w)", text.replace("&&", ""))
        assert found is not None, text
        letters.append(found[1].casefold())
    assert len(set(letters)) == len(letters), dict(zip(MAIN_WINDOW_SHORTCUTS, letters, strict=True))


def test_main_window_shortcuts_do_not_collide_in_english() -> None:
    letters = [re.search(r"(?<!&)&(\w)", text)[1].casefold() for _c, text in MAIN_WINDOW_SHORTCUTS]  # type: ignore[index]
    assert len(set(letters)) == len(letters), letters


#: The main window's "More" menu (its entries with a shortcut).
MORE_MENU_SHORTCUTS = [
    ("Journal", "&Trash"),
    ("Transfer", "&Backups…"),
    ("Transfer", "&Export…"),
    ("Transfer", "&Import…"),
    ("Transfer", "&Merge another journal…"),
    ("Journal", "Change &passphrase…"),
    ("Journal", "Make a &new recovery code…"),
    ("Journal", "Lock &out old copies…"),
    ("Journal", "P&references…"),
    ("Journal", "&About Companion"),
    ("Journal", "&Quit"),
]


def test_more_menu_shortcuts_do_not_collide(lang: str) -> None:
    by_source = {(m.context, m.source): m.forms[0] for m in messages(lang)}
    letters = []
    for key in MORE_MENU_SHORTCUTS:
        found = re.search(r"(?<!&)&(\w)", by_source[key].replace("&&", ""))
        assert found is not None, by_source[key]
        letters.append(found[1].casefold())
    assert len(set(letters)) == len(letters), dict(zip(MORE_MENU_SHORTCUTS, letters, strict=True))


def test_every_translate_call_python_sees_has_a_message(lang: str) -> None:
    """Read by Python's own parser, not lupdate's (which misses e.g. ``translate(…, x.n)``)."""
    build = _build_module()
    have = {(m.context, m.source): m for m in messages(lang)}
    calls = build.code_messages()
    assert len(calls) > 500
    missing = [f"{c}: {t!r}" for c, t, _d, _n in calls if (c, t) not in have]
    assert missing == []
    # A text given a count is a plural message, so each language can give its forms.
    not_plural = [t for c, t, _d, counted in calls if counted and not have[(c, t)].plural]
    assert not_plural == []
