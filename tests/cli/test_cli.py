"""The command line through main.py, as other tools use it."""

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import DATA, MAIN, PYTHON


def run(*args: str, check_code: int | None = 0) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([PYTHON, str(MAIN), *args], capture_output=True, text=True, env=env, timeout=120)
    if check_code is not None:
        assert result.returncode == check_code, result.stderr
    return result


def test_version():
    assert run("--version").stdout.startswith("casecref ")


def test_entities_json_contract():
    rows = json.loads(run("entities", "--json").stdout)
    assert {"id", "name", "kind", "aliases", "parent", "mentions"} <= set(rows[0])
    assert {row["kind"] for row in rows} <= {
        "country",
        "organization",
        "programme",
        "treaty",
        "person",
        "place",
    }
    kyrgyzstan = next(row for row in rows if row["name"] == "Kyrgyzstan")
    assert "Kyrgyz Republic" in kyrgyzstan["aliases"]
    assert all(
        row["kind"] == "country" for row in json.loads(run("entities", "--kind", "country", "--json").stdout)
    )


def test_search_json_contract():
    payload = json.loads(run("search", "CSTO", "--json").stdout)
    assert payload["query"] == "CSTO"
    types = {hit["type"] for hit in payload["results"]}
    assert types == {"entity", "passage"}
    entity = next(hit for hit in payload["results"] if hit["type"] == "entity")
    assert {"score", "snippet", "id", "name", "kind", "aliases"} <= set(entity)
    passage = next(hit for hit in payload["results"] if hit["type"] == "passage")
    assert {"score", "snippet", "source", "title", "section", "start", "end"} <= set(passage)


@pytest.mark.parametrize("query", ['"', "NOT", "(", "x" * 5000, "😀", ":"])
def test_search_never_fails_on_input(query):
    run("search", query, "--json")


@pytest.mark.parametrize("name", ["Kirgizia", "kyrgyz republic", "KYRGYZSTAN"])
def test_summary_json_contract(name):
    summary = json.loads(run("summary", name, "--format", "json").stdout)
    assert summary["name"] == "Kyrgyzstan"
    assert {
        "id",
        "name",
        "kind",
        "aliases",
        "description",
        "parent",
        "timeline",
        "relations",
        "passages",
        "sources",
    } <= set(summary)
    assert {"date", "year", "text", "source"} <= set(summary["timeline"][0])
    assert {"predicate", "id", "name", "kind", "year", "evidence", "source"} <= set(summary["relations"][0])
    assert {"source", "title", "section", "text"} <= set(summary["passages"][0])
    assert {"source", "title", "author", "updated"} <= set(summary["sources"][0])


@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_summary_other_formats(fmt, tmp_path: Path):
    out = tmp_path / f"csto.{fmt}"
    run("summary", "CSTO", "--format", fmt, "-o", str(out))
    text = out.read_text(encoding="utf-8")
    assert "Collective Security Treaty Organization" in text


def test_unknown_name_exits_1_with_suggestions():
    result = run("summary", "Kyrgystan", check_code=1)
    assert "did you mean: Kyrgyzstan" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("content", [None, b"garbage", b"SQLite format 3\x00" + b"\x01" * 500])
def test_unusable_database_exits_2_with_one_line(tmp_path: Path, content):
    path = tmp_path / "bad.db"
    if content is not None:
        path.write_bytes(content)
    for args in (["entities"], ["search", "nato"], ["summary", "nato"]):
        result = run(*args, "--db", str(path), check_code=2)
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_bad_arguments_exit_2_with_one_line():
    result = run("summary", "nato", "--format", "docx", check_code=2)
    assert result.stderr.count("\n") == 1
    run("search", "nato", "--limit", "0", check_code=2)


def test_build_unseen_folder_then_query_it(tmp_path: Path):
    out = tmp_path / "unseen.db"
    result = run("build", str(DATA / "unseen"), "--db", str(out))
    assert "news_article.txt:" in result.stdout and "built" in result.stdout
    names = {row["name"] for row in json.loads(run("entities", "--json", "--db", str(out)).stdout)}
    assert {"Caspian Maritime Security Council", "Mongolia", "Steppe Defence Initiative"} <= names


def test_build_missing_path_exits_2(tmp_path: Path):
    result = run("build", str(tmp_path / "nope"), "--db", str(tmp_path / "x.db"), check_code=2)
    assert "no such file" in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_summary_json_cites_every_key_fact():
    summary = json.loads(run("summary", "Kyrgyzstan", "--format", "json").stdout)
    numbers = {source["number"]: source["source"] for source in summary["sources"]}
    steps = [step for row in summary["key_facts"] for item in row["items"] for step in item["history"]]
    assert steps
    for step in steps:
        if not step["gazetteer"]:
            citation = step["citation"]
            assert numbers[citation["number"]] == citation["source"] and citation["sentence"]
    member_of = next(row for row in summary["key_facts"] if row["label"] == "Member of")
    statuses = {step["status"] for item in member_of["items"] for step in item["history"]}
    assert not statuses & {"planned", "applied", "not a member"}


def test_summary_sheets_and_the_uncertain_switch():
    briefing = run("summary", "Kyrgyzstan", "--sheet", "briefing").stdout
    dossier = run("summary", "Kyrgyzstan").stdout
    assert "briefing" not in dossier.splitlines()[2]
    assert len(briefing.splitlines()) < len(dossier.splitlines())
    assert run("summary", "Kyrgyzstan", "--uncertain").returncode == 0
    lines = {line.split(":")[0].strip(): line for line in dossier.splitlines() if line.startswith("  ")}
    assert "Customs Union" not in lines["Member of"]
    assert (
        "Customs Union of Belarus, Kazakhstan and Russia (planned 2013-04"
        in lines["Other membership statuses"]
    )


def test_nothing_imports_the_command_line_or_benchmarks():
    import ast

    from tests.conftest import ROOT

    for path in [*(ROOT / "database").rglob("*.py"), *(ROOT / "desktop_app").rglob("*.py")]:
        if path.name in ("cli.py", "__main__.py"):
            continue  # The command line itself, and `python -m desktop_app` which runs it.
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            assert not any(name == "desktop_app.cli" or name.startswith("benchmarks") for name in names), path
