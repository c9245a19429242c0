"""The Learn articles: short Markdown files in ``assets/learn/<language>/``.

Each file starts with a small header between ``---`` lines, one ``key: value`` a line::

    ---
    id: stigma
    title: Understanding stigma and pushing back on it
    summary: What stigma is, where it comes from, and small ways to answer it.
    order: 1
    ---

then the article in Markdown. Articles are found through :func:`asset_path`, so they
are read the same way from a checkout, a wheel and the frozen bundle, and they work
offline and without unlocking (this module imports neither the vault nor the journal).
A language without its own copy of an article gets the English one.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass
from pathlib import Path

from companion.core.assets import asset_path
from companion.core.learn.errors import ArticleError

DEFAULT_LANGUAGE = "en"
WORDS_PER_MINUTE = 200
MAX_ARTICLE_BYTES = 256 * 1024
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_REQUIRED = ("id", "title", "summary", "order")
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArticleInfo:
    """What the Learn list shows for one article."""

    id: str
    title: str
    summary: str
    reading_minutes: int
    order: int
    language: str


@dataclass(frozen=True)
class Article:
    info: ArticleInfo
    body: str  # Markdown without the header; it opens with the title as a level-1 heading


def learn_root() -> Path:
    """The folder holding the articles, one subfolder per language."""
    return asset_path("learn")


def reading_minutes(markdown: str) -> int:
    """Minutes to read at an unhurried 200 words a minute (at least one)."""
    words = len(re.findall(r"\w+(?:['’]\w+)*", markdown))
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def parse_article(text: str, language: str, source: str) -> Article:
    """Read one article file's text.

    Raises:
        ArticleError: The header is missing, incomplete or malformed.
    """
    lines = text.replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != "---":
        raise ArticleError(source, "does not start with a --- header")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise ArticleError(source, "the header is not closed with ---") from None
    fields: dict[str, str] = {}
    for line in lines[1:end]:
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        if not sep or not value.strip():
            raise ArticleError(source, f"header line without a value: {key.strip()[:40]!r}")
        fields[key.strip()] = value.strip()
    missing = [key for key in _REQUIRED if key not in fields]
    if missing:
        raise ArticleError(source, f"header misses {', '.join(missing)}")
    if not _ID.match(fields["id"]):
        raise ArticleError(source, "id must be lower-case letters, digits and dashes")
    if not fields["order"].isdigit():
        raise ArticleError(source, "order must be a whole number")
    body = "\n".join(lines[end + 1 :]).strip() + "\n"
    info = ArticleInfo(
        fields["id"],
        fields["title"],
        fields["summary"],
        reading_minutes(body),
        int(fields["order"]),
        language,
    )
    return Article(info, body)


def _languages(language: str | None) -> list[str]:
    wanted = (language or DEFAULT_LANGUAGE).replace("-", "_")
    found = [wanted, wanted.split("_")[0], DEFAULT_LANGUAGE]
    return [lang for i, lang in enumerate(found) if lang and lang not in found[:i]]


def _read(path: Path, language: str) -> Article:
    if path.stat().st_size > MAX_ARTICLE_BYTES:
        raise ArticleError(path.name, "is too large")
    article = parse_article(path.read_text(encoding="utf-8"), language, path.name)
    if article.info.id != path.stem:
        raise ArticleError(path.name, "id does not match the file name")
    return article


def load_articles(
    language: str | None = None, root: Path | None = None
) -> tuple[list[Article], list[str]]:
    """Every article in ``language`` (English where it has no copy), in reading order.

    Returns:
        The articles, and one line per file that could not be read (those are left out,
        so one broken file never hides the others).
    """
    base = root or learn_root()
    chosen: dict[str, Article] = {}
    problems: list[str] = []
    for lang in _languages(language):
        folder = base / lang
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.md")):
            if path.stem in chosen:
                continue
            try:
                chosen[path.stem] = _read(path, lang)
            except (ArticleError, OSError, UnicodeDecodeError) as exc:
                problems.append(f"{lang}/{path.name}: {exc}")
                _log.error("learn article %s/%s could not be read", lang, path.name)
    found = sorted(chosen.values(), key=lambda a: (a.info.order, a.info.id))
    return found, problems


def articles(language: str | None = None, root: Path | None = None) -> list[ArticleInfo]:
    """The Learn list: title, summary and reading time of each article, in order."""
    return [article.info for article in load_articles(language, root)[0]]


def article(article_id: str, language: str | None = None, root: Path | None = None) -> Article:
    """One article (in ``language`` if it has a copy, else English).

    Raises:
        ArticleError: No such article, or it cannot be read.
    """
    if not isinstance(article_id, str) or not _ID.match(article_id):
        raise ArticleError(str(article_id)[:64], "not an article id")
    base = root or learn_root()
    for lang in _languages(language):
        path = base / lang / f"{article_id}.md"
        if path.is_file():
            try:
                return _read(path, lang)
            except (OSError, UnicodeDecodeError) as exc:
                raise ArticleError(article_id, f"cannot be read ({exc})") from exc
    raise ArticleError(article_id, "no such article")
