"""Self-test: the interface language is installed before any screen is built.

``LANGUAGE=es companion --self-test`` runs every later check, screens included, in
Spanish: this module installs the translations the way the app does at start-up (the
system's language; no preference or policy in a self-test's empty folder) and checks
that the catalogue really answers and that right-to-left languages mirror the layout.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from companion.selftest.framework import SelfTest, expect

ORDER = 5


def run(test: SelfTest) -> None:
    """Install the system's language and check it took."""
    from companion.ui.shell.i18n import translate
    from companion.ui.shell.language import (
        SOURCE_LANGUAGE,
        install_translations,
        is_right_to_left,
        shipped_languages,
    )

    def language() -> None:
        app = QApplication.instance() or QApplication(["companion-self-test"])
        expect(isinstance(app, QApplication), "no widget application")
        assert isinstance(app, QApplication)
        chosen = install_translations(app, None, None)
        expect(chosen in shipped_languages(), f"{chosen!r} is not a shipped language")
        test.state["language"] = chosen
        if chosen != SOURCE_LANGUAGE:
            shown = translate("Help", "Get help now")
            expect(shown != "Get help now", f"the {chosen} catalogue did not answer")
        # Dates speak the language too (LANG=C with LANGUAGE=fr must not give "December").
        here = QLocale()
        expect(
            here.monthName(12) == QLocale(here.name()).monthName(12),
            f"dates are formatted by the system, not in {chosen}",
        )
        if chosen != SOURCE_LANGUAGE:
            expect(
                here.language() == QLocale(chosen.replace("-", "_")).language(),
                f"dates are in {QLocale.languageToString(here.language())}, not {chosen}",
            )
        rtl = app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        expect(rtl == is_right_to_left(chosen), f"layout direction is wrong for {chosen}")
        print(f"     language: {chosen}{' (right to left)' if rtl else ''}", file=test.out)

    test.check("interface language", language)
