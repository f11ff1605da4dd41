"""Key facts: every one cited, memberships as histories that never call a plan a membership,
uncertain facts hidden unless asked for, and the timeline merged."""

from __future__ import annotations

from database.models import (
    Citation,
    Description,
    EntityRef,
    Limits,
    Relation,
    SourceInfo,
    Summary,
    TimelineEvent,
)
from desktop_app.render import data, plain
from desktop_app.render.entity import summary_html
from desktop_app.render.html import Colors
from desktop_app.render.sheet import Options, build_sheet, merge_timeline

KYRGYZSTAN = EntityRef(1, "Kyrgyzstan", "country")
CSTO = EntityRef(2, "Collective Security Treaty Organization", "organization")
CUSTOMS = EntityRef(3, "Customs Union", "organization")
SCO = EntityRef(4, "Shanghai Cooperation Organization", "organization")
UN = EntityRef(5, "United Nations", "organization")
NATO = EntityRef(6, "NATO", "organization")


def cite(source: str, sentence: str) -> Citation:
    return Citation(source, f"Title of {source}", "Section", 10, 10 + len(sentence), sentence, "2014-01-01")


def member(other, status, date, source="a.txt", sentence="A sentence.", confidence=1.0, method="sentence"):
    citation = cite(source, sentence) if sentence else None
    year = int(date[:4]) if date else None
    return Relation("member_of", "out", other, year, date, status, confidence, method, None, citation)


def summary(relations=(), timeline=(), description=None, parent=None, parent_citation=None) -> Summary:
    sources = tuple(
        SourceInfo(n, s, f"Title of {s}", None, f"201{n}-01-01", None, 3)
        for n, s in enumerate(["a.txt", "b.txt", "c.txt"], start=1)
    )
    return Summary(
        entity=KYRGYZSTAN,
        category="Central Asia",
        iso_code="KG",
        aliases=(("Kyrgyz Republic", "spelling"),),
        description=description,
        parent=parent,
        parent_citation=parent_citation,
        children=(),
        timeline=tuple(timeline),
        relations=tuple(relations),
        mentioned_with=(),
        passages=(),
        sources=sources,
        mention_count=9,
        built="2026-01-01",
        totals={"timeline": len(timeline), "sources": 3},
        limits=Limits(),
        years=(1992, 2013) if timeline else None,
    )


def rows(sheet) -> dict[str, list]:
    return {row.label: row.items for row in sheet.facts}


def test_membership_history_keeps_each_status_with_its_word_and_date():
    sheet = build_sheet(
        summary(
            [
                member(CSTO, "suspended", "2012", "b.txt", "Its membership was suspended in 2012."),
                member(CSTO, "founding member", "1992", "a.txt", "It was a founding member in 1992."),
            ]
        )
    )
    (item,) = rows(sheet)["Member of"]
    assert [(step.word, step.date) for step in item.steps] == [
        ("founding member", "1992"),
        ("suspended", "2012"),
    ]
    text = plain.to_text(sheet)
    assert "Collective Security Treaty Organization (founding member 1992 [1]; suspended 2012 [2])" in text


def test_plans_applications_and_negations_are_never_memberships():
    sheet = build_sheet(
        summary(
            [
                member(CUSTOMS, "planned", "2013-04", sentence="It planned to join the Customs Union."),
                member(SCO, "not a member", None, sentence="It is not a member of the SCO."),
                member(UN, "applied", "2015", sentence="It applied to the UN."),
                member(NATO, "withdrew", "2012", sentence="It withdrew from NATO."),
            ]
        )
    )
    facts = rows(sheet)
    assert "Member of" not in facts
    others = {item.entity.name: item.steps[0].word for item in facts["Other membership statuses"]}
    assert others == {
        "Customs Union": "planned",
        "Shanghai Cooperation Organization": "not a member",
        "United Nations": "applied",
        "NATO": "withdrew",
    }
    assert "Member of" not in summary_html(sheet, Colors()) and "Member of" not in plain.to_markdown(sheet)
    assert "planned 2013-04" in plain.to_markdown(sheet)


def test_observer_is_filed_apart():
    sheet = build_sheet(summary([member(SCO, "observer", "2005", sentence="It is an observer in the SCO.")]))
    assert list(rows(sheet)) == ["Observer in"]


def test_a_fact_without_a_sentence_is_not_shown_but_a_curated_one_is_marked():
    sheet = build_sheet(
        summary(
            [member(CSTO, None, "2002", sentence=None, method="pattern")],
            description=Description("A curated line.", "gazetteer", None),
            parent=NATO,
        )
    )
    facts = rows(sheet)
    assert "Member of" not in facts
    assert facts["Part of"][0].steps[0].gazetteer
    text = plain.to_text(sheet)
    assert "A curated line. (gazetteer)" in text and "NATO (gazetteer)" in text


def test_every_shown_fact_carries_a_numbered_citation_with_its_sentence():
    sentence = "Kyrgyzstan joined the CSTO in 2002."
    sheet = build_sheet(
        summary(
            [member(CSTO, "joined", "2002", "c.txt", sentence)],
            description=Description(
                "Kyrgyzstan is a country.", "document", cite("b.txt", "Kyrgyzstan is a country.")
            ),
        )
    )
    html = summary_html(sheet, Colors())
    assert f'title="{sentence} — Title of c.txt, Section">[3]</a>' in html
    assert 'href="doc:c.txt?start=10&amp;end=45"' in html
    assert 'Kyrgyzstan is a country. <a href="doc:b.txt' in html
    shape = data.to_dict(sheet)
    history = shape["key_facts"][0]["items"][0]["history"][0]
    assert history["citation"]["sentence"] == sentence and history["citation"]["number"] == 3
    assert shape["description_citation"]["source"] == "b.txt"


def test_uncertain_facts_hidden_unless_asked_then_marked():
    relations = [
        member(CSTO, "joined", "2002", sentence="Joined the CSTO.", confidence=0.4),
        member(SCO, "member", "2001", sentence="A member of the SCO."),
    ]
    hidden = build_sheet(summary(relations))
    assert [item.entity.name for item in rows(hidden)["Member of"]] == ["Shanghai Cooperation Organization"]
    assert hidden.hidden_uncertain == 1
    assert "1 uncertain fact hidden" in summary_html(hidden, Colors())
    assert [r["name"] for r in data.to_dict(hidden)["relations"]] == ["Shanghai Cooperation Organization"]
    shown = build_sheet(summary(relations), Options(show_uncertain=True))
    assert len(rows(shown)["Member of"]) == 2 and shown.hidden_uncertain == 0
    assert "joined 2002 [1] uncertain" in plain.to_text(shown)


def event(date, text, source, origin="sentence"):
    return TimelineEvent(date, int(date[:4]), text, origin, (cite(source, text),), 1)


def test_timeline_merges_one_event_told_by_several_documents():
    merged = merge_timeline(
        summary(
            timeline=[
                event(
                    "2007",
                    "Kyrgyzstan joins the PfP Planning and Review Process (PARP).",
                    "a.txt",
                    "milestone",
                ),
                event(
                    "2007",
                    "It agreed to participate in the PfP Planning and Review Process in 2007.",
                    "b.txt",
                ),
                event(
                    "2007",
                    "Kyrgyzstan hosts the EAPC youth forum in Bishkek in November.",
                    "a.txt",
                    "milestone",
                ),
                event(
                    "2009-02",
                    "NATO opened a Depository Library at the Diplomatic Academy in February 2009.",
                    "c.txt",
                ),
                event(
                    "2009",
                    "The NATO Depository Library opens at the Diplomatic Academy in Bishkek.",
                    "a.txt",
                    "milestone",
                ),
            ]
        ),
        frozenset({"kyrgy"}),
    )
    assert [(row.date, row.text[:25], [c.source for c in row.citations]) for row in merged] == [
        ("2007", "Kyrgyzstan joins the PfP ", ["a.txt", "b.txt"]),
        ("2007", "Kyrgyzstan hosts the EAPC", ["a.txt"]),
        ("2009-02", "The NATO Depository Libra", ["c.txt", "a.txt"]),
    ]


def test_a_planned_date_is_its_own_row_and_says_planned_in_every_format():
    happened = event("2013-06", "The parliament voted in June 2013 to close the base in 2014.", "a.txt")
    planned = TimelineEvent(
        "2014",
        2014,
        "The lease on the base ends in 2014 as the parliament voted.",
        "sentence",
        (cite("b.txt", "The lease on the base ends in 2014 as the parliament voted."),),
        1,
        planned=True,
    )
    also = event("2014", "The lease on the base ends in 2014 as the parliament voted.", "c.txt")
    sheet = build_sheet(summary(timeline=[happened, planned, also]))
    assert [(row.date, row.planned) for row in sheet.timeline] == [
        ("2013-06", False),
        ("2014", True),
        ("2014", False),
    ]
    text_rows = [line for line in plain.to_text(sheet).splitlines() if line.startswith("  20")]
    assert text_rows[1].startswith("  2014 (planned) The lease")
    assert {row.index(" The ") for row in text_rows} == {len("  2014 (planned)")}  # One column of text.
    assert "| 2014 (planned) |" in plain.to_markdown(sheet)
    assert "2014 <span class='muted'>(planned)</span>" in summary_html(sheet, Colors())
    assert [row["planned"] for row in data.to_dict(sheet)["timeline"]] == [False, True, False]


def test_briefing_keeps_the_most_significant_rows_in_date_order():
    timeline = [
        event(f"{1990 + n}", f"Distinct happening number {n} about topic{n} matters{n}", "a.txt")
        for n in range(20)
    ]
    timeline[15] = event("2005", "Kyrgyzstan joins something notable", "a.txt", "milestone")
    sheet = build_sheet(summary(timeline=timeline), Options("briefing"))
    dates = [row.date for row in sheet.timeline]
    assert len(dates) == 10 and dates == sorted(dates) and "2005" in dates
    assert sheet.timeline_more == 10
    assert "… and 10 events more in the full dossier." in plain.to_markdown(sheet)


def test_counts_read_as_words():
    sheet = build_sheet(summary(timeline=[event("2013", "One thing happened here today.", "a.txt")]))
    overview = dict(sheet.overview)
    assert overview["Timeline"] == "1992–2013, 1 event"
    assert overview["Named in"] == "3 documents, 9 mentions"


def test_visits_to_different_countries_stay_apart():
    merged = merge_timeline(
        summary(
            timeline=[
                event("2003", "NATO’s Secretary General visits Tajikistan", "a.txt", "milestone"),
                event("2003", "NATO’s Secretary General visits Kazakhstan", "b.txt", "milestone"),
            ]
        ),
        frozenset({"nato"}),
    )
    assert len(merged) == 2


def test_a_timeline_row_is_one_line_however_the_document_broke_it():
    record = '[[membership]]\nstate = "Kazakhstan"\norg = "PJBC"\nsince = 2016-05-18'
    [row] = merge_timeline(summary(timeline=[event("2016-05-18", record, "a.txt")]))
    assert row.text == '[[membership]] state = "Kazakhstan" org = "PJBC" since = 2016-05-18'
    sheet = build_sheet(summary(timeline=[event("2016-05-18", record, "a.txt")]), Options())
    [line] = [line for line in plain.to_markdown(sheet).splitlines() if "Kazakhstan" in line]
    assert line.startswith("| 2016-05-18 | [[membership]] state") and line.endswith("|")
