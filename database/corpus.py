"""Plain-text documents -> `Document`: title, byline, dates, sections, milestones.

The corpus is loose plain text copied from web pages and reports: a title line (sometimes
after a breadcrumb such as "Home"), an optional "Last updated" line and "By ..." byline,
paragraphs, short heading lines (some behind a bullet, some indented), bullet lists, run-in
headings ("Development of Partnership Relations. In order to ..."), and milestone lists (a
year alone on a line, then that year's events). Every offset refers to the normalised text
kept in `Document.text`, so any passage can be cited and highlighted later.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from database.capitals import in_capitals, lowered
from database.columns import read_columns
from database.dates import find_dates, parse_date
from database.markup import source_read
from database.pages import unpaginate
from database.places import city_key, world_cities
from database.wrapping import COLUMN_GAPS, LATEX_ROW, wraps_on

MAX_HEADING_CHARS = 90
MAX_HEADING_WORDS = 12

_SPACE_LIKE = re.compile("[\u00a0\u2007\u202f\u2002\u2003\u2009\u3000\t]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_BULLET = re.compile(r"^([•·◦▪▸‣∙*–-])\s+")
_ATX_MARKS = re.compile(r"#{1,6}[ \t]+")
_ATX_CLOSING = re.compile(r"(?:[ \t]+#+)?")  # '## Title ##': the closing marks, not the spaces after them
_ATX_HEADING = re.compile(r"(?P<marks>#{1,6})[ \t]+(?P<title>[^#\n]*?[^#\s])[ \t]*#*")
_YEAR_LINE = re.compile(r"^(1[89][0-9]{2}|20[0-9]{2})$")
_YEAR_LED_LINE = re.compile(r"^(1[89][0-9]{2}|20[0-9]{2})\s*(?:[–—:]|-{1,2})\s+\S")
_NUMBERED_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]")
_LAST_UPDATED = re.compile(r"^(?:page\s+)?(?:last\s+updated|updated|last\s+modified)\s*:?\s*(.+)$", re.I)
_PUBLISHED = re.compile(r"^(?:published|date|posted)\s*:?\s*(.+)$", re.I)
# "Issue 212, published Monday 7 April 2025, covering …": a front-matter line that says when.
_PUBLISHED_WITHIN = re.compile(
    r"\b(?:published|posted|issued)\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?=\d|[A-Z])",
    re.I,
)
_BYLINE = re.compile(r"^[Bb]y\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})$")
_BREADCRUMB_WORDS = {"home", "main", "menu", "skip to content", "back", "print", "share"}
_BREADCRUMB_SEPARATOR = re.compile(r"\s(?:>|›|»|/|\|)\s")
_RUN_IN_HEADING = re.compile(r"^([A-Z][\w’'-]*(?:[ -][\w’'-]+){0,7})\.\s+(?=[A-Z“\"])")
_SMALL_WORDS = {"of", "and", "the", "for", "in", "on", "to", "a", "an", "with", "by", "at", "or"}
_TERMINAL_PUNCTUATION = tuple(".,;:!?…)\"”’'")


_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .'’-]{1,30})?)\s*[,(]\s*(?P<date>[^()—–]{5,30}?)\s*"
    r"(?:\)\s*)?(?:\([^()]{1,40}\)\s*)?[—–]|^(?P<place2>[A-Z]{3,}[A-Z ]*)\s*[—–]"
)
# A letterhead's place and date line, 'Astana, 18 September 2026', among a document's first lines.
_PLACE_DATE_LINE = re.compile(
    r"^(?P<place>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){0,2}),\s+(?P<date>\S.{4,30})$"
)
_PLACE_DATE_WITHIN = 8
MAX_TITLE_CHARS = 160
# A line of two or more sentences ('Unofficial translation. Published by …') is prose even as a title.
_PROSE_LINE = re.compile(r"^[A-Z][^.!?]{3,}[.!?]\s+[A-Z].*[.!?]$")
# 'Seat: Osh, Kyrgyzstan': a short lower-case label, a colon, a value.
_FIELD_LINE = re.compile(r"^[A-Z][\w’'.()-]*(?: [\w’'.()-]+){0,5}: \S")
_LABELLED_VALUE = re.compile(r"^[A-Z][\w ’'/-]{0,40}:\s+\S")
_TABLE_LINE = re.compile(rf"\.{{4,}}|…{{2,}}|\s\|\s|^\||\t|{LATEX_ROW}")
# 'Rustam Yuldashev — Secretary General — 100 — 801': fields of a row between spaced dashes.
_DASHED_FIELDS = re.compile(r"\s[—–]\s.*\s[—–]\s")
_COLUMN_GAPS = re.compile(COLUMN_GAPS)


def _letterhead_date(lines: list[_Line], index: int) -> str | None:
    """'Astana, 18 September 2026' under a letterhead: a city and a full date, the only such line
    near the top. 'Aidar Bekov, 12 May 1975' in a register is a birth date, and a list of
    'Dushanbe, 15 June 2021' venues or 'Interfax, 2 March 2019' sources says when others wrote."""
    placed = _PLACE_DATE_LINE.match(lines[index].content)
    if placed is None or city_key(placed.group("place")) not in world_cities():
        return None
    dated = parse_date(placed.group("date"))
    if not dated or dated[0].day is None:
        return None
    others = (line for number, line in enumerate(lines[:_PLACE_DATE_WITHIN]) if number != index)
    if any(
        (other := _PLACE_DATE_LINE.match(line.content)) and parse_date(other.group("date")) for line in others
    ):
        return None
    return dated[0].iso


def is_prose_line(content: str) -> bool:
    """Two or more sentences on one line: a translator's or publisher's note kept as the title
    is still prose, where title case means names."""
    return bool(_PROSE_LINE.match(content))


# A reStructuredText explicit markup line ('.. _label:', '.. |CSTO| replace:: …') or a rule of
# one repeated mark (a title's overline): never a title.
RULE_LINE = r"([=~^\"'`#*+_-])\1{2,}"
"""A line of one mark repeated: a title's overline or underline, a rule."""
_NO_TITLE = re.compile(rf"\.\.(?:\s|$)|{RULE_LINE}\s*$")


def _is_title(content: str) -> bool:
    """A first line is the title unless it is a paragraph: a dateline, or long running prose."""
    if _DATELINE.match(content):
        return False
    return len(content) <= MAX_TITLE_CHARS


class DocumentError(Exception):
    """A file that cannot be read as a document (binary, empty, unreadable)."""


@dataclass(frozen=True)
class Section:
    """A stretch of a document under one heading; `start`/`end` are offsets in the text."""

    ordinal: int
    heading: str
    level: int
    path: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True)
class Milestone:
    """One event line of a milestone list, under the year line that precedes it."""

    year: int
    text: str
    start: int
    end: int
    section_ordinal: int


@dataclass(frozen=True)
class Document:
    source: str
    title: str
    author: str | None
    published: str | None
    updated: str | None
    text: str
    sha256: str
    encoding: str
    sections: tuple[Section, ...]
    milestones: tuple[Milestone, ...]

    def section_at(self, offset: int) -> Section:
        """Return the section holding `offset` (the last one that starts at or before it)."""
        return _section_for(self.sections, offset)

    def heading_spans(self) -> list[tuple[int, int]]:
        """(start, end) of the title line and of every heading as the text writes them."""
        spans = []
        for section in self.sections:
            end = heading_line_end(self.text, section.start, section.heading)
            if end is not None:
                spans.append((section.start, end))
        title_at = self.text.find(self.title) if self.title else -1
        if title_at >= 0:
            spans.append((title_at, title_at + len(self.title)))
        return sorted(set(spans))


def normalise_text(text: str) -> str:
    """Unify line ends and space-like characters; drop invisible ones; compose accents (NFC); take
    out what a page layout adds (two columns side by side: `columns.read_columns`; running heads,
    words broken at line ends: `pages.unpaginate`)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", _SPACE_LIKE.sub(" ", text))
    return unpaginate(read_columns(unicodedata.normalize("NFC", text)))


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a document's bytes; return (text, encoding name).

    A byte-order mark decides (UTF-8, UTF-16, UTF-32), then valid UTF-8 is UTF-8. Anything else
    is a guess, which the build reports by this name: a Cyrillic code page (cp1251 or koi8-r)
    when whole words are made of high bytes, as in Russian; cp1252 when bytes 0x80-0x9F occur
    (curly quotes and dashes, control characters in Latin-1) and cp1252 defines them all; else
    Latin-1, which decodes any byte and equals cp1252 on text without those bytes.
    """
    if not data.strip():
        raise DocumentError("empty file")
    for marks, codec in ((_UTF32_MARKS, "utf-32"), (_UTF16_MARKS, "utf-16")):
        if data.startswith(marks):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as error:
                raise DocumentError(f"invalid {codec.upper()}: {error.reason}") from error
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    sample = data[:65536]
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    if b"\x00" in sample or controls > len(sample) * 0.05:
        raise DocumentError("binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_cyrillic(sample):
        return _decode_cyrillic(data)
    if _WINDOWS_ONLY_BYTES.search(data):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1"), "latin-1"


_UTF32_MARKS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")
_WINDOWS_ONLY_BYTES = re.compile(rb"[\x80-\x9f]")
_BYTE_WORD = re.compile(rb"[A-Za-z\xc0-\xff]+")


def _looks_cyrillic(sample: bytes) -> bool:
    """In cp1251 and koi8-r every Cyrillic letter but ё is a byte 0xC0-0xFF, so a Russian word
    is high bytes from end to end; Western text puts an accented letter among ASCII ones
    ("café", "Türkiye"). Cyrillic when most words holding a high letter are wholly high."""
    with_high = [word for word in _BYTE_WORD.findall(sample) if max(word) >= 0xC0]
    wholly_high = sum(1 for word in with_high if len(word) >= 2 and min(word) >= 0xC0)
    return bool(with_high) and wholly_high * 2 >= len(with_high)


def _decode_cyrillic(data: bytes) -> tuple[str, str]:
    """cp1251 or koi8-r: the two code pages swap upper and lower case (cp1251 has а-я at
    0xE0-0xFF, koi8-r has А-Я there), and running text is mostly lower case."""
    candidates = []
    for codec in ("cp1251", "koi8-r"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:  # cp1251 leaves 0x98 undefined; koi8-r defines every byte.
            continue
        cyrillic = [char for char in text if "\u0400" <= char <= "\u04ff"]
        lower = sum(1 for char in cyrillic if char.islower())
        candidates.append((lower * 2 - len(cyrillic), codec == "cp1251", text, codec))
    _, _, text, codec = max(candidates)
    return text, codec


def read_document(path: Path) -> Document:
    """Read and parse one file; raise DocumentError when it is not a usable text document."""
    return document_from_bytes(read_bytes(path), source=path.name)


def read_bytes(path: Path) -> bytes:
    """A file's bytes; raise DocumentError when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as error:
        raise DocumentError(error.strerror or str(error)) from error


def document_from_bytes(data: bytes, *, source: str) -> Document:
    """Decode and parse a document's bytes; raise DocumentError when they are not usable text."""
    text, encoding = decode_bytes(data)
    return parse_document(text, source=source, encoding=encoding)


@dataclass
class _Line:
    start: int
    end: int
    raw: str
    indent: int
    bullet: bool
    content: str


def _lines(text: str) -> list[_Line]:
    lines = []
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        bullet_match = _BULLET.match(stripped)
        content = stripped[bullet_match.end() :].strip() if bullet_match else stripped
        content_start = offset + raw.find(content) if content else offset
        lines.append(
            _Line(
                start=content_start,
                end=content_start + len(content),
                raw=raw,
                indent=len(raw) - len(raw.lstrip(" ")),
                bullet=bool(bullet_match),
                content=content,
            )
        )
        offset += len(raw) + 1
    return lines


def _is_breadcrumb(content: str) -> bool:
    lowered = content.lower()
    return lowered in _BREADCRUMB_WORDS or (
        len(content) < 120
        and bool(_BREADCRUMB_SEPARATOR.search(content))
        and lowered.split()[0] in _BREADCRUMB_WORDS
    )


def looks_like_heading(content: str) -> bool:
    """A short line that starts like a title and does not end like a sentence."""
    if not content or len(content) > MAX_HEADING_CHARS:
        return False
    if len(content.split()) > MAX_HEADING_WORDS or content.endswith(_TERMINAL_PUNCTUATION):
        return False
    first = content[0]
    if not (first.isupper() or first.isdigit()) or not any(char.isalpha() for char in content):
        return False
    if _TABLE_LINE.search(content) or _DASHED_FIELDS.search(content):
        return False
    return parse_date(content) is None


def _run_in_heading(content: str) -> str | None:
    """'Development of Partnership Relations. In order to ...' -> the title-case lead-in."""
    match = _RUN_IN_HEADING.match(content)
    if not match:
        return None
    words = re.split(r"[ -]", match.group(1))
    significant = [word for word in words if word.lower() not in _SMALL_WORDS]
    if len(words) < 2 or len(significant) < 2:
        return None
    if all(word[:1].isupper() for word in significant):
        return match.group(1)
    return None


def parse_document(text: str, *, source: str, encoding: str = "utf-8") -> Document:
    """Parse normalised-or-raw text into a Document (the text is normalised first)."""
    raw_sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    text = normalise_text(text)
    read = source_read(text)  # the lines as read: a heading '|CSTO|' over its underline is one
    capitals = in_capitals(read)
    if capitals:  # a wire in capitals throughout: its capitals mark no heading (its title stays)
        title_end = len(read) - len(read.lstrip()) + len((read.lstrip().splitlines() or [""])[0])
        read = read[:title_end] + lowered(read[title_end:])
    lines = _lines(read)
    layout = _Layout()
    for index, line in enumerate(lines):
        if line.content and not layout.read_front_matter(index, line):
            layout.read_body_line(lines, index)
    if capitals:
        layout.headings = [
            (start, text[start : start + len(heading)], level) for start, heading, level in layout.headings
        ]

    intro_start = next(
        (line.start for index, line in enumerate(lines) if line.content and index not in layout.consumed),
        len(text),
    )
    sections = _build_sections(text, layout.title or source, layout.headings, intro_start)
    document_sections = tuple(sections)
    milestones = []
    for year, line in layout.milestone_lines:
        section = _section_for(document_sections, line.start)
        content = text[line.start : line.end] if capitals else line.content
        milestones.append(Milestone(year, content, line.start, line.end, section.ordinal))
    return Document(
        source=source,
        title=layout.title or Path(source).stem,
        author=layout.author,
        published=layout.published,
        updated=layout.updated,
        text=text,
        sha256=raw_sha,
        encoding=encoding,
        sections=document_sections,
        milestones=tuple(milestones),
    )


@dataclass
class _Layout:
    """What a line-by-line reading of a document has found so far: its front matter (title,
    byline, dates), its headings and its milestone lines, and which lines they used up."""

    title: str = ""
    title_line: _Line | None = None
    author: str | None = None
    published: str | None = None
    updated: str | None = None
    # (line start offset, heading text, level); a run-in heading has its own start.
    headings: list[tuple[int, str, int]] = field(default_factory=list)
    milestone_lines: list[tuple[int, _Line]] = field(default_factory=list)
    current_year: int | None = None
    year_indent: int = 0
    consumed: set[int] = field(default_factory=set)

    def read_front_matter(self, index: int, line: _Line) -> bool:
        """Take a breadcrumb, date, byline or title line; True when the line is used up."""
        content = line.content
        if self.title_line is None and _is_breadcrumb(content):
            self.consumed.add(index)
            return True
        if match := _LAST_UPDATED.match(content):
            parsed = parse_date(match.group(1))
            if parsed:
                date, time = parsed
                self.updated = date.iso + (f"T{time}" if time else "")
                self.consumed.add(index)
                return True
        if self.author is None and (match := _BYLINE.match(content)):
            self.author = match.group(1)
            self.consumed.add(index)
            return True
        if match := _PUBLISHED.match(content):
            parsed = parse_date(match.group(1))
            if parsed:
                self.published = parsed[0].iso
                self.consumed.add(index)
                return True
        if self.published is None and len(content) <= 160 and (within := _PUBLISHED_WITHIN.search(content)):
            dates = find_dates(content[within.end() :])
            if dates and dates[0].start == 0 and dates[0].date.day is not None:
                self.published = dates[0].date.iso
                self.consumed.add(index)
                return True
        if self.title_line is None and (dateline := _DATELINE.match(content)):
            parsed = parse_date(dateline.group("date") or "")
            if parsed and self.published is None:
                self.published = parsed[0].iso
        if self.title_line is None and _NO_TITLE.match(content):
            self.consumed.add(index)  # markup before the title: '.. _label:', a title's overline
            return True
        if self.title_line is None:
            if _is_title(content):
                atx = _ATX_HEADING.fullmatch(content)  # '# Steppe Notes': the title is 'Steppe Notes'
                self.title, self.title_line = (atx.group("title") if atx else content), line
                self.consumed.add(index)
                return True
            self.title_line = line
            self.title = ""
        return False

    def read_body_line(self, lines: list[_Line], index: int) -> None:
        """Take a standalone date, a year line or its milestones, or a heading."""
        line = lines[index]
        content = line.content
        standalone_date = parse_date(content)
        if standalone_date and standalone_date[0].day is not None:
            if not line.bullet:  # a list's or table's cell ('- 19 April 2011') dates what it lists
                self.published = self.published or standalone_date[0].iso
            self.consumed.add(index)
            return
        if (
            self.published is None
            and index < _PLACE_DATE_WITHIN
            and (dated := _letterhead_date(lines, index))
        ):
            self.published = dated
            return
        if year_led := _YEAR_LED_LINE.match(content):
            self.milestone_lines.append((int(year_led.group(1)), line))
            self.current_year = None
            return
        if _YEAR_LINE.match(content):
            self.current_year, self.year_indent = int(content), line.indent
            self.consumed.add(index)
            return
        if (
            self.current_year is not None
            and line.indent >= self.year_indent
            and not line.bullet
            and not _ends_milestones(lines, index)
        ):
            self.milestone_lines.append((self.current_year, line))
            return
        self.current_year = None
        atx = _ATX_HEADING.fullmatch(content)
        if atx and not line.bullet and _stands_apart(lines, index) and looks_like_heading(atx.group("title")):
            # A Markdown heading ('## Who is in', set apart by blank lines) heads a section of its level.
            self.headings.append((line.start, atx.group("title"), len(atx.group("marks"))))
            self.consumed.add(index)
            return
        if (
            looks_like_heading(content)
            and not (line.bullet and _LABELLED_VALUE.match(content))  # '- MEMBERS: A, B' is an item
            and _next_content(lines, index) is not None
            and not _in_field_block(lines, index)
            and not _in_comma_list(lines, index)
            and not _in_wrapped_paragraph(lines, index)
            and not _fixed_width_row(lines, index)
        ):
            level = 1 if line.indent == 0 or line.bullet else 2
            self.headings.append((line.start, content, level))
            self.consumed.add(index)
            return
        if lead_in := _run_in_heading(content):
            self.headings.append((line.start, lead_in, 1))


def heading_line_end(text: str, start: int, heading: str) -> int | None:
    """Where the heading `heading` written at `start` ends, as a line of its own or behind a
    Markdown heading's marks ('## Who is in'); None when the text there does not write it."""
    marks = _ATX_MARKS.match(text, start)
    title_start = marks.end() if marks else start
    if not heading or not text.startswith(heading, title_start):
        return None
    closing = _ATX_CLOSING.match(text, title_start + len(heading)) if marks else None
    return closing.end() if closing else title_start + len(heading)


def _stands_apart(lines: list[_Line], index: int) -> bool:
    """A blank line (or the text's edge) on either side: a heading, not a comment of a block."""
    before = lines[index - 1].content if index else ""
    after = lines[index + 1].content if index + 1 < len(lines) else ""
    return not before and not after and _next_content(lines, index) is not None


def _ends_milestones(lines: list[_Line], index: int) -> bool:
    """A heading after a milestone list: numbered ('3. Outlook'), or a short title line
    followed by prose rather than by another year."""
    content = lines[index].content
    if not looks_like_heading(content):
        return False
    if _NUMBERED_HEADING.match(content):
        return True
    following = _next_content(lines, index)
    return (
        following is not None
        and not _YEAR_LINE.match(following.content)
        and following.content.endswith(".")
        and len(following.content) > 80
    )


def _in_field_block(lines: list[_Line], index: int) -> bool:
    """A 'Key: value' line right beside another one is a field of a fact sheet or a form, not a
    heading: 'Born: 1961, Osh' next to 'Post: Governor' is text to read."""
    if not _FIELD_LINE.match(lines[index].content):
        return False
    neighbours = lines[max(0, index - 1) : index] + lines[index + 1 : index + 2]  # no blank line between
    return any(_FIELD_LINE.match(line.content) for line in neighbours)


def _in_comma_list(lines: list[_Line], index: int) -> bool:
    """'Dilnoza Yusupova, Tashkent International Studies Centre' over 'Ruslan Bekturov, Khorog
    Policy Centre': lines of 'name, affiliation' one under another are a list, not headings."""
    if ", " not in lines[index].content:
        return False
    neighbours = lines[max(0, index - 1) : index] + lines[index + 1 : index + 2]  # no blank line between
    return any(", " in line.content and looks_like_heading(line.content) for line in neighbours)


def _in_wrapped_paragraph(lines: list[_Line], index: int) -> bool:
    """A line a hard-wrapped paragraph broke, or one that wraps on into the next: no heading."""
    before = lines[index - 1] if index else None
    after = lines[index + 1] if index + 1 < len(lines) else None
    return bool(
        (before is not None and before.content and wraps_on(before.raw, lines[index].raw))
        or (after is not None and after.content and wraps_on(lines[index].raw, after.raw))
    )


def _fixed_width_row(lines: list[_Line], index: int) -> bool:
    """A row of a fixed-width report ('Kazakhstan   Collective Security Treaty Organization  F'),
    its columns spaced apart, is no heading, unless the line under it goes on in a cell further
    in: then the row heads what its cell says ('Feb 2024  Armenia   Prime Minister …' over
    '                 frozen its participation …')."""
    if not _COLUMN_GAPS.search(lines[index].content):
        return False
    following = lines[index + 1] if index + 1 < len(lines) else None
    return following is None or not following.content or following.indent <= lines[index].indent


def _next_content(lines: list[_Line], index: int) -> _Line | None:
    for line in lines[index + 1 :]:
        if line.content:
            return line
    return None


def _build_sections(
    text: str, title: str, headings: list[tuple[int, str, int]], intro_start: int
) -> list[Section]:
    """Cut the text at each heading; a heading repeated right under itself is folded away."""
    cleaned: list[tuple[int, str, int]] = []
    for start, heading, level in headings:
        if cleaned and cleaned[-1][1] == heading and cleaned[-1][2] < level:
            continue
        cleaned.append((start, heading, level))
    # A heading with no body of its own, followed by another heading, is the next one's parent.
    adjusted: list[tuple[int, str, int]] = []
    for start, heading, level in cleaned:
        if adjusted:
            previous_start, previous_heading, previous_level = adjusted[-1]
            title_end = heading_line_end(text, previous_start, previous_heading)
            body = text[
                previous_start + len(previous_heading) if title_end is None else title_end : start
            ].strip()
            if not body and previous_level >= level:
                level = previous_level + 1
        adjusted.append((start, heading, level))

    sections = []
    boundaries = [start for start, _, _ in adjusted] + [len(text)]
    first_end = boundaries[0]
    sections.append(Section(0, title, 0, (title,), min(intro_start, first_end), first_end))
    stack: list[tuple[int, str]] = []
    for ordinal, (start, heading, level) in enumerate(adjusted, start=1):
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, heading))
        path = (title, *(name for _, name in stack))
        sections.append(Section(ordinal, heading, level, path, start, boundaries[ordinal]))
    return sections


def _section_for(sections: tuple[Section, ...], offset: int) -> Section:
    starts = [section.start for section in sections]
    return sections[max(bisect.bisect_right(starts, offset) - 1, 0)]
