"""Interleaved rounds and their summaries, shared by the benchmarks that compare variants side by side.

Every variant is measured once per round, in an order that rotates from round to round, so that
all of them see the same background load (2 shared cores); a ratio is taken within each round
(both sides measured moments apart) and the median of those per-round ratios is reported, with
their spread. Figures are medians over the rounds with min..max.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any


def rotations(names: Sequence[str], rounds: int) -> Iterator[list[str]]:
    """The order of each round: ``names`` rotated by one more place every round."""
    for r in range(rounds):
        shift = r % len(names)
        yield [*names[shift:], *names[:shift]]


class FullCollections:
    """``with FullCollections() as full:`` counts the garbage collector's full (generation 2)
    collections in the block, ``full.count``: in a process holding every peer's libraries each
    takes tens of milliseconds, a visible share of a run of a second."""

    def __init__(self) -> None:
        self.count = 0

    def _seen(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "stop" and info["generation"] == 2:
            self.count += 1

    def __enter__(self) -> FullCollections:
        gc.callbacks.append(self._seen)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._seen)


@dataclass
class PerCall:
    """Per-round means of one sync variant, in microseconds per call: wall clock and process CPU
    (all threads of this process, so a client that works on a helper thread pays for it)."""

    wall: list[float]
    cpu: list[float]


def interleave_calls(runners: dict[str, Callable[[], None]], rounds: int, calls: int) -> dict[str, PerCall]:
    """Time sync calls one by one, the variants alternating call by call (in an order that rotates
    each call), ``calls`` per round; returns each variant's per-round mean wall and CPU time.
    Means, not medians, within a round: they keep the garbage-collection cost each caller causes."""
    names = list(runners)
    results = {name: PerCall([], []) for name in names}
    wall_clock, cpu_clock = time.perf_counter, time.process_time
    for _ in range(rounds):
        wall = dict.fromkeys(names, 0.0)
        cpu = dict.fromkeys(names, 0.0)
        for order in rotations(names, calls):
            for name in order:
                fn = runners[name]
                w0, c0 = wall_clock(), cpu_clock()
                fn()
                c1, w1 = cpu_clock(), wall_clock()
                wall[name] += w1 - w0
                cpu[name] += c1 - c0
        for name in names:
            results[name].wall.append(wall[name] / calls * 1e6)
            results[name].cpu.append(cpu[name] / calls * 1e6)
    return results


def figure(values: Sequence[float], digits: int = 0) -> str:
    """``median (min..max)``."""
    return f"{statistics.median(values):,.{digits}f} ({min(values):,.{digits}f}..{max(values):,.{digits}f})"


def round_ratios(numerator: Sequence[float], denominator: Sequence[float]) -> list[float]:
    """The ratio of two variants within each round."""
    return [a / b for a, b in zip(numerator, denominator, strict=True)]


def ratio(ratios: Sequence[float]) -> str:
    """``0.93x (0.90..0.97)``: the median of per-round ratios and their spread."""
    spread = f"({min(ratios):.2f}..{max(ratios):.2f})"
    return f"{statistics.median(ratios):.2f}x {spread:<12}"


def verdict(ratios: Sequence[float], target: float, *, at_most: bool = False) -> str:
    """``0.93x (0.90..0.97) met (target >= 0.9x)``: the median of per-round ratios against a target."""
    value = statistics.median(ratios)
    met = value <= target if at_most else value >= target
    sign = "<=" if at_most else ">="
    return f"{ratio(ratios)} {'met' if met else 'MISSED'} (target {sign} {target}x)"
