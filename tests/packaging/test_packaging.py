"""What the wheel ships, the desktop integration agreeing with itself, where rebuilds go, and the
command line's help. The installed wheel itself is exercised by smoke.sh (`make smoke`)."""

from __future__ import annotations

import argparse
import configparser
import fnmatch
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from database import paths
from desktop_app.cli import build_parser

from ..conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
DESKTOP_FILE = paths.DESKTOP_DIR / f"{paths.DESKTOP_ID}.desktop"
METAINFO_FILE = paths.DESKTOP_DIR / f"{paths.DESKTOP_ID}.metainfo.xml"


def shipped(relative: Path) -> bool:
    """Whether a file under resources/ matches the package data globs of its package."""
    package = ".".join(["casecref_resources", *relative.parent.parts])
    globs = PYPROJECT["tool"]["setuptools"]["package-data"].get(package, [])
    return package in PYPROJECT["tool"]["setuptools"]["packages"] and any(
        fnmatch.fnmatch(relative.name, glob) for glob in globs
    )


def test_every_code_package_ships_in_the_wheel():
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    for top in ("database", "desktop_app"):
        for init in (ROOT / top).rglob("__init__.py"):
            package = ".".join(init.parent.relative_to(ROOT).parts)
            assert package in listed, f"{package} is missing from [tool.setuptools] packages"


def test_every_resource_file_ships_in_the_wheel():
    tracked = subprocess.run(
        ["git", "ls-files", "resources"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    files = [Path(name).relative_to("resources") for name in tracked if not name.endswith(".py")]
    assert files, "git lists no resources"
    assert [str(file) for file in files if not shipped(file)] == []


def test_shipped_globs_leave_out_what_is_not_data():
    assert not shipped(Path("notes.txt"))
    assert not shipped(Path("documents/deeper/x.txt"))


def test_resources_are_found_where_they_are_installed():
    assert paths.RESOURCES_DIR.joinpath("__init__.py").is_file()
    for path in (paths.BUNDLED_DATABASE, paths.GAZETTEER_PATH, paths.ICON_PATH, DESKTOP_FILE, METAINFO_FILE):
        assert path.is_file(), path
    assert sorted(paths.DOCUMENTS_DIR.glob("*.txt"))


def test_the_desktop_entry_metainfo_and_window_agree(qapp):
    from desktop_app.app import configure_application, set_window_icon

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP_FILE, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    scripts = PYPROJECT["project"]["scripts"]
    assert desktop["Exec"] in scripts and desktop["TryExec"] == desktop["Exec"]
    assert desktop["Icon"] == desktop["StartupWMClass"] == paths.DESKTOP_ID

    component = ElementTree.parse(METAINFO_FILE).getroot()
    assert component.findtext("id") == paths.DESKTOP_ID
    assert component.findtext("launchable") == DESKTOP_FILE.name
    assert component.findtext("provides/binary") == desktop["Exec"]
    assert component.findtext("project_license") == PYPROJECT["project"]["license"]
    assert component.find("releases/release").get("version") == PYPROJECT["project"]["version"]

    configure_application(qapp)
    assert qapp.desktopFileName() == paths.DESKTOP_ID
    set_window_icon(qapp)
    assert not qapp.windowIcon().isNull()


@pytest.mark.parametrize(
    ("command", "target"),
    [
        (["desktop-file-validate", str(DESKTOP_FILE)], DESKTOP_FILE),
        (["appstreamcli", "validate", "--no-net", str(METAINFO_FILE)], METAINFO_FILE),
    ],
)
def test_desktop_files_pass_their_validators(command, target):
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (Debian: desktop-file-utils, appstream)")
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def installed(tmp_path: Path, monkeypatch) -> Path:
    """The bundled data as a wheel lays it out: in site-packages, no pyproject.toml beside it."""
    resources = tmp_path / "site-packages" / "casecref_resources"
    resources.mkdir(parents=True)
    monkeypatch.setattr(paths, "RESOURCES_DIR", resources)
    monkeypatch.setattr(paths, "BUNDLED_DATABASE", resources / "reference.db")
    return resources


def test_an_installation_is_not_a_checkout(installed: Path):
    assert paths.is_checkout() is False
    (installed.parent / "pyproject.toml").write_text("")
    assert paths.is_checkout() is True


def test_the_bundled_database_of_an_installation_is_rebuilt_in_the_user_data_folder(installed: Path):
    assert os.access(installed, os.W_OK)
    assert paths.rebuild_target(paths.BUNDLED_DATABASE) == paths.user_database_path()
    other = installed.parent / "mine.db"
    assert paths.rebuild_target(other) == other


def test_the_bundled_database_of_a_checkout_is_rebuilt_in_place():
    assert paths.is_checkout()
    assert paths.rebuild_target(paths.BUNDLED_DATABASE) == paths.BUNDLED_DATABASE


def test_the_user_data_folder_follows_xdg(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert paths.user_database_path() == tmp_path / "casecref" / "reference.db"


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    [choices] = [
        action.choices for action in parser._actions if isinstance(action, argparse._SubParsersAction)
    ]
    return dict(choices)


def test_every_argument_of_every_command_has_help_and_every_command_examples():
    parser = build_parser()
    assert parser.prog == "casecref"
    for name, command in {"": parser, **_subcommands(parser)}.items():
        assert command.epilog and "casecref" in command.epilog, name
        for action in command._actions:
            if not isinstance(action, argparse._SubParsersAction):
                assert action.help, f"{name} {action.dest} has no help"


def test_python_dash_m_runs_the_same_program():
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "summary", "--help"], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: casecref summary")
    assert "examples:" in result.stdout


def test_an_installation_builds_other_documents_only_into_a_named_database(
    installed: Path, tmp_path: Path, monkeypatch, capsys
):
    from desktop_app import cli

    monkeypatch.setattr(cli, "is_checkout", paths.is_checkout)
    monkeypatch.setattr(cli, "BUNDLED_DATABASE", paths.BUNDLED_DATABASE)
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "a.txt").write_text("Title\n\nKyrgyzstan joined the CSTO in 1994.\n", encoding="utf-8")
    assert cli.main(["build", str(folder)]) == 2
    assert "--db OUT" in capsys.readouterr().err
    assert not paths.user_database_path().exists() and not paths.BUNDLED_DATABASE.exists()
    assert cli.main(["build", str(folder), "--db", str(tmp_path / "mine.db")]) == 0
    assert (tmp_path / "mine.db").is_file()


def test_an_installation_rebuilds_its_bundled_documents_into_the_user_data_folder(
    installed: Path, monkeypatch, capsys
):
    from desktop_app import cli

    monkeypatch.setattr(cli, "is_checkout", paths.is_checkout)
    monkeypatch.setattr(cli, "BUNDLED_DATABASE", paths.BUNDLED_DATABASE)
    monkeypatch.setattr(cli, "rebuild_target", paths.rebuild_target)
    assert cli.main(["build"]) == 0
    assert f"built {paths.user_database_path()}" in capsys.readouterr().out
    assert not paths.BUNDLED_DATABASE.exists()
