"""`casecref build` keeps its cache beside the database it writes, and none with --no-cache."""

from __future__ import annotations

import shutil
from pathlib import Path

from database.paths import DOCUMENTS_DIR
from tests.cli.test_cli import run


def test_build_keeps_a_cache_beside_the_database_unless_told_not_to(tmp_path: Path):
    documents = tmp_path / "documents"
    shutil.copytree(DOCUMENTS_DIR, documents)
    count = len(list(documents.glob("*.txt")))
    run("build", str(documents), "--db", str(tmp_path / "kept.db"), "--progress", "off")
    assert len(list((tmp_path / "kept.db.cache").glob("*.entry"))) == count
    run("build", str(documents), "--db", str(tmp_path / "none.db"), "--no-cache", "--progress", "off")
    assert (tmp_path / "none.db").is_file()
    assert not (tmp_path / "none.db.cache").exists()
