"""HTML of an entity sheet (pane, briefing, dossier): one renderer, so what you print is what
you read. With `links=False` (print, export) links become plain text, and a citation keeps its
sentence as a `title` (a tooltip in any browser)."""

from __future__ import annotations

from database.models import Citation, SourceInfo
from desktop_app.render.addresses import PAGED_LISTS, document_url, entity_url
from desktop_app.render.html import PRINT_COLORS, Colors, esc, style
from desktop_app.render.html import link as _link
from desktop_app.render.labels import CORRECTED_BY_YOU, GAZETTEER, UNCERTAIN, count
from desktop_app.render.reader import NOTE_PASSAGE, corrections_html, notes_html
from desktop_app.render.sheet import FactItem, Sheet, Step, TimelineRow, timeline_note

PAGE_STEP = {"timeline": 100, "passages": 12, "sources": 50, "mentioned_with": 50}


def cite(sheet: Sheet, citation: Citation | None, links: bool) -> str:
    """'[n]' for a citation: a link to its sentence in the document, the sentence on hover."""
    number = sheet.number(citation)
    if citation is None or number is None:
        return ""
    tip = citation.sentence or citation.title
    tip = f"{tip} — {citation.title}" + (f", {citation.section}" if citation.section else "")
    if links:
        url = document_url(citation.source, citation.start, citation.end)
        return f'<a href="{esc(url)}" title="{esc(tip)}">[{number}]</a>'
    return f'<span class="cite" title="{esc(tip)}">[{number}]</span>'


def _step_html(sheet: Sheet, step: Step, links: bool) -> str:
    parts = [esc(part) for part in (step.word, step.date) if part]
    if step.corrected:
        parts.append(f"<span class='muted'>({CORRECTED_BY_YOU})</span>")
    elif step.gazetteer:
        parts.append(f"<span class='muted'>({GAZETTEER})</span>")
    else:
        parts.append(cite(sheet, step.citation, links))
    if step.uncertain:
        parts.append(f"<span class='uncertain'>{UNCERTAIN}</span>")
    return " ".join(part for part in parts if part)


def _item_html(sheet: Sheet, item: FactItem, links: bool) -> str:
    name = _link(item.entity.name, entity_url(item.entity.id), links)
    note = f" — {esc(item.note)}" if item.note else ""
    steps = "; ".join(_step_html(sheet, step, links) for step in item.steps)
    if item.steps and all(not step.word and not step.date for step in item.steps):
        return f"{name}{note} {steps}"
    return f"{name}{note} ({steps})" if steps else f"{name}{note}"


def _more_link(sheet: Sheet, part: str, more: int, noun: str, links: bool, plural: str | None = None) -> str:
    if more <= 0:
        return ""
    if not links or sheet.options.mode != "page":
        where = " in the full dossier" if sheet.options.mode == "briefing" else ""
        return f"<p class='muted'>… and {count(more, noun, plural)} more{where}.</p>"
    limits = sheet.summary.limits
    current = getattr(limits, part)
    shown = dict(sheet.summary.limits.__dict__)
    shown = {key: value for key, value in shown.items() if key in PAGED_LISTS and value is not None}
    shown[part] = (current or 0) + PAGE_STEP[part]
    url = entity_url(sheet.entity.id, shown)
    return (
        f'<p><a href="{esc(url)}">Show {min(more, PAGE_STEP[part]):,} more</a> '
        f"<span class='muted'>({count(more, noun, plural)} not shown)</span></p>"
    )


def summary_html(sheet: Sheet, colors: Colors, *, links: bool = True, for_print: bool = False) -> str:
    """The entity page (or briefing, or dossier) as an HTML fragment, style included."""
    summary = sheet.summary
    parts = [
        style(colors, for_print=for_print),
        f"<h1>{esc(sheet.entity.name)}</h1>",
        f"<p class='kind'>{esc(sheet.kind_line)}"
        + (f" · as of {esc(sheet.as_of)}" if sheet.as_of else "")
        + (" · briefing" if sheet.options.mode == "briefing" else "")
        + "</p>",
    ]
    if summary.aliases:
        names = ", ".join(
            f"{esc(alias)} <span class='muted'>({esc(kind)})</span>" for alias, kind in summary.aliases
        )
        parts.append(f"<p><b>Also known as:</b> {names}</p>")
    if sheet.description:
        parts.append(
            f"<p>{esc(sheet.description.word)} {_step_html(sheet, _bare(sheet.description), links)}</p>"
        )

    parts.append(notes_html(sheet.notes, links=links))
    parts.append(corrections_html(summary.corrections, links=links))
    parts.append("<h2>Key facts</h2><table class='facts' width='100%'>")
    for row in sheet.facts:
        items = "; ".join(_item_html(sheet, item, links) for item in row.items)
        if row.more:
            items += f" <span class='muted'>and {row.more} more</span>"
        parts.append(f"<tr><td width='22%'><b>{esc(row.label)}</b></td><td>{items}</td></tr>")
    for label, value in sheet.overview:
        parts.append(f"<tr><td width='22%'><b>{esc(label)}</b></td><td>{esc(value)}</td></tr>")
    parts.append("</table>")
    if sheet.hidden_uncertain:
        parts.append(
            f"<p class='muted'>{count(sheet.hidden_uncertain, 'uncertain fact')} hidden "
            "(View → Show Uncertain Facts).</p>"
        )

    if sheet.timeline:
        parts.append(
            "<h2>Timeline</h2><table class='grid' width='100%'>"
            "<thead><tr><th width='15%'>Date</th><th>Event</th><th width='12%'>Sources</th></tr></thead>"
        )
        parts += [_timeline_row(sheet, row, links) for row in sheet.timeline]
        parts.append("</table>")
        if sheet.options.mode == "page" and links:
            parts.append(_more_link(sheet, "timeline", sheet.timeline_more, "dated statement", links))
        elif note := timeline_note(sheet):
            parts.append(f"<p class='muted'>{esc(note)}</p>")

    if sheet.passages:
        parts.append("<h2>What the documents say</h2>")
        for index, passage in enumerate(sheet.passages):
            number = sheet.numbers.get(passage.source, "?")
            where = f"{esc(passage.section)} — {esc(passage.date or 'undated')} [{number}]"
            actions = ""
            if links:
                opened = _link(
                    "open in document", document_url(passage.source, passage.start, passage.end), True
                )
                copied = _link("copy citation", f"copy:{index}", True)
                noted = _link("note", f"{NOTE_PASSAGE}/{index}", True)
                actions = f" · {opened} · {copied} · {noted}"
            parts.append(
                f"<blockquote>{esc(passage.text)}<br><span class='cite'>{where}{actions}</span></blockquote>"
            )

    if sheet.mentioned_with:
        parts.append("<h2>Mentioned with</h2><p>")
        parts.append(
            ", ".join(
                _link(ref.name, entity_url(ref.id), links) + f" <span class='muted'>({n:,})</span>"
                for ref, n in sheet.mentioned_with
            )
        )
        parts.append("</p>")
        if sheet.options.mode == "page":
            parts.append(
                _more_link(sheet, "mentioned_with", sheet.mentioned_with_more, "entity", links, "entities")
            )

    parts.append("<h2>Sources</h2><table class='grid' width='100%'>")
    compact = sheet.options.mode == "briefing"
    parts += [_source_row(source, links, compact=compact) for source in sheet.sources]
    parts.append("</table>")
    parts.append(_more_link(sheet, "sources", sheet.sources_more, "document", links))
    return "\n".join(part for part in parts if part)


def _bare(step: Step) -> Step:
    """The description's citation without repeating its words."""
    return Step(None, None, step.citation, step.uncertain, step.gazetteer, step.corrected)


def _timeline_row(sheet: Sheet, row: TimelineRow, links: bool) -> str:
    cites = " ".join(dict.fromkeys(cite(sheet, citation, links) for citation in row.citations))
    more = row.documents - len(row.citations)
    if more > 0:
        cites += f" <span class='muted'>+{more:,}</span>"
    planned = " <span class='muted'>(planned)</span>" if row.planned else ""
    return f"<tr><td>{esc(row.date)}{planned}</td><td>{esc(row.text)}</td><td>{cites}</td></tr>"


def _source_row(source: SourceInfo, links: bool, *, compact: bool = False) -> str:
    """A numbered source; on a briefing one line (title, author, date), else with its file."""
    byline = f", by {esc(source.author)}" if source.author else ""
    title = _link(source.title, document_url(source.source), links)
    if compact:
        return (
            f"<tr><td width='5%'>{source.number}.</td><td>{title}{byline}, {esc(source.date or 'undated')}"
            f" <span class='cite'>· {esc(source.source)}</span></td></tr>"
        )
    mentions = f" · {count(source.mentions, 'mention')}" if source.mentions else ""
    return (
        f"<tr><td width='5%'>{source.number}.</td><td>{title}{byline}, {esc(source.date or 'undated')}"
        f"<br><span class='cite'>{esc(source.source)}{mentions}</span></td></tr>"
    )


def standalone_html(sheet: Sheet) -> str:
    """A complete HTML file for export: print colours, no app links, sentences on hover."""
    body = summary_html(sheet, PRINT_COLORS, links=False, for_print=True)
    return (
        f"<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>{esc(sheet.entity.name)}</title></head><body>\n{body}\n"
        f"<p class='cite'>Database built {esc(sheet.summary.built)}.</p></body></html>\n"
    )
