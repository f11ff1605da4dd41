"""Relationship diagrams written as code: what a labelled edge states, and nothing else. Names of
bodies are invented for these tests."""

from tests.database.test_extract import facts_for

MERMAID = """\
Memberships

```mermaid
graph LR
  %% solid arrow = member; dashed arrow = observer
  KAZ[Kazakhstan] -- "founding member 2001" --> SCO[Shanghai Cooperation Organisation]
  IRN[Iran] -- "joined 4 Jul 2023" --> SCO
  AFG[Afghanistan] -. "observer 2012, suspended 2021" .-> SCO
  MNG[Mongolia] -.-> SCO
  %% TKM[Turkmenistan] -- "member" --> SCO
  KGZ[Kyrgyzstan] -->|left 2022| SCO
  KAZ -- "borders" --> KGZ
```
"""

DOT = """\
Memberships

digraph memberships {
  // edges carry the status and the year
  kaz [label="Kazakhstan"];
  csto [label="Collective Security Treaty Organization"];
  uzb [label="Uzbekistan"];
  kaz -> csto [label="founding member 2002"];
  uzb -> csto [label="rejoined 2006; suspended 2012"];
  # uzb -> csto [label="member 2020"];
}
"""


def _members(text: str, specs) -> set[tuple]:
    _document, names, facts = facts_for(text, specs)
    return {
        (names[r.subject].name, names[r.object].name, r.status, r.date)
        for r in facts.relations
        if r.predicate == "member_of"
    }


def test_a_mermaid_edge_s_label_states_the_membership_and_an_unlabelled_or_commented_one_nothing(
    gazetteer_specs,
):
    sco = "Shanghai Cooperation Organization"
    assert _members(MERMAID, gazetteer_specs) == {
        ("Kazakhstan", sco, "founding member", "2001"),
        ("Iran", sco, "joined", "2023-07-04"),
        ("Afghanistan", sco, "observer", "2012"),
        ("Afghanistan", sco, "suspended", "2021"),
        ("Kyrgyzstan", sco, "withdrew", "2022"),
    }


def test_a_graphviz_edge_s_label_states_the_membership(gazetteer_specs):
    csto = "Collective Security Treaty Organization"
    assert _members(DOT, gazetteer_specs) == {
        ("Kazakhstan", csto, "founding member", "2002"),
        ("Uzbekistan", csto, "rejoined", "2006"),
        ("Uzbekistan", csto, "suspended", "2012"),
    }


def test_a_label_saying_anything_but_statuses_and_dates_states_nothing(gazetteer_specs):
    labels = [
        "not a member",
        "never joined",
        "left?",
        "member until 2018",
        "joined talks 2019",
        "former member 1992",
    ]
    edges = "".join(f'  C{index}[Kazakhstan] -- "{label}" --> SCO\n' for index, label in enumerate(labels))
    assert _members(f"Memberships\n\n```mermaid\ngraph LR\n{edges}```\n", gazetteer_specs) == set()


def test_each_diagram_s_ids_are_its_own_and_a_scenario_states_nothing(gazetteer_specs):
    two = (
        "Charts\n\n```mermaid\ngraph LR\n  A[Kazakhstan] -->|founding member 2001| B[Shanghai Cooperation Organisation]\n"
        "```\n\n```mermaid\ngraph LR\n  A[Turkmenistan] --- B[Collective Security Treaty Organization]\n"
        "  A -->|observer 2019| B\n```\n"
    )
    assert ("Turkmenistan", "Collective Security Treaty Organization", "observer", "2019") in _members(
        two, gazetteer_specs
    )
    assert not [
        fact for fact in _members(two, gazetteer_specs) if fact[0] == "Turkmenistan" and fact[2] != "observer"
    ]
    scenario = MERMAID.replace("Memberships\n", "Hypothetical enlargement scenario\n")
    assert _members(scenario, gazetteer_specs) == set()
