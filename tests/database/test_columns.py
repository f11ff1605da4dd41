"""Text set in two columns side by side (as `pdftotext -layout` prints a newsletter): read one
column after the other. Documents and names are invented for these tests."""

import pytest

from database.columns import read_columns
from tests.database.test_extract import facts_for

NEWSLETTER = """\
STEPPE LETTER  ·  No. 7  ·  March 2031                                                     5

A COUNCIL AT TEN                                  WHO LEFT, WHO STAYED
By Dana Orazova                                   By Erlan Tokhtarov

Ten years after its founding, the Tengri Water    Armenia froze its participation in the
Council has become the busiest of the small       Collective Security Treaty Organization in
river bodies of the region. Kazakhstan and        February 2024. It has not formally with-
Kyrgyzstan founded it in 2021, and China          drawn.
joined the Council the following year.
                                                  Uzbekistan, a member from 2006, left the
The Council's standing body, the Tengri Water     organization in December 2012. India and
Secretariat, sits in Taraz and keeps a desk       Pakistan became full members of the
at the border post.                               Shanghai Cooperation Organisation on 9
                                                  June 2017.

BODIES AT A GLANCE
----------------------------------------------------------------------------------------------
Body                                       Seat        Founded   Members   Observers
Shanghai Cooperation Organisation          Beijing     2001      10        Afghanistan, Mongolia
Tengri Water Council                       Taraz       2021      3         none
----------------------------------------------------------------------------------------------
"""


def test_two_columns_read_one_after_the_other_with_their_paragraphs_whole():
    text = read_columns(NEWSLETTER)
    left = "Ten years after its founding, the Tengri Water Council has become the busiest of the small"
    assert left in text
    assert "China joined the Council the following year." in text
    right = "Armenia froze its participation in the Collective Security Treaty Organization in February 2024."
    assert right in text
    assert text.index(left) < text.index("The Council's standing body") < text.index(right)
    assert "It has not formally withdrawn.\n" in text  # the broken word whole, on one line
    assert "A COUNCIL AT TEN\nBy Dana Orazova\n" in text  # a heading is not run into its byline


def test_what_is_not_in_the_columns_is_left_where_it_was():
    text = read_columns(NEWSLETTER)
    assert text.startswith("STEPPE LETTER  ·  No. 7  ·  March 2031" + " " * 53 + "5\n")  # the running head
    table = NEWSLETTER[NEWSLETTER.index("BODIES AT A GLANCE") :]
    assert text.endswith(table)


def test_a_line_run_together_with_one_space_between_clean_ones_is_cut_at_the_gutter():
    rows = [
        ("THE TREATY IN FORCE", "A UNION OF THREE"),
        ("The Tengri Treaty, signed at Taraz", "The Steppe Union, which Kazakhstan"),
        ("on 5 May 2030, entered into force", "and Uzbekistan launched in January"),
        ("on 20 April 2031. Its first partners", "and Kyrgyzstan joined in April, set"),
        ("were Kazakhstan, Kyrgyzstan and", "up a council at the Almaty summit"),
        ("Tajikistan; Mongolia acceded the", "of 8 July 2031 with its seat in the"),
        ("following year as an observer.", "city of Almaty."),
    ]
    block = "".join(
        f"{left:<35}  {right}\n" if len(left) < 36 else f"{left} {right}\n" for left, right in rows
    )
    assert "partners and Kyrgyzstan" in block  # the columns run together on that line
    text = read_columns(block)
    assert "Its first partners were Kazakhstan, Kyrgyzstan and Tajikistan;" in text
    assert "and Kyrgyzstan joined in April, set up a council" in text


def test_tables_forms_and_labelled_rows_are_no_columns():
    for text in (
        "Member state                       Joined               Status of ratification\n" * 8,
        "".join(
            f"{label:<34}{value}\n"
            for label, value in [
                ("Headquarters", "Taraz, Kazakhstan"),
                ("Founded", "12 April 2021"),
                ("Members", "Kazakhstan, Kyrgyzstan, China"),
                ("Observers", "Mongolia"),
                ("Secretary General", "Dana Orazova"),
                ("Working languages", "Kazakh, Russian, Chinese"),
                ("Budget", "4.2 million euros"),
            ]
        ),
        "12 Mar 2030   Kazakhstan         Signs the Tengri Treaty with its two neighbours\n" * 7,
        "Prose without a gutter, written as one column of an ordinary report.\n" * 9,
    ):
        assert read_columns(text) == text


def test_a_two_column_page_gives_the_facts_of_each_column(gazetteer_specs):
    _document, names, facts = facts_for(NEWSLETTER, gazetteer_specs)
    members = {
        (names[r.subject].name, names[r.object].name, r.status, r.date)
        for r in facts.relations
        if r.predicate == "member_of" and r.confidence >= 0.6
    }
    assert ("India", "Shanghai Cooperation Organization", "joined", "2017-06-09") in members
    assert ("Armenia", "Collective Security Treaty Organization", "suspended", "2024-02") in members


@pytest.mark.parametrize(
    "table",
    [
        # Cells of prose whose rows keep step: each paragraph of one column opens beside one of the other.
        "MYTH                                      REALITY\n"
        "Turkmenistan joined the organization in   Turkmenistan has never been a member;\n"
        "2015 after the border clashes with the    its neutrality, recognised by the UN\n"
        "Taliban.                                  in 1995, rules out any alliance.\n\n"
        "Uzbekistan returned to the organization   Uzbekistan suspended its membership in\n"
        "in 2020 under President Mirziyoyev and    2012 and has stayed out, preferring\n"
        "now takes part in its exercises.          bilateral ties with Moscow.\n\n"
        "Afghanistan signed the Collective         Afghanistan was never a party; it only\n"
        "Security Treaty in 2002 as an observer    attended meetings as a guest of the\n"
        "of the organization in Moscow.            Council at the invitation of Moscow.\n",
        # A chronology whose long cells read like words: no line goes on in lower case.
        "15 May 1992 at the summit in Tashkent      Six states sign the Collective Security Treaty\n"
        "2 April 1999 at the meeting in Moscow      Azerbaijan, Georgia and Uzbekistan leave the CSTO\n"
        "7 October 2002 at the summit in Chisinau   The CSTO charter is signed by six member states\n"
        "23 June 2006 at the summit held in Minsk   Uzbekistan rejoins the CSTO as a full member\n"
        "28 June 2012 by a note sent from Tashkent  Uzbekistan suspends its membership of the CSTO\n"
        "26 September 2024 in a speech in Yerevan   Armenia freezes its participation in the CSTO\n",
    ],
)
def test_a_table_of_long_cells_is_no_two_column_page(table):
    assert read_columns(table) == table


def test_a_sentence_the_column_break_cuts_reads_whole_and_a_line_across_stays_whole(gazetteer_specs):
    rows = [
        ("Ashgabat has kept its distance from", "Turkmenistan joined the Collective"),
        ("every bloc since independence. Its", "Security Treaty Organization in 2021."),
        ("neutrality, recognised by the United", "The foreign ministry called the story"),
        ("Nations in 1995, rules out membership", "a fabrication and asked the outlets to"),
        ("of any military alliance, and", "withdraw it, which two of them did"),
        ("officials repeat this at every summit.", "within a week. Neutrality remains the"),
        ("It is simply not true, whatever some", "basis of policy."),
        ("outlets in Moscow claimed last spring,", ""),
        ("that", ""),
    ]
    page = "Neutral Ground\n\n" + "".join(f"{left:<42}{right}".rstrip() + "\n" for left, right in rows)
    assert "spring, that Turkmenistan joined the Collective Security" in read_columns(page)
    assert _sure_members(page, gazetteer_specs) == set()
    across = "The ministry in Astana denied claims that Kyrgyzstan left the CSTO in 2022."
    two_pages = (
        page.replace("Neutral Ground\n\n", "")
        + "\n"
        + across
        + "\n\n"
        + page.replace("Neutral Ground\n\n", "")
    )
    assert "\n" + across + "\n" in read_columns("Title\n\n" + two_pages)


def _sure_members(text: str, specs) -> set[tuple]:
    _document, names, facts = facts_for(text, specs)
    return {
        (names[r.subject].name, names[r.object].name, r.status)
        for r in facts.relations
        if r.predicate == "member_of" and r.confidence >= 0.6
    }
