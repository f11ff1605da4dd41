"""The reader's own words on a page, kept apart from what the documents say: each note in a
box headed "Your note", each correction that changed the page in a box headed "Corrected by
you", with an undo link on screen (the boxes' style, `table.reader`, is in `html.style`). No Qt,
no SQL: notes and corrections arrive as plain data (`database.usernotes.Note`,
`database.corrections.Correction`)."""

from __future__ import annotations

from collections.abc import Sequence

from database.corrections import Correction
from database.usernotes import Note
from desktop_app.render.html import esc

NOTE_HEADING = "Your note"
CORRECTED_HEADING = "Corrected by you"
NOT_SAID = "not what the sentence says"
EDIT_NOTE = "note:edit"
NOTE_PASSAGE = "note:passage"
_FACT_WORDS = {
    "member_of": "member of",
    "signed": "signed",
    "located_in": "located in",
    "holds_office": "holds office in",
    "part_of": "part of",
}


def edit_note_url(note_id: int) -> str:
    return f"{EDIT_NOTE}/{note_id}"


def undo_url(correction_id: int) -> str:
    return f"undo:{correction_id}"


def _day(timestamp: str) -> str:
    return timestamp[:10]


def note_lines(note: Note) -> tuple[str, str]:
    """(the heading line, the note) in words: what plain text and Markdown print."""
    where = f" on “{note.quote}”" if note.kind == "passage" and note.quote else ""
    return f"{NOTE_HEADING}{where} (written {_day(note.updated)})", note.text


def correction_line(correction: Correction) -> str:
    """One correction in words: what was changed, when, and why."""
    if correction.kind == "rename":
        what = f"Renamed from “{correction.entity_name}” to “{correction.value}”"
    elif correction.kind == "alias":
        what = f"Alias “{correction.value}” added to {correction.entity_name}"
    elif correction.kind == "merge":
        what = f"“{correction.object_name}” merged into {correction.entity_name}: one entity"
    elif correction.kind == "split":
        what = f"“{correction.value}” split off by you: no longer a name of {correction.entity_name}"
    elif correction.kind == "kind":
        what = f"Kind of {correction.entity_name} changed to {correction.value}"
    elif correction.kind == "parent":
        what = f"{correction.entity_name} made part of {correction.object_name}"
    else:
        verb = _FACT_WORDS.get(correction.predicate or "", (correction.predicate or "").replace("_", " "))
        status = f" ({correction.value})" if correction.value else ""
        what = (
            f"Rejected “{correction.entity_name} {verb}{status} {correction.object_name}”, "
            f"{NOT_SAID}: “{correction.sentence}”"
        )
    who = f", {correction.author}" if correction.author else ""
    why = f" — why: {correction.reason}" if correction.reason else ""
    return f"{what} — {_day(correction.created)}{who}{why}"


def notes_html(notes: Sequence[Note], *, links: bool) -> str:
    """Each note in its own box; on screen with an "edit" link."""
    boxes = []
    for note in notes:
        heading, text = note_lines(note)
        edit = f" · <a href='{esc(edit_note_url(note.id))}'>edit</a>" if links else ""
        body = "<br>".join(esc(line) for line in text.splitlines())
        boxes.append(
            f"<table class='reader' width='100%' cellspacing='0'><tr><td><b>{esc(heading)}</b>{edit}"
            f"<br>{body}</td></tr></table>"
        )
    return "\n".join(boxes)


def corrections_html(corrections: Sequence[Correction], *, links: bool) -> str:
    """The corrections that changed this page, in one box; on screen each with "undo"."""
    if not corrections:
        return ""
    rows = []
    for correction in corrections:
        undo = f" · <a href='{esc(undo_url(correction.id))}'>undo</a>" if links else ""
        rows.append(f"{esc(correction_line(correction))}{undo}")
    return (
        f"<table class='reader' width='100%' cellspacing='0'><tr><td><b>{CORRECTED_HEADING}</b><br>"
        + "<br>".join(rows)
        + "</td></tr></table>"
    )
