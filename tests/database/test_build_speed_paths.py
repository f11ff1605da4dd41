"""The shortcuts the build takes to be fast give the answers the long way would.

A cheap test before a costly pattern (a word the pattern needs, the lines that can hold a match,
the verb a reading opens with) may only skip work whose answer is known. Each test states the
long way and checks the shortcut against it on every document the project has: the bundled ones
and the hand-written quality sets, whose layouts vary the most.
"""

import re
from pathlib import Path

import pytest

from database import people, variants
from database.paths import DOCUMENTS_DIR
from database.relations import membership
from database.relations.pipeline import membership_hinted

QUALITY = Path(__file__).resolve().parents[2] / "benchmarks" / "quality"
TEXTS = [
    path.read_text(encoding="utf-8")
    for path in sorted([*DOCUMENTS_DIR.glob("*.txt"), *QUALITY.glob("**/documents/*.txt")])
]
LINES = [line for text in TEXTS for line in text.splitlines() if line.strip()]

# The hint as one regex alternation, as it was written before it was split into substring tests.
MEMBERSHIP_HINT_AS_ONE_REGEX = re.compile(
    r"join|member|\bkept\b|\bkeep|observer|found|establish|set\s+up|appl|plan|intend|expect|suspen|froze|"
    r"withdr|left|quit|exit|particip|accession|acced|admit|belong|outside|part(?:y|ies)|entered|return|"
    r"restor|renew|resum|ended|terminat|renounc|gave\s+up|neither|since|creat|launch|\bformed\b|\bsit|"
    r"\bsat\b|partners?\s+in\b|remain|\bstay|\btakes?\s+part|taken\s+part|freez|request|\bbid\b|"
    r"\b(?:is|are|was|were)\s+(?:also\s+|still\s+)?in\s+(?:both\s+)?the\b"
)


def test_the_documents_are_there():
    assert len(TEXTS) > 100 and len(LINES) > 5000


def test_membership_hint_answers_as_the_one_regex():
    samples = [
        *LINES,
        *("They sat in the talks.", "It gave  up.", "It was still in both the blocs", "BID", ""),
        *("It takes part.", "It has kept it.", "partners in", "a bidding war", "It is in the", "Set Up"),
    ]
    for line in samples:
        assert membership_hinted(line) == bool(MEMBERSHIP_HINT_AS_ONE_REGEX.search(line.lower())), line


RENAMED_SAMPLES = [
    "The Shanghai Five was renamed the Shanghai Cooperation Organization in 2001.",
    "The Eurasian Economic Union, formerly the Eurasian Economic Community, met.\nNext line.",
    "It began as the Tashkent Treaty, then became the Collective Security Treaty Organization.",
    "In what is now Astana. In 1998 it was still called the Akmola City",
    "the Zone now known as the Free Zone\nand the Old Port, now called the New Port",
    "In what is now the Capital District.\nWhen she arrived it was called the\nOld Town",
]


@pytest.mark.parametrize("text", [*TEXTS, *RENAMED_SAMPLES])
def test_renamed_pairs_search_only_lines_that_can_match(text: str):
    everywhere = [match.group() for match in variants._RENAMED.finditer(text)]
    assert [match.group() for match in variants._renamed_matches(text)] == everywhere


def test_renamed_samples_are_found():
    assert all(variants.renamed_pairs(text) for text in RENAMED_SAMPLES[:5])


@pytest.mark.parametrize("text", [*TEXTS, "the\n  \n Zhang Ming", "The  Hu Jintao", "he the  x", "the \n"])
def test_article_before_a_name_is_read_from_the_white_space_back(text: str):
    # Where a name may start (a capital), and every offset of the short samples.
    ends = [end for end in range(len(text) + 1) if len(text) < 30 or text[end : end + 1].isupper()]
    for end in ends:
        assert people._article_before(text, end) == bool(people._ARTICLE_BEFORE.search(text, 0, end)), end


def test_each_membership_reading_opens_with_the_verb_tested_first():
    readings = membership._MEMBERSHIP + membership._MEMBERSHIP_BY_ANAPHOR + membership._MEMBERSHIP_BY_IT
    assert len(readings) > 30
    for _status, verb, pattern in readings:
        assert pattern.pattern.startswith(verb.pattern) and pattern.flags == verb.flags


def test_cached_surname_stem_answers_as_computed():
    from database.names import surname_stem

    for word in ["Tokayev", "Tokayeva", "Rahmon", "Rakhmonov", "Nikitina", "Ova", "Li", "Japarov"]:
        assert surname_stem(word) == surname_stem.__wrapped__(word)


def test_described_memberships_need_a_country_token():
    from database.relations.member_lists import _ORG_INCLUDES, _ORG_OF_COUNTRIES

    for pattern in (_ORG_INCLUDES, _ORG_OF_COUNTRIES):
        assert "(?P<subjects>" in pattern.pattern and "«[C]" in pattern.pattern.split("(?P<subjects>")[1]


@pytest.mark.parametrize("name", ["UNODC Office", "NATO Liaison Office", "Office"])
def test_an_office_is_searched_only_in_a_text_that_holds_its_name(name: str):
    from database.discover import _named_on_its_own

    pattern = rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-]| (?:in|of|for) [A-Z])"
    for text in [*TEXTS[:30], "the UNODC Office, the UNODC Office in Tashkent and the NATO Liaison Office."]:
        assert _named_on_its_own(text, name) == [found.start() for found in re.finditer(pattern, text)]
