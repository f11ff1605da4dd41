"""Hard-wrapped paragraphs (lines broken at a fixed width, as e-mails, rulings and text taken
from a PDF write them) read as the sentences they are; lines of lists, tables, records and
titles stay lines."""

import pytest

from database.corpus import parse_document
from database.matcher import sentence_spans
from tests.database.test_extract import dated_memberships, facts_for, stated

RULING = """Award of the Tribunal

1. The Tribunal notes that Kazakhstan, Kyrgyzstan and Tajikistan are members of the
Collective Security Treaty Organization, and that the parties to the dispute signed the
Treaty of Eternal Friendship on 4 April 2030 in Osh, as the record of the hearing shows.
"""


def _sentences(text: str) -> list[str]:
    document = parse_document(text, source="t.txt")
    return [
        text[start:end]
        for section in document.sections
        for start, end in sentence_spans(document.text, section.start, section.end)
    ]


def test_a_hard_wrapped_paragraph_reads_as_its_sentences(gazetteer_specs):
    _document, names, facts = facts_for(RULING, gazetteer_specs)
    members = {names[f.subject].name for f in facts.relations if f.predicate == "member_of"}
    assert members == {"Kazakhstan", "Kyrgyzstan", "Tajikistan"}
    assert [f.object for f in facts.relations if f.predicate == "member_of"][:1] == [
        next(
            index
            for index, spec in enumerate(names)
            if spec.name == "Collective Security Treaty Organization"
        )
    ]
    assert not [
        s for s in parse_document(RULING, source="t.txt").sections if s.heading.startswith("Collective")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Report\n\nCSTO ..................... Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan\n"
        "SCO ...................... China, India, Kazakhstan, Kyrgyzstan, Pakistan, Russia, Uzbekistan\n",
        "Hearing\n\nWitnesses:\n  Dr Madina Nazarova, Senior Fellow, Ferghana Institute for Regional Security\n"
        "  Ms Claire Vautrin, Head of the Central Asia Division, European External Action Service\n",
        "Declaration\n\nFor the Republic of Kazakhstan: Kassym-Jomart Tokayev, President of Kazakhstan\n"
        "For the Republic of Uzbekistan: Shavkat Mirziyoyev, President of Uzbekistan\n",
        "Slides\n\nThirty Years of Partnership: NATO and Central Asia in Review\n"
        "Dr Aigerim Seitkali, Caspian Policy Lab, Aktau\n",
        "Notes\n\n- Kazakhstan joined the Partnership for Peace in nineteen ninety-four\n"
        "- Kyrgyzstan joined the Partnership for Peace in nineteen ninety-four\n",
        # A signature: the title above is the signer's, not the next person's.
        "Regards\n\nDeputy Minister of Foreign Affairs of the Republic of Kazakhstan\n"
        "Rustam Nazarov, Ambassador of Uzbekistan to Tajikistan since 2019\n",
        # Slide lines: the next line's first word would have fitted, so the break was made.
        "Slide\n\nKyrgyzstan joined the Eurasian Economic Union in August 2015\n"
        "Armenia remains a member of the Collective Security Treaty Organization\n",
        "Options\n\n(i) Kazakhstan will remain a member of the CSTO for the time being\n"
        "(ii) Uzbekistan will seek observer status in the Eurasian Economic Union\n",
        "Live\n\n14:05 Delegations from Kazakhstan and Uzbekistan arrive in Tashkent\n"
        "14:20 Uzbekistan confirms it left the Collective Security Treaty Organization\n",
        "Table\n\nKazakhstan  member of the Collective Security Treaty  since 1994\n"
        "Uzbekistan  withdrew from the Collective Security Treaty  in 2012\n",
        "Notes\n\n## Kazakhstan and the Collective Security Treaty Organization today\n"
        "Kazakhstan has been a member of the organization since its foundation.\n",
    ],
)
def test_lines_of_lists_tables_and_titles_stay_lines(text):
    lines = [line.strip(" -") for line in text.split("\n\n", 1)[1].splitlines() if line.strip()]
    sentences = [sentence.strip(" -") for sentence in _sentences(text)]
    # Every line ends a sentence of its own: none runs on into the next line.
    for line in lines[:-1]:
        assert any(sentence.endswith(line) for sentence in sentences), line


def test_a_list_of_names_broken_after_a_comma_runs_on(gazetteer_specs):
    text = (
        "Syllabus\n\nWeek 2 - The Collective Security Treaty\n"
        "Summary: The Collective Security Treaty was signed in Tashkent on 15 May 1992 by Armenia, Kazakhstan,\n"
        "Kyrgyzstan, Russia, Tajikistan and Uzbekistan. Azerbaijan, Belarus and Georgia acceded in 1993. In 1999\n"
        "Azerbaijan, Georgia and Uzbekistan did not renew the treaty.\n"
    )
    _document, names, facts = facts_for(text, gazetteer_specs)
    signers = {names[f.subject].name for f in facts.relations if f.predicate == "signed"}
    assert signers >= {"Armenia", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan", "Uzbekistan"}


def test_a_date_broken_before_its_year_runs_on_and_a_year_item_stays_a_line(gazetteer_specs):
    text = (
        "Chronicle\n\nAfter long talks in the capital, Kazakhstan joined the Partnership for Peace on 27 May\n"
        "1994. Kyrgyzstan followed within weeks, as its parliament had asked the government to do.\n"
    )
    assert ("Kazakhstan", "joined", "1994-05-27") in dated_memberships(text, gazetteer_specs)
    timeline = (
        "Timeline\n\n1994. Kazakhstan joins NATO's Partnership for Peace programme at the end of May\n"
        "1995. Kyrgyzstan joins the Partnership for Peace programme, as planned in the spring\n"
    )
    assert not [sentence for sentence in _sentences(timeline) if "May\n1995" in sentence]


def test_a_bullets_text_goes_on_under_its_first_word_and_a_line_ending_its_runs_on():
    text = (
        "List\n\n* Shanghai Cooperation Organization (SCO) — seat in Beijing; its\n"
        "  Regional Anti-Terrorist Structure sits in Tashkent. Turkmenistan is not a member.\n"
        "* Organization of Turkic States — Turkey, Azerbaijan, Kazakhstan, Kyrgyzstan and\n"
        "  Uzbekistan are members; Turkmenistan and Hungary have observer status, the latter since\n"
        "  2018.\n"
    )
    sentences = _sentences(text)
    assert any(
        sentence.endswith("its\n  Regional Anti-Terrorist Structure sits in Tashkent.")
        for sentence in sentences
    )
    assert any(sentence.endswith("since\n  2018.") for sentence in sentences)
    assert not [s for s in parse_document(text, source="t.txt").sections if s.heading.startswith("*")]


def test_an_indented_block_wraps_and_a_numeric_date_ends_a_sentence(gazetteer_specs):
    text = (
        "Style sheet\n\nPartnership for Peace (PfP) — NATO's programme; spell out on first reference.\n"
        "  EXAMPLE: Turkmenistan joined the PfP on 10.05.1994. Would Kazakhstan join NATO if it\n"
        "  were asked? Do not speculate in news copy.\n"
    )
    pieces = [text[start:end] for start, end in sentence_spans(text)]
    assert "Would Kazakhstan join NATO if it\n  were asked?" in pieces
    assert dated_memberships(text, gazetteer_specs) == {("Turkmenistan", "joined", "1994-05-10")}


def test_lines_of_an_indented_block_that_open_with_a_name_stay_lines(gazetteer_specs):
    text = (
        "Notes\n\n  Armenia joined the CSTO in 1994 and Russia joined the organization as well\n"
        "  Uzbekistan joined the CSTO in 2006 and later withdrew from the organization\n"
        "  in 2012 after a dispute.\n"
    )
    withdrew = {
        name for name, status, _date in dated_memberships(text, gazetteer_specs) if status == "withdrew"
    }
    assert withdrew <= {"Uzbekistan"}


def test_a_configuration_value_goes_on_over_its_indented_lines_and_each_key_is_a_line():
    text = (
        "Seed\n\n[org.csto]\nname = Collective Security Treaty Organization\naliases = ODKB,\n"
        "    Organization of the Collective Security Treaty\nseat = Moscow\n"
    )
    assert _sentences(text)[-3:] == [
        "name = Collective Security Treaty Organization",
        "aliases = ODKB,\n    Organization of the Collective Security Treaty",
        "seat = Moscow",
    ]


def test_an_indented_snippet_s_date_broken_before_its_year_runs_on(gazetteer_specs):
    # An ellipsis that ends a cut snippet is no table's leader; the lines are one paragraph.
    text = (
        "Archive search\n\n"
        "10. Kyrgyzstan's EAEU date\n"
        "    …item of 8 May was wrong to say that Kyrgyzstan joined the Eurasian Economic Union\n"
        "    that day. Kyrgyzstan signed the Treaty on the Eurasian Economic Union on 23 December\n"
        "    2014, and the ratifications are still under way. Atambayev spoke at Manas on…\n"
    )
    _document, names, facts = facts_for(text, gazetteer_specs)
    assert {(names[f.subject].name, f.date) for f in facts.relations if f.predicate == "signed"} == {
        ("Kyrgyzstan", "2014-12-23")
    }


def test_the_following_year_counts_on_over_a_hard_wrapped_line_break(gazetteer_specs):
    text = (
        "Sights\n\n"
        "The Kara-Darya Border Cooperation Commission (KDBCC), set up by Kyrgyzstan and\n"
        "Uzbekistan in 2018, keeps its small secretariat in a former school on Manas St.\n"
        "Tajikistan became an observer in the Commission the following year. Its director\n"
        "talks to visiting groups.\n\n"
        "- Kazakhstan became an observer in the Commission in the year of its founding and\n"
        "- Mongolia became an observer in the Commission the following year.\n"
    )
    observers = {
        (subject, date)
        for subject, _org, status, date in stated(text, gazetteer_specs, "member_of", "status", "date")
        if status == "observer"
    }
    assert ("Tajikistan", "2019") in observers
    assert ("Mongolia", "2019") not in observers  # a list's next item opens its own paragraph
