"""Results that remember which set lookups they were computed from.

Part of discovery reads one document's text against sets that belong to the whole corpus (the
names known so far, the words the documents write in lower case). Such a result is reused in a
later build only while every lookup it made still gets the same answer, which makes the reuse
exact rather than hopeful: the same text and the same answers give the same result.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


class Probe:
    """A read-only view of a set that notes every key it is asked about, with the answer."""

    def __init__(self, keys: Container[str]) -> None:
        self._keys = keys
        self.asked: dict[str, bool] = {}

    def __contains__(self, key: object) -> bool:
        answer = key in self._keys
        if isinstance(key, str):
            self.asked[key] = answer
        return answer


@dataclass(frozen=True)
class Recorded(Generic[T]):
    """`value`, computed from a text and the answers in `asked` (one dict per set consulted)."""

    value: tuple[T, ...]
    asked: tuple[dict[str, bool], ...]

    def holds_for(self, sets: Sequence[Container[str]]) -> bool:
        """Whether every recorded lookup gets the same answer from `sets` (in the same order)."""
        if len(sets) != len(self.asked):
            return False
        return all(
            (key in keys) == answer
            for keys, asked in zip(sets, self.asked, strict=True)
            for key, answer in asked.items()
        )


def recorded(
    compute: Callable[..., tuple[T, ...]], sets: Sequence[Container[str]], previous: Recorded[T] | None
) -> Recorded[T]:
    """`previous` when it still holds for `sets`; otherwise `compute(*probes)` run afresh."""
    if previous is not None and previous.holds_for(sets):
        return previous
    probes = [Probe(keys) for keys in sets]
    value = compute(*probes)
    return Recorded(value, tuple(probe.asked for probe in probes))
