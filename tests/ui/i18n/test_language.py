"""Choosing and installing the interface language (companion.ui.shell.language)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from companion.core.assets import asset_path
from companion.ui.shell.i18n import translate
from companion.ui.shell.language import (
    LANGUAGE_NAMES,
    SOURCE_LANGUAGE,
    choose_language,
    install_translations,
    is_right_to_left,
    locale_for,
    remove_translations,
    shipped_languages,
    translations_dir,
)

SHIPPED = ["ar", "de", "en", "es", "fr"]


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application, put back to English and left-to-right afterwards."""
    yield qapp
    remove_translations(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_the_catalogues_are_found_where_checkout_wheel_and_bundle_look() -> None:
    assert translations_dir() == asset_path("translations")
    assert shipped_languages() == SHIPPED
    assert all(tag in LANGUAGE_NAMES for tag in shipped_languages())


def test_only_compiled_catalogues_count_as_shipped(tmp_path: Path) -> None:
    assert shipped_languages(tmp_path) == ["en"]
    (tmp_path / "companion_de.ts").write_text("", encoding="utf-8")
    assert shipped_languages(tmp_path) == ["en"]
    (tmp_path / "companion_de.qm").write_bytes(b"")
    (tmp_path / "companion_pt_BR.qm").write_bytes(b"")
    assert shipped_languages(tmp_path) == ["de", "en", "pt-BR"]


@pytest.mark.parametrize(
    ("prefs", "policy", "system", "expected"),
    [
        (None, None, ["es-ES", "en-GB"], "es"),  # the system's first language
        (None, None, ["it-IT", "fr-CA"], "fr"),  # the first the app speaks
        (None, None, ["it-IT"], "en"),  # none: the source language
        ("ar", None, ["es-ES"], "ar"),  # the person's choice beats the system
        ("ar", "fr", ["es-ES"], "fr"),  # the policy beats both
        ("es_MX", None, [], "es"),  # a regional choice falls back to its language
        ("it", None, ["fr"], "fr"),  # a choice with no catalogue falls through
        (None, "xx-not a tag", ["es"], "es"),  # nonsense from a policy is ignored
        (None, None, [], "en"),
    ],
)
def test_precedence_policy_then_preferences_then_system(
    prefs: str | None, policy: str | None, system: list[str], expected: str
) -> None:
    assert choose_language(prefs, policy, system, SHIPPED) == expected


def test_spanish_installs_our_catalogue_and_qts_own(app: QApplication) -> None:
    assert install_translations(app, None, None, system=["es-ES"]) == "es"
    assert translate("Help", "Get help now") == "Pedir ayuda ahora"
    # Plural forms come from the catalogue.
    assert translate("Journal", "%n entries", None, 3) == "3 entradas"
    # Qt's own dialog buttons speak the language too (qtbase_es.qm).
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().language() == QLocale.Language.Spanish


def test_arabic_is_right_to_left_with_its_plural_forms(app: QApplication) -> None:
    assert install_translations(app, "ar", None, system=["en-GB"]) == "ar"
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert is_right_to_left("ar")
    assert not is_right_to_left("fr")
    assert translate("Help", "Get help now") == "اطلب المساعدة الآن"
    days = [translate("Insights", "%n days", None, n) for n in (1, 2, 3, 11, 100)]
    assert days == ["يوم واحد", "يومان", "3 أيام", "11 يومًا", "100 يوم"]


def test_the_policy_language_wins_and_switching_back_leaves_nothing_behind(
    app: QApplication,
) -> None:
    assert install_translations(app, "ar", "fr", system=["es"]) == "fr"
    assert translate("Preferences", "Preferences") == "Préférences"
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert install_translations(app, None, None, system=["it-IT"]) == SOURCE_LANGUAGE
    assert translate("Preferences", "Preferences") == "Preferences"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_a_missing_catalogue_leaves_english(app: QApplication, tmp_path: Path) -> None:
    (tmp_path / "companion_es.qm").write_bytes(b"not a catalogue")
    assert install_translations(app, "es", None, system=[], folder=tmp_path) == "en"
    assert translate("Help", "Get help now") == "Get help now"


def test_dates_follow_the_language_and_keep_the_systems_region() -> None:
    mexico = QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)
    germany = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert locale_for("es", mexico) == mexico  # same language: the region's formats stay
    # The system object may format through the C library (LANG=C): never hand it on.
    for tag in ("en", "fr", "ar"):
        chosen = locale_for(tag, QLocale.system())
        assert chosen.monthName(12) == QLocale(chosen.name()).monthName(12)
    assert locale_for("fr", QLocale("fr_FR")).monthName(12) == "décembre"
    assert locale_for("ar", germany).language() == QLocale.Language.Arabic
    in_germany = locale_for("en", germany)  # English as written in Germany: 6.12.2026
    assert in_germany.language() == QLocale.Language.English
    assert in_germany.territory() == QLocale.Country.Germany
    assert locale_for("pt-BR", germany).territory() == QLocale.Country.Brazil
