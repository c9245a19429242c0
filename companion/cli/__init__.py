"""Command line: start the app, run the self-test, and script the journal.

``companion`` alone starts the app. The journal commands (``new``, ``import``,
``export``, ``backup``, ``restore``, ``merge``, ``check``) are documented in
``docs/cli.md`` with their exit codes. Nothing here imports Qt at module level, so the
commands work on a machine without a display and start fast; each command module is
imported only when its command runs. A new command group adds a ``register(sub)``
function to :data:`COMMAND_GROUPS`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from companion import __version__
from companion.cli.exits import Exit, classify, name_of


def _register_resources(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    resources = sub.add_parser("resources", help="work with help-directory files")
    res_sub = resources.add_subparsers(dest="resources_command", required=True)
    validate = res_sub.add_parser("validate", help="check a directory or resource pack")
    validate.add_argument("file", help="the JSON file to check")


def _register_policy(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    policy = sub.add_parser("policy", help="work with an administrator's policy file")
    policy_sub = policy.add_subparsers(dest="policy_command", required=True)
    validate = policy_sub.add_parser("validate", help="check a policy file before deploying it")
    validate.add_argument("file", help="the policy JSON file to check")


def _register_vault(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from companion.cli.vault_commands import register

    register(sub)


def _register_transfer(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from companion.cli.transfer_commands import register

    register(sub)


COMMAND_GROUPS: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = [
    _register_resources,
    _register_policy,
    _register_vault,
    _register_transfer,
]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="companion",
        description="Companion: a private journal with offline help, one keystroke away.",
        epilog="Journal commands and their exit codes: docs/cli.md.",
    )
    parser.add_argument("--version", action="version", version=f"Companion {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep all data and preferences under DIR (also: COMPANION_DATA_DIR)",
    )
    parser.add_argument(
        "--guest",
        action="store_true",
        help="a guest session: the journal lives in memory and nothing is kept on this computer",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="run a headless check of the real code paths and exit",
    )
    parser.add_argument(
        "--passphrase-fd",
        type=int,
        metavar="N",
        help="read the passphrase from file descriptor N (one line) instead of the terminal",
    )
    sub = parser.add_subparsers(dest="command")
    for register in COMMAND_GROUPS:
        register(sub)
    for name, command in sub.choices.items():
        if name in ("resources", "policy"):
            continue
        # Also accepted after the command name; SUPPRESS keeps an earlier value.
        command.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)
        command.add_argument("--passphrase-fd", type=int, metavar="N", default=argparse.SUPPRESS)
    return parser


def _run_command(args: argparse.Namespace) -> int:
    """Run a journal command; every failure becomes one line and its exit code."""
    from companion.cli.context import build
    from companion.cli.prompts import PassphraseUnavailable

    try:
        ctx = build(args)
        return int(args.run(args, ctx))
    except PassphraseUnavailable as exc:
        print(f"companion: {name_of(Exit.BAD_INPUT)}: {exc}", file=sys.stderr)
        return Exit.BAD_INPUT
    except KeyboardInterrupt:
        print(f"companion: {name_of(Exit.CANCELLED)}: stopped", file=sys.stderr)
        return Exit.CANCELLED
    except Exception as exc:  # every error becomes a line a script can act on
        code, message = classify(exc)
        if code is Exit.INTERNAL:
            message = f"unexpected {message} (please report it; no journal text is shown)"
        print(f"companion: {name_of(code)}: {message}", file=sys.stderr)
        return code


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for ``companion`` and ``python -m companion``."""
    args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command == "resources":
        from companion.core.resources.cli import validate_command

        return validate_command(args.file, out=sys.stdout)
    if args.command == "policy":
        from companion.core.policy.cli import validate_command as validate_policy

        return validate_policy(args.file, out=sys.stdout)
    if getattr(args, "run", None) is not None:
        return _run_command(args)
    if args.self_test:
        from companion.selftest import run_self_test

        return run_self_test(args.data_dir, out=sys.stdout, guest=args.guest)
    from companion.app import run_app

    return run_app(args.data_dir, guest=args.guest)
