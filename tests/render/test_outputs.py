"""The outputs of one sheet: HTML that shows markup as text, and the JSON contract."""

from __future__ import annotations

import html
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from database import reference
from database.build import build_database
from desktop_app.render import data
from desktop_app.render.entity import standalone_html
from desktop_app.render.html import esc
from desktop_app.router import entity_sheet


def test_html_export_shows_markup_as_text(tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "hostile.txt").write_text(
        'Title\n\nKyrgyzstan <script>alert(1)</script> <img src="http://evil.example/x.png"> joined the CSTO in 2002, as a member state of it.\n',
        encoding="utf-8",
    )
    build_database([folder], tmp_path / "h.db")
    connection = reference.open_database(tmp_path / "h.db")
    sheet = entity_sheet(connection, reference.find_entity(connection, "Kyrgyzstan").id, "dossier")
    exported = standalone_html(sheet)
    assert "<script>" not in exported and "<img" not in exported
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in exported
    assert "&lt;img src=&quot;http://evil.example/x.png&quot;&gt;" in exported


def test_json_keeps_the_contract_keys(bundled_connection):
    sheet = entity_sheet(
        bundled_connection, reference.find_entity(bundled_connection, "Kyrgyzstan").id, "dossier"
    )
    shape = data.to_dict(sheet)
    assert {
        "id",
        "name",
        "kind",
        "aliases",
        "description",
        "parent",
        "timeline",
        "relations",
        "passages",
        "sources",
    } <= set(shape)
    assert {"date", "year", "text", "source"} <= set(shape["timeline"][0])
    assert {"predicate", "id", "name", "kind", "year", "evidence", "source"} <= set(shape["relations"][0])
    assert {"source", "title", "section", "text"} <= set(shape["passages"][0])
    assert {"source", "title", "author", "updated"} <= set(shape["sources"][0])
    numbers = {source["number"] for source in shape["sources"]}
    for row in shape["key_facts"]:
        for item in row["items"]:
            for step in item["history"]:
                assert step["gazetteer"] or step["citation"]["number"] in numbers


@given(st.text())
def test_escaping_is_the_standard_library_s(text: str):
    assert esc(text) == html.escape(text, quote=True)
    assert esc(42) == "42"
