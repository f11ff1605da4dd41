"""Records of a data file: the blocks of `key = value` lines with which TOML tables, HCL and
Terraform blocks, INI sections and JSON-like objects describe one thing each.

    [[membership]]                       resource "organization" "csto" {
    state = "Kazakhstan"                   name = local.csto
    org = "CSTO"                           body "secretariat" {
    status = "founding"                      name = "CSTO Secretariat"
    since = 2002-10-07                       seat = "Moscow"
                                           }
                                           head { name = "…"  role = "Secretary General" }
                                         }

No sentence says what such a file states; its keys do, and only where the file files the record
as what it states. A record filed as a membership (its header, or a table it sits in, says
'membership' or 'members') states one when one field names a state, one an organization and one
its status in a word a codebook would use ('founding', 'observer', 'nonmember'); an ISO `since`
dates it, and a record that says when it ended states no status now. A record named after an
organization states its seat (`seat`, `headquarters`), its head (a `head`, `secretary general` or
`executive secretary` table with a name and a role) and, filed under 'bodies', its bodies. A
treaty's record states its parties, a record filed under places the country and region its place
lies in. Each field must hold one name of the right kind and nothing else (no note in brackets or
in a comment after it); a value the file refers to by name (`local.csto`) is read where the file
sets it, never a variable's default, which another file may override.

What a file switches off states nothing: a record with `count = 0` (or any count that is not a
number written out), `enabled = false`, `example = true` and the like, a record filed as an
example, template, test or scenario, text inside a `/* … */` comment, a commented-out line, and a
record that a comment inside it, on its lines, or a comment or prose above it calls superseded,
wrong, fictitious or not to be loaded. One they call unconfirmed, or with a low confidence, is
read as uncertain.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from database.dates import find_dates
from database.facts import CONFIDENCE, RelationFact, Span
from database.matcher import Match

_UNCERTAIN = 0.5
# A key: lower case, with underscores, hyphens or dots ('member_state', 'since', 'org').
_KEY = r'"?(?P<key>[a-z][A-Za-z0-9_.-]*)"?'
_ASSIGNMENT = re.compile(rf"[ \t]*{_KEY}[ \t]*(?:=|:(?=[ \t]))[ \t]*(?P<value>\S.*?)[ \t]*,?[ \t]*$")
_TRAILING_COMMENT = r"(?:[ \t]+(?:#|//)(?P<note>.*))?"
_TABLE_HEADER = re.compile(
    rf"[ \t]*\[\[?[ \t]*(?P<path>[A-Za-z0-9_.\-\" ]+?)[ \t]*\]\]?{_TRAILING_COMMENT}[ \t]*$"
)
_BLOCK_OPEN = re.compile(
    r'[ \t]*(?:"?(?P<key>[a-z][A-Za-z0-9_-]*)"?[ \t]*[=:][ \t]*|(?P<word>[a-z][A-Za-z0-9_-]*)'
    rf'(?P<labels>(?:[ \t]+"[^"\n]*")*)[ \t]*)?[{{\[]{_TRAILING_COMMENT}[ \t]*$'
)
_BLOCK_CLOSE = re.compile(r"[ \t]*[}\]][ \t]*[,;]?[ \t]*$")
# A YAML list's item opens a record of its own: '- state: Kazakhstan'.
_LIST_ITEM = re.compile(r"[ \t]*-[ \t]+(?=[a-z][A-Za-z0-9_.-]*[ \t]*(?:=|:[ \t]))")
_ISO_DATE = re.compile(r"(?:1[89]|20)\d\d(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")
_COMMENT_LINE = re.compile(r"[ \t]*(?:#|//|;|--)(?P<comment>.*)$")
_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_HEREDOC = re.compile(r"<<[-~]?[ \t]*(?P<tag>[A-Za-z_]+)[ \t]*$")
_TRIPLE_QUOTE = re.compile(r'^(?:"""|\'\'\')')
_QUOTED = re.compile(r'"(?P<content>(?:[^"\\\n]|\\.)*)"|\'(?P<single>[^\'\n]*)\'')
_INLINE_FIELD = re.compile(
    rf"{_KEY}[ \t]*=[ \t]*(?P<value>\"(?:[^\"\\\n]|\\.)*\"|[^,}}\n]+?)[ \t]*(?=,|\}}|$)"
)
_REFERENCE = re.compile(r"(?:local|locals)\.(?P<name>[a-z][a-z0-9_]*)$")
_TIME_OF_DAY = re.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?(?:/\d+)?$")
_YEAR_MONTH = re.compile(r"(?P<year>(?:1[89]|20)\d\d)-(?P<month>0[1-9]|1[0-2])$")
# An editor's comment right above a record that takes the record back, or doubts it.
_TAKEN_BACK = re.compile(
    r"\b(?:superseded|do\s+not\s+(?:load|use|import|apply)|never\s+loaded|obsolete|deprecated|"
    r"retracted|withdrawn\s+row|wrong|incorrect|erroneous|mistaken|mistake|outdated|invalid|disabled|rejected|"
    r"(?:is|was|are|were|as|marked)\s+false|untrue|"
    r"switched\s+off|ignore\s+this|removed|example|examples|fictitious|hypothetical|template|test\s+data|"
    r"fixture|mock|placeholder|dummy|sample|forecast|scenario|proposed|planned|never\s+opened|replace|"
    r"fill\s+in|tbd|todo|wargame|exercise)\b",
    re.IGNORECASE,
)
_DOUBTED = re.compile(
    r"\b(?:unconfirmed|unverified|not\s+(?:yet\s+)?confirmed|rumou?r\w*|low\s+confidence|uncertain|"
    r"disputed|alleged|reportedly|verify|check|probably|possibly|doubtful|unclear|to\s+be\s+confirmed|tbc)\b",
    re.IGNORECASE,
)

_STATE_KEYS = ("state", "country", "member", "member state", "participant", "party")
_ORG_KEYS = ("org", "organisation", "organization", "bloc", "alliance", "forum", "group")
_STATUS_KEYS = ("status", "membership", "membership status")
_SINCE_KEYS = ("since",)
# A record that says when its status ended is a past spell, not a status now.
_ENDED_KEYS = ("until", "to", "end", "ended", "valid to", "valid until", "end date", "left")
_NAME_KEYS = ("name", "full name", "title")
_SEAT_KEYS = ("seat", "headquarters", "hq")
_HEAD_KEYS = ("head", "secretary general", "executive secretary")
_ROLE_KEYS = ("role", "post", "position")
_PARTY_KEYS = ("parties", "signatories", "states parties")
_SIGNATURE_WORDS = frozenset(["signature", "signatures", "signatory", "signing", "party"])
_SIGNED_KEYS = ("date", "signed", "signed on", "since")
_OPTION_WORDS = frozenset(["options", "option", "flags", "meta", "metadata"])
_REGION_KEYS = ("region", "province", "oblast", "district")
_BODY_WORDS = frozenset(["body", "bodies", "organ", "organs"])
# The record's header must say it is a membership for its fields to state one: a record about a
# partnership, a contingent, a visit or a loan has the same keys.
_MEMBERSHIP_WORDS = frozenset(["membership", "memberships", "member", "members"])
# A status as a codebook writes it, in one word or two.
_STATUS_WORDS = {
    "founding": "founding member",
    "founder": "founding member",
    "founding member": "founding member",
    "member": "member",
    "full member": "member",
    "member state": "member",
    "joined": "joined",
    "admitted": "joined",
    "acceded": "joined",
    "rejoined": "rejoined",
    "observer": "observer",
    "suspended": "suspended",
    "withdrawn": "withdrew",
    "withdrew": "withdrew",
    "left": "withdrew",
    "applicant": "applied",
    "applied": "applied",
    "candidate": "applied",
    "planned": "planned",
    "nonmember": "not a member",
    "non member": "not a member",
    "not a member": "not a member",
}
_SWITCHED_OFF = {
    "signed": ("false", "no", "0"),
    "valid": ("false", "no", "0"),
    "confirmed": ("false", "no", "0"),
    "verified": ("false", "no", "0"),
    "enabled": ("false", "no", "0"),
    "active": ("false", "no", "0"),
    "load": ("false", "no", "0"),
    "disabled": ("true", "yes", "1"),
    "deleted": ("true", "yes", "1"),
    "superseded": ("true", "yes", "1"),
    "retracted": ("true", "yes", "1"),
    "deprecated": ("true", "yes", "1"),
    "obsolete": ("true", "yes", "1"),
    "rejected": ("true", "yes", "1"),
    "example": ("true", "yes", "1"),
    "test": ("true", "yes", "1"),
    "draft": ("true", "yes", "1"),
    "template": ("true", "yes", "1"),
    "hypothetical": ("true", "yes", "1"),
    "decision": ("rejected", "refused", "denied", "pending"),
    "confidence": ("retracted", "none", "zero", "low", "uncertain"),
}
# A count or a for_each that is not a positive number written out ('count = var.on ? 1 : 0',
# 'for_each = toset([])') may switch the record off: nothing it says is read.
_COUNT_ON = re.compile(r"[1-9]\d*")


@dataclass(frozen=True)
class _Value:
    """A field's value: its text (quotes taken off) and where that text stands in the file."""

    text: str
    start: int
    end: int
    noted: bool = False  # a comment follows it on its line: the value is qualified, not used


@dataclass
class _Record:
    start: int
    end: int
    words: tuple[str, ...]  # the header's path, block word and labels, or the inline table's key
    parent: _Record | None = None
    fields: dict[str, list[_Value]] = field(default_factory=dict)
    lists: dict[str, list[_Value]] = field(default_factory=dict)
    children: list[_Record] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)  # the comment lines right above it
    filed_as: tuple[str, ...] = ()  # the words of the file's message type ('rejected', 'applications')

    def first(self, keys: Sequence[str]) -> _Value | None:
        """The value of the first of `keys` the record sets; none when it sets that key twice to
        different values (which one holds is the file format's rule, not the text's)."""
        for key in keys:
            values = self.fields.get(key)
            if values:
                return values[0] if len({value.text for value in values}) == 1 else None
        return None

    def names_body(self) -> bool:
        return any(word in _BODY_WORDS for word in self.words)


def _key(raw: str) -> str:
    return " ".join(re.split(r"[_.\- ]+", raw.lower())).strip()


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line, the lines inside a `/* … */` comment left out."""
    dead = [(found.start(), found.end()) for found in _BLOCK_COMMENT.finditer(text)]
    start = 0
    for raw in text.split("\n"):
        end = start + len(raw)
        if not any(low <= start < high or low < end <= high for low, high in dead):
            yield start, end
        start = end + 1


def _value(text: str, start: int, end: int) -> _Value:
    """The value between `start` and `end`, a trailing comment and its quotes taken off."""
    raw = text[start:end]
    quoted = _QUOTED.match(raw)
    if quoted:
        group = "content" if quoted.group("content") is not None else "single"
        noted = bool(re.match(r"[ \t,]*(?:#|//)", raw[quoted.end() :]))
        return _Value(quoted.group(group), start + quoted.start(group), start + quoted.end(group), noted)
    parts = re.split(r"[ \t]+(?:#|//)", raw, maxsplit=1)
    bare = parts[0].rstrip(" \t,")
    return _Value(bare, start, start + len(bare), len(parts) > 1)


def _list_items(text: str, start: int, end: int) -> list[_Value]:
    """The quoted items of a list written between `start` and `end` ('["A", "B"]')."""
    items = []
    for found in _QUOTED.finditer(text, start, end):
        line_start = text.rfind("\n", 0, found.start()) + 1
        if _COMMENT_LINE.match(text, line_start, found.start()):
            continue  # a commented-out item
        group = "content" if found.group("content") is not None else "single"
        items.append(_Value(found.group(group), found.start(group), found.end(group)))
    return items


def _inline_table(text: str, key: str, start: int, end: int, parent: _Record) -> _Record:
    """'{ name = "…", role = "…", since = 2023-01-01 }' as a record of its own under `parent`
    (the caller lists it with the others)."""
    record = _Record(start, end, (key,), parent)
    for found in _INLINE_FIELD.finditer(text, start + 1, end):
        value = _value(text, found.start("value"), found.end("value"))
        record.fields.setdefault(_key(found.group("key")), []).append(value)
    parent.children.append(record)
    return record


# Protocol Buffers' text format writes several statements on a line: 'seat { city: "Osh" country:
# "KGZ" }', 'membership { state: "Iran" status: JOINED since { year: 2023 month: 7 } }'.
_STATEMENT = re.compile(
    r"[ \t]*(?:(?P<open>[a-z][A-Za-z0-9_]*[ \t]*:?[ \t]*\{)|(?P<close>\})|"
    r'(?P<assign>[a-z][A-Za-z0-9_]*[ \t]*:[ \t]*(?:"(?:[^"\\\n]|\\.)*"|[^\s{}":#]+)))[ \t]*'
)


_PROTO_MESSAGE = re.compile(r"\s*proto-message:\s*(?:[\w.]+\.)?(?P<name>\w+)\s*$")
_CAMEL_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_STATEMENT_FIELD = re.compile(rf"{_KEY}[ \t]*:[ \t]*(?P<value>[^\s{{}}].*?)")


def _statements(line: str) -> list[tuple[int, int]] | None:
    """Where each statement of a line of several stands, when the whole line is such statements
    and at least two of them; none for any other line."""
    found: list[tuple[int, int]] = []
    position = 0
    while position < len(line):
        statement = _STATEMENT.match(line, position)
        if statement is None or statement.end() == position:
            return None
        kind = statement.lastgroup or ""
        found.append((statement.start(kind), statement.end(kind)))
        position = statement.end()
    return found if len(found) >= 2 else None


class _Parser:
    """Reads a file's lines into records: TOML and INI tables (`[a.b]`, `[[a]]`), blocks in
    braces (HCL, JSON), and groups of assignments under no header, up to a blank line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.records: list[_Record] = []
        self.by_path: dict[tuple[str, ...], _Record] = {}
        self.stack: list[_Record] = []
        self.table: _Record | None = None
        self.loose: _Record | None = None
        self.comments: list[str] = []
        self.after_blank = False
        self.lines = list(_lines(text))
        self.index = 0
        self.file_words: tuple[str, ...] = ()

    def parse(self) -> list[_Record]:
        while self.index < len(self.lines):
            start, end = self.lines[self.index]
            self.index += 1
            self._line(start, end)
        return self.records

    def _line(self, start: int, end: int) -> None:
        line = self.text[start:end]
        if not line.strip():
            # The comments or prose above a blank line still speak of the record below it ('A
            # made-up example:' over a blank line and the example).
            self.loose, self.after_blank = None, True
            return
        comment = _COMMENT_LINE.match(line)
        if comment:
            if (message := _PROTO_MESSAGE.match(comment.group("comment"))) and not self.records:
                # '# proto-message: RejectedApplications' above the first record: what all are filed as.
                self.file_words = tuple(word.lower() for word in _CAMEL_WORD.findall(message.group("name")))
            self.comments.append(comment.group("comment"))
            self._open_record_notes(comment.group("comment"))
            return
        item = _LIST_ITEM.match(line)
        if item:
            self.loose = None
            start += item.end()
            line = self.text[start:end]
        note = re.search(r"[ \t](?:#|//)(?P<note>[^\"'\n]*)$", line)
        statements = _statements(line) if "{" in line or "}" in line else None
        if statements:
            for first, last in statements:
                assigned = _STATEMENT_FIELD.fullmatch(line, first, last)
                if assigned and self.stack:
                    self._assign(assigned, start)  # 'deprecated:true', the colon without a space
                else:
                    self._read_line(line[first:last], start + first, start + last)
            prose = False
        else:
            prose = self._read_line(line, start, end)
        if note:
            self._open_record_notes(note.group("note"), trailing=True)
        self.comments = [line] if prose else []

    def _read_line(self, line: str, start: int, end: int) -> bool:
        """Reads one line into the records; whether it was prose, outside any record."""
        if _BLOCK_CLOSE.match(line):
            if self.stack:
                self.stack.pop().end = end
        elif (header := _TABLE_HEADER.match(line)) and not self.stack:
            path = tuple(part.strip(' "').lower() for part in header.group("path").split("."))
            parent = next(
                (self.by_path[path[:n]] for n in range(len(path) - 1, 0, -1) if path[:n] in self.by_path),
                None,
            )
            self.table = self._new(start, end, path, parent)
            self.by_path[path] = self.table
        elif (opened := _BLOCK_OPEN.match(line)) and self._opens_block(line):
            words = (opened.group("key") or opened.group("word") or "",)
            labels = re.findall(r'"([^"\n]*)"', opened.group("labels") or "")
            parent = self.stack[-1] if self.stack else self.table
            self.stack.append(
                self._new(start, end, tuple(word for word in (*words, *labels) if word), parent)
            )
        elif assigned := _ASSIGNMENT.match(line):
            self._assign(assigned, start)
            self.after_blank = False
        elif not self.stack:
            self.table = self.loose = None  # prose after a table: the table has ended
            return True
        return False

    def _opens_block(self, line: str) -> bool:
        """'{' opens a block; '[' only a list of objects ('"memberships": [' over '{'), not a list
        of names, which is a field's value."""
        if re.sub(r"[ \t]+(?:#|//).*$", "", line).rstrip().endswith("{"):
            return True
        if self.index >= len(self.lines):
            return False
        next_start, next_end = self.lines[self.index]
        return self.text[next_start:next_end].lstrip().startswith("{")

    def _open_record_notes(self, note: str, trailing: bool = False) -> None:
        """A comment inside a record, or after one of its lines, is a note on that record (after a
        blank line it is on the record below)."""
        current = self.stack[-1] if self.stack else self.table or self.loose
        if current is not None and (trailing or not self.after_blank):
            current.comments = [*current.comments, note]

    def _new(self, start: int, end: int, words: tuple[str, ...], parent: _Record | None) -> _Record:
        record = _Record(start, end, words, parent, comments=self.comments)
        if parent is None:
            record.filed_as = self.file_words
        self.after_blank = False
        self.records.append(record)
        if parent is not None:
            parent.children.append(record)
        self.loose = None
        return record

    def _target(self, start: int) -> _Record:
        if self.stack:
            return self.stack[-1]
        if self.table is not None:
            return self.table
        if self.loose is None:
            self.loose = self._new(start, start, (), None)
        return self.loose

    def _assign(self, assigned: re.Match[str], start: int) -> None:
        record = self._target(start)
        key = _key(assigned.group("key"))
        value_start, value_end = start + assigned.start("value"), start + assigned.end("value")
        raw = self.text[value_start:value_end]
        end = value_end
        if raw.startswith("["):
            end = self._through(lambda line: "]" in line, value_start) if "]" not in raw else value_end
            record.lists.setdefault(key, []).extend(_list_items(self.text, value_start, end))
        elif raw.startswith("{") and raw.rstrip(" ,").endswith("}"):
            self.records.append(_inline_table(self.text, key, value_start, value_end, record))
        elif raw.rstrip() in ("|", ">", "|-", ">-", "|+", ">+"):
            end = self._block_scalar(start, end)
        elif heredoc := _HEREDOC.search(raw):
            tag = heredoc.group("tag")
            end = self._through(lambda line: line.strip() == tag, value_end)
        elif _TRIPLE_QUOTE.match(raw) and raw.count(raw[:3]) < 2:
            quote = raw[:3]
            end = self._through(lambda line: quote in line, value_end)
        else:
            record.fields.setdefault(key, []).append(_value(self.text, value_start, value_end))
        record.end = max(record.end, end)

    def _block_scalar(self, start: int, end: int) -> int:
        """A YAML block ('note: |' over indented lines) is prose: its lines are skipped, up to the
        first line indented no deeper than its key."""
        key_line = self.text[start:end]
        indent = len(key_line) - len(key_line.lstrip())
        while self.index < len(self.lines):
            line_start, line_end = self.lines[self.index]
            line = self.text[line_start:line_end]
            if line.strip() and len(line) - len(line.lstrip()) <= indent:
                break
            self.index += 1
            end = line_end
        return end

    def _through(self, closes: Callable[[str], bool], fallback: int) -> int:
        """The end of the first line from here on that `closes` (a list's ']', a heredoc's tag),
        the lines before it read as the value's."""
        while self.index < len(self.lines):
            start, end = self.lines[self.index]
            self.index += 1
            if closes(self.text[start:end]):
                return end
        return fallback


@functools.lru_cache(maxsize=2)
def parse_records(text: str) -> tuple[_Record, ...]:
    """The records of a data file in the order they open (nested ones after their parent).
    Discovery asks for the same document's records three times in a row (abbreviations, names,
    places), so the last documents' are kept; nobody changes a record once read."""
    return tuple(_Parser(text).parse())


_ORGANIZATIONS = ("organization", "programme")


class _Reader:
    """What each record states, in facts that cite the record."""

    def __init__(
        self,
        text: str,
        matches: Sequence[Match],
        kind_of: Callable[[int], str],
        section_at: Callable[[int], int],
        records: Sequence[_Record],
    ) -> None:
        self.text, self.kind_of, self.section_at = text, kind_of, section_at
        self.matches = sorted(matches, key=lambda match: match.start)
        self.starts = [match.start for match in self.matches]
        self.names = _names_set(records)

    def resolved(self, value: _Value) -> _Value:
        reference = _REFERENCE.match(value.text)
        return self.names.get(reference.group("name"), value) if reference else value

    def entity(self, value: _Value | None, kinds: Sequence[str]) -> int | None:
        """The entity a value names when it names exactly one, of one of `kinds`, and nothing else
        (no note in brackets or in a comment after it)."""
        if value is None or value.noted:
            return None
        value = self.resolved(value)
        first = bisect_left(self.starts, value.start)
        inside = []
        for match in self.matches[first:]:
            if match.start >= value.end:
                break
            inside.append(match)
        if len(inside) != 1 or inside[0].end > value.end:
            return None
        match = inside[0]
        rest = self.text[value.start : match.start] + self.text[match.end : value.end]
        if rest.strip(" .,;"):
            return None  # 'Moldova (did not sign)', 'Tashkent (proposed)': more than the name
        return match.entity if self.kind_of(match.entity) in kinds else None

    def span(self, record: _Record, *values: _Value | None) -> Span:
        """The record from its first line to the end of the line of the last value used."""
        ends = [value.end for value in values if value is not None and value.start >= record.start]
        end = max(ends, default=record.end)
        line_end = self.text.find("\n", end)
        end = min(record.end, line_end if line_end >= 0 else len(self.text))
        return Span(self.section_at(record.start), record.start, end, self.text[record.start : end])


def _names_set(records: Sequence[_Record]) -> dict[str, _Value]:
    """The values a file sets once and refers to by name: HCL's `locals { csto = "…" }` (not a
    variable's default, which a `.tfvars` file may override)."""
    names: dict[str, _Value] = {}
    for record in records:
        if record.words[:1] in (("locals",), ("globals",)):
            names.update({key.replace(" ", "_"): values[0] for key, values in record.fields.items()})
    return names


def _status(value: _Value | None) -> str | None:
    if value is None or value.noted:
        return None
    return codebook_status(value.text)


def codebook_status(word: str) -> str | None:
    """The status a codebook's word or two means ('founding', 'NON_MEMBER', 'applicant')."""
    return _STATUS_WORDS.get(" ".join(re.split(r"[\s_-]+", word.strip().lower())))


def _date(value: _Value | None) -> str | None:
    """The ISO date a field holds (see `iso_date`); none for a value a comment qualifies."""
    if value is None or value.noted:
        return None
    return iso_date(value.text)


def iso_date(text: str) -> str | None:
    """The date a field or cell holds when it holds an ISO date and nothing else ('2002-10-07',
    '2024-02', '2019'): a data file's '04/07/2023' is month or day first by the file's own convention."""
    text = _TIME_OF_DAY.sub("", text.strip()).lstrip("+")
    if not _ISO_DATE.fullmatch(text):
        return None
    if _YEAR_MONTH.fullmatch(text):
        return text
    dates = find_dates(text)
    return dates[0].date.iso if dates else None  # '2023-02-31' is no date


def _since(record: _Record, keys: Sequence[str] = _SINCE_KEYS) -> tuple[_Value | None, str | None]:
    """When a spell began (or the date `keys` name): an ISO field, or a block such as 'since {
    year: 2004 month: 6 }' (the text format's date message)."""
    value = record.first(keys)
    if value is not None:
        return value, _date(value)
    for child in record.children:
        if not child.words or _key(child.words[0]) not in keys:
            continue
        year, month, day = (child.first((key,)) for key in ("year", "month", "day"))
        if year is None or year.noted or not re.fullmatch(r"(?:1[89]|20)\d\d", year.text):
            return None, None
        date = year.text
        if month is not None and re.fullmatch(r"0?[1-9]|1[0-2]", month.text):
            date += f"-{int(month.text):02d}"
            if (
                day is not None
                and re.fullmatch(r"\d{1,2}", day.text)
                and iso_date(f"{date}-{int(day.text):02d}")
            ):
                date += f"-{int(day.text):02d}"  # a day the month has ('February 31' leaves the month)
        return _Value(date, child.start, child.end), date
    return None, None


def _ended(record: _Record) -> bool:
    """A record that says when its spell ended ('until = 2012') states no status now."""
    return any(record.fields.get(key) for key in _ENDED_KEYS)


def _lineage(record: _Record) -> Iterator[_Record]:
    while record is not None:
        yield record
        record = record.parent  # type: ignore[assignment]


_UNREAL_WORDS = frozenset(
    [
        "example",
        "examples",
        "sample",
        "samples",
        "test",
        "tests",
        "fixture",
        "fixtures",
        "mock",
        "mocks",
        "template",
        "templates",
        "scenario",
        "scenarios",
        "draft",
        "drafts",
        "hypothetical",
        "wargame",
        # A record filed under what was asked, proposed, refused or replaced is no status now.
        "application",
        "applications",
        "proposal",
        "proposals",
        "request",
        "requests",
        "rejected",
        "refused",
        "denied",
        "pending",
        "deprecated",
        "superseded",
        "retracted",
    ]
)


def _flagged_off(record: _Record) -> bool:
    """Whether one of the record's own flags switches it off ('deprecated: true', 'is_draft: yes')."""
    for key, values in _SWITCHED_OFF.items():
        for value in (*record.fields.get(key, ()), *record.fields.get("is " + key, ())):
            text = value.text.strip().lower()
            if text in values or (values[0] == "true" and text in ("t", "y", "on")):
                return True
    return False


def _switched_off(record: _Record) -> bool:
    """Whether the file, or an editor's comment right above it, takes the record (or one it sits
    in) back, or files it as an example, a test or a scenario."""
    for each in _lineage(record):
        if _UNREAL_WORDS & {_key(word) for word in (*each.words, *each.filed_as)}:
            return True
        options = [child for child in each.children if child.words and _key(child.words[0]) in _OPTION_WORDS]
        if _flagged_off(each) or any(_flagged_off(child) for child in options):
            return True  # 'deprecated: true', or in a block of options: 'options { deprecated: true }'
        if any(not _COUNT_ON.fullmatch(value.text.strip()) for value in each.fields.get("count", ())):
            return True
        if any(
            re.fullmatch(r"(?:toset\()?\[\]\)?|\{\}", value.text.strip())
            for value in each.fields.get("for each", ())
        ):
            return True
        if any(_TAKEN_BACK.search(comment) for comment in each.comments):
            return True
    return False


def _doubted(record: _Record) -> bool:
    for each in _lineage(record):
        for value in each.fields.get("confidence", []):
            number = re.fullmatch(r"0?\.\d+|0|1(?:\.0+)?", value.text.strip())
            if number and float(number.group()) < 0.6:
                return True
        if any(_DOUBTED.search(comment) for comment in each.comments):
            return True
    return False


def record_facts(
    text: str,
    matches: Sequence[Match],
    kind_of: Callable[[int], str],
    section_at: Callable[[int], int],
) -> list[RelationFact]:
    """The memberships, seats, heads, bodies, parties and places a data file's records state (see
    the module's docstring)."""
    if "=" not in text and '": ' not in text and not ("{" in text and ': "' in text):
        return []  # no assignment, no JSON key, no text-format field: no record
    records = parse_records(text)
    reader = _Reader(text, matches, kind_of, section_at, records)
    facts: list[RelationFact] = []
    named: dict[int, int] = {}  # id(record) → the entity its name field names
    for record in records:
        if _switched_off(record):
            continue
        confidence = _UNCERTAIN if _doubted(record) else CONFIDENCE["table"]
        found = _membership(reader, record)
        entity = reader.entity(record.first(_NAME_KEYS), ("organization", "programme", "treaty", "place"))
        if entity is not None:
            named[id(record)] = entity
            found += _named_record(reader, record, entity)
            found += _body_of(reader, record, entity, named)
        facts.extend(RelationFact(*fact, method="table", confidence=confidence) for fact in found)
    return facts


# (subject, predicate, object, span, date, status, role), as `RelationFact` takes them.
_Found = tuple[int, str, int, Span, str | None, str | None, str | None]


def _membership(reader: _Reader, record: _Record) -> list[_Found]:
    state_value, org_value = record.first(_STATE_KEYS), record.first(_ORG_KEYS)
    state = reader.entity(state_value, ("country",))
    organization = reader.entity(org_value, _ORGANIZATIONS)
    status_value = record.first(_STATUS_KEYS)
    status = _status(reader.resolved(status_value) if status_value else None)
    if state is None or organization is None or status is None or _ended(record):
        return []
    if not any(_MEMBERSHIP_WORDS & {_key(word) for word in each.words} for each in _lineage(record)):
        return []  # a record about a partnership, a contingent or a visit has the same keys
    since, began = _since(record)
    date = None if status == "not a member" else began
    span = reader.span(record, state_value, org_value, status_value, since)
    return [(state, "member_of", organization, span, date, status, None)]


def _named_record(reader: _Reader, record: _Record, entity: int) -> list[_Found]:
    kind = reader.kind_of(entity)
    found: list[_Found] = []
    if kind in _ORGANIZATIONS:
        found += _seats(reader, record, entity)
        found += _heads(reader, record, entity)
    elif kind == "treaty":
        for key in _PARTY_KEYS:
            for item in record.lists.get(key, ()):
                party = reader.entity(item, ("country",))
                if party is not None:
                    found.append((party, "signed", entity, reader.span(record, item), None, None, None))
        found += _signatures(reader, record, entity)
    elif kind == "place" and any(_PLACE_RECORD_WORDS & set(each.words) for each in _lineage(record)):
        for keys, kinds in ((("country",), ("country",)), (_REGION_KEYS, ("place",))):
            value = record.first(keys)
            where = reader.entity(value, kinds)
            if where is not None and where != entity:
                found.append((entity, "located_in", where, reader.span(record, value), None, None, None))
    return found


def _signatures(reader: _Reader, record: _Record, treaty: int) -> list[_Found]:
    """'signature { state: "Kazakhstan" date { year: 2017 month: 9 day: 14 } }' under a treaty's
    record: the state signed it, on that date."""
    found: list[_Found] = []
    for signature in record.children:
        if not signature.words or _key(signature.words[0]) not in _SIGNATURE_WORDS:
            continue
        if _switched_off(signature) or _doubted(signature):
            continue
        state_value = signature.first(_STATE_KEYS)
        party = reader.entity(state_value, ("country",))
        if party is not None:
            when, date = _since(signature, _SIGNED_KEYS)
            span = reader.span(signature, state_value, when)
            found.append((party, "signed", treaty, span, date, None, None))
    return found


def _seats(reader: _Reader, record: _Record, entity: int) -> list[_Found]:
    """'seat = "Moscow"', or 'seat = { city = "Moscow", country = "Russia" }' (the city in the
    country too); not a seat the record says ended or is planned."""
    found: list[_Found] = []
    value = record.first(_SEAT_KEYS)
    seat = reader.entity(value, ("place",))
    if seat is not None and not _ended(record) and not _status(record.first(_STATUS_KEYS)):
        found.append((entity, "located_in", seat, reader.span(record, value), None, None, None))
    for table in record.children:
        if (
            table.words[:1]
            and table.words[0] in _SEAT_KEYS
            and not table.fields.get("name")
            and not _ended(table)
            and not table.fields.get("status")
        ):
            city = table.first(("city", "town", "place", "seat"))
            place = reader.entity(city, ("place",))
            if place is not None:
                since = _date(table.first(_SINCE_KEYS))
                found.append((entity, "located_in", place, reader.span(record, city), since, None, None))
                found += _place_in_country(reader, table, place, city)
    return found


def _place_in_country(reader: _Reader, record: _Record, place: int, value: _Value | None) -> list[_Found]:
    country_value = record.first(("country",))
    country = reader.entity(country_value, ("country",))
    if country is None:
        return []
    return [(place, "located_in", country, reader.span(record, value, country_value), None, None, None)]


def _heads(reader: _Reader, record: _Record, entity: int) -> list[_Found]:
    """'head = { name = "…", role = "Secretary General", since = 2023-01-01 }', or a `head { … }`
    block: the person holds the role in the organization the record names."""
    found: list[_Found] = []
    for table in record.children:
        if not table.words or _key(table.words[0]) not in _HEAD_KEYS:
            continue
        name = table.first(("name", "person", "holder"))
        person = reader.entity(name, ("person",))
        role_value = table.first(_ROLE_KEYS)
        role = " ".join(role_value.text.split()) if role_value else ""
        if person is None or not re.fullmatch(r"[A-Z][\w'’ -]{3,59}", role) or _NOT_HELD.search(role):
            continue
        if _ended(table) or _switched_off(table) or table.fields.get("status"):
            continue  # a past head, or one whose standing the record qualifies ('status = "nominee"')
        since, began = _since(table)
        span = reader.span(table, name, role_value, since)
        found.append((person, "holds_office", entity, span, began, None, role))
    return found


# A role that is not the organization's office now: a former one, one not yet taken up, another
# body's ('Head of the Kyrgyz delegation').
_NOT_HELD = re.compile(
    r"\b(?:former|ex|outgoing|designate|elect|nominee|nominated|candidate|proposed|acting|interim|"
    r"delegation|delegate|guest)\b",
    re.IGNORECASE,
)


def _body_of(reader: _Reader, record: _Record, entity: int, named: dict[int, int]) -> list[_Found]:
    """A record filed as a body ('[organizations.csto.bodies.secretariat]', `body "rats" { … }`)
    under an organization's record is part of that organization."""
    if reader.kind_of(entity) not in _ORGANIZATIONS or not record.names_body():
        return []
    for each in _lineage(record.parent):  # type: ignore[arg-type]
        parent = named.get(id(each))
        if parent is not None:
            if parent == entity or reader.kind_of(parent) not in _ORGANIZATIONS:
                return []
            return [
                (entity, "part_of", parent, reader.span(record, record.first(_NAME_KEYS)), None, None, None)
            ]
    return []


_ABBREVIATION_KEYS = ("abbreviation", "abbr", "acronym", "short name", "short")
_HAS_ABBREVIATION = re.compile(r'(?m)^[ \t]*"?(?:abbreviation|abbr|acronym|short_name|short)"?[ \t]*[=:]')
_ACRONYM_SHAPE = re.compile(r"[A-Z][A-Za-z0-9&]{1,9}")


def record_abbreviations(text: str) -> Iterator[tuple[str, str, int]]:
    """(long form, short form, offset) for each record that gives a name and its abbreviation
    ('name = "Pskem Joint Border Council"' and 'abbreviation = "PJBC"'), as 'Long Form (LF)'
    would in prose."""
    if not _HAS_ABBREVIATION.search(text):
        return
    for record in parse_records(text):
        name, short = record.first(("name", "full name")), record.first(_ABBREVIATION_KEYS)
        if name is None or short is None or _switched_off(record):
            continue
        acronym = _ACRONYM_SHAPE.fullmatch(short.text) and sum(char.isupper() for char in short.text) >= 2
        if acronym and len(name.text.split()) >= 2 and name.text[:1].isupper() and len(name.text) <= 120:
            yield name.text, short.text, name.start


_PLACE_KEYS = ("city", "town", "village", "capital")
_PLACE_RECORD_WORDS = frozenset(
    ["place", "places", "city", "cities", "town", "towns", "location", "locations"]
)
_PLACE_NAME = re.compile(r"[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){0,2}")
_HAS_PLACE_KEY = re.compile(
    r"\[[^\]\n]*\b(?:places?|cit(?:y|ies)|towns?|locations?)\b[^\]\n]*\]|"
    r'\b(?:city|town|village|seat|capital|place|location|headquarters|based_in)"?[ \t]*[=:]'
)


def record_places(text: str) -> Iterator[tuple[str, int]]:
    """(name, offset) of each place a record names in a field that holds a place ('city =
    "Shymkent"', 'seat = "Kelif"') or as the name of a record filed under places
    ('[places.chirchiq]' with 'name = "Chirchiq"'): a word or three in capitals, nothing else."""
    if not _HAS_PLACE_KEY.search(text):
        return
    for record in parse_records(text):
        if _switched_off(record):
            continue
        values = [value for key in _PLACE_KEYS for value in record.fields.get(key, ())]
        if _PLACE_RECORD_WORDS & set(record.words):
            values += record.fields.get("name", [])
        if any(_record_kind(each) == "organization" for each in _lineage(record)):
            values += [value for key in _SEAT_KEYS for value in record.fields.get(key, ())]
        for value in values:
            if _PLACE_NAME.fullmatch(value.text):
                yield value.text, value.start


# The identifiers a data file gives its records ('[places.chirchiq]', 'resource "membership"
# "kgz_csto" {', 'org = local.lfcc'): lower-case spellings of names that are not words.
_IDENTIFIERS = re.compile(
    r'(?m)^[ \t]*\[\[?[A-Za-z0-9_.\-" ]+\]\]?[ \t]*$|^[ \t]*[a-z][\w-]*(?:[ \t]+"[^"\n]*")+[ \t]*\{[ \t]*$|'
    r"\b(?:local|var)\.[a-z]\w*"
)


def without_identifiers(text: str) -> str:
    """`text` with the identifiers of its records made spaces, so that a lower-case id
    ('chirchiq') does not pass for a common word that the name 'Chirchiq' would then be."""
    if "[" not in text and "{" not in text and "." not in text:
        return text
    return _IDENTIFIERS.sub(lambda found: " " * len(found.group()), text)


_RECORD_KINDS = (
    (
        frozenset(["organization", "organizations", "organisation", "organisations", "org", "orgs"])
        | _BODY_WORDS,
        "organization",
    ),
    (frozenset(["treaty", "treaties", "agreement", "agreements", "convention", "conventions"]), "treaty"),
    (frozenset(["programme", "programmes", "program", "programs"]), "programme"),
)
_RECORD_NAME = re.compile(r"[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|for|and|on|the|in|de)){1,9}")


def record_names(text: str) -> Iterator[tuple[str, str, bool]]:
    """(name, kind, True) for the name of each record its header files as an organization, a
    body, a treaty or a programme ('[organizations.lfcc]', 'body "patrol_post" {'), as a noun
    beside a name says what it names."""
    if not _HAS_NAME_KEY.search(text):
        return
    for record in parse_records(text):
        name = record.first(("name", "full name"))
        if name is None or not _RECORD_NAME.fullmatch(name.text) or _switched_off(record):
            continue
        kind = _record_kind(record)
        if kind is not None:
            yield name.text, kind, True


def _record_kind(record: _Record) -> str | None:
    """What the record's header files it as: an organization (or a body), a treaty, a programme."""
    words = {_key(word) for word in record.words}
    return next((kind for nouns, kind in _RECORD_KINDS if words & nouns), None)


_HAS_NAME_KEY = re.compile(r'(?m)^[ \t]*"?(?:name|full_name)"?[ \t]*[=:]')


_OTHER_NAME_KEYS = (
    "full name",
    "aliases",
    "alias",
    "also known as",
    "aka",
    "other names",
    "spelling",
    "spellings",
    "variants",
    "former names",
    "former name",
)


def record_aliases(text: str) -> Iterator[tuple[str, str]]:
    """(name, other name) for each other name a record gives its entity ('full_name = …',
    'aliases = ["ODKB"]', 'spelling = ["Chirchik"]', 'former_names = [...]')."""
    if not _HAS_NAME_KEY.search(text):
        return
    for record in parse_records(text):
        name = record.first(("name",))
        if name is None or not name.text[:1].isupper() or _switched_off(record):
            continue
        for key in _OTHER_NAME_KEYS:
            for other in (*record.fields.get(key, ()), *record.lists.get(key, ())):
                if other.text[:1].isupper() and other.text != name.text and len(other.text) <= 120:
                    yield name.text, other.text
