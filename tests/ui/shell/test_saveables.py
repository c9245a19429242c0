"""The save registry: every editor with unsaved text saves through one call."""

from __future__ import annotations

import logging

import pytest

from companion.ui.shell.saveables import SaveRegistry


def test_save_all_calls_every_saver_in_order_and_reports_the_outcome() -> None:
    registry = SaveRegistry()
    calls: list[str] = []
    registry.register("editor", lambda: calls.append("editor") or True)
    registry.register("plan", lambda: calls.append("plan") or True)
    assert registry.save_all() is True
    assert calls == ["editor", "plan"]
    assert registry.names() == ["editor", "plan"]


def test_one_failing_saver_does_not_stop_the_others(caplog: pytest.LogCaptureFixture) -> None:
    registry = SaveRegistry()
    calls: list[str] = []

    def broken() -> bool:
        raise ValueError("the text CANARY-1234 must not reach the log")

    registry.register("broken", broken)
    registry.register("full disk", lambda: calls.append("full") and False)
    registry.register("fine", lambda: calls.append("fine") or True)
    with caplog.at_level(logging.ERROR):
        assert registry.save_all() is False
    assert calls == ["full", "fine"]
    assert "ValueError" in caplog.text
    assert "CANARY" not in caplog.text


def test_unregistered_savers_are_not_called() -> None:
    registry = SaveRegistry()
    calls: list[str] = []
    handle = registry.register("editor", lambda: calls.append("editor") or True)
    registry.unregister(handle)
    registry.unregister(handle)  # twice is harmless
    assert registry.save_all() is True
    assert calls == []
