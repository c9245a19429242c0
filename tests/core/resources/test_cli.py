"""`companion resources validate FILE`: exit codes and output lines."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from companion.core.assets import asset_path
from companion.core.resources.cli import validate_command


def _run(path: Path | str) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = validate_command(str(path), out)
    return code, out.getvalue().splitlines()


def test_bundled_directory_is_ok() -> None:
    code, lines = _run(asset_path("resources", "directory.json"))
    assert code == 0
    assert len(lines) == 1
    count = len(json.loads(asset_path("resources", "directory.json").read_bytes())["services"])
    assert f"OK — directory with {count} services in 240 countries plus international" in lines[0]


def test_a_number_that_is_not_real_for_its_country_is_a_problem(tmp_path: Path) -> None:
    services = [
        # A UK mobile number one digit short, and a short code no source lists for Ireland.
        {"id": "a", "country": "GB", "name": "A", "category": "peer-support",
         "phones": [{"display": "07700 90012", "dial": "0770090012"}]},
        {"id": "b", "country": "IE", "name": "B", "category": "peer-support",
         "phones": [{"display": "4747", "dial": "4747"}]},
        # Valid: a UK freephone number, Samaritans' 116 123, and Georgia's 116 123 (allow-list).
        {"id": "c", "country": "GB", "name": "C", "category": "crisis-line",
         "phones": [{"display": "0800 068 4141", "dial": "08000684141"},
                    {"display": "116 123", "dial": "116123"}]},
        {"id": "d", "country": "GE", "name": "D", "category": "crisis-line",
         "phones": [{"display": "116 123", "dial": "116123"}]},
    ]  # fmt: skip
    path = tmp_path / "pack.json"
    pack = {"format": "companion-resources", "version": 1, "services": services}
    path.write_text(json.dumps(pack), encoding="utf-8")
    code, lines = _run(path)
    assert code == 1
    assert [line.split(": ", 2)[1] for line in lines[:-1]] == ["services[0] (a)", "services[1] (b)"]
    assert "0770090012 is not a valid number or short code for GB" in lines[0]
    assert "short-code allow-list" in lines[1]


def test_pack_ok_line(tmp_path: Path) -> None:
    pack = {
        "format": "companion-resources",
        "version": 1,
        "pack": {"organisation": "Library"},
        "services": [{"id": "a", "country": "IE", "name": "A", "category": "peer-support"}],
    }
    path = tmp_path / "pack.json"
    path.write_text(json.dumps(pack), encoding="utf-8")
    assert _run(path) == (0, [f"{path}: OK — resource pack with 1 services in 1 countries"])


def test_problems_one_per_line(tmp_path: Path) -> None:
    doc = {
        "format": "companion-resources",
        "version": 1,
        "services": [
            {"id": "a", "country": "IE", "name": "A", "category": "peer-support"},
            {
                "id": "b",
                "country": "ie",
                "name": "B",
                "category": "peer-support",
                "website": "javascript:x",
            },
        ],
    }
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    code, lines = _run(path)
    assert code == 1
    assert lines == [
        f'{path}: services[1] (b): country: must be an ISO 3166-1 alpha-2 code such as "GB", or "INTL"',  # noqa: E501
        f"{path}: services[1] (b): website: must be an http(s) address with a host",
        f"{path}: 2 problem(s)",
    ]


def test_invalid_json(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": ', encoding="utf-8")
    code, lines = _run(path)
    assert code == 1
    assert lines == [f"{path}: not valid JSON (line 1, column 12: Expecting value)"]


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"name": "caf\xe9"}')
    code, lines = _run(path)
    assert code == 1
    assert len(lines) == 1
    assert "not UTF-8 text" in lines[0]


def test_unreadable_file(tmp_path: Path) -> None:
    code, lines = _run(tmp_path / "missing.json")
    assert code == 1
    assert len(lines) == 1
    assert "cannot be read" in lines[0]


def test_directory_instead_of_file(tmp_path: Path) -> None:
    code, lines = _run(tmp_path)
    assert code == 1
    assert "cannot be read" in lines[0]


def test_through_the_real_command_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("[]", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "companion", "resources", "validate", str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{path}: document: must be a JSON object",
        f"{path}: 1 problem(s)",
    ]
