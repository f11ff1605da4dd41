"""Reading loose plain-text documents: titles, bylines, dates, sections, milestones."""

from pathlib import Path

import pytest

from database.build import BuildReport, read_documents
from database.corpus import DocumentError, decode_bytes, looks_like_heading, parse_document, read_document
from database.dates import parse_date
from database.paths import DOCUMENTS_DIR
from tests.conftest import DATA


def test_nato_page_title_update_sections_and_milestones():
    document = read_document(DOCUMENTS_DIR / "000_c9c5b8a86b69c3ac.txt")
    assert document.title == "Relations with the Kyrgyz Republic"
    assert document.updated == "2017-12-12T14:35"
    headings = [section.heading for section in document.sections[1:]]
    assert headings[:3] == ["Highlights", "Key areas of cooperation", "Security cooperation"]
    security = document.sections[3]
    assert security.path[1:] == ("Key areas of cooperation", "Security cooperation")
    years = sorted({milestone.year for milestone in document.milestones})
    assert years == [1992, 1994, 2000, 2003, 2004, 2006, 2007, 2009, 2011, 2013]
    assert len([m for m in document.milestones if m.year == 2007]) == 2
    for milestone in document.milestones:
        assert document.text[milestone.start : milestone.end] == milestone.text


def test_breadcrumb_byline_and_trailing_publication_date():
    document = read_document(DOCUMENTS_DIR / "002_3c1a3a1192dce7f7.txt")
    assert document.title == "NATO Promotes Dialogue and Cooperation in Central Asia"
    assert document.author == "Arthur Dunn"
    assert document.published == "2011-06-15"


@pytest.mark.parametrize(
    ("second_line", "published"),
    [
        ("No. 48, published Thursday 12 June 2031, covering the week before", "2031-06-12"),
        ("Bulletin issued on 3 March 2030 by the press office", "2030-03-03"),
        # Not when the document was published: a report's subject, or a month without its day.
        ("A survey of what was published in 2019 and 2020", None),
        ("Issue 7, published June 2031", None),
    ],
)
def test_a_front_matter_line_that_says_when_the_document_was_published(second_line, published):
    text = f"Steppe Security Notes\n{second_line}\n\nKazakhstan and Mongolia met on 3 June.\n"
    document = parse_document(text, source="notes.txt")
    assert document.published == published


def test_a_letterhead_place_and_date_line_dates_the_document_only_near_the_top():
    head = "MINISTRY OF FOREIGN AFFAIRS\nTranscript of the press conference of the Minister\n"
    dated = parse_document(
        f"{head}Astana, 18 September 2031\n\nYesterday, on 17 September, they met.\n", source="a.txt"
    )
    assert dated.published == "2031-09-18"
    body = "\n\n".join(f"Paragraph {number} of the record says little." for number in range(10))
    later = parse_document(f"{head}\n{body}\n\nGeneva, 3 May 2030\n\nThey met there.\n", source="b.txt")
    assert later.published is None


@pytest.mark.parametrize(
    "head",
    [
        "Register of CSTO liaison officers\nAidar Bekov, 12 May 1975\nDilnoza Ismoilova, 3 June 1980\n",
        "Curriculum vitae\nRustam Nazarov, 14 July 1971\n",
        "SCO summits and the region\nDushanbe, 15 June 2021\nSamarkand, 16 September 2022\n",
        "Press digest\nInterfax, 2 March 2019\nKazinform, 5 April 2020\n",
    ],
)
def test_a_birth_date_or_a_list_of_places_and_dates_is_no_letterhead(head):
    document = parse_document(f"{head}\nLast year, Kyrgyzstan froze its participation.\n", source="r.txt")
    assert document.published is None


def test_run_in_heading_and_untitled_sections():
    document = read_document(DOCUMENTS_DIR / "004_eecf442c396144cb.txt")
    assert [s.heading for s in document.sections[1:]] == ["Development of Partnership Relations"]


def test_repeated_heading_is_folded_into_its_parent():
    document = read_document(DOCUMENTS_DIR / "001_f208f631f794864f.txt")
    headings = [section.heading for section in document.sections]
    assert headings.count("Regional Security and Afghanistan") == 1


def test_numbered_report_layout():
    document = read_document(DATA / "unseen" / "report_numbered.txt")
    assert [s.heading for s in document.sections[1:]] == ["1. Introduction", "2. Milestones", "3. Outlook"]
    assert [(m.year, m.text[:9]) for m in document.milestones] == [
        (2015, "Mongolia "),
        (2017, "In June, "),
        (2018, "Kazakhsta"),
    ]
    assert document.updated == "2020-03-03T09:15"


def test_page_without_headings_is_one_section():
    document = read_document(DATA / "unseen" / "no_headings.txt")
    assert document.title == "Notes on border talks"
    assert len(document.sections) == 1
    assert "Batken" in document.text[document.sections[0].start : document.sections[0].end]


def test_non_breaking_spaces_are_normalised():
    document = parse_document("Title\n\nNATO\u00a0and\u202fKyrgyzstan met.\n", source="x.txt")
    assert "NATO and Kyrgyzstan met." in document.text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Highlights", True),
        ("Key areas of cooperation", True),
        ("1.2 Scope of the report", True),
        ("Kyrgyzstan joins the Partnership for Peace.", False),
        ("the provision of the information on policy", False),
        ("OSCE Centre in Bishkek (OSCE)", False),
        ("15.06.2011", False),
        ("Rustam Yuldashev — Secretary General — 100 — 801", False),  # a directory's row
        ("Field Office Bishkek — Bishkek, Kyrgyzstan", True),
        ("", False),
    ],
)
def test_heading_heuristic(line, expected):
    assert looks_like_heading(line) is expected


@pytest.mark.parametrize(
    ("text", "iso", "time"),
    [
        ("12 Dec. 2017 14:35", "2017-12-12", "14:35"),
        ("15.06.2011", "2011-06-15", None),
        ("June 10, 2011", "2011-06-10", None),
        ("May 2013", "2013-05", None),
        ("2011-06-15", "2011-06-15", None),
    ],
)
def test_dates(text, iso, time):
    date, parsed_time = parse_date(text)
    assert (date.iso, parsed_time) == (iso, time)


def test_invalid_dates_are_not_dates():
    assert parse_date("31.02.2011") is None
    assert parse_date("Kyrgyzstan") is None


RUSSIAN = "Заголовок\n\nКыргызстан и Россия подписали договор о коллективной безопасности.\n"
MIXED = "Kyrgyzstan (Кыргызстан) joined the CSTO; Russia (Россия) signed the Treaty in Tashkent.\n"
CURLY = "NATO’s “Partnership for Peace” – launched in 1994 — includes Kyrgyzstan…\n"


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        ("Kyrgyzstan – Türkiye".encode(), "utf-8", "Kyrgyzstan – Türkiye"),
        ("\ufeffKyrgyzstan – Türkiye".encode(), "utf-8", "Kyrgyzstan – Türkiye"),
        ("\ufeffKyrgyzstan – Türkiye".encode("utf-16-le"), "utf-16", "Kyrgyzstan – Türkiye"),
        ("\ufeffKyrgyzstan – Türkiye".encode("utf-16-be"), "utf-16", "Kyrgyzstan – Türkiye"),
        ("\ufeffKyrgyzstan – Türkiye".encode("utf-32-le"), "utf-32", "Kyrgyzstan – Türkiye"),
        (RUSSIAN.encode("cp1251"), "cp1251", RUSSIAN),
        (RUSSIAN.encode("koi8-r"), "koi8-r", RUSSIAN),
        (MIXED.encode("cp1251"), "cp1251", MIXED),
        (MIXED.encode("koi8-r"), "koi8-r", MIXED),
        ("ещё ЁЖ".encode("cp1251"), "cp1251", "ещё ЁЖ"),
        (CURLY.encode("cp1252"), "cp1252", CURLY),
        (
            "Türkiye café, déjà été où à Genève".encode("latin-1"),
            "latin-1",
            "Türkiye café, déjà été où à Genève",
        ),
        # 0x81 is undefined in cp1252, so only Latin-1 can be meant.
        (b"Caf\xe9 \x81 d\xe9j\xe0", "latin-1", "Café \x81 déjà"),
    ],
)
def test_decoding(data, encoding, text):
    assert decode_bytes(data) == (text, encoding)


def test_windows_quotes_are_not_read_as_latin1_controls():
    """The bytes of a Word-style apostrophe and quotes are C1 controls in Latin-1."""
    text, _ = decode_bytes(b"NATO\x92s \x93Partnership for Peace\x94")
    assert text == "NATO’s “Partnership for Peace”"


@pytest.mark.parametrize(
    ("codec", "text", "guess"),
    [
        ("cp1252", CURLY, "cp1252"),
        ("latin-1", "Titre\n\nLa Türkiye et le Kazakhstan.\n", "latin-1"),
        ("cp1251", RUSSIAN, "cp1251"),
        ("koi8-r", RUSSIAN, "koi8-r"),
    ],
)
def test_a_guessed_encoding_is_named_in_a_build_warning(tmp_path: Path, codec, text, guess):
    (tmp_path / "guess.txt").write_bytes(text.encode(codec))
    report = BuildReport()
    [document] = read_documents([tmp_path], report)
    assert report.warnings == [f"guess.txt: not UTF-8, decoded as {guess}"]
    assert document.encoding == guess
    assert text.split()[-1].strip("…") in document.text


@pytest.mark.parametrize("codec", ["utf-8", "utf-16"])
def test_a_declared_or_valid_unicode_encoding_gives_no_warning(tmp_path: Path, codec):
    (tmp_path / "plain.txt").write_bytes(RUSSIAN.encode(codec))
    report = BuildReport()
    read_documents([tmp_path], report)
    assert report.warnings == []


@pytest.mark.parametrize("data", [b"", b"   \n", b"\x00\x01\x02binary\x00" * 20])
def test_unreadable_bytes_raise(data):
    with pytest.raises(DocumentError):
        decode_bytes(data)


def test_missing_file_raises_document_error(tmp_path: Path):
    with pytest.raises(DocumentError):
        read_document(tmp_path / "gone.txt")


def test_key_value_fields_are_text_and_a_lone_labelled_line_is_a_heading():
    fields = parse_document(
        "Fact sheets\n\nName: Tarvan Basin Council\nSeat: Zarbek, Tajikistan\nBorn: 1961, Zarbek\n\n"
        "Summary: Water and Borders\n\nThe council meets twice a year in the valley.\n",
        source="t.txt",
    )
    headings = [section.heading for section in fields.sections[1:]]
    assert headings == ["Summary: Water and Borders"]  # alone among prose: still a heading
    intro = fields.sections[0]
    assert "Seat: Zarbek, Tajikistan" in fields.text[intro.start : intro.end]


def test_a_one_sentence_first_line_is_still_the_title():
    document = parse_document("Water talks resume in Osh.\n\nThe talks ended on 3 May.\n", source="t.txt")
    assert document.title == "Water talks resume in Osh."


def test_rows_of_a_fixed_width_report_are_text_unless_a_cell_goes_on_below():
    report = (
        "Register\n\nSTATE        ORGANIZATION                  ST\n"
        "Kazakhstan   Shanghai Cooperation Organization  F   15JUN2001\n"
        "Kyrgyzstan   Shanghai Cooperation Organization  F   15JUN2001\n\nEnd of report.\n"
    )
    headings = [section.heading for section in parse_document(report, source="r.txt").sections[1:]]
    assert not [heading for heading in headings if heading.startswith(("Kazakhstan", "Kyrgyzstan"))]
    chronology = (
        "Chronology\n\n   Feb 2024  Armenia          Prime Minister Pashinyan says Armenia has\n"
        "                              frozen its participation in the CSTO.\n"
    )
    headings = [section.heading for section in parse_document(chronology, source="c.txt").sections[1:]]
    assert any(heading.startswith("Feb 2024") for heading in headings)


def test_a_date_in_a_list_s_cell_does_not_date_the_document():
    text = "Handbook\n\nLast updated: 14 October 2031\n\n.. list-table::\n\n   * - Founded\n     - 19 April 2011\n"
    document = parse_document(text, source="t.txt")
    assert document.published is None and document.updated == "2031-10-14"
    assert parse_document(
        "Notice\n\nThe Agreement entered into force.\n\n17 June 2019\n", source="n.txt"
    ).published == ("2019-06-17")


def test_restructured_text_markup_before_the_title_is_not_the_title():
    text = ".. _regional-organizations:\n\n======================\nRegional Organizations\n======================\n\nText.\n"
    assert parse_document(text, source="r.txt").title == "Regional Organizations"
