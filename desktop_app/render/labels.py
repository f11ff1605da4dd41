"""Words shown for kinds, groups, predicates and statuses, and small wording helpers."""

from __future__ import annotations

KIND_LABELS = {
    "country": "Country",
    "organization": "Organization",
    "programme": "Programme",
    "treaty": "Treaty",
    "person": "Person",
    "place": "Place",
}
KIND_TITLES = {
    "country": "Countries",
    "organization": "Organizations",
    "programme": "Programmes",
    "treaty": "Treaties",
    "person": "People",
    "place": "Places",
}
PREDICATE_LABELS = {
    ("member_of", "out"): "Member of",
    ("member_of", "in"): "Members",
    ("observer", "out"): "Observer in",
    ("observer", "in"): "Observers",
    ("status", "out"): "Other membership statuses",
    ("status", "in"): "Other membership statuses",
    ("part_of", "out"): "Part of",
    ("part_of", "in"): "Programmes and bodies",
    ("signed", "out"): "Signed",
    ("signed", "in"): "Parties",
    ("located_in", "out"): "Located in",
    ("located_in", "in"): "Places in it",
    ("holds_office", "out"): "Offices",
    ("holds_office", "in"): "Office holders",
}
FACT_ORDER = (
    "Part of",
    "Member of",
    "Members",
    "Observer in",
    "Observers",
    "Other membership statuses",
    "Signed",
    "Parties",
    "Offices",
    "Office holders",
    "Located in",
    "Places in it",
    "Programmes and bodies",
)
GAZETTEER = "gazetteer"
CORRECTED_BY_YOU = "corrected by you"
UNCERTAIN = "uncertain"


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.capitalize())


def kind_title(kind: str) -> str:
    return KIND_TITLES.get(kind, kind.capitalize())


def predicate_label(predicate: str, direction: str) -> str:
    return PREDICATE_LABELS.get((predicate, direction), predicate.replace("_", " ").capitalize())


def count(number: int, singular: str, plural: str | None = None) -> str:
    """'1 document', '2 documents', '1,200 mentions'."""
    word = singular if number == 1 else (plural or f"{singular}s")
    return f"{number:,} {word}"


def year_span(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"
