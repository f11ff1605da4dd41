"""A large, deterministic corpus made from the bundled documents, for benchmarks.

Each generated document is one of the bundled ones with its title numbered, its years shifted
and its Central Asian countries permuted (seeded by its number), so every stage of the build —
headings, bylines, milestones, entities, events, relations — does its real work on text that
differs from one document to the next while keeping the same layouts.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from database.paths import DOCUMENTS_DIR

ROTATION = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan", "Mongolia", "Azerbaijan"]
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")


def _variant(text: str, number: int) -> str:
    rng = random.Random(number)
    shift = rng.randint(-3, 3)
    text = _YEAR.sub(lambda m: str(int(m.group()) + shift), text)
    mapping = dict(zip(ROTATION, rng.sample(ROTATION, len(ROTATION)), strict=True))
    text = re.sub("|".join(ROTATION), lambda m: mapping[m.group()], text)
    lines = text.split("\n")
    title = next(i for i, line in enumerate(lines) if line.strip() and line.strip() != "Home")
    lines[title] = f"{lines[title].rstrip()} ({number})"
    return "\n".join(lines)


def generate(folder: Path, count: int) -> list[Path]:
    """Write `count` documents into `folder` (made if missing); return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted(DOCUMENTS_DIR.glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in sources]
    paths = []
    for number in range(count):
        base = number % len(sources)
        path = folder / f"{number:05d}_{sources[base].name}"
        path.write_text(_variant(texts[base], number) if number >= len(sources) else texts[base], "utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("benchmarks/out/corpus")
    written = generate(target, int(sys.argv[2]) if len(sys.argv) > 2 else 1000)
    print(
        f"wrote {len(written)} documents, {sum(p.stat().st_size for p in written) / 1e6:.1f} MB to {target}"
    )
