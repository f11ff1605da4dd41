"""A build's progress as the command line shows it: a line redrawn on a terminal, or JSON lines
for the window, which runs `casecref build --progress json` in a process of its own and reads
them back with `parse_line`. No Qt here: the command line uses it without a window.
"""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import dataclass
from typing import TextIO

from database.progress import BuildProgress

STAGE_LABELS = {
    "reading": "Reading",
    "discovering": "Finding names",
    "extracting": "Extracting",
    "writing": "Writing",
    "indexing": "Indexing",
}
REDRAW_EVERY = 0.1  # seconds: a terminal need not be redrawn for every one of 5,000 documents


@dataclass(frozen=True)
class BuildFinished:
    """The last line of a JSON build: what the build warned about and the rows it wrote."""

    warnings: tuple[str, ...]
    totals: dict[str, int]


def describe(step: BuildProgress) -> str:
    """'Extracting 12 of 40' — the words the window and the terminal show for a step."""
    label = STAGE_LABELS.get(step.stage, step.stage.capitalize())
    if step.stage in ("reading", "extracting") and step.total:
        return f"{label} document {step.done} of {step.total}"
    return label


def to_line(step: BuildProgress) -> str:
    return json.dumps({"stage": step.stage, "done": step.done, "total": step.total, "detail": step.detail})


def parse_line(line: str) -> BuildProgress | BuildFinished | None:
    """A line of `build --progress json`; None for anything else (a stray print is not fatal)."""
    try:
        data = json.loads(line)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("stage"), str):
        return None
    if data["stage"] == "done":
        warnings = data.get("warnings") or []
        totals = data.get("totals") or {}
        return BuildFinished(
            tuple(str(item) for item in warnings), {str(k): int(v) for k, v in totals.items()}
        )
    try:
        return BuildProgress(
            data["stage"], int(data["done"]), int(data["total"]), str(data.get("detail", ""))
        )
    except (KeyError, TypeError, ValueError):
        return None


class _JsonProgress:
    """Each step as one JSON line on standard output, flushed so the reader sees it at once."""

    def __enter__(self) -> _JsonProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, step: BuildProgress) -> None:
        print(to_line(step), flush=True)


json_progress = _JsonProgress()


class TerminalProgress:
    """One line on a terminal, redrawn in place (`\\r`) and cleared at the end; silent when the
    stream is not a terminal, so pipes and logs get only the results."""

    def __init__(self, stream: TextIO, *, enabled: bool = True) -> None:
        self.stream = stream
        self.enabled = enabled and stream.isatty()
        self._last_draw = 0.0
        self._last_stage = ""
        self._width = 0

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()

    def update(self, step: BuildProgress) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if step.stage == self._last_stage and now - self._last_draw < REDRAW_EVERY:
            return
        self._last_draw, self._last_stage = now, step.stage
        line = self.render(step, shutil.get_terminal_size((80, 24)).columns - 1)
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = len(line)

    @staticmethod
    def render(step: BuildProgress, width: int) -> str:
        """'Extracting document 12 of 40 [#####.....]  30%  report.txt', cut to `width`."""
        words = describe(step)
        if step.total > 1:
            fraction = step.done / step.total
            bar = "#" * round(20 * fraction)
            words += f" [{bar:.<20}] {fraction:4.0%}"
        if step.detail:
            words += f"  {step.detail}"
        return words[: max(width, 0)]


def terminal_progress(stream: TextIO, *, enabled: bool = True) -> TerminalProgress:
    return TerminalProgress(stream, enabled=enabled)
