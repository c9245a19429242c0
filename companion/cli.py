"""Command line: start the app, run the self-test, or validate a resource file.

Kept free of Qt imports at module level so that ``companion resources validate`` works
on a machine with no display and starts fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from companion import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="companion",
        description="Companion: a private journal with offline help, one keystroke away.",
    )
    parser.add_argument("--version", action="version", version=f"Companion {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep all data and preferences under DIR (also: COMPANION_DATA_DIR)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="run a headless check of the real code paths and exit",
    )
    sub = parser.add_subparsers(dest="command")
    resources = sub.add_parser("resources", help="work with help-directory files")
    res_sub = resources.add_subparsers(dest="resources_command", required=True)
    validate = res_sub.add_parser("validate", help="check a directory or resource pack")
    validate.add_argument("file", help="the JSON file to check")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for ``companion`` and ``python -m companion``."""
    args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command == "resources":
        from companion.core.resources.cli import validate_command

        return validate_command(args.file, out=sys.stdout)
    if args.self_test:
        from companion.selftest import run_self_test

        return run_self_test(args.data_dir, out=sys.stdout)
    from companion.app import run_app

    return run_app(args.data_dir)
