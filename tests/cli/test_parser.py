"""The command line builds only the parser of the command it is given; what it parses, the
errors it gives and the help it prints are those of the whole parser."""

from __future__ import annotations

import argparse

import pytest

from desktop_app.cli import CliError, _help_formatter, build_parser, command_named

ARGUMENTS = [
    ["search", "Manas"],
    ["search", "Manas", "--json", "--limit", "5", "--kind", "country", "--year", "1994-2001"],
    ["--db", "other.db", "search", "peace*", "--document", "a.txt"],
    ["--db=other.db", "entities", "--kind", "organization"],
    ["summary", "CSTO", "--format", "pdf", "-o", "csto.pdf", "--page-size", "Letter", "--sheet", "dossier"],
    ["build", "one", "two", "--progress", "json", "--no-cache"],
    ["bookmarks", "--json"],
    ["notes"],
    ["corrections", "--json", "--db", "x.db"],
    ["self-test"],
    [],
    ["--db", "x.db"],
]


@pytest.mark.parametrize("argv", ARGUMENTS, ids=" ".join)
def test_the_one_command_parser_parses_as_the_whole_one(argv):
    assert vars(build_parser(command_named(argv)).parse_args(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv", [["search"], ["search", "x", "--limit", "many"], ["summary", "x", "--format", "doc"], ["bogus"]]
)
def test_the_one_command_parser_fails_as_the_whole_one(argv):
    with pytest.raises(CliError) as whole:
        build_parser().parse_args(argv)
    with pytest.raises(CliError) as one:
        build_parser(command_named(argv)).parse_args(argv)
    assert str(one.value) == str(whole.value)


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["search", "x"], "search"),
        (["--db", "search", "entities"], "entities"),  # "search" is --db's value here.
        (["--db=a.db", "notes"], "notes"),
        (["--help", "search"], None),
        (["-h"], None),
        (["--version"], None),
        (["bogus", "search"], None),
        (["--json", "search"], None),
        ([], None),
    ],
)
def test_the_command_is_named_only_when_nothing_else_comes_first(argv, named):
    assert command_named(argv) == named


def test_a_command_s_help_is_the_same_from_its_own_parser(capsys):
    for parser in (build_parser(), build_parser("search")):
        with pytest.raises(SystemExit):
            parser.parse_args(["search", "--help"])
    whole, one = capsys.readouterr().out.split("usage: casecref search")[1:]
    assert one == whole and "--document SOURCE" in one


@pytest.mark.parametrize("columns", [None, "50", "120", "not a number"])
def test_help_is_laid_out_at_the_width_argparse_would_choose(monkeypatch, columns):
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)

    def sample(formatter_class) -> str:
        parser = argparse.ArgumentParser(
            prog="casecref",
            description="a description long enough to wrap " * 6,
            formatter_class=formatter_class,
        )
        parser.add_argument("--option-with-a-long-name", metavar="VALUE", help="help that wraps too " * 8)
        return parser.format_help()

    assert sample(_help_formatter) == sample(argparse.RawDescriptionHelpFormatter)
