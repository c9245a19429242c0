"""Companion's translations: update the ``.ts`` sources and build the ``.qm`` catalogues.

Qt's own workflow, with PySide6's tools:

* ``update`` runs ``lupdate`` over every Python file of the ``companion`` package and
  refreshes ``assets/translations/companion_<lang>.ts`` for each language (new strings
  arrive as unfinished; strings that left the code are dropped).
* ``build`` runs ``lrelease`` on each ``.ts`` and writes ``companion_<lang>.qm`` next to it.
  The ``.qm`` files are committed, so a checkout, a wheel (``assets/`` is copied in as
  ``companion/assets``) and the frozen bundle all find them the same way.
* ``check`` rebuilds every catalogue in a temporary folder and fails when a committed
  ``.qm`` differs from what its ``.ts`` gives (run it in CI; the tests do too).

Usage::

    python packaging/build_translations.py update [LANG ...]   # add LANG to start a language
    python packaging/build_translations.py build
    python packaging/build_translations.py check

See ``docs/translating.md``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "companion"
TRANSLATIONS = ROOT / "assets" / "translations"
_TS_NAME = re.compile(r"companion_([A-Za-z]{2,3}(?:_[A-Za-z0-9]{2,8})*)\.ts")

#: Put at the top of a new .ts file. Whoever reviews a translation updates its status
#: line in the file (the script never overwrites an existing one).
NOTICE = (
    "<!-- Status: not yet reviewed by a native speaker. How translations are made and "
    "reviewed: docs/translating.md -->"
)


def _tool(name: str) -> str:
    """``lupdate``/``lrelease`` shipped inside the PySide6 wheel (or on PATH)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6)")
    return found


def sources() -> list[Path]:
    """Every Python file lupdate reads, in a stable order."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def languages(folder: Path = TRANSLATIONS) -> list[str]:
    """The languages that have a ``.ts`` file."""
    found = (_TS_NAME.fullmatch(p.name) for p in folder.glob("companion_*.ts"))
    return sorted(m[1] for m in found if m)


def _mark_plurals(ts_file: Path) -> None:
    """Mark messages given a count as plural ("numerus") messages.

    Companion's ``translate(context, text, None, n)`` passes the count, but lupdate's
    Python reader only marks plurals for ``tr()``. A plural message is what lets a
    language give its own forms (Arabic has six); Qt looks a counted text up by its
    form, so a counted text must be a plural message or most counts go untranslated.
    Those are the texts with ``%n`` and the texts the code passes a count to
    (:func:`code_messages`; " minutes" after a number in a spin box is one).
    """
    from xml.sax.saxutils import escape

    counted = {
        escape(text, {'"': "&quot;", "'": "&apos;"}) for _c, text, _d, n in code_messages() if n
    }
    text = ts_file.read_text(encoding="utf-8")

    def mark(match: re.Match[str]) -> str:
        block = match[0]
        source = block.split("<source>", 1)[1].split("</source>", 1)[0]
        if "%n" not in source and source not in counted:
            return block
        if 'numerus="yes"' not in block:
            block = block.replace("<message", '<message numerus="yes"', 1)
        # A translation that is not yet split into forms becomes one form to fill in.
        return re.sub(
            r"<translation( type=\"unfinished\")?>(?!\s*<numerusform)(.*?)</translation>",
            lambda m: (
                f"<translation{m[1] or ''}>\n            <numerusform>{m[2]}</numerusform>\n"
                "        </translation>"
            ),
            block,
            flags=re.DOTALL,
        )

    text = re.sub(r"<message[ >].*?</message>", mark, text, flags=re.DOTALL)
    if "<!--" not in text.split("<TS ", 1)[0]:
        text = text.replace("<TS ", f"{NOTICE}\n<TS ", 1)
    ts_file.write_text(text, encoding="utf-8")


_CONTEXT = re.compile(r"<context>.*?</context>", re.DOTALL)
_MESSAGE = re.compile(r"<message[ >].*?</message>", re.DOTALL)
_TRANSLATION = re.compile(r"<translation[^>]*?(?:/>|>.*?</translation>)", re.DOTALL)


def _key(context_block_name: str, message: str) -> tuple[str, str, str] | None:
    source = re.search(r"<source>(.*?)</source>", message, re.DOTALL)
    if source is None:
        return None
    comment = re.search(r"<comment>(.*?)</comment>", message, re.DOTALL)
    return (context_block_name, source[1], comment[1] if comment else "")


def _finished_translations(text: str) -> dict[tuple[str, str, str], str]:
    """(context, source, comment), as escaped in the file -> its finished ``<translation>``."""
    kept: dict[tuple[str, str, str], str] = {}
    for context in _CONTEXT.findall(text):
        name = re.search(r"<name>(.*?)</name>", context, re.DOTALL)
        for message in _MESSAGE.findall(context):
            key = _key(name[1], message) if name else None
            translation = _TRANSLATION.search(message)
            if key and translation and "type=" not in translation[0].split(">", 1)[0]:
                kept[key] = translation[0]
    return kept


def _restore_translations(ts_file: Path, kept: dict[tuple[str, str, str], str]) -> None:
    """Put back finished translations lupdate dropped or cut down.

    lupdate's Python reader sees ``translate(…, n)`` as not plural (it drops the extra
    plural forms) and misses some calls altogether (their messages come back from
    :func:`_add_missed_messages` as new); the translation kept from before is restored
    when its message is the same text with the same plural kind.
    """
    text = ts_file.read_text(encoding="utf-8")

    def context(match: re.Match[str]) -> str:
        block = match[0]
        name = re.search(r"<name>(.*?)</name>", block, re.DOTALL)

        def message(found: re.Match[str]) -> str:
            item = found[0]
            key = _key(name[1], item) if name else None
            saved = kept.get(key) if key else None
            if saved is None:
                return item
            if ('numerus="yes"' in item) != ("<numerusform" in saved):
                return item  # became plural (or stopped being): translate it again
            return _TRANSLATION.sub(lambda _m: saved, item, count=1)

        return _MESSAGE.sub(message, block)

    ts_file.write_text(_CONTEXT.sub(context, text), encoding="utf-8")


def code_messages() -> list[tuple[str, str, str | None, bool]]:
    """Every ``translate(…)``/``QT_TRANSLATE_NOOP(…)`` with literal context and text.

    Read with Python's own parser, as (context, text, disambiguation, counted). lupdate's
    reader misses some calls (one whose count is an attribute, ``run.current``, and the
    rest of its statement), so this list is what the ``.ts`` files are checked against.
    """
    import ast

    found: dict[tuple[str, str, str | None], bool] = {}
    for path in sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name not in ("translate", "QT_TRANSLATE_NOOP") or len(node.args) < 2:
                continue
            literal = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
            context, text = literal[0], literal[1]
            if not (isinstance(context, str) and isinstance(text, str)):
                continue
            comment = literal[2] if len(literal) > 2 and isinstance(literal[2], str) else None
            counted = len(node.args) > 3 or any(k.arg == "n" for k in node.keywords)
            key = (context, text, comment or None)
            found[key] = found.get(key, False) or counted or "%n" in text
    return [(c, t, d, n) for (c, t, d), n in found.items()]


def _add_missed_messages(ts_file: Path) -> None:
    """Add the messages of :func:`code_messages` that lupdate did not find, unfinished."""
    from xml.sax.saxutils import escape

    text = ts_file.read_text(encoding="utf-8")
    present = set()
    for context in _CONTEXT.findall(text):
        name = re.search(r"<name>(.*?)</name>", context, re.DOTALL)
        for message in _MESSAGE.findall(context):
            key = _key(name[1], message) if name else None
            if key:
                present.add(key)
    quote = {'"': "&quot;", "'": "&apos;"}
    for context_name, source, comment, counted in code_messages():
        key = (escape(context_name), escape(source, quote), escape(comment or "", quote))
        if key in present or (key[0], escape(source), key[2]) in present:
            continue
        numerus = ' numerus="yes"' if counted else ""
        body = "\n            <numerusform></numerusform>\n        " if counted else ""
        extra = f"\n        <comment>{key[2]}</comment>" if comment else ""
        item = (
            f"    <message{numerus}>\n        <source>{key[1]}</source>{extra}\n"
            f'        <translation type="unfinished">{body}</translation>\n    </message>\n'
        )
        block = re.search(
            rf"<context>\s*<name>{re.escape(key[0])}</name>.*?</context>", text, re.DOTALL
        )
        if block is None:
            text = text.replace(
                "</TS>", f"<context>\n    <name>{key[0]}</name>\n{item}</context>\n</TS>", 1
            )
        else:
            end = block.end() - len("</context>")
            text = text[:end] + item + text[end:]
        present.add(key)
    ts_file.write_text(text, encoding="utf-8")


def update(langs: list[str], folder: Path = TRANSLATIONS) -> None:
    """Refresh (or start) the ``.ts`` file of each language in ``folder`` from the code.

    lupdate keeps finished translations, but drops XML comments (the status line),
    misses a few calls and cuts plural messages down to one form (its Python reader
    does not know ``translate(…, n)`` is plural). So the status line is put back, the
    missed messages are added (:func:`code_messages`), counted texts are marked plural,
    and every finished translation from before is restored.
    """
    folder.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for lang in langs:
        ts_file = (folder / f"companion_{lang}.ts").resolve()
        before = ts_file.read_text(encoding="utf-8") if ts_file.exists() else ""
        status = re.search(r"<!--.*?-->", before.split("<TS ", 1)[0], re.DOTALL)
        kept = _finished_translations(before)
        args = [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "relative"]
        args += ["-target-language", lang, *files, "-ts", str(ts_file)]
        subprocess.run(args, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        if status is not None:
            text = ts_file.read_text(encoding="utf-8")
            if status[0] not in text:
                ts_file.write_text(text.replace("<TS ", f"{status[0]}\n<TS ", 1), encoding="utf-8")
        _add_missed_messages(ts_file)
        _mark_plurals(ts_file)
        _restore_translations(ts_file, kept)


def build(out_dir: Path = TRANSLATIONS, src_dir: Path = TRANSLATIONS) -> list[Path]:
    """Compile each ``.ts`` in ``src_dir`` to a ``.qm`` in ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for lang in languages(src_dir):
        ts_file = src_dir / f"companion_{lang}.ts"
        qm_file = out_dir / f"companion_{lang}.qm"
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
            check=True,
        )
        built.append(qm_file)
    return built


def stale(folder: Path = TRANSLATIONS) -> list[str]:
    """Languages whose committed ``.qm`` is missing or differs from a fresh build."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = build(Path(tmp), folder)
        kept = {qm.name: folder / qm.name for qm in fresh}
        return [
            qm.name
            for qm in fresh
            if not kept[qm.name].is_file() or kept[qm.name].read_bytes() != qm.read_bytes()
        ]


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("command", choices=("update", "build", "check"))
    parser.add_argument("langs", nargs="*", help="languages for update (default: all)")
    args = parser.parse_args(argv)
    if args.command == "update":
        update(sorted(set(languages()) | set(args.langs)))
    elif args.command == "build":
        for qm in build():
            print(f"built {qm.relative_to(ROOT)}")
    else:
        bad = stale()
        if bad:
            print("out of date, run: python packaging/build_translations.py build")
            print("  " + ", ".join(bad))
            return 1
        print("translations: every .qm matches its .ts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
