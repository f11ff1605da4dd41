"""Address → page without a window: titles, what can be printed, bounded lists."""

from __future__ import annotations

from desktop_app.render.html import Colors
from desktop_app.router import PageRouter, limits_for
from tests.conftest import entity_id


def router(connection) -> PageRouter:
    return PageRouter(connection, groups=[("country", 3)])


def test_pages_and_their_titles(bundled_connection):
    pages = router(bundled_connection)
    colors = Colors()
    assert pages.page("home:", colors).title == "Central Asia Security Reference"
    assert "Countries" in pages.page("home:", colors).html
    assert pages.page("help:syntax", colors).title == "Search syntax"
    assert pages.page("search:csto", colors).title == "Search: csto"
    entity = pages.page(f"entity:{entity_id('CSTO')}", colors)
    assert entity.title == "Collective Security Treaty Organization" and entity.entity_id == entity_id("CSTO")
    assert entity.printable.modes == ("briefing", "dossier")
    document = pages.page("doc:000_c9c5b8a86b69c3ac.txt?start=0&end=10", colors)
    assert document.anchor == "hit" and document.printable.modes == ("document",)
    for nothing in ("entity:999999", "doc:nope.txt", "http://example.com", "mailto:x"):
        assert pages.page(nothing, colors) is None


def test_printable_renders_briefing_and_dossier(bundled_connection):
    page = router(bundled_connection).page(f"entity:{entity_id('Kyrgyzstan')}", Colors())
    briefing, dossier = page.printable.render("briefing"), page.printable.render("dossier")
    assert "briefing" in briefing and len(dossier) > len(briefing)
    assert page.printable.chosen(True).mode == "dossier"
    assert page.printable.export("md", "briefing").startswith("# Kyrgyzstan")


def test_show_more_raises_only_the_list_asked_for():
    limits = limits_for("page", {"timeline": 160})
    assert limits.timeline == 160 and limits.passages == limits_for("page").passages
    assert limits_for("dossier").timeline is None


def test_scaled_entity_page_is_bounded(scaled_database):
    from database import reference

    connection = reference.open_database(scaled_database)
    nato = reference.find_entity(connection, "NATO").id
    page = router(connection).page(f"entity:{nato}", Colors())
    sheet = page.sheet
    assert sheet.summary.totals["timeline"] > len(sheet.summary.timeline) == limits_for("page").timeline
    assert len(sheet.sources) <= limits_for("page").sources + len(sheet.numbers)
    assert "Show 100 more" in page.html
    more = router(connection).page(f"entity:{nato}?timeline=160", Colors()).sheet
    assert len(more.summary.timeline) == 160
