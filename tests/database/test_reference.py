"""What the bundled database holds, read through `database.reference` (precision and recall
of entities, Kyrgyzstan's timeline and memberships), and the unseen-documents build."""

import sqlite3
from pathlib import Path

import pytest

from database import reference
from database.models import Limits
from database.names import name_key


def names(connection, kind=None):
    return {row.name for row in reference.entities(connection, kind)}


COUNTRIES_NAMED = {
    "Kyrgyzstan",
    "Kazakhstan",
    "Tajikistan",
    "Turkmenistan",
    "Uzbekistan",
    "Russia",
    "China",
    "Afghanistan",
    "Pakistan",
    "Belarus",
    "Ukraine",
    "Türkiye",
    "Germany",
    "United States",
    "Belgium",
    "Switzerland",
    "Estonia",
}
ORGANIZATIONS_NAMED = {
    "North Atlantic Treaty Organization",
    "Collective Security Treaty Organization",
    "Shanghai Cooperation Organization",
    "Organization for Security and Co-operation in Europe",
    "Euro-Atlantic Partnership Council",
    "United Nations",
    "Eurasian Economic Community",
    "Central Asian Cooperation Organization",
    "Commonwealth of Independent States",
    "Euro-Atlantic Disaster Response Coordination Centre",
    "OSCE Centre in Bishkek",
    "United Nations Office on Drugs and Crime",
    "International Security Assistance Force",
    "Eurasian Development Bank",
    "Islamic Movement of Uzbekistan",
}


def test_every_country_and_organization_named_is_there(bundled_connection):
    assert names(bundled_connection, "country") >= COUNTRIES_NAMED
    assert names(bundled_connection, "organization") >= ORGANIZATIONS_NAMED
    assert {
        "Partnership for Peace",
        "PfP Planning and Review Process",
        "Science for Peace and Security Programme",
    } <= names(bundled_connection, "programme")


def test_no_duplicates_and_no_junk(bundled_connection):
    rows = reference.entities(bundled_connection)
    keys = [name_key(row.name) for row in rows]
    assert len(keys) == len(set(keys))
    alias_owner = {}
    for row in rows:
        for alias in [row.name, *row.aliases]:
            assert alias_owner.setdefault(name_key(alias), row.id) == row.id, alias
    junk = {
        "Highlights",
        "Key",
        "Allied",
        "Mass Media",
        "Kyrgyz",
        "Uzbek",
        "February",
        "Milestones in relations",
        "Key areas of cooperation",
        "Security cooperation",
    }
    assert not junk & {row.name for row in rows}


def test_aliases_resolve_to_one_entity(bundled_connection):
    for alias, expected in [
        ("kirgizia", "Kyrgyzstan"),
        ("kyrgyz republic", "Kyrgyzstan"),
        ("CSTO", "Collective Security Treaty Organization"),
        ("NACC", "North Atlantic Cooperation Council"),
        ("Appaturay", "James Appathurai"),
        ("Apparturay", "James Appathurai"),
        (
            "Organisation for Security and Cooperation in Europe",
            "Organization for Security and Co-operation in Europe",
        ),
        ("the pfp", "Partnership for Peace"),
    ]:
        assert reference.find_entity(bundled_connection, alias).name == expected


def test_programmes_and_bodies_sit_under_their_parent(bundled_connection):
    tree = reference.entity_tree(bundled_connection)
    assert [group.kind for group in tree][:2] == ["country", "organization"]
    assert tree[0].children[0].label == "Central Asia"
    assert {item.label for item in tree[0].children[0].children} == {
        "Kazakhstan",
        "Kyrgyzstan",
        "Tajikistan",
        "Turkmenistan",
        "Uzbekistan",
    }
    nato = next(item for item in tree[1].children if item.entity.name == "North Atlantic Treaty Organization")
    under_nato = {child.entity.name for child in nato.children}
    assert {"Partnership for Peace", "Euro-Atlantic Partnership Council"} <= under_nato


def test_kyrgyzstan_timeline_holds_every_milestone(bundled_connection):
    kyrgyzstan = reference.find_entity(bundled_connection, "Kyrgyzstan")
    summary = reference.summary(bundled_connection, kyrgyzstan.id, Limits.everything())
    milestones = [
        (e.year, e.text)
        for e in summary.timeline
        if any(c.source == "000_c9c5b8a86b69c3ac.txt" for c in e.citations)
    ]
    for year, start in [
        (1992, "Kyrgyzstan joins the North Atlantic"),
        (1994, "Kyrgyzstan joins the Partnership"),
        (2000, "NATO’s Secretary General visits"),
        (2003, "Kyrgyzstan is connected"),
        (2004, "NATO Secretary General visits"),
        (2006, "The Allies provide aid"),
        (2007, "Kyrgyzstan joins the PfP"),
        (2007, "Kyrgyzstan hosts the EAPC"),
        (2009, "The NATO Depository Library"),
        (2009, "Kyrgyzstan officially launches"),
        (2011, "In February, the President"),
        (2013, "In May, the newly appointed"),
        (2013, "Kyrgyz President Almazbek"),
    ]:
        assert any(y == year and text.startswith(start) for y, text in milestones), (year, start)
    dates = [event.date for event in summary.timeline]
    assert dates == sorted(dates)


def test_kyrgyzstan_memberships_with_evidence(bundled_connection):
    kyrgyzstan = reference.find_entity(bundled_connection, "Kyrgyzstan")
    summary = reference.summary(bundled_connection, kyrgyzstan.id)
    member_of = {r.entity.name: r for r in summary.relations if r.predicate == "member_of"}
    for organization in [
        "Collective Security Treaty Organization",
        "Shanghai Cooperation Organization",
        "North Atlantic Cooperation Council",
        "Partnership for Peace",
        "Union of the Four",
    ]:
        relation = member_of[organization]
        assert relation.evidence and relation.source
    assert "North Atlantic Treaty Organization" not in member_of
    years = {
        r.year
        for r in summary.relations
        if r.predicate == "member_of" and r.entity.name == "Partnership for Peace"
    }
    assert 1994 in years


def test_summary_passages_cite_their_document(bundled_connection):
    pfp = reference.find_entity(bundled_connection, "PfP")
    summary = reference.summary(bundled_connection, pfp.id)
    sources = {source.source for source in summary.sources}
    assert summary.passages
    for passage in summary.passages:
        assert passage.source in sources
        document = reference.document(bundled_connection, passage.source)
        assert passage.text in document.text


def test_suggestions_for_misspelt_names(bundled_connection):
    assert reference.find_entity(bundled_connection, "Kyrgystan") is None
    assert "Kyrgyzstan" in reference.suggestions(bundled_connection, "Kyrgystan")


def test_unseen_documents_yield_new_entities_and_milestones(unseen_database: Path):
    connection = reference.open_database(unseen_database)
    assert {"Mongolia", "Azerbaijan", "Turkmenistan"} <= names(connection, "country")
    caspian = reference.find_entity(connection, "CMSC")
    assert caspian.name == "Caspian Maritime Security Council"
    steppe = reference.find_entity(connection, "SDI")
    assert steppe.kind == "programme"
    summary = reference.summary(connection, steppe.id)
    assert [(e.date, e.text.split()[0]) for e in summary.timeline] == [
        ("2015", "Mongolia"),
        ("2017-06", "In"),
        ("2018", "Kazakhstan"),
        ("2021", "The"),
    ]
    assert summary.description.text.startswith("The Steppe Defence Initiative (SDI) is a programme")
    members = {
        (r.entity.name, r.year)
        for r in reference.summary(connection, caspian.id).relations
        if r.predicate == "member_of"
    }
    assert members == {("Azerbaijan", 2021), ("Turkmenistan", 2022)}
    news = reference.document(connection, "news_article.txt")
    assert (news.author, news.published) == ("Leyla Mammadova", "2023-04-12")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "database not found"),
        (b"hello, not a database at all", "not a SQLite database"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "unusable"),
    ],
)
def test_unusable_databases_raise_one_line_errors(tmp_path: Path, content, message):
    path = tmp_path / "bad.db"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(reference.DatabaseError, match=message) as raised:
        reference.open_database(path)
    assert "\n" not in str(raised.value)


def test_truncated_database_is_refused(tmp_path: Path, database_copy: Path):
    data = database_copy.read_bytes()
    database_copy.write_bytes(data[: len(data) // 3])
    with pytest.raises(reference.DatabaseError):
        connection = reference.open_database(database_copy)
        reference.summary(connection, reference.find_entity(connection, "Kyrgyzstan").id)


def test_wrong_schema_version_is_refused(database_copy: Path):
    import sqlite3

    connection = sqlite3.connect(database_copy)
    connection.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    connection.commit()
    connection.close()
    with pytest.raises(reference.DatabaseError, match="schema version 999"):
        reference.open_database(database_copy)


def test_other_sqlite_database_is_refused(tmp_path: Path):
    import sqlite3

    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(reference.DatabaseError, match="not a reference database"):
        reference.open_database(path)


def test_reading_never_changes_a_byte(database_copy: Path):
    before = database_copy.read_bytes()
    connection = reference.open_database(database_copy)
    kyrgyzstan = reference.find_entity(connection, "Kyrgyzstan")
    reference.summary(connection, kyrgyzstan.id)
    reference.entity_tree(connection)
    with pytest.raises(sqlite3.OperationalError, match="readonly|read-only"):
        connection.execute("DELETE FROM entities")
    connection.close()
    assert database_copy.read_bytes() == before


def test_section_bodies_start_after_their_heading(bundled_connection):
    view = reference.document(bundled_connection, "004_eecf442c396144cb.txt")
    section = view.sections[1]
    assert section.heading == "Development of Partnership Relations"
    assert view.text[section.body_start :].startswith("In order to develop")
    assert section.start < section.body_start < section.end
