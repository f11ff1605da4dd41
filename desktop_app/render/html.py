"""HTML for the pane, printing and export: the style and colours, documents, the start page,
search results and help. Entity sheets are in `entity.py`, on the same style.

No `from __future__ import annotations`, as in `database.lists`: the fields of `Colors` are types,
not strings compiled at start-up.

Every piece of document text is escaped, so markup in a document is shown as text. Links use
the app's own schemes (see `addresses`).
"""

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from database.lists import DocumentList, SourceInfo
from desktop_app.render.addresses import document_url, entity_url, search_url
from desktop_app.render.labels import kind_label, kind_title

if TYPE_CHECKING:
    from database.fulltext import SearchResults
    from database.models import DocumentView


class Colors(NamedTuple):
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


def esc(text: object) -> str:
    """`html.escape(str(text), quote=True)`, without importing `html` (its table of entities)
    at start-up; a test holds the two to the same output. Its five replacements, as `html`
    does them: `str.translate` with a table looks every character up, some six times slower
    (the start page escapes about 330 texts at 5,000 documents)."""
    return (
        str(text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )


def style(colors: Colors, *, for_print: bool = False) -> str:
    size = "10pt" if for_print else "11pt"
    return f"""<style>
body {{ color: {colors.text}; font-size: {size}; }}
h1 {{ font-size: 18pt; margin-bottom: 2px; color: {colors.text}; }}
h2 {{ font-size: 13pt; margin-top: 14px; margin-bottom: 4px; color: {colors.accent};
      border-bottom: 1px solid {colors.rule}; }}
a {{ color: {colors.link}; text-decoration: none; }}
.kind {{ color: {colors.muted}; margin-top: 0px; }}
.muted {{ color: {colors.muted}; }}
.cite {{ color: {colors.muted}; font-size: 9pt; }}
.uncertain {{ color: {colors.muted}; font-style: italic; }}
table.facts td {{ padding: 2px 8px 2px 0px; vertical-align: top; }}
table.grid {{ border-collapse: collapse; }}
table.grid th {{ background-color: {colors.header_bg}; text-align: left; padding: 3px 6px; }}
table.grid td {{ border-top: 1px solid {colors.rule}; padding: 3px 6px; vertical-align: top; }}
p.listed {{ margin-top: 4px; margin-bottom: 4px; margin-left: 6px; }}
blockquote {{ margin: 4px 0px 10px 12px; }}
.mark {{ background-color: {colors.mark}; color: {colors.mark_text}; }}
table.reader {{ border: 1px solid {colors.accent}; background-color: {colors.header_bg}; margin-top: 6px; }}
table.reader td {{ padding: 6px; }}
</style>"""


def link(text: str, url: str, links: bool) -> str:
    return f'<a href="{esc(url)}">{esc(text)}</a>' if links else esc(text)


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


def document_html(
    view: "DocumentView",
    colors: Colors,
    *,
    highlight: tuple[int, int] | None = None,
    terms: tuple[str, ...] = (),
    at: int | None = None,
    for_print: bool = False,
    notes: Sequence[tuple[int, str]] = (),
) -> str:
    """A whole document: title, byline, dates, a table of contents, then its sections.
    `notes`: the reader's boxes (offset, HTML), each placed after the paragraph holding its
    offset."""
    parts = [style(colors, for_print=for_print), f"<h1>{esc(view.title)}</h1>"]
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
    waiting = sorted(notes, key=lambda note: note[0])
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
            while waiting and waiting[0][0] < paragraph_end:
                parts.append(waiting.pop(0)[1])
    parts += [box for _, box in waiting]
    return "\n".join(parts)


def _term_spans(text: str, terms: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the words a search found stand in `text`: the exact forms it matched ('joined',
    'joins'), never a word that only begins the same ('jointly'), whatever their case and
    accents. (The search modules load with the first search or document, not at start-up.)"""
    from database.query import WORD
    from database.vocabulary import fold

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


def snippet_html(snippet: str) -> str:
    from database.fulltext import HIGHLIGHT_END, HIGHLIGHT_START

    escaped = esc(snippet)
    return escaped.replace(esc(HIGHLIGHT_START), "<span class='mark'>").replace(esc(HIGHLIGHT_END), "</span>")


def start_page(
    colors: Colors,
    *,
    documents: DocumentList,
    groups: list[tuple[str, int]],
    built: str,
    added: DocumentList | None = None,
    origins: Mapping[str, str] | None = None,
) -> str:
    """The home page: what is in the database (the tree's groups, counted the same way) and
    the first documents. For a user library, `added` lists the user's documents first, each
    with where it came from (`origins`, by file name), and every document is marked bundled or
    added."""
    parts = [
        style(colors),
        "<h1>Central Asia Security Reference</h1>",
        "<p class='kind'>An offline reference to NATO, the CSTO, the SCO, the OSCE, Russia, China "
        "and the five Central Asian states.</p>",
        "<p>Pick an entity in the tree on the left, or type in the search bar "
        "(<b>Ctrl+K</b>). Every fact on an entity page links to the sentence it comes from.</p>",
        "<h2>In this database</h2><table class='facts'>",
    ]
    parts += [f"<tr><td><b>{esc(kind_title(kind))}</b></td><td>{n:,}</td></tr>" for kind, n in groups]
    parts.append(f"<tr><td><b>Documents</b></td><td>{documents.total:,}</td></tr>")
    parts.append(f"<tr><td><b>Built</b></td><td>{esc(built)}</td></tr></table>")
    if added is not None and origins is not None:
        parts.append(f"<h2>Added by you ({added.total:,})</h2>")
        if not added.documents:
            parts.append(
                "<p class='muted'>None yet. File → Add Documents… (Ctrl+O), or drop files on the window.</p>"
            )
        else:
            parts += [_document_row(source, origins.get(source.source, "")) for source in added.documents]
    parts.append(f"<h2>Documents ({documents.total:,})</h2>")
    for source in documents.documents:
        origin = None
        if origins is not None:
            origin = "added" if source.source in origins else "bundled"
        parts.append(_document_row(source, origin))
    more = documents.total - len(documents.documents)
    if more > 0:
        parts.append(f"<p class='muted'>… and {more:,} more; search to find them.</p>")
    return "\n".join(parts)


def _document_row(source: SourceInfo, origin: str | None) -> str:
    """One document of the start page's lists: a paragraph, not a table row, since a hundred
    table rows cost the start page some 20 ms of layout (a paragraph about 4)."""
    byline = f", by {esc(source.author)}" if source.author else ""
    cite = " · ".join(part for part in (source.date or "undated", source.source, origin) if part)
    return (
        f"<p class='listed'><a href=\"{esc(document_url(source.source))}\">{esc(source.title)}</a>{byline}"
        f"<br><span class='cite'>{esc(cite)}</span></p>"
    )


def search_page(results: "SearchResults", colors: Colors, hint: str | None) -> str:
    """Full results of a search, for the pane (the results list shows the same while typing)."""
    parts = [style(colors), f"<h1>Search: {esc(results.query)}</h1>"]
    if results.empty:
        parts.append("<p>No results.</p>")
    if results.suggestions:
        links = ", ".join(
            f'<a href="{esc(search_url(suggestion.text))}">{esc(suggestion.text)}</a>'
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
                f'<a href="{esc(entity_url(hit.id))}">{esc(hit.name)}</a> '
                f"<span class='muted'>{esc(kind_label(hit.kind))}</span>"
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
                f'<p><a href="{esc(url)}">{esc(hit.title)}</a>{lacking}<br>'
                f"<span class='cite'>{esc(hit.section)}</span><br>{snippet_html(hit.snippet)}</p>"
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
Alt+Left/Right back and forward · Ctrl+F find in page · Ctrl+P print ·
Ctrl+D bookmark · Ctrl+B bookmarks · Ctrl+H history · Ctrl+N note · Ctrl+R correct ·
Ctrl+Shift+R corrections · Alt+T tree · F6 next panel.</p>"""


def search_help_page(colors: Colors) -> str:
    """Help → Search syntax."""
    return style(colors) + _SEARCH_HELP
