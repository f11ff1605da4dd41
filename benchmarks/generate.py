"""A large, deterministic corpus made from the bundled documents, for benchmarks.

Each generated document is one of the bundled ones with its title numbered, its years shifted
and its Central Asian countries permuted (seeded by its number), so every stage of the build —
headings, bylines, milestones, entities, events, relations — does its real work on text that
differs from one document to the next while keeping the same layouts.
"""

from __future__ import annotations

import argparse
import random
import re
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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write generated documents for the benchmarks.")
    parser.add_argument("folder", nargs="?", type=Path, default=Path("benchmarks/out/corpus"))
    parser.add_argument("count", nargs="?", type=int, default=1000)
    arguments = parser.parse_args(argv)
    written = generate(arguments.folder, arguments.count)
    megabytes = sum(path.stat().st_size for path in written) / 1e6
    print(f"wrote {len(written)} documents, {megabytes:.1f} MB to {arguments.folder}")


if __name__ == "__main__":
    main()
