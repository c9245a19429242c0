"""Syntax- and sanity-check the GitHub Actions workflows without running them.

Usage::

    python packaging/check_workflow.py [workflow.yml ...]   # default: .github/workflows/*.yml

Needs PyYAML (Debian: python3-yaml; ``packaging/build.py --check-workflow`` finds an
interpreter that has it). Checks, per workflow: it parses; it has ``name``, ``on`` and
``jobs``; every job has ``runs-on`` and ``steps``; every step has exactly one of ``uses``
and ``run``; ``uses`` is pinned to a version; ``${{ matrix.x }}`` names exist in the
job's matrix; every step that runs under bash passes ``bash -n`` (expressions replaced
by a placeholder). PowerShell steps are only checked for balanced braces, since pwsh is
not available here.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
_EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
_MATRIX_REF = re.compile(r"matrix\.([A-Za-z_][\w-]*)")
_RUNNERS = re.compile(r"^(ubuntu|windows|macos)-(latest|\d+(\.\d+)?)(-arm)?$")


def _matrix_keys(job: dict[str, Any]) -> set[str]:
    matrix = (job.get("strategy") or {}).get("matrix") or {}
    if not isinstance(matrix, dict):
        return set()
    keys = {k for k in matrix if k not in ("include", "exclude")}
    for row in matrix.get("include") or []:
        keys |= set(row)
    return keys


def _shell(job: dict[str, Any], step: dict[str, Any], runner: str) -> str:
    default = ((job.get("defaults") or {}).get("run") or {}).get("shell")
    if step.get("shell"):
        return str(step["shell"])
    if default:
        return str(default)
    return "pwsh" if runner.startswith("windows") else "bash"


def check(path: Path) -> list[str]:
    """Every problem found in one workflow file (empty when it is fine)."""
    problems: list[str] = []
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        return [f"{path}: not a mapping"]
    # YAML 1.1 reads the bare key `on` as the boolean True.
    triggers = data.get("on", data.get(True))
    for key, value in (("name", data.get("name")), ("on", triggers), ("jobs", data.get("jobs"))):
        if not value:
            problems.append(f"{path}: missing '{key}'")
    for job_id, job in (data.get("jobs") or {}).items():
        where = f"{path}: job {job_id}"
        runs_on = str(job.get("runs-on", ""))
        keys = _matrix_keys(job)
        for ref in _MATRIX_REF.findall(str(job)):
            if ref not in keys:
                problems.append(f"{where}: matrix.{ref} is not defined")
        if not runs_on:
            problems.append(f"{where}: no runs-on")
        elif "${{" not in runs_on and not _RUNNERS.match(runs_on):
            problems.append(f"{where}: unknown runner {runs_on!r}")
        runners = [runs_on]
        if "${{" in runs_on:
            include = ((job.get("strategy") or {}).get("matrix") or {}).get("include") or []
            runners = [str(row.get("runner", "")) for row in include] or ["ubuntu-latest"]
        steps = job.get("steps")
        if not steps:
            problems.append(f"{where}: no steps")
            continue
        for index, step in enumerate(steps):
            label = f"{where} step {index + 1} ({step.get('name') or step.get('uses')})"
            if ("uses" in step) == ("run" in step):
                problems.append(f"{label}: needs exactly one of 'uses' and 'run'")
            if "uses" in step and "@" not in str(step["uses"]):
                problems.append(f"{label}: 'uses' is not pinned to a version")
            if "run" in step:
                script = _EXPR.sub("PLACEHOLDER", str(step["run"]))
                for runner in runners:
                    shell = _shell(job, step, runner)
                    if shell == "bash":
                        result = subprocess.run(
                            ["bash", "-n"], input=script, capture_output=True, text=True
                        )
                        if result.returncode != 0:
                            problems.append(f"{label}: bash -n: {result.stderr.strip()}")
                    elif shell in ("pwsh", "powershell") and script.count("{") != script.count("}"):
                        problems.append(f"{label}: unbalanced braces in PowerShell")
    return problems


def main(argv: list[str]) -> int:
    """Check the given workflows (default: all of them); print problems; exit 1 if any."""
    paths = [Path(a) for a in argv] or sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    if not paths:
        print("no workflows found", file=sys.stderr)
        return 1
    problems = [p for path in paths for p in check(path)]
    for problem in problems:
        print(problem, file=sys.stderr)
    for path in paths:
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: ", end="")
        print("ok" if not any(p.startswith(str(path)) for p in problems) else "problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
