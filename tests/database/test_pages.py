"""Text taken from laid-out pages: running heads and feet, paragraphs a page break cut, words
broken with a hyphen at a line end. Documents and names are invented for these tests."""

from database.corpus import parse_document
from database.pages import unpaginate
from tests.database.test_extract import facts_for

PAGES = """Steppe Policy Review 2031/1                    Security in Central Asia

the annual review of the region notes that Kazakhstan, Kyr-
gyzstan and Tajikistan are members of the Collective Security Treaty Or-
ganization, while Uzbekistan left it in 2012 and the then-
commander of its forces stayed on. The Russia-
Kazakhstan border is long.

14                                                  Steppe Policy Review 2031/1

Steppe Policy Review 2031/1                    Security in Central Asia

The Russia-Kazakhstan talks went on, and the Russia-led bloc met. If Iran were to

15                                                  Steppe Policy Review 2031/1

Steppe Policy Review 2031/1                    Security in Central Asia

accede, Russia would follow.
"""


def test_running_heads_and_feet_go_and_a_cut_paragraph_goes_on():
    text = unpaginate(PAGES)
    assert text.startswith("Steppe Policy Review 2031/1")  # the first head is the title
    assert text.count("Steppe Policy Review") == 1
    assert "If Iran were to\naccede, Russia would follow." in text


def test_words_broken_at_a_line_end_are_joined_and_real_hyphens_kept():
    text = unpaginate(PAGES)
    assert "Kazakhstan, Kyrgyzstan\nand Tajikistan" in text
    assert "Collective Security Treaty Organization,\n" in text
    assert "the then-commander\n" in text  # a prefix that keeps its hyphen
    assert "The Russia-\nKazakhstan border" in text  # a capital after the hyphen: two names


def test_a_hyphen_the_text_writes_elsewhere_is_kept():
    text = "Analysts read the long report on the Russia-\nled bloc, the Russia-led bloc being large.\n"
    assert "the Russia-led\nbloc, the" in unpaginate(text)


def test_text_without_pages_is_left_as_it_is():
    for text in (
        "Milestones\n\n    1992\n\n    1994\n\nA line.\n",
        "- id: ORG-014\n  name: A\n\n- id: ORG-031\n  name: B\n",
        "Answered by Lord Vale on 12 March 2031\n\nText.\n\nAnswered by Lord Vale on 26 March 2031\n",
        "1\n00:00:01,000 --> 00:00:02,000\nHello.\n\n2\n00:00:03,000 --> 00:00:04,000\nBye.\n",
    ):
        assert unpaginate(text) == text


def test_a_laid_out_report_reads_as_its_sentences(gazetteer_specs):
    document = parse_document(PAGES, source="t.txt")
    assert "Steppe Policy Review 2031/1" not in document.text[40:]
    _document, names, facts = facts_for(PAGES, gazetteer_specs)
    members = {
        (names[r.subject].name, names[r.object].name)
        for r in facts.relations
        if r.predicate == "member_of" and r.status == "member"
    }
    assert ("Kyrgyzstan", "Collective Security Treaty Organization") in members


def test_compounds_broken_at_a_line_end_keep_their_hyphen():
    text = (
        "The Russian-\nbrokered ceasefire held while the Kremlin-\nfriendly media said a state-\n"
        "owned firm had security-\nrelated contracts.\n"
    )
    joined = unpaginate(text)
    for compound in ("Russian-brokered", "Kremlin-friendly", "state-owned", "security-related"):
        assert compound in joined


def test_repeated_table_headers_and_signature_lines_are_not_running_heads():
    tables = (
        "| Country        | CSTO           | SCO            |\n|---|---|---|\n| Kazakhstan | yes | yes |\n\n"
        "| Country        | CSTO           | SCO            |\n|---|---|---|\n| Mongolia | no | observer |\n"
    )
    assert unpaginate(tables) == tables
    blocks = (
        "Done at Osh.\n\nFor the Republic of Kazakhstan          For the Republic of Uzbekistan\n"
        "Aigul Bekova                             Timur Osmonov\n\n"
        "Done at Khiva.\n\nFor the Republic of Kazakhstan          For the Republic of Uzbekistan\n"
        "Aigul Bekova                             Timur Osmonov\n"
    )
    assert unpaginate(blocks) == blocks


SUBTITLES = """1
00:00:01,000 --> 00:00:04,500
[music]

2
00:00:05,000 --> 00:00:09,200
NARRATOR: In the spring of 2031, the leaders of
six states met in Osh.

3
00:00:09,400 --> 00:00:13,800
On the 15th of June 2031, Mongolia, Georgia

4
00:00:13,900 --> 00:00:17,600
and Belarus founded the Steppe Security Council.

5
00:00:18,000 --> 00:00:22,300
DR. AIGUL BEKOVA (Minsk Institute of Strategy, Minsk):
It grew slowly.
"""


def test_a_subtitle_file_reads_as_its_transcript():
    text = unpaginate(SUBTITLES)
    assert "-->" not in text
    assert (
        "[00:00:05] NARRATOR: In the spring of 2031, the leaders of six states met in Osh. On the 15th of June "
        "2031, Mongolia, Georgia and Belarus founded the Steppe Security Council." in text
    )
    assert "\n\n[00:00:18] DR. AIGUL BEKOVA (Minsk Institute of Strategy, Minsk): It grew slowly." in text


def test_a_sentence_cut_across_cues_states_its_fact(gazetteer_specs):
    _document, names, facts = facts_for(SUBTITLES, gazetteer_specs)
    founders = {
        names[r.subject].name
        for r in facts.relations
        if r.predicate == "member_of" and r.status == "founding member"
    }
    assert founders == {"Mongolia", "Georgia", "Belarus"}


def test_text_with_a_time_or_two_is_no_subtitle_file():
    text = "Log\n\n1\n00:00:01,000 --> 00:00:02,000\nHello.\n\nThe meeting went on.\n"
    assert unpaginate(text) == text


def test_suspended_hyphens_names_and_dated_lines_are_left_alone():
    text = (
        "The report covers Kazakh-\nand Russian-language media, a two-\nor three-day visit, a tit-\n"
        "for-tat dispute and the Pamir-\nregion near the Pamir mountains.\n\n"
        "Day 1      5 May 2031\n\nTalks.\n\nDay 2      6 May 2031\n\nMore talks.\n"
    )
    assert unpaginate(text) == text.replace("Pamir-\nregion near", "Pamir-region\nnear")


WEBVTT = """WEBVTT

NOTE made by hand

intro
00:01.000 --> 00:04.000
<v Aidar Bekov>Kazakhstan joined the CSTO

00:04.500 --> 00:08.000
<v Aidar Bekov>in 1994, <i>he said</i>.

00:08.500 --> 00:10.000
<v Moderator>Thank you.

00:10.500 --> 00:12.000
Ivan Petrov: Mongolia did not.
"""


def test_a_webvtt_file_reads_as_its_transcript_with_its_speakers():
    text = unpaginate(WEBVTT)
    assert "WEBVTT" not in text and "NOTE" not in text and "<" not in text
    assert "[00:01] Aidar Bekov: Kazakhstan joined the CSTO in 1994, he said." in text
    assert "\n\n[00:08] Moderator: Thank you.\n\n[00:10] Ivan Petrov: Mongolia did not." in text
