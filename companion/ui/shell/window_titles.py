"""Window titles: the screen's name, then the app's ("Exercises — Companion").

A title is what a task bar, a window switcher and a screen reader's window list show, so
each window names what it is; five windows all called "Companion" could not be told apart
there. A title names the screen and never what is in it: entry text, plan lines or search
words never reach one (the journal's main window keeps the app's name alone for that
reason, see ``MainWindow.setWindowTitle``).
"""

from __future__ import annotations

from companion import APP_NAME
from companion.ui.shell.i18n import translate


def screen_title(screen: str) -> str:
    """The title of a window showing ``screen`` (its name, already translated)."""
    #: A window title: {screen} is the screen's name ("Exercises"), {app} the app's.
    return translate("Shell", "{screen} — {app}").format(screen=screen, app=APP_NAME)
