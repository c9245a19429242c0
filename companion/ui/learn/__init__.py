"""Learn: short original articles, offline and readable without unlocking.

``window.LearnWindow(parent=None, *, language=None, help_access=None, root=None)``. The
package imports neither the vault nor the journal (the help panel and the lock screen
open it); keep this file free of imports.
"""
