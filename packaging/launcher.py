"""Entry script PyInstaller freezes: the same ``companion.cli.main`` as ``python -m companion``."""

from __future__ import annotations

import sys

from companion.cli import main

if __name__ == "__main__":
    sys.exit(main())
