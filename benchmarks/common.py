"""Shared helpers for the benchmark scripts: one record format, percentiles, RSS."""

from __future__ import annotations

import resource
import statistics
import sys
from dataclasses import asdict, dataclass


@dataclass
class Measurement:
    """One figure, with the baseline it is compared against in the same run.

    ``ratio`` is value / baseline_value (lower is better for times).
    """

    name: str
    value: float
    unit: str
    baseline: str | None = None
    baseline_value: float | None = None
    goal: str | None = None  # e.g. "<= 15 ms" — printed, never asserted

    @property
    def ratio(self) -> float | None:
        if self.baseline_value in (None, 0):
            return None
        return self.value / self.baseline_value  # type: ignore[operator]

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["ratio"] = None if self.ratio is None else round(self.ratio, 3)
        return data

    def line(self) -> str:
        text = f"{self.name:<48} {self.value:>10.3f} {self.unit}"
        if self.baseline_value is not None:
            text += f"   baseline {self.baseline}: {self.baseline_value:.3f} {self.unit}"
            if self.ratio is not None:
                text += f"   ratio {self.ratio:.2f}"
        if self.goal:
            text += f"   (goal {self.goal})"
        return text


def percentile(samples: list[float], pct: float) -> float:
    """The pct-th percentile (0-100) with linear interpolation."""
    if not samples:
        raise ValueError("no samples")
    if len(samples) == 1:
        return samples[0]
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    if pct >= 100:
        return max(samples)
    if pct <= 0:
        return min(samples)
    return cuts[int(pct) - 1]


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
