"""Help now: F1 everywhere, the panel, service cards and QR codes. Never behind a lock."""

# First, before the help modules are imported: PySide6 reads the source of every module
# imported after it (see pyside_imports, which makes that fast as it is imported), and
# the panel's first paint waits for them.
import companion.ui.help.pyside_imports  # noqa: F401
