"""``companion import``, ``export`` and ``merge``."""

from __future__ import annotations

import argparse
import importlib
import os
from datetime import date
from pathlib import Path

from companion.cli.context import Context, plaintext_allowed
from companion.cli.exits import Exit
from companion.core.errors import VaultNotFound
from companion.core.transfer.errors import PlaintextNotConfirmed
from companion.core.transfer.formats import FORMATS
from companion.core.vault import Vault

EXPORT_FORMATS = ("json", "md", "md-days", "csv", "pdf", "vault")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the transfer commands to the parser."""
    imp = sub.add_parser("import", help="import entries from another app's export")
    imp.add_argument("file", type=Path)
    imp.add_argument("--format", choices=[f.name for f in FORMATS], help="default: detected")
    imp.add_argument(
        "--mood-map",
        nargs="+",
        default=[],
        metavar="LABEL=LEVEL",
        help="mood word to level: 1-5, awful/bad/okay/good/great, or none",
    )
    imp.add_argument("--zone", help="time zone of times written without one (IANA name)")
    imp.add_argument("--yes", action="store_true", help="import without asking (rows that "
                     "cannot be imported are left out)")  # fmt: skip
    imp.add_argument("--delete-source", action="store_true", help="delete the file afterwards")
    imp.set_defaults(run=cmd_import)

    exp = sub.add_parser("export", help="export the journal")
    exp.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    exp.add_argument("--out", required=True, type=Path, help="file (a folder for md-days)")
    exp.add_argument("--from", dest="date_from", type=date.fromisoformat, metavar="YYYY-MM-DD")
    exp.add_argument("--to", dest="date_to", type=date.fromisoformat, metavar="YYYY-MM-DD")
    exp.add_argument("--include-trash", action="store_true")
    exp.add_argument("--overwrite", action="store_true")
    exp.add_argument("--yes", action="store_true", help="confirm a readable (unencrypted) export")
    exp.set_defaults(run=cmd_export)

    merge = sub.add_parser("merge", help="merge another copy (.companion file or backup folder)")
    merge.add_argument("file", type=Path)
    merge.add_argument(
        "--other-passphrase-fd", type=int, metavar="N", help="the other copy's passphrase"
    )
    merge.set_defaults(run=cmd_merge)


def _unlock(ctx: Context, passphrase: str | None = None) -> Vault:
    if not ctx.service.exists(ctx.folder):
        raise VaultNotFound(str(ctx.folder))
    return ctx.service.unlock(ctx.folder, passphrase or ctx.secrets.passphrase())


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    """Preview, confirm, import in one transaction."""
    from companion.core.transfer.importing import delete_source, preview_import, run_import
    from companion.core.transfer.moods import parse_assignments
    from companion.core.transfer.times import local_zone, zone_named

    try:
        mood_map = parse_assignments(args.mood_map)
    except ValueError as exc:
        print(f"companion: bad-input: {exc}", file=ctx.err)
        return Exit.BAD_INPUT
    zone = zone_named(args.zone) if args.zone else local_zone()
    if zone is None:
        print(f"companion: bad-input: unknown time zone {args.zone!r}", file=ctx.err)
        return Exit.BAD_INPUT
    vault = _unlock(ctx)
    try:
        preview = preview_import(
            vault.connection, args.file, format_name=args.format, zone=zone, mood_map=mood_map
        )
        ctx.say(f"format {preview.format}")
        ctx.say(
            f"entries {preview.readable} new {preview.new} already-there {preview.already_there}"
        )
        if preview.first is not None:
            ctx.say(f"dates {preview.first.isoformat()} to {preview.last.isoformat()}")  # type: ignore[union-attr]
        for label, level in preview.mood_map.items():
            shown = "none" if level is None else str(level)
            ctx.say(f"mood {label!r}={shown} ({preview.mood_counts.get(label, 0)} entries)")
        for problem in preview.problems:
            ctx.say(f"problem {problem}")
        if preview.new_tags:
            ctx.say("new-tags " + ", ".join(preview.new_tags))
        asked = "Import {} entries{}?".format(
            preview.new, f", leaving out {len(preview.problems)} row(s)" if preview.problems else ""
        )
        if not (ctx.yes or ctx.secrets.confirm(asked)):
            print(
                "companion: needs-confirmation: nothing imported; re-run with --yes", file=ctx.err
            )
            return Exit.NEEDS_CONFIRMATION
        result = run_import(vault, preview, accept_problems=True, progress=ctx.progress("import"))
    finally:
        vault.lock()
    left_out = len(result.left_out)
    ctx.say(f"imported {result.added} already-there {result.already_there} left-out {left_out}")
    if args.delete_source:
        delete_source(args.file)
        ctx.say(f"deleted {args.file}")
    return Exit.OK


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    """Encrypted (``vault``) or readable, after ``--yes`` for readable formats."""
    if args.format != "vault" and not args.yes:
        raise PlaintextNotConfirmed()
    vault = _unlock(ctx)
    try:
        if args.format == "vault":
            info = ctx.service.export_encrypted(
                vault, args.out, overwrite=args.overwrite, progress=ctx.progress("export")
            )
            ctx.say(f"exported {info.entries} entries (encrypted) to {args.out}")
            return Exit.OK
        if args.format == "pdf":
            return _export_pdf(args, ctx, vault)
        from companion.core.transfer.exporting import ExportFormat, export_plaintext

        result = export_plaintext(
            vault.connection,
            args.out,
            ExportFormat(args.format),
            confirm_plaintext=True,
            plaintext_allowed=plaintext_allowed(),
            overwrite=args.overwrite,
            include_trash=True if args.include_trash else None,
            date_from=args.date_from,
            date_to=args.date_to,
            progress=ctx.progress("export"),
        )
    finally:
        vault.lock()
    ctx.say(f"exported {result.entries} entries to {result.path}")
    return Exit.OK


def _export_pdf(args: argparse.Namespace, ctx: Context, vault: Vault) -> int:
    """The PDF goes through the app's renderer (Qt), loaded only for this."""
    from companion.core.transfer.errors import ExportTargetExists, PlaintextForbidden
    from companion.core.transfer.pdf import journal_document

    if not plaintext_allowed():
        raise PlaintextForbidden()
    if args.out.exists() and not args.overwrite:
        raise ExportTargetExists(str(args.out))
    document = journal_document(vault.connection, args.date_from, args.date_to)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        # Loaded by name: the command line never needs Qt for anything else.
        gui = importlib.import_module("PySide6.QtGui")
        renderer = importlib.import_module("companion.ui.reports.pdf")
    except ImportError:
        print("companion: bad-input: PDF needs the app's renderer (Qt), not found", file=ctx.err)
        return Exit.BAD_INPUT
    _app = gui.QGuiApplication.instance() or gui.QGuiApplication([])
    pages = int(renderer.render_pdf(document, args.out))
    ctx.say(f"exported {pages} page(s) to {args.out}")
    return Exit.OK


def cmd_merge(args: argparse.Namespace, ctx: Context) -> int:
    """Merge another copy of this journal into it."""
    from companion.core.transfer.merge import merge_journal

    passphrase = ctx.secrets.passphrase()
    vault = _unlock(ctx, passphrase)
    try:
        report = merge_journal(
            vault,
            args.file,
            ctx.secrets.other(passphrase),
            schemas=ctx.service.schemas,
            progress=ctx.progress("merge"),
        )
    finally:
        vault.lock()
    ctx.say(
        f"merged source-entries {report.source_entries} added {report.added} "
        f"updated {report.updated} newer-here {report.newer_here} identical {report.identical} "
        f"both-kept {len(report.conflicts)} left-out {len(report.left_out)}"
    )
    for here, copy in report.conflicts:
        ctx.say(f"both-kept {here} {copy}")
    return Exit.OK
