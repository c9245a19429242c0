"""Learn: short original articles that work offline and without unlocking.

Import from ``companion.core.learn.articles``: articles(language) -> [ArticleInfo]
(title, summary, reading minutes), article(id, language) -> Article (Markdown body),
load_articles (with the list of unreadable files), learn_root. Errors:
``companion.core.learn.errors.ArticleError``. This package imports neither the vault nor
the journal, so the help panel and the lock screen may use it.
"""
