"""Markdown and plain text of an entity sheet: the same facts, citations and sources as the
HTML, for notes, mail and terminals."""

from __future__ import annotations

from desktop_app.render.labels import CORRECTED_BY_YOU, GAZETTEER, UNCERTAIN, count
from desktop_app.render.reader import CORRECTED_HEADING, correction_line, note_lines
from desktop_app.render.sheet import FactItem, Sheet, Step, timeline_date, timeline_note


def _step_text(sheet: Sheet, step: Step) -> str:
    parts = [part for part in (step.word, step.date) if part]
    number = sheet.number(step.citation)
    if step.corrected:
        parts.append(f"({CORRECTED_BY_YOU})")
    elif step.gazetteer:
        parts.append(f"({GAZETTEER})")
    elif number is not None:
        parts.append(f"[{number}]")
    if step.uncertain:
        parts.append(UNCERTAIN)
    return " ".join(parts)


def _item_text(sheet: Sheet, item: FactItem) -> str:
    note = f" — {item.note}" if item.note else ""
    steps = "; ".join(_step_text(sheet, step) for step in item.steps)
    if item.steps and all(not step.word and not step.date for step in item.steps):
        return f"{item.entity.name}{note} {steps}"
    return f"{item.entity.name}{note} ({steps})" if steps else f"{item.entity.name}{note}"


def _fact_lines(sheet: Sheet) -> list[tuple[str, str]]:
    lines = []
    for row in sheet.facts:
        value = "; ".join(_item_text(sheet, item) for item in row.items)
        if row.more:
            value += f" and {row.more} more"
        lines.append((row.label, value))
    return lines + list(sheet.overview)


def _description(sheet: Sheet) -> str | None:
    step = sheet.description
    if step is None:
        return None
    return f"{step.word} " + _step_text(
        sheet, Step(None, None, step.citation, step.uncertain, step.gazetteer, step.corrected)
    )


def _cites(sheet: Sheet, citations) -> str:
    numbers = dict.fromkeys(sheet.number(c) for c in citations)
    return " ".join(f"[{n}]" for n in numbers if n is not None)


def to_markdown(sheet: Sheet) -> str:
    summary = sheet.summary
    kind = sheet.kind_line + (f" · as of {sheet.as_of}" if sheet.as_of else "")
    lines = [f"# {sheet.entity.name}", "", f"*{kind}*"]
    if summary.aliases:
        lines += ["", "**Also known as:** " + ", ".join(alias for alias, _ in summary.aliases)]
    if description := _description(sheet):
        lines += ["", description]
    for own in sheet.notes:
        heading, text = note_lines(own)
        lines += ["", f"**{heading}:**", "", text]
    if summary.corrections:
        lines += ["", f"**{CORRECTED_HEADING}:**", ""]
        lines += [f"- {correction_line(correction)}" for correction in summary.corrections]
    lines += ["", "## Key facts", ""]
    lines += [f"- **{label}:** {value}" for label, value in _fact_lines(sheet)]
    if sheet.hidden_uncertain:
        lines += ["", f"*{count(sheet.hidden_uncertain, 'uncertain fact')} hidden.*"]
    if sheet.timeline:
        lines += ["", "## Timeline", "", "| Date | Event | Sources |", "|---|---|---|"]
        for row in sheet.timeline:
            text = row.text.replace("|", "\\|")
            lines.append(f"| {timeline_date(row)} | {text} | {_cites(sheet, row.citations)} |")
        if note := timeline_note(sheet):
            lines += ["", f"*{note}*"]
    if sheet.passages:
        lines += ["", "## What the documents say", ""]
        for passage in sheet.passages:
            number = sheet.numbers.get(passage.source, "?")
            lines += [f"> {passage.text}", ">", f"> — {passage.section} [{number}]", ""]
    if sheet.mentioned_with:
        lines += [
            "",
            "## Mentioned with",
            "",
            ", ".join(f"{ref.name} ({n})" for ref, n in sheet.mentioned_with),
        ]
    lines += ["", "## Sources", ""]
    for source in sheet.sources:
        byline = f", by {source.author}" if source.author else ""
        date = f", {source.date}" if source.date else ""
        lines.append(f"{source.number}. {source.title}{byline}{date} ({source.source})")
    if sheet.sources_more:
        lines += ["", f"*… and {count(sheet.sources_more, 'document')} more.*"]
    return "\n".join(lines).rstrip() + "\n"


def to_text(sheet: Sheet) -> str:
    summary = sheet.summary
    name = sheet.entity.name
    kind = sheet.kind_line + (f" · as of {sheet.as_of}" if sheet.as_of else "")
    out = [name, "=" * len(name), kind]
    if summary.aliases:
        out.append("Also known as: " + ", ".join(alias for alias, _ in summary.aliases))
    if description := _description(sheet):
        out += ["", description]
    for own in sheet.notes:
        heading, text = note_lines(own)
        out += ["", f"{heading}:", *(f"  {line}" for line in text.splitlines())]
    if summary.corrections:
        out += ["", f"{CORRECTED_HEADING}:"]
        out += [f"  {correction_line(correction)}" for correction in summary.corrections]
    out += ["", "Key facts"]
    out += [f"  {label}: {value}" for label, value in _fact_lines(sheet)]
    if sheet.hidden_uncertain:
        out.append(f"  ({count(sheet.hidden_uncertain, 'uncertain fact')} hidden; --uncertain shows them)")
    if sheet.timeline:
        out += ["", "Timeline"]
        width = max(10, *(len(timeline_date(row)) for row in sheet.timeline))
        out += [
            f"  {timeline_date(row):<{width}} {row.text} {_cites(sheet, row.citations)}"
            for row in sheet.timeline
        ]
    if sheet.passages:
        out += ["", "Passages"]
        for passage in sheet.passages:
            out += [f"  [{sheet.numbers.get(passage.source, '?')}] {passage.section}", f"    {passage.text}"]
    out += ["", "Sources"]
    for source in sheet.sources:
        byline = f", by {source.author}" if source.author else ""
        out.append(f"  {source.number}. {source.title}{byline} ({source.source})")
    return "\n".join(out) + "\n"
