"""Addresses round-trip through the pure router."""

from __future__ import annotations

import pytest

from desktop_app.render.addresses import (
    DocumentRoute,
    EntityRoute,
    HelpRoute,
    HomeRoute,
    SearchRoute,
    document_url,
    entity_url,
    parse_address,
)


@pytest.mark.parametrize(
    ("address", "route"),
    [
        ("home:", HomeRoute()),
        ("help:syntax", HelpRoute()),
        ("search:nato partnership", SearchRoute("nato partnership")),
        ("entity:12", EntityRoute(12, {})),
        ("entity:12?timeline=160&with=65", EntityRoute(12, {"timeline": 160, "mentioned_with": 65})),
        (document_url("a b.txt", 5, 9), DocumentRoute("a b.txt", (5, 9))),
        (
            document_url("x.txt", terms=("csto", "sco"), at=40),
            DocumentRoute("x.txt", None, 40, ("csto", "sco")),
        ),
    ],
)
def test_addresses_name_their_routes(address, route):
    assert parse_address(address) == route


def test_routes_of_different_kinds_are_never_equal():
    """Routes are tuples underneath: two empty ones, or two with the same fields, must still differ."""
    assert HomeRoute() != HelpRoute()
    assert not HomeRoute() == HelpRoute()  # noqa: SIM201 (tuple's own == would say True)
    assert SearchRoute("x") != ("x",)
    assert len({HomeRoute(), HelpRoute(), SearchRoute("x"), SearchRoute("x")}) == 3


@pytest.mark.parametrize(
    "address", ["entity:abc", "entity:", "doc:", "http://example.com", "javascript:alert(1)", "search:  ", ""]
)
def test_addresses_naming_nothing(address):
    assert parse_address(address) is None


def test_a_backwards_highlight_is_dropped():
    assert parse_address("doc:x.txt?start=9&end=5") == DocumentRoute("x.txt")


def test_entity_url_keeps_only_paged_lists():
    assert entity_url(3, {"timeline": 100, "bogus": 4}) == "entity:3?timeline=100"
    assert parse_address(entity_url(3, {"sources": 62, "passages": 18})).shown == {
        "sources": 62,
        "passages": 18,
    }
