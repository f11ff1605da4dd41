"""Search in the window: suggestions chosen with the keyboard, filters kept while typing, a
passage opened scrolled to its words, and the words highlighted exactly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from database.fulltext import Filters, PassageHit, Suggestion, search
from desktop_app.render.html import _term_spans
from desktop_app.search import FacetBar, ResultRole, SearchResultsModel

from .test_window import type_search


def wait_for_results(qtbot, window):
    return qtbot.waitSignal(window.search_panel.controller.results_ready, timeout=5000)


def test_results_model_with_suggestions(qtmodeltester, bundled_connection):
    model = SearchResultsModel()
    model.set_results(search(bundled_connection, "Kyrgystan border", prefix=False))
    qtmodeltester.check(model)
    assert model.categories == ["Did you mean", "Passages", "Entities"]
    assert isinstance(model.first_hit().data(ResultRole), PassageHit)  # Enter opens a hit, not a guess.
    suggestion = model.index(0, 0, model.index(0, 0))
    assert suggestion.data(ResultRole) == Suggestion("Kyrgyzstan border")
    assert suggestion.data() == "Kyrgyzstan border"
    assert suggestion.parent().data() == "Did you mean"
    passage = model.first_hit()
    assert "missing: Kyrgystan" in passage.data()


def test_a_name_lists_entities_first(bundled_connection):
    model = SearchResultsModel()
    model.set_results(search(bundled_connection, "CSTO"))
    assert model.categories == ["Entities", "Passages"]


def test_did_you_mean_is_chosen_with_the_keyboard(window, qtbot):
    type_search(qtbot, window, "Kyrgystan border ")
    assert window.search_panel.model.categories[0] == "Did you mean"
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Up)  # From the first hit up to the suggestion.
    assert isinstance(window.search_panel.view.currentIndex().data(ResultRole), Suggestion)
    with wait_for_results(qtbot, window) as blocker:
        qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert window.search_edit.text() == "Kyrgyzstan border"
    assert window.search_edit.hasFocus()
    results = blocker.args[0]
    assert results.total > 0 and not results.missing and not results.suggestions
    assert "Did you mean" not in window.search_panel.model.categories
    assert not window.search_panel.hint.isVisible()


def test_words_no_passage_has_are_named_above_the_results(window, qtbot):
    type_search(qtbot, window, "border closure kyrgyzstan ")
    assert window.search_panel.hint.isVisible()
    assert "lack closure" in window.search_panel.hint.text()


def test_did_you_mean_is_clickable(window, qtbot):
    type_search(qtbot, window, "Tadjikstan")
    index = window.search_panel.model.index(0, 0, window.search_panel.model.index(0, 0))
    assert index.data(ResultRole) == Suggestion("Tajikistan")
    rect = window.search_panel.view.visualRect(index)
    with wait_for_results(qtbot, window):
        qtbot.mouseClick(window.search_panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.search_edit.text() == "Tajikistan"


def test_search_page_offers_suggestions_as_links_and_says_no_results_once(window):
    window.open_address("search:Kyrgystan zzqqx")
    html = window.browser.toHtml()
    text = window.browser.toPlainText()
    assert text.count("No results") == 1
    assert "Did you mean" in text and "search:Kyrgyzstan" in html


def test_filters_are_reached_with_tab_and_kept_while_typing(window, qtbot):
    type_search(qtbot, window, "kyrg")
    window.search_edit.setFocus()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Tab)
    kind = window.search_panel.facet_bar.kind
    assert kind.hasFocus()
    countries = kind.findData("country")
    assert countries > 0 and kind.itemText(countries).startswith("Countries (")
    with wait_for_results(qtbot, window):
        while kind.currentIndex() != countries:
            qtbot.keyClick(kind, Qt.Key.Key_Down)
    assert window.search_panel.controller.filters == Filters(kind="country")
    window.search_edit.setFocus()
    window.search_edit.end(False)
    with wait_for_results(qtbot, window) as blocker:
        qtbot.keyClicks(window.search_edit, "yzstan")
    results = blocker.args[0]
    assert results.query == "kyrgyzstan" and results.filters == Filters(kind="country")
    assert results.entities and {hit.kind for hit in results.entities} == {"country"}
    assert kind.currentData() == "country"


def test_year_and_document_filters(window, qtbot):
    type_search(qtbot, window, "border")
    year = window.search_panel.facet_bar.year
    choice = next(i for i in range(year.count()) if year.itemText(i).startswith("2012 ("))
    with wait_for_results(qtbot, window) as blocker:
        year.setCurrentIndex(choice)
        year.activated.emit(choice)
    results = blocker.args[0]
    assert results.passages and all(2012 in hit.years for hit in results.passages)
    document = window.search_panel.facet_bar.document
    assert document.count() == 2 and document.itemData(1) == results.passages[0].source


def test_facet_bar_keeps_a_choice_that_no_longer_has_hits(qtbot, bundled_connection):
    bar = FacetBar()
    qtbot.addWidget(bar)
    results = search(bundled_connection, "zzqqx", filters=Filters(years=(1990, 1999)))
    bar.show_counts(results)
    assert bar.filters() == Filters(years=(1990, 1999))
    assert bar.year.currentText() == "1990–1999 (0)"


def test_a_passage_opens_scrolled_to_its_words_in_a_document_without_headings(window, qtbot):
    type_search(qtbot, window, "rivalry of West with Russia ")
    hit = window.search_panel.model.first_hit().data(ResultRole)
    assert hit.source == "002_3c1a3a1192dce7f7.txt"  # One section, 11,000 characters.
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert window.current_title == hit.title
    browser = window.browser
    assert browser.verticalScrollBar().value() > 0
    cursor = browser.document().find(
        "the growth of rivalry of West with Russia", 0, QTextDocument.FindFlag(0)
    )
    assert not cursor.isNull()
    top = browser.cursorRect(cursor).top()
    assert 0 <= top < browser.viewport().height()  # On screen, not two screens below the top.


@pytest.mark.parametrize(
    ("terms", "text", "marked"),
    [
        (("manas",), "Manas airport management", ["Manas"]),
        (("join", "joined", "joins"), "It joined; joins jointly a Joint body", ["joined", "joins"]),
        (("turkiye",), "Türkiye and turkiyes", ["Türkiye"]),
        ((), "anything", []),
    ],
)
def test_the_reader_marks_the_exact_forms_found(terms, text, marked):
    assert [text[start:end] for start, end in _term_spans(text, terms)] == marked


def test_only_the_latest_keystrokes_results_are_shown(window, qtbot):
    arrived = []
    window.search_panel.controller.results_ready.connect(lambda results: arrived.append(results.query))
    window.search_panel.set_query("s")
    window.search_panel.set_query("security")
    window.search_panel.set_query("security of")
    qtbot.waitUntil(lambda: bool(arrived), timeout=5000)
    # One worker answers in order: an answer to an earlier keystroke would have come first.
    assert arrived == ["security of"]
    assert window.search_panel.results.query == "security of"
