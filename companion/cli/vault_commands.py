"""``companion new``, ``backup``, ``restore`` and ``check``."""

from __future__ import annotations

import argparse
from pathlib import Path

from companion.cli.context import Context
from companion.cli.exits import Exit
from companion.core.errors import VaultNotFound
from companion.core.vault.backup import BackupInfo, BackupPolicy
from companion.core.vault.errors import BackupNotFound


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the vault commands to the parser."""
    new = sub.add_parser("new", help="create a new journal (prints its recovery code once)")
    new.set_defaults(run=cmd_new)
    backup = sub.add_parser("backup", help="make a verified, encrypted backup now")
    backup.add_argument("--second-folder", type=Path, help="also copy it here (a USB stick)")
    backup.set_defaults(run=cmd_backup)
    restore = sub.add_parser("restore", help="put a backup back (the current files are kept)")
    restore.add_argument("--list", action="store_true", help="list the backups and stop")
    restore.add_argument("--backup", metavar="NAME", help="which backup (default: newest good)")
    restore.add_argument("--yes", action="store_true", help="do not ask before restoring")
    restore.set_defaults(run=cmd_restore)
    check = sub.add_parser("check", help="verify the journal and its backups; writes nothing")
    check.add_argument(
        "--full-backups", action="store_true", help="fully check each backup too (slow)"
    )
    check.set_defaults(run=cmd_check)


def _require(ctx: Context) -> None:
    if not ctx.service.exists(ctx.folder) and not (ctx.folder / "journal.db").exists():
        raise VaultNotFound(str(ctx.folder))


def cmd_new(args: argparse.Namespace, ctx: Context) -> int:
    """Create the journal and print the recovery code once."""
    del args
    passphrase = ctx.secrets.new_passphrase()
    vault, code = ctx.service.create(ctx.folder, passphrase)
    vault.lock()
    ctx.say(f"Created a journal in {ctx.folder}")
    ctx.say("")
    ctx.say("Your recovery code (shown only now; write it down and keep it safe):")
    ctx.say("")
    ctx.say(f"    {code.text}")
    ctx.say("")
    ctx.say("Without your passphrase and this code, nobody can open the journal, not even you.")
    return Exit.OK


def _describe(info: BackupInfo) -> str:
    entries = "?" if info.entries is None else str(info.entries)
    when = info.created.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"{info.name}  {when}  {info.reason:<8} {entries:>7} entries"


def cmd_backup(args: argparse.Namespace, ctx: Context) -> int:
    """Unlock, back up, lock."""
    _require(ctx)
    policy = ctx.service.backup_policy
    if args.second_folder is not None:
        policy = BackupPolicy(policy.keep_daily, policy.keep_weekly, args.second_folder)
    vault = ctx.service.unlock(ctx.folder, ctx.secrets.passphrase())
    try:
        info = ctx.service.backup(vault, policy=policy, progress=ctx.progress("backup"))
    finally:
        vault.lock()
    ctx.say(f"backup {_describe(info)}")
    ctx.say(f"path {info.path}")
    if info.second_copy is not None:
        ctx.say(f"second-copy {info.second_copy}")
    if info.second_copy_error is not None:
        print(
            f"companion: warning: the second copy failed ({info.second_copy_error})", file=ctx.err
        )
    return Exit.OK


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    """List backups, or restore one (kept aside: the current files)."""
    infos = ctx.service.list_backups(ctx.folder)
    if args.list:
        for info in infos:
            ctx.say(_describe(info))
        if not infos:
            ctx.say("no backups")
        return Exit.OK
    if args.backup:
        chosen = next((i for i in infos if i.name == args.backup), None)
        if chosen is None:
            raise BackupNotFound(args.backup)
    else:
        chosen = ctx.service.newest_good_backup(ctx.folder)
        if chosen is None:
            raise BackupNotFound("(no backup verifies)")
    ctx.say(f"restore {_describe(chosen)}")
    if not (
        ctx.yes or ctx.secrets.confirm("Restore this backup? The current files are kept aside.")
    ):
        print("companion: needs-confirmation: re-run with --yes to restore", file=ctx.err)
        return Exit.NEEDS_CONFIRMATION
    result = ctx.service.restore(ctx.folder, chosen, progress=ctx.progress("restore"))
    if result.kept_aside is not None:
        ctx.say(f"kept-aside {result.kept_aside}")
    when = chosen.created.astimezone().strftime("%Y-%m-%d")
    ctx.say(f"It opens with the passphrase and recovery code you had on {when}.")
    return Exit.OK


def cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    """Check everything; write nothing."""
    _require(ctx)
    report = ctx.service.check(
        ctx.folder,
        ctx.secrets.passphrase(),
        full_backups=args.full_backups,
        progress=ctx.progress("check"),
    )
    ctx.say("journal " + ("ok" if not report.problems else "DAMAGED"))
    for problem in report.problems:
        ctx.say(f"  problem {problem}")
    for name, value in sorted(report.counts.items()):
        ctx.say(f"  {name} {value}")
    ctx.say("  versions " + " ".join(f"{k}={v}" for k, v in sorted(report.versions.items())))
    if report.upgrade_pending:
        ctx.say("  upgrade pending (done, after a backup, at the next unlock)")
    for info, problems in report.backups:
        ctx.say(f"backup {_describe(info)}  " + ("ok" if not problems else "DAMAGED"))
        for problem in problems:
            ctx.say(f"  problem {problem}")
    if report.healthy:
        return Exit.OK
    print("companion: damaged: the check found problems (listed above)", file=ctx.err)
    return Exit.DAMAGED
