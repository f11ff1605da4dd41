"""HTML for the detail pane, printing and export: one renderer, so what you print is what you
read. Pure Python: colours come in as a `Colors` value taken from the Qt palette by the caller.

Every piece of document text is escaped, so markup in a document is shown as text.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from database.formats import KIND_LABELS, key_relations
from database.fulltext import HIGHLIGHT_END, HIGHLIGHT_START, SearchResults
from database.query import WORD
from database.reference import DocumentView, SourceInfo, Summary
from database.vocabulary import fold


@dataclass(frozen=True)
class Colors:
    text: str = "#000000"
    base: str = "#ffffff"
    link: str = "#1a4d8f"
    accent: str = "#1a4d8f"
    muted: str = "#555555"
    rule: str = "#bbbbbb"
    mark: str = "#ffe680"
    mark_text: str = "#000000"
    header_bg: str = "#eef2f7"


PRINT_COLORS = Colors()
START_PAGE_DOCUMENTS = 100


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def entity_url(entity_id: int) -> str:
    return f"entity:{entity_id}"


def document_url(
    source: str,
    start: int | None = None,
    end: int | None = None,
    terms: tuple[str, ...] = (),
    *,
    at: int | None = None,
) -> str:
    """`start`/`end` highlight a passage; `at` only scrolls to the section holding that offset."""
    query: dict[str, object] = {}
    if start is not None and end is not None:
        query.update(start=start, end=end)
    if at is not None:
        query["at"] = at
    if terms:
        query["q"] = " ".join(terms)
    return f"doc:{quote(source)}" + (f"?{urlencode(query)}" if query else "")


def _style(colors: Colors, *, for_print: bool) -> str:
    size = "10pt" if for_print else "11pt"
    return f"""<style>
body {{ color: {colors.text}; font-size: {size}; }}
h1 {{ font-size: 18pt; margin-bottom: 2px; color: {colors.text}; }}
h2 {{ font-size: 13pt; margin-top: 14px; margin-bottom: 4px; color: {colors.accent};
      border-bottom: 1px solid {colors.rule}; page-break-after: avoid; }}
a {{ color: {colors.link}; text-decoration: none; }}
.kind {{ color: {colors.muted}; margin-top: 0px; }}
.muted {{ color: {colors.muted}; }}
.cite {{ color: {colors.muted}; font-size: 9pt; }}
table.facts td {{ padding: 2px 8px 2px 0px; vertical-align: top; }}
table.grid {{ border-collapse: collapse; }}
table.grid th {{ background-color: {colors.header_bg}; text-align: left; padding: 3px 6px; }}
table.grid td {{ border-top: 1px solid {colors.rule}; padding: 3px 6px; vertical-align: top; }}
blockquote {{ margin: 4px 0px 10px 12px; }}
.mark {{ background-color: {colors.mark}; color: {colors.mark_text}; }}
</style>"""


def _link(text: str, url: str, links: bool) -> str:
    return f'<a href="{esc(url)}">{esc(text)}</a>' if links else esc(text)


def _source_numbers(summary: Summary) -> dict[str, int]:
    return {source.source: source.number for source in summary.sources}


def _date_of(source: SourceInfo) -> str:
    return source.date or "undated"


def summary_body(summary: Summary, colors: Colors, *, links: bool = True, for_print: bool = False) -> str:
    """The entity page as an HTML fragment (style included)."""
    numbers = _source_numbers(summary)
    sources = {source.source: source for source in summary.sources}
    entity = summary.entity
    kind = KIND_LABELS[entity.kind] + (f" · {esc(summary.category)}" if summary.category else "")
    parts = [
        _style(colors, for_print=for_print),
        f"<h1>{esc(entity.name)}</h1>",
        f'<p class="kind">{kind}</p>',
    ]
    if summary.aliases:
        names = ", ".join(
            f"{esc(alias)} <span class='muted'>({esc(kind)})</span>" for alias, kind in summary.aliases
        )
        parts.append(f"<p><b>Also known as:</b> {names}</p>")
    if summary.description:
        cite = numbers.get(summary.description_source or "")
        parts.append(
            f"<p>{esc(summary.description)}"
            + (f" <span class='cite'>[{cite}]</span>" if cite else "")
            + "</p>"
        )

    facts = []
    if summary.parent:
        facts.append(("Part of", _link(summary.parent.name, entity_url(summary.parent.id), links)))
    for label, entities in key_relations(summary):
        rendered = [
            _link(ref.name, entity_url(ref.id), links) + (f" ({year})" if year else "")
            for ref, year in entities
        ]
        facts.append((label, ", ".join(rendered)))
    if summary.children:
        facts.append(
            (
                "Programmes and bodies",
                ", ".join(_link(c.name, entity_url(c.id), links) for c in summary.children),
            )
        )
    if summary.years:
        first, last = summary.years
        facts.append(("Timeline", f"{first}–{last} ({len(summary.timeline)} dated events)"))
    facts.append(("Sources", f"{len(summary.sources)} documents, {summary.mention_count} mentions"))
    parts.append("<h2>Key facts</h2><table class='facts' width='100%'>")
    parts += [f"<tr><td width='22%'><b>{esc(label)}</b></td><td>{value}</td></tr>" for label, value in facts]
    parts.append("</table>")

    if summary.timeline:
        parts.append(
            "<h2>Timeline</h2><table class='grid' width='100%'>"
            "<tr><th width='15%'>Date</th><th>Event</th><th width='10%'>Source</th></tr>"
        )
        for event in summary.timeline:
            number = numbers.get(event.source, "?")
            cite = _link(f"[{number}]", document_url(event.source, event.start, event.end), links)
            parts.append(f"<tr><td>{esc(event.date)}</td><td>{esc(event.text)}</td><td>{cite}</td></tr>")
        parts.append("</table>")

    if summary.passages:
        parts.append("<h2>What the documents say</h2>")
        for passage in summary.passages[: 6 if for_print else len(summary.passages)]:
            source = sources.get(passage.source)
            number = numbers.get(passage.source, "?")
            where = f"{esc(passage.section)} — {esc(_date_of(source)) if source else ''} [{number}]"
            link = _link("open in document", document_url(passage.source, passage.start, passage.end), links)
            parts.append(
                f"<blockquote>{esc(passage.text)}<br><span class='cite'>{where}"
                + (f" · {link}" if links else "")
                + "</span></blockquote>"
            )

    if summary.mentioned_with:
        parts.append("<h2>Mentioned with</h2><p>")
        parts.append(
            ", ".join(
                _link(ref.name, entity_url(ref.id), links) + f" <span class='muted'>({count})</span>"
                for ref, count in summary.mentioned_with
            )
        )
        parts.append("</p>")

    parts.append("<h2>Sources</h2><table class='grid' width='100%'>")
    for source in summary.sources:
        byline = f", by {esc(source.author)}" if source.author else ""
        title = _link(source.title, document_url(source.source), links)
        parts.append(
            f"<tr><td width='5%'>{source.number}.</td><td>{title}{byline}, {esc(_date_of(source))}"
            f"<br><span class='cite'>{esc(source.source)} · {source.mentions} mentions</span></td></tr>"
        )
    parts.append("</table>")
    return "\n".join(parts)


def standalone_html(summary: Summary) -> str:
    """A complete HTML file for export: print colours, no app links."""
    body = summary_body(summary, PRINT_COLORS, links=False, for_print=True)
    return (
        f"<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>{esc(summary.entity.name)}</title></head><body>\n{body}\n"
        f"<p class='cite'>Database built {esc(summary.built)}.</p></body></html>\n"
    )


def _highlighted(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Escape `text`, wrapping each (start, end, anchor) span in a highlight with an anchor."""
    out, cursor = [], 0
    for start, end, anchor in sorted(spans):
        start, end = max(start, cursor), min(end, len(text))
        if start >= end:
            continue
        out.append(esc(text[cursor:start]))
        name = f"<a name='{anchor}'></a>" if anchor else ""
        out.append(f"{name}<span class='mark'>{esc(text[start:end])}</span>")
        cursor = end
    out.append(esc(text[cursor:]))
    return "".join(out)


def document_body(
    view: DocumentView,
    colors: Colors,
    *,
    highlight: tuple[int, int] | None = None,
    terms: tuple[str, ...] = (),
    at: int | None = None,
    for_print: bool = False,
) -> str:
    """A whole document: title, byline, dates, a table of contents, then its sections."""
    parts = [_style(colors, for_print=for_print), f"<h1>{esc(view.title)}</h1>"]
    meta = []
    if view.author:
        meta.append(f"By {esc(view.author)}")
    if view.published:
        meta.append(f"Published {esc(view.published)}")
    if view.updated:
        meta.append(f"Last updated {esc(view.updated.replace('T', ' '))}")
    meta.append(esc(view.source))
    parts.append(f"<p class='kind'>{' · '.join(meta)}</p>")
    headed = [section for section in view.sections if section.ordinal]
    if headed and not for_print:
        parts.append(
            "<p><b>Contents</b><br>"
            + "<br>".join(
                "&nbsp;" * 4 * (section.level - 1)
                + f"<a href='#s{section.ordinal}'>{esc(section.heading)}</a>"
                for section in headed
            )
            + "</p>"
        )
    spans: list[tuple[int, int, str]] = []
    if highlight:
        spans.append((highlight[0], highlight[1], "hit"))
    for start, end in _term_spans(view.text, terms):
        if len(spans) >= 2000:
            break
        if not highlight or not (highlight[0] <= start < highlight[1]):
            spans.append((start, end, ""))
    target = max((s.ordinal for s in view.sections if at is not None and s.start <= at), default=None)
    for section in view.sections:
        if section.ordinal == target and not highlight:
            parts.append("<a name='hit'></a>")
        if section.ordinal:
            level = min(section.level + 1, 4)
            parts.append(f"<h{level}><a name='s{section.ordinal}'></a>{esc(section.heading)}</h{level}>")
        for paragraph_start, paragraph_end in _paragraphs(view.text, section.body_start, section.end):
            inside = [
                (max(s, paragraph_start) - paragraph_start, min(e, paragraph_end) - paragraph_start, a)
                for s, e, a in spans
                if s < paragraph_end and e > paragraph_start
            ]
            parts.append(f"<p>{_highlighted(view.text[paragraph_start:paragraph_end], inside)}</p>")
    return "\n".join(parts)


def _term_spans(text: str, terms: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the words a search found stand in `text`: the exact forms it matched ('joined',
    'joins'), never a word that only begins the same ('jointly'), whatever their case and
    accents."""
    wanted = {fold(term) for term in terms if term}
    if not wanted:
        return []
    return [match.span() for match in WORD.finditer(text) if fold(match.group()) in wanted]


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    result = []
    cursor = start
    while cursor < end:
        line_end = text.find("\n", cursor, end)
        line_end = end if line_end < 0 else line_end
        line = text[cursor:line_end]
        stripped = line.strip()
        if stripped.strip("•·◦▪‣∙ "):
            offset = cursor + line.find(stripped)
            result.append((offset, offset + len(stripped)))
        cursor = line_end + 1
    return result


def _snippet_html(snippet: str) -> str:
    escaped = esc(snippet)
    return escaped.replace(esc(HIGHLIGHT_START), "<span class='mark'>").replace(esc(HIGHLIGHT_END), "</span>")


def start_page(colors: Colors, *, documents: list[SourceInfo], counts: dict[str, int], built: str) -> str:
    """The home page: what is in the database and how to find it."""
    parts = [
        _style(colors, for_print=False),
        "<h1>Central Asia Security Reference</h1>",
        "<p class='kind'>An offline reference to NATO, the CSTO, the SCO, the OSCE, Russia, China "
        "and the five Central Asian states.</p>",
        "<p>Pick an entity in the tree on the left, or type in the search bar "
        "(<b>Ctrl+K</b>). Every fact on an entity page links to the passage it comes from.</p>",
        "<h2>In this database</h2><table class='facts'>",
    ]
    parts += [f"<tr><td><b>{esc(label)}</b></td><td>{count}</td></tr>" for label, count in counts.items()]
    parts.append(f"<tr><td><b>Built</b></td><td>{esc(built)}</td></tr></table>")
    parts.append(f"<h2>Documents ({len(documents)})</h2><table class='grid' width='100%'>")
    for source in documents[:START_PAGE_DOCUMENTS]:
        byline = f", by {esc(source.author)}" if source.author else ""
        parts.append(
            f"<tr><td><a href='{esc(document_url(source.source))}'>{esc(source.title)}</a>{byline}"
            f"<br><span class='cite'>{esc(_date_of(source))} · {esc(source.source)}</span></td></tr>"
        )
    parts.append("</table>")
    if len(documents) > START_PAGE_DOCUMENTS:
        more = len(documents) - START_PAGE_DOCUMENTS
        parts.append(f"<p class='muted'>… and {more} more; search to find them.</p>")
    return "\n".join(parts)


def search_page(results: SearchResults, colors: Colors, hint: str | None) -> str:
    """Full results of a search, for the pane (the results list shows the same while typing)."""
    parts = [_style(colors, for_print=False), f"<h1>Search: {esc(results.query)}</h1>"]
    if results.empty:
        parts.append("<p>No results.</p>")
    if results.suggestions:
        links = ", ".join(
            f"<a href='{esc('search:' + quote(suggestion.text))}'>{esc(suggestion.text)}</a>"
            for suggestion in results.suggestions
        )
        parts.append(f"<p>Did you mean: {links}?</p>")
    if hint:
        parts.append(f"<p class='muted'>{esc(hint)}</p>")
    entities = ""
    if results.entities:
        entities = (
            "<h2>Entities</h2><p>"
            + "<br>".join(
                f"<a href='{entity_url(hit.id)}'>{esc(hit.name)}</a> "
                f"<span class='muted'>{esc(KIND_LABELS[hit.kind])}</span>"
                for hit in results.entities
            )
            + "</p>"
        )
    passages = []
    if results.passages:
        passages.append("<h2>Passages</h2>")
        for hit in results.passages:
            url = document_url(hit.source, hit.start, hit.end, results.terms)
            lacking = (
                f" <span class='muted'>— missing: {esc(', '.join(hit.missing))}</span>" if hit.missing else ""
            )
            passages.append(
                f"<p><a href='{esc(url)}'>{esc(hit.title)}</a>{lacking}<br>"
                f"<span class='cite'>{esc(hit.section)}</span><br>{_snippet_html(hit.snippet)}</p>"
            )
    parts += [entities, *passages] if results.name_first else [*passages, entities]
    return "\n".join(parts)


_SEARCH_HELP = """<h2>Search syntax</h2>
<p>Type words to find entities and passages; results update as you type.</p>
<table cellpadding='4'>
<tr><td><code>nato kyrgyzstan</code></td>
<td>passages with both words (in any form: <i>join</i> finds <i>joined</i>)</td></tr>
<tr><td><code>"partnership for peace"</code></td><td>the exact phrase</td></tr>
<tr><td><code>secur*</code></td><td>words starting with <i>secur</i></td></tr>
<tr><td><code>csto OR sco</code></td><td>either word</td></tr>
<tr><td><code>russia NOT china</code></td><td>the first without the second</td></tr>
</table>
<p>Anything else you type is searched as plain words; a search never fails.
Entity names match their aliases and spellings too: <i>Kirgizia</i>, <i>Kyrgyz Republic</i>.</p>
<p><b>Keys:</b> Ctrl+K search · Up/Down choose · Enter open · Escape back ·
Alt+Left/Right history · Ctrl+F find in page · Ctrl+P print.</p>"""


def search_help_page(colors: Colors) -> str:
    """Help → Search syntax."""
    return _style(colors, for_print=False) + _SEARCH_HELP
