"""How far a build has got: what the build reports and the window and command line show.

Its own module so that showing progress never imports the build itself (the extraction
patterns and the gazetteer cost a second at start-up).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

STAGES = ("reading", "discovering", "extracting", "writing", "indexing")
"""The build's stages in order; `BuildProgress.stage` is one of them."""


@dataclass(frozen=True)
class BuildProgress:
    """Where a build is: `done` of `total` steps of `stage` (documents when reading and
    extracting), and the document or table just finished."""

    stage: str
    done: int
    total: int
    detail: str = ""


ProgressCallback = Callable[[BuildProgress], None]
"""Called from the building thread. To stop a build, raise from it: the exception leaves
`build_database` and the previous database is untouched."""
