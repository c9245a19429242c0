"""Backups, export, import, merge and journals that travel: the desktop side of issue 9.

Each screen is its own module over the core (``companion.core.transfer`` and the
backup, restore and export operations of ``VaultService``); slow work runs through the
shell's :class:`~companion.ui.shell.ops.Operation`. The app wires them in:

* ``commands.transfer_commands`` — the "More" menu entries of the journal window;
* ``open_file_dialog.OpenFromFileDialog`` — "Open a journal from a file…";
* ``save_copy_dialog.SaveCopyDialog`` — "Save an encrypted copy…" (guest sessions);
* ``damage_dialog.DamageDialog`` — shown when unlocking finds damage.
"""
