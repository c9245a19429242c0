"""The Learn articles: all present, well-formed, kind to read, and found from any install."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core import assets
from companion.core.learn.articles import (
    article,
    articles,
    learn_root,
    load_articles,
    parse_article,
    reading_minutes,
)
from companion.core.learn.errors import ArticleError

EXPECTED = [
    "stigma",
    "starting-a-conversation",
    "supporting-a-friend",
    "peer-support",
    "professional-help",
    "self-care-basics",
]


def test_every_bundled_article_loads_in_order() -> None:
    found, problems = load_articles()
    assert problems == []
    assert [a.info.id for a in found] == EXPECTED
    for item in found:
        assert item.info.title
        assert item.info.summary
        assert item.body.startswith(f"# {item.info.title}\n")


@pytest.mark.parametrize("article_id", EXPECTED)
def test_each_article_is_short_and_points_to_the_help_panel(article_id: str) -> None:
    found = article(article_id)
    words = len(re.findall(r"\w+", found.body))
    assert 300 <= words <= 650
    assert "F1" in found.body
    assert "Help" in found.body
    assert found.info.reading_minutes == reading_minutes(found.body) >= 2
    assert "!" not in found.body  # calm, never alarmed


def test_the_articles_live_in_the_assets_folder() -> None:
    assert learn_root() == assets.assets_root() / "learn"
    assert (learn_root() / "en" / "stigma.md").is_file()


def test_a_language_without_its_own_copy_reads_english(tmp_path: Path) -> None:
    shutil.copytree(learn_root(), tmp_path, dirs_exist_ok=True)
    (tmp_path / "de").mkdir()
    english = (tmp_path / "en" / "stigma.md").read_text(encoding="utf-8")
    (tmp_path / "de" / "stigma.md").write_text(
        english.replace("title: Understanding stigma", "title: Stigma verstehen"), encoding="utf-8"
    )
    infos = articles("de_AT", root=tmp_path)
    assert [i.language for i in infos] == ["de", "en", "en", "en", "en", "en"]
    assert infos[0].title.startswith("Stigma verstehen")
    assert article("peer-support", "de", root=tmp_path).info.language == "en"


def test_a_broken_file_is_reported_and_the_others_still_load(tmp_path: Path) -> None:
    shutil.copytree(learn_root(), tmp_path, dirs_exist_ok=True)
    (tmp_path / "en" / "broken.md").write_text("# no header\n", encoding="utf-8")
    (tmp_path / "en" / "wrong-name.md").write_text(
        "---\nid: other\ntitle: T\nsummary: S\norder: 9\n---\nText\n", encoding="utf-8"
    )
    found, problems = load_articles(root=tmp_path)
    assert len(found) == len(EXPECTED)
    assert sorted(p.split(":")[0] for p in problems) == ["en/broken.md", "en/wrong-name.md"]


@pytest.mark.parametrize("bad_id", ["../secrets", "Stigma", "", "a/b", "nope"])
def test_unknown_or_unsafe_ids_are_refused(bad_id: str) -> None:
    with pytest.raises(ArticleError):
        article(bad_id)


@pytest.mark.parametrize(
    "text",
    [
        "no header",
        "---\nid: x\n",
        "---\nid: x\ntitle: T\n---\n",
        "---\nid: x\ntitle: T\nsummary: S\norder: first\n---\n",
        "---\nid: X!\ntitle: T\nsummary: S\norder: 1\n---\n",
        "---\nid: x\ntitle\nsummary: S\norder: 1\n---\n",
    ],
)
def test_malformed_headers_are_refused(text: str) -> None:
    with pytest.raises(ArticleError):
        parse_article(text, "en", "x.md")


@given(st.text(max_size=400))
def test_parsing_any_text_either_works_or_raises_article_error(text: str) -> None:
    try:
        parsed = parse_article(text, "en", "x.md")
    except ArticleError:
        return
    assert parsed.info.reading_minutes >= 1


def test_found_the_same_way_from_a_frozen_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "assets" / "resources").mkdir(parents=True)
    shutil.copytree(learn_root(), bundle / "assets" / "learn")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assets.assets_root.cache_clear()
    try:
        assert learn_root() == bundle / "assets" / "learn"
        assert [i.id for i in articles()] == EXPECTED
    finally:
        monkeypatch.undo()
        assets.assets_root.cache_clear()
