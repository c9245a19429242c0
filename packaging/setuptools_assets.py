"""setuptools hook: ship the repository's ``assets/`` inside the wheel as ``companion/assets``.

``companion.core.assets`` looks for ``companion/assets`` next to the installed package, so
the wheel must carry the folder there. setuptools' package discovery only finds folders
under ``companion/``, and ``assets/`` sits at the top of the repository (where the
checkout and the PyInstaller spec expect it), so ``build_py`` copies it in after building
the Python packages. pyproject.toml wires this up under ``[tool.setuptools.cmdclass]``.

Editable installs skip the copy: there ``assets_root()`` finds ``<repo>/assets`` itself.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parents[1]
#: Not read at runtime: installer-only icon containers, and the help directory's build
#: inputs (assets/resources/tools: curation sources and the script that compiles them).
_SKIP = shutil.ignore_patterns("__pycache__", ".*", "*.icns", "*.ico", "tools")


class BuildPyWithAssets(build_py):
    """``build_py`` that also copies ``assets/`` to ``<build_lib>/companion/assets``."""

    def run(self) -> None:
        """Build the packages, then add the runtime data."""
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "companion" / "assets"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(ROOT / "assets", target, ignore=_SKIP)
