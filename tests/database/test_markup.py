"""Wiki markup around a document's words: links read as their names, citations read as nothing.
Documents and names are invented for these tests."""

from database.markup import unlinked
from tests.database.test_extract import facts_for, stated


def test_links_read_as_the_page_shows_them_and_the_text_keeps_its_length():
    text = (
        "[[Kyrgyzstan|Kyrgyz Republic]] joined the [[Tengri Water Council]] after the [[2005 Andijan unrest|"
        "Andijan events]]. [[Category:Water]] [[File:a.png|x]]"
    )
    readable = unlinked(text)
    assert len(readable) == len(text)
    assert " ".join(readable.split()) == (
        "Kyrgyz Republic joined the Tengri Water Council after the Andijan events . [[Category:Water]] [[File:a.png|x]]"
    )


def test_a_piped_link_s_label_says_what_the_sentence_says(gazetteer_specs):
    sentence = (
        "[[Almazbek Atambayev]], the [[President of Kyrgyzstan|former president]], was arrested in 2019."
    )
    assert ("Almazbek Atambayev", "Kyrgyzstan", "President") not in stated(
        sentence, gazetteer_specs, "holds_office", "role"
    )


def test_citations_go_whole_and_an_unclosed_one_takes_nothing_after_it():
    text = (
        "It was founded in 2021.{{sfn|Roberts|2014}} {{cite web |date={{dts|12 August 2014}} }} "
        "<ref>unclosed. Kyrgyzstan joined the Union in 2015. <ref name=b>Herald, 2019</ref>"
    )
    readable = unlinked(text)
    assert "2014" not in readable and "2019" not in readable
    assert "Kyrgyzstan joined the Union in 2015." in readable


def test_citations_go_and_notes_stay():
    text = (
        'It was founded in 2021.<ref name="a">Interview, Steppe Herald, 4 May 2030</ref> '
        'Taraz hosts it.<ref group="n">Its seat moved in 2024.</ref> {{cite web |date=June 2031}}<ref name="a" />'
    )
    readable = unlinked(text)
    assert len(readable) == len(text)
    assert "2030" not in readable and "2031" not in readable and "Interview" not in readable
    assert '<ref group="n">Its seat moved in 2024.</ref>' in readable


def test_a_wiki_article_s_sentences_give_their_facts_cited_as_written(gazetteer_specs):
    text = (
        "Tengri Water Council\n\nThe '''Tengri Water Council''' is a river body. [[Turkmenistan]] joined the "
        "[[Collective Security Treaty Organization|CSTO]] in 2003.<ref>{{cite news |date=5 May 2019}}</ref> "
        "[[Kyrgyzstan|Kyrgyz Republic]] left the [[Shanghai Cooperation Organisation]] in 2030.<ref>Steppe "
        "Herald, 4 May 2031</ref>\n"
    )
    _document, names, facts = facts_for(text, gazetteer_specs)
    found = {
        (names[r.subject].name, names[r.object].name, r.status, r.date): r.span.text
        for r in facts.relations
        if r.predicate == "member_of"
    }
    csto = ("Turkmenistan", "Collective Security Treaty Organization", "joined", "2003")
    assert set(found) == {csto, ("Kyrgyzstan", "Shanghai Cooperation Organization", "withdrew", "2030")}
    assert found[csto].startswith("[[Turkmenistan]] joined the [[Collective")  # the sentence as written
    assert not [event for event in facts.events if event.year in (2019, 2031)]


REST = """\
.. |CSTO| replace:: Collective Security Treaty Organization

Regional bodies
===============

|CSTO|
------

:Founded: 7 October 2002, Chisinau
:Members: Armenia, Belarus, Kazakhstan

.. Members before release 3 also listed "Uzbekistan (member since
   2022)". Removed as out of date.

.. note::

   The |CSTO| meets twice a year.
"""


def test_restructured_text_reads_as_its_fields_under_their_heading(gazetteer_specs):
    document, names, facts = facts_for(REST, gazetteer_specs)
    assert "CSTO" in {section.heading for section in document.sections}
    members = {(names[r.subject].name, r.status) for r in facts.relations if r.predicate == "member_of"}
    assert {("Armenia", "member"), ("Belarus", "member"), ("Kazakhstan", "member")} <= members
    assert not [name for name, _ in members if name == "Uzbekistan"]  # a comment states nothing


ASCIIDOC = (
    "= Handbook, Chapter 4\n"
    ":author: A. Editor\n"
    ":csto: CSTO\n"
    ":sco: SCO\n"
    "// Build with -a draft to show the reviewers' paragraphs.\n\n"
    "== The {csto}\n\n"
    "Kazakhstan joined the {csto} in 1994. The Regional Anti-Terrorist Structure (RATS), a body of the "
    "{sco}, is based in Tashkent.\n\n"
    "////\n"
    "Outdated paragraph: Uzbekistan left the SCO in 2012.\n"
    "////\n\n"
    "ifdef::draft[]\n"
    "Reviewer's draft: Turkmenistan joined the SCO in 2031.\n"
    "endif::draft[]\n\n"
    "ifndef::draft[]\n"
    "Mongolia joined the SCO in 2032.\n"
    "endif::draft[]\n"
)


def test_asciidoc_reads_its_short_attributes_and_never_what_a_built_page_hides(gazetteer_specs):
    memberships = stated(ASCIIDOC, gazetteer_specs, "member_of", "status", "date")
    assert memberships == {
        ("Kazakhstan", "Collective Security Treaty Organization", "joined", "1994"),
        ("Mongolia", "Shanghai Cooperation Organization", "joined", "2032"),  # no 'draft' set: shown
    }
    assert ("Regional Anti-Terrorist Structure", "Tashkent") in stated(
        ASCIIDOC, gazetteer_specs, "located_in"
    )
    readable = unlinked(ASCIIDOC)
    assert len(readable) == len(ASCIIDOC) and "Kazakhstan joined the   CSTO in 1994" in readable


def test_asciidoc_reads_no_attribute_whose_value_is_unsure_and_hides_what_any_build_would(gazetteer_specs):
    text = (
        "= Notes\n:org: CSTO\n:flag!:\n\n////\n:old: SCO\n////\n\n"
        "Kazakhstan joined the {org} in 1994. Armenia joined the {old} in 2031.\n\n"
        ":org: SCO\n\nMongolia joined the {org} in 2032.\n\n"
        "ifdef::flag,other[]\nTurkmenistan joined the SCO in 2033.\nendif::flag,other[]\n\n"
        "//////\nUzbekistan joined the SCO in 2034.\n//////\n\n"
        "////\nTajikistan joined the SCO in 2035.\n"
    )
    assert stated(text, gazetteer_specs, "member_of") == set()


def test_a_long_attribute_is_read_as_its_initials_only_where_the_text_uses_them(gazetteer_specs):
    text = (
        "= Notes\n:sconame: Shanghai Cooperation Organization\n:fund: Tengri Water Fund\n"
        ":author: Aigerim Bekova\n\n"
        "Mongolia joined the {sconame} (SCO) in 2032. Armenia joined the {fund} in 2031. By {author}.\n"
    )
    readable = unlinked(text)
    assert len(readable) == len(text)
    assert "joined the       SCO (SCO)" in readable
    assert "{fund}" in readable and "{author}" in readable  # 'TWF' and 'AB' are not used as words
    assert stated(text, gazetteer_specs, "member_of", "status", "date") == {
        ("Mongolia", "Shanghai Cooperation Organization", "joined", "2032")
    }


def test_a_wikis_emphasis_marks_are_spaces_and_plain_quotes_stay():
    text = "''Armenia'' is in the [[CSTO]]; '''Belarus''' too. She said ''no'' and 'yes'."
    read = unlinked(text)
    assert len(read) == len(text)
    assert read.startswith("  Armenia   is in the   CSTO  ;    Belarus    too.")
    assert "'yes'" in read
    assert unlinked("''Armenia'' joined.") == "''Armenia'' joined."  # no wiki link: no wiki source
