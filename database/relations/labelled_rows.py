"""A table's row read out as labelled fields, one row to a line, as a screen reader announces it
or an export flattens it: 'Row 2. State: Kazakhstan. Organisation: CSTO. Status: member. Since:
1994.', 'Name: X. Post: Secretary General. Body: CSTO. From: 1 January 2023.', 'Body: CSTO
Secretariat. Parent organisation: CSTO. Seat: Moscow.'

The labels say what each field is; a row states a membership, an office or a body's parent and
seat only when each field it needs holds one name of the right kind. A blank cell states nothing.
"""

from __future__ import annotations

import re

from database.dates import find_dates
from database.matcher import FIELD_LABEL
from database.relations.member_tables import cell_status
from database.relations.sentence import SentenceReader
from database.relations.skeleton import COUNTRY, ORG, PERSON, PLACE

# 'Label: value' up to the next field's label or the row's end.
_FIELD = re.compile(
    rf"(?:^|(?<=[.;])\s+)(?P<label>{FIELD_LABEL}):[ \t]+"
    rf"(?P<value>.*?)(?=[.;]\s+{FIELD_LABEL}:[ \t]|[.;]?\s*$)"
)
_MIN_FIELDS = 3
_LABELS = {
    "state": ("state", "country", "member", "member state", "participant", "party"),
    "organization": ("organisation", "organization", "bloc", "alliance", "group", "forum"),
    "status": ("status",),
    "since": ("since", "from"),
    "person": ("name", "holder", "incumbent", "person", "official"),
    "post": ("post", "title", "position", "office"),
    "body": ("body", "unit", "organ"),
    "parent": ("parent", "parent organisation", "parent organization", "parent body", "part of"),
    "seat": ("seat", "headquarters", "hq", "based in"),
}
# A row that says what is expected or planned states no status now ('Expected: 2023').
_INTENT_LABEL = re.compile(r"(?:expected|planned|target|proposed|pending|intended)\b", re.IGNORECASE)
_BLANK = re.compile(r"^(?:cell\s+blank|blank|empty|n/?a|none|—|-|–)?$", re.IGNORECASE)


def read_labelled_row(reader: SentenceReader) -> None:
    """The membership, office, parent or seat a row of labelled fields states (see the module)."""
    if reader.text.count(":") < _MIN_FIELDS:
        return
    fields: dict[str, str] = {}
    for found in _FIELD.finditer(reader.text):
        label = " ".join(found.group("label").lower().split())
        if _INTENT_LABEL.match(label):
            return
        for role, labels in _LABELS.items():
            if label in labels and role not in fields:
                fields[role] = found.group("value").strip()
    if len(fields) < _MIN_FIELDS - 1:
        return
    since = _date(fields.get("since", ""))
    if "person" in fields and "post" in fields:
        _office(reader, fields, since)
    elif "state" in fields and "status" in fields:
        _membership(reader, fields, since)
    elif "body" in fields:
        _body(reader, fields)


def _one(reader: SentenceReader, value: str, pattern: str) -> int | None:
    """The entity a field names when it names exactly one of the kind `pattern` matches and
    nothing else but a bracketed abbreviation."""
    tokens = re.findall(pattern, value)
    rest = re.sub(r"\([^()]*\)", "", re.sub(pattern, "", value)).strip(" ,.")
    if len(tokens) != 1 or rest:
        return None
    return reader.skeleton.mention_at(tokens[0]).entity


def _date(value: str) -> str | None:
    """The date a field holds when it holds a date and nothing else ('2005 as observer' dates
    another status)."""
    dates = find_dates(value) if value and not _BLANK.match(value) else ()
    if len(dates) != 1 or value[: dates[0].start].strip() or value[dates[0].end :].strip(" ."):
        return None
    return dates[0].date.iso


def _membership(reader: SentenceReader, fields: dict[str, str], since: str | None) -> None:
    state = _one(reader, fields["state"], COUNTRY)
    organization = _one(reader, fields.get("organization", ""), ORG)
    status, rest = cell_status(fields["status"])
    if state is None or organization is None or status is None or rest.strip(" .,"):
        return  # 'member until 2012', 'observer (expected)': not a status the row states plainly
    date = None if status == "not a member" else since
    reader.add(state, "member_of", organization, date=date, status=status, method="table")


def _office(reader: SentenceReader, fields: dict[str, str], since: str | None) -> None:
    person = _one(reader, fields["person"], PERSON)
    # A state's post is the state's whatever organization the row is filed under: 'Name: X.
    # Post: President. Country: Kazakhstan. Organisation: CSTO.'
    holder = _one(reader, fields.get("state", ""), COUNTRY)
    if holder is None:
        holder = _one(reader, fields.get("body") or fields.get("organization") or "", ORG)
    post = " ".join(fields["post"].split())
    if person is None or holder is None or not post or _BLANK.match(post) or "«" in post:
        return
    reader.add(person, "holds_office", holder, role=post, date=since, method="table")


def _body(reader: SentenceReader, fields: dict[str, str]) -> None:
    body = _one(reader, fields["body"], ORG)
    if body is None:
        return
    parent = _one(reader, fields.get("parent", ""), ORG)
    if parent is not None and parent != body:
        reader.add(body, "part_of", parent, method="table")
    seat = _one(reader, fields.get("seat", ""), PLACE)
    if seat is not None:
        reader.add(body, "located_in", seat, method="table")
