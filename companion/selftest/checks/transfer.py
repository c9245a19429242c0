"""Self-test checks for backups, restore, damage, import, export and merge.

Everything happens in this module's own scratch folder with small Argon2id costs (the
journal checks already prove the calibrated key derivation); the files are removed with
the rest of the self-test's scratch space.
"""

from __future__ import annotations

import json

from companion.selftest.framework import SelfTest, expect

ORDER = 15
PASSPHRASE = "self-test: copper fern lantern 8"
DAYLIO = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    '2024-03-02,March 2,Saturday,20:15,rad,"friends | music","Concert","Loud and happy."\n'
    '2024-03-01,March 1,Friday,8:05 am,so so,"work","",""\n'
)


def run(test: SelfTest) -> None:
    """Backup, damage, restore, import, export and merge on throwaway journals."""
    from companion.core.clock import SystemClock
    from companion.core.features import FEATURE_SCHEMAS
    from companion.core.journal import Journal
    from companion.core.journal.models import EntryDraft
    from companion.core.transfer.exporting import ExportFormat, export_plaintext
    from companion.core.transfer.importing import preview_import, run_import
    from companion.core.transfer.merge import merge_journal
    from companion.core.vault.errors import DatabaseDamaged
    from companion.core.vault.service import VaultService

    root = test.scratch("transfer")
    clock = SystemClock()
    service = VaultService.fast_for_tests(FEATURE_SCHEMAS, clock)
    home, other = root / "home", root / "other"

    def backup_and_restore() -> None:
        vault, _code = service.create(home, PASSPHRASE)
        Journal(vault.connection, clock).create(EntryDraft(text="kept by the backup"))
        info = service.backup(vault)
        vault.lock()
        expect(info.entries == 1, "the backup's manifest does not count the entry")
        expect(service.check_backup(info, PASSPHRASE) == [], "the backup did not verify")
        (home / "journal.db").write_bytes(b"")
        try:
            service.unlock(home, PASSPHRASE).lock()
        except DatabaseDamaged:
            pass
        else:
            raise AssertionError("a cut-off journal opened")
        offered = service.newest_good_backup(home, PASSPHRASE)
        expect(offered == info, "the good backup was not offered")
        result = service.restore(home, info)
        expect(result.kept_aside is not None, "the damaged files were not kept aside")
        with service.unlock(home, PASSPHRASE) as restored:
            expect(Journal(restored.connection, clock).count() == 1, "restore lost the entry")

    def import_twice() -> None:
        source = root / "daylio.csv"
        source.write_text(DAYLIO, encoding="utf-8")
        with service.unlock(home, PASSPHRASE) as vault:
            preview = preview_import(vault.connection, source, mood_map={"so so": 3})
            expect(preview.new == 2, f"the preview found {preview.new} new entries")
            expect(preview.mood_map == {"rad": 5, "so so": 3}, "the mood mapping is wrong")
            expect(run_import(vault, preview).added == 2, "the import did not add 2 entries")
            again = preview_import(vault.connection, source)
            expect(again.new == 0, "importing the same file twice would add entries")
        source.unlink()

    def json_round_trip() -> None:
        first, second = root / "first.json", root / "second.json"
        with service.unlock(home, PASSPHRASE) as vault:
            export_plaintext(vault.connection, first, ExportFormat.JSON, confirm_plaintext=True)
        vault2, _code = service.create(other, PASSPHRASE)
        try:
            run_import(vault2, preview_import(vault2.connection, first))
            export_plaintext(vault2.connection, second, ExportFormat.JSON, confirm_plaintext=True)
        finally:
            vault2.lock()
        entries = [json.loads(p.read_text(encoding="utf-8"))["entries"] for p in (first, second)]
        expect(entries[0] == entries[1], "export, import, export changed the entries")
        expect(len(entries[0]) == 3, "the JSON export does not hold every entry")
        first.unlink()
        second.unlink()

    def encrypted_copy_and_merge() -> None:
        carried = root / "carried.companion"
        with service.unlock(other, PASSPHRASE) as vault:
            Journal(vault.connection, clock).create(
                EntryDraft(text="written on the other computer")
            )
            service.export_encrypted(vault, carried)
        expect(b"other computer" not in carried.read_bytes(), "the encrypted copy is readable")
        with service.unlock(home, PASSPHRASE) as vault:
            report = merge_journal(vault, carried, PASSPHRASE, schemas=FEATURE_SCHEMAS)
            expect(report.added == 1, f"merge added {report.added}, expected 1")
            expect(report.identical == 3, f"merge found {report.identical} identical, expected 3")
            again = merge_journal(vault, carried, PASSPHRASE, schemas=FEATURE_SCHEMAS)
            expect(again.added == 0, "merging the same copy twice added entries")
        report_check = service.check(home, PASSPHRASE)
        expect(report_check.healthy, f"check found problems: {report_check.problems}")

    test.check(
        "vault: verified backup; a cut-off journal is refused and restored", backup_and_restore
    )
    test.check("transfer: import a Daylio CSV with a preview; twice adds nothing", import_twice)
    test.check("transfer: JSON export, import, export gives the same entries", json_round_trip)
    test.check(
        "transfer: encrypted copy, merged by id; check writes nothing", encrypted_copy_and_merge
    )
