"""``companion policy validate FILE`` and the ``--guest`` flag, as an administrator meets them."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from companion import cli


def _validate(path: Path) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = cli.main(["policy", "validate", str(path)])
    return code, out.getvalue()


def test_a_valid_policy_is_ok_and_says_what_is_in_force(tmp_path: Path) -> None:
    path = tmp_path / "policy.json"
    path.write_text(
        json.dumps({"version": 1, "mode": "public", "idle_reset_seconds": 300}), "utf-8"
    )
    code, text = _validate(path)
    assert code == 0
    assert "OK" in text
    assert "public mode" in text
    assert "idle reset after 300 s" in text


def test_a_mistake_names_the_setting_and_what_is_used_instead(tmp_path: Path) -> None:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps({"version": 1, "idle_reset_seconds": "soon"}), "utf-8")
    code, text = _validate(path)
    assert code == 1
    assert "idle_reset_seconds" in text
    assert "in force:" in text


def test_an_unreadable_policy_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "policy.json"
    path.write_text("{ not json", "utf-8")
    code, text = _validate(path)
    assert code == 1
    assert "not valid JSON" in text


def test_guest_reaches_the_app_and_the_self_test(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}

    def fake_run_app(data_dir: str | None, *, guest: bool = False) -> int:
        seen["app"] = (data_dir, guest)
        return 0

    def fake_self_test(data_dir: str | None, out: object, *, guest: bool = False) -> int:
        seen["self_test"] = (data_dir, guest)
        return 0

    import companion.app
    import companion.selftest

    monkeypatch.setattr(companion.app, "run_app", fake_run_app)
    monkeypatch.setattr(companion.selftest, "run_self_test", fake_self_test)
    assert cli.main(["--guest"]) == 0
    assert cli.main(["--self-test", "--guest"]) == 0
    assert seen == {"app": (None, True), "self_test": (None, True)}
