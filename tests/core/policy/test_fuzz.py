"""The policy parser on untrusted input: only typed results, never an exception."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.policy import (
    KNOWN_KEYS,
    MAX_IDLE_RESET_SECONDS,
    MIN_IDLE_RESET_SECONDS,
    Policy,
    PolicyProblem,
    decode_policy,
    parse_policy,
)
from companion.core.settings import MAX_AUTO_LOCK, MIN_AUTO_LOCK

SOURCE = Path("/nonexistent-companion-test/policies.json")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)

# Documents that use the real keys (random values), so every reader is exercised.
policy_docs = st.dictionaries(
    st.sampled_from(KNOWN_KEYS) | st.text(max_size=12), json_values, max_size=12
)


def _well_formed(policy: Policy, problems: list[PolicyProblem]) -> None:
    assert policy.mode in ("personal", "public")
    assert MIN_IDLE_RESET_SECONDS <= policy.idle_reset_seconds <= MAX_IDLE_RESET_SECONDS
    assert policy.auto_lock_minutes is None or (
        MIN_AUTO_LOCK <= policy.auto_lock_minutes <= MAX_AUTO_LOCK
    )
    assert policy.default_country is None or (
        len(policy.default_country) == 2 and policy.default_country.isupper()
    )
    assert isinstance(policy.allow_plaintext_export, bool)
    assert policy.quick_exit.after in ("quit", "neutral_screen")
    assert isinstance(policy.quick_exit.enabled, bool)
    assert policy.ui_language is None or isinstance(policy.ui_language, str)
    assert policy.local_resources is None or isinstance(policy.local_resources, Path)
    assert policy.source == SOURCE
    assert policy.problems == tuple(problems)
    for problem in problems:
        assert isinstance(problem, PolicyProblem)
        line = str(problem)
        assert "\n" not in line
        assert "\r" not in line
        assert problem.key
        assert problem.message
        assert problem.used


@settings(max_examples=300)
@given(st.binary(max_size=600))
def test_any_bytes(raw: bytes) -> None:
    policy, problems = decode_policy(raw, SOURCE)
    _well_formed(policy, problems)
    if policy.unusable:
        assert policy.public  # a file that cannot be used never gives personal mode


@settings(max_examples=300)
@given(json_values)
def test_any_json_value(doc: object) -> None:
    _well_formed(*parse_policy(doc, SOURCE))


@settings(max_examples=300)
@given(policy_docs)
def test_any_document_with_real_keys(doc: dict[str, object]) -> None:
    policy, problems = parse_policy(doc, SOURCE)
    _well_formed(policy, problems)
    if "mode" in doc and doc["mode"] not in (None, "personal", "public"):
        assert policy.public or str(doc["mode"]).strip().lower() == "personal"


@settings(max_examples=200)
@given(policy_docs)
def test_any_document_through_the_bytes_path(doc: dict[str, object]) -> None:
    raw = json.dumps(doc).encode("utf-8")
    _well_formed(*decode_policy(raw, SOURCE))
