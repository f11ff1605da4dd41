"""Documents cut into passages: paragraphs that keep their section path and exact offsets."""

from pathlib import Path

import pytest

from database.corpus import parse_document, read_document
from database.passages import LONG_CHARS, SHORT_CHARS, document_passages, passage_spans, years_named
from database.paths import DOCUMENTS_DIR

from ..conftest import DATA

ALL_DOCUMENTS = sorted(DOCUMENTS_DIR.glob("*.txt")) + sorted((DATA / "unseen").glob("*.txt"))


def passages_of(path: Path) -> tuple:
    document = read_document(path)
    rows = document_passages(
        document, 1, {section.ordinal: section.ordinal + 100 for section in document.sections}
    )
    return document, rows


@pytest.mark.parametrize("path", ALL_DOCUMENTS, ids=lambda path: path.name)
def test_passages_cite_the_text_exactly_and_stay_in_their_section(path):
    document, rows = passages_of(path)
    assert rows
    for row in rows:
        assert document.text[row["start"] : row["end"]] == row["text"]
        section = document.section_at(row["start"])
        assert row["end"] <= section.end
        assert row["section_id"] == section.ordinal + 100
        assert row["path"] == " › ".join(section.path)
    starts = [row["start"] for row in rows]
    assert starts == sorted(starts)
    assert all(left["end"] <= right["start"] for left, right in zip(rows, rows[1:], strict=False))


@pytest.mark.parametrize("path", ALL_DOCUMENTS, ids=lambda path: path.name)
def test_no_passage_is_a_bare_heading(path):
    document, rows = passages_of(path)
    headings = {section.heading for section in document.sections if section.ordinal}
    assert not [row["text"] for row in rows if row["text"] in headings]


def test_a_document_without_headings_is_cut_into_paragraphs():
    """The 2011 article is one section of 11,000 characters; its passages are paragraphs."""
    document, rows = passages_of(DOCUMENTS_DIR / "002_3c1a3a1192dce7f7.txt")
    assert len(document.sections) == 1
    assert len(rows) > 20
    assert max(row["end"] - row["start"] for row in rows) <= LONG_CHARS
    ratified = next(row for row in rows if "ratified a Treaty" in row["text"])
    assert ratified["text"].startswith("On June 10th the Kyrgyz Parliament")


def test_long_paragraphs_become_windows_of_whole_sentences():
    sentence = "The commission met in Osh and agreed on the next steps for the border. "
    text = "Title\n\n" + sentence * 40 + "\n"
    spans = passage_spans(text, 7, len(text))
    assert len(spans) > 1
    for start, end in spans:
        assert end - start <= LONG_CHARS
        assert text[start:end].startswith("The commission") and text[start:end].endswith("border.")


def test_an_unpunctuated_dump_is_cut_between_words():
    text = "word " * 3000
    spans = passage_spans(text, 0, len(text))
    assert all(end - start <= LONG_CHARS for start, end in spans)
    assert all(
        text[start:end].startswith("word") and text[start:end].endswith("word") for start, end in spans
    )


def test_short_lines_join_until_readable():
    milestone = "1994\nKyrgyzstan joins the Partnership for Peace."
    text = f"{milestone}\n\n" + "A long paragraph about cooperation. " * 30
    spans = passage_spans(text, 0, len(text))
    assert text[spans[0][0] : spans[0][1]] == milestone  # The year line is read with its event.
    assert len(milestone) < SHORT_CHARS
    assert len(spans) > 2  # The paragraph after it is too long to join, and is cut.


def test_passages_record_years_and_kinds_named():
    document = parse_document(
        "Note\n\nIn 1994 and again in 2001 Kyrgyzstan met the OSCE, not in 1850.\n", source="note.txt"
    )
    rows = document_passages(document, 1, {0: 1}, [(document.text.index("Kyrgyzstan"), "country")])
    assert rows[0]["years"] == "1994 2001"
    assert rows[0]["kinds"] == "country"
    assert years_named("from 2010 to 2012, and 2010 again") == [2010, 2012]


def test_a_hard_wrapped_paragraph_is_one_passage_and_its_lines_are_not_cut_apart():
    text = (
        "Report\n\n"
        "The annual review of the region notes that Kazakhstan, Kyrgyzstan and\n"
        "Tajikistan are members of the Collective Security Treaty Organization,\n"
        "while Uzbekistan left it in 2012 after years of quiet disagreement.\n\n"
        "A second paragraph follows here, long enough to stand as a passage of its own in any reading of it.\n"
    )
    document = parse_document(text, source="wrapped.txt")
    texts = [document.text[start:end] for start, end in passage_spans(document.text, 0, len(document.text))]
    assert any(
        "Kyrgyzstan and\nTajikistan are members" in passage and "quiet disagreement." in passage
        for passage in texts
    )
    assert not any(passage.startswith(("Tajikistan are", "while Uzbekistan")) for passage in texts)


def test_a_markdown_headings_marks_are_in_no_passage_and_its_title_is_in_the_path():
    document = parse_document(
        "# Notes\n\nA text about it all, long enough to stand as a passage of its own here.\n\n"
        "## The Kuryk Centre ##  \n\nThe Kuryk Centre opened in Kuryk on 14 October 2025.\n",
        source="t.txt",
    )
    passages = [document.text[start:end] for start, end in _spans_of(document)]
    assert passages == [
        "A text about it all, long enough to stand as a passage of its own here.",
        "The Kuryk Centre opened in Kuryk on 14 October 2025.",
    ]
    assert document.sections[1].path == ("Notes", "The Kuryk Centre")  # the title without its '#'


def _spans_of(document):
    return [
        span
        for section in document.sections
        for span in passage_spans(
            document.text, section.start, section.end, section.heading if section.ordinal else ""
        )
    ]
