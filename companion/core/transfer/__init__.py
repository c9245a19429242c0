"""Taking the journal out and bringing entries in: import, export, merge.

Public entry points (all slow ones take ``progress(done, total)`` and ``cancelled()``;
see ``companion.core.vault.progress``):

* ``importing.preview_import`` / ``importing.run_import`` / ``importing.delete_source``;
* ``exporting.export_plaintext`` (JSON, Markdown, Markdown per day, CSV);
* ``merge.merge_journal``;
* ``pdf.journal_document`` (what a PDF of a date range shows);
* ``formats.FORMATS`` (the import formats), ``errors`` (what can go wrong).

The encrypted single-file copy, backups and restore are vault operations
(``VaultService``).
"""
