"""Sentences read wrongly once, each a class of wrong reading: an aside's country taken for the
subject, a denial of the whole sentence, a condition or a supposition taken for a fact. Each
case names the fact the sentence must not state (shown as sure), and where the sentence states
one, the fact it must."""

import pytest

from tests.database.test_extract import stated

CSTO = "Collective Security Treaty Organization"
SCO = "Shanghai Cooperation Organization"
EAEU = "Eurasian Economic Union"
CST = "Collective Security Treaty"


def _sure(text: str, specs, predicate: str) -> set[tuple[str, str]]:
    return {(subject, obj) for subject, obj in stated(text, specs, predicate, confident=True)}


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        (
            "Kyrgyzstan, a neighbour of Tajikistan, joined the Eurasian Economic Union in 2015.",
            "Tajikistan",
            "Kyrgyzstan",
        ),
        (
            "Uzbekistan, a neighbour of Kazakhstan, withdrew from the CSTO in 2012.",
            "Kazakhstan",
            "Uzbekistan",
        ),
        ("Armenia, a traditional ally of Russia, joined the Eurasian Economic Union.", "Russia", "Armenia"),
        ("Pakistan, a rival of India, joined the SCO in 2017.", "India", "Pakistan"),
        ("Tajikistan, an ally of Russia, is a member of the CSTO.", "Russia", "Tajikistan"),
        ("Belarus, a neighbour of Russia, applied to join the SCO in 2009.", "Russia", "Belarus"),
        (
            "Kyrgyzstan, bordering Tajikistan, joined the Eurasian Economic Union in 2015.",
            "Tajikistan",
            "Kyrgyzstan",
        ),
        (
            "Kyrgyzstan, and not Tajikistan, joined the Eurasian Economic Union in 2015.",
            "Tajikistan",
            "Kyrgyzstan",
        ),
        ("Armenia, rather than Georgia, joined the Eurasian Economic Union in 2015.", "Georgia", "Armenia"),
        ("Mongolia, observed by China, became an observer of the SCO in 2004.", "China", "Mongolia"),
        ("With the support of Russia, Tajikistan joined the CSTO in 1992.", "Russia", "Tajikistan"),
        (
            "After talks with Russia, Uzbekistan joined the Eurasian Economic Community in 2006.",
            "Russia",
            "Uzbekistan",
        ),
    ],
)
def test_a_country_in_an_aside_or_governed_by_a_preposition_is_no_member(
    sentence, wrong, right, gazetteer_specs
):
    members = {subject for subject, _ in _sure(sentence, gazetteer_specs, "member_of")}
    assert wrong not in members
    assert right in members


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        (
            "Kazakhstan, a neighbour of China, signed the Collective Security Treaty in 1992.",
            "China",
            "Kazakhstan",
        ),
        (
            "Kazakhstan and Russia, after consulting China, signed the Collective Security Treaty.",
            "China",
            "Russia",
        ),
        (
            "With the support of Russia, Armenia signed the Collective Security Treaty in 1992.",
            "Russia",
            "Armenia",
        ),
    ],
)
def test_a_country_in_an_aside_or_governed_by_a_preposition_signs_nothing(
    sentence, wrong, right, gazetteer_specs
):
    signers = {subject for subject, _ in _sure(sentence, gazetteer_specs, "signed")}
    assert wrong not in signers
    assert right in signers


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        # A list that ends in 'and' after a conjunction is still the list of subjects.
        (
            "The talks end three weeks before Kazakhstan, Russia and Belarus join the Eurasian Economic Union.",
            {"Kazakhstan", "Russia", "Belarus"},
        ),
        # One country after 'after' is the subject of its own clause.
        ("Two years after Armenia joined the Eurasian Economic Union, the talks resumed.", {"Armenia"}),
        # 'together with' names a co-subject.
        (
            "Together with Kazakhstan, Russia joined the Eurasian Economic Union in 2015.",
            {"Kazakhstan", "Russia"},
        ),
    ],
)
def test_lists_and_single_subjects_after_a_conjunction_stay(sentence, members, gazetteer_specs):
    assert {subject for subject, _ in _sure(sentence, gazetteer_specs, "member_of")} == members
