"""Help now: F1 everywhere, the panel, service cards and QR codes. Never behind a lock."""

from companion.ui.help.pyside_imports import speed_up_module_checks

# Before the help modules are imported: PySide6 reads the source of every module
# imported after it (see pyside_imports), and the panel's first paint waits for them.
speed_up_module_checks()
