"""Briefing sheets as PDF: text extracted from the pages holds what the summary holds."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from database import reference
from database.paths import BUNDLED_DATABASE
from desktop_app import printing
from desktop_app.printing import export_summary_pdf

from .conftest import MAIN, PYTHON

SHEETS = {"Kyrgyzstan": 5, "NATO": 4, "Partnership for Peace": 2}


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", list(SHEETS))
def test_summary_pdf_holds_name_years_and_sources(name, tmp_path: Path, qapp):
    connection = reference.open_database(BUNDLED_DATABASE)
    summary = reference.summary(connection, reference.find_entity(connection, name).id)
    path = tmp_path / "sheet.pdf"
    pages = export_summary_pdf(summary, path, page_size="A4")
    texts = pdf_pages(path)
    assert pages == len(texts) == SHEETS[name]
    whole = squash(" ".join(texts))
    assert summary.entity.name in whole
    for event in summary.timeline:
        assert event.date in whole
    for source in summary.sources:
        assert squash(source.title) in whole
    for number, text in enumerate(texts, start=1):
        text = squash(text)
        assert len(text) > 100
        assert f"Page {number} of {pages}" in text
        assert summary.entity.name in text
        assert f"database built {summary.built}" in text


def test_letter_page_size(tmp_path: Path, qapp):
    connection = reference.open_database(BUNDLED_DATABASE)
    summary = reference.summary(connection, reference.find_entity(connection, "CSTO").id)
    export_summary_pdf(summary, tmp_path / "letter.pdf", page_size="Letter")
    box = PdfReader(tmp_path / "letter.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_command_line_pdf_without_a_display(tmp_path: Path):
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "kg.pdf"
    result = subprocess.run(
        [PYTHON, str(MAIN), "summary", "Kyrgyzstan", "--format", "pdf", "-o", str(out), "--page-size", "A4"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Kyrgyzstan" in pdf_pages(out)[0]


def test_pdf_needs_an_output_file():
    result = subprocess.run(
        [PYTHON, str(MAIN), "summary", "Kyrgyzstan", "--format", "pdf"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "-o FILE" in result.stderr


def test_export_from_the_window(qtbot, isolated_settings, tmp_path: Path, monkeypatch):
    from desktop_app.main_window import MainWindow

    connection = reference.open_database(BUNDLED_DATABASE)
    window = MainWindow(connection, BUNDLED_DATABASE)
    qtbot.addWidget(window)
    suggested = []
    monkeypatch.setattr(
        printing, "ask_pdf_path", lambda parent, default: suggested.append(default) or tmp_path / "out"
    )
    assert printing.export_pdf(window) is None or True
    window.open_address(f"entity:{reference.find_entity(connection, 'CSTO').id}")
    path = printing.export_pdf(window)
    assert path == tmp_path / "out.pdf" and path.exists()
    assert suggested[-1].name == "collective-security-treaty-organization-summary.pdf"
    window.open_address("doc:000_c9c5b8a86b69c3ac.txt")
    path = printing.export_pdf(window)
    assert "Relations with the Kyrgyz Republic" in squash(" ".join(pdf_pages(path)))
    window.close()


def test_print_preview_paints_pages(qtbot, isolated_settings, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from desktop_app.main_window import MainWindow

    connection = reference.open_database(BUNDLED_DATABASE)
    window = MainWindow(connection, BUNDLED_DATABASE)
    qtbot.addWidget(window)
    window.open_address(f"entity:{reference.find_entity(connection, 'PfP').id}")
    document, header, footer, _ = printing.current_printable(window)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(Path(isolated_settings).parent / "printed.pdf"))
    assert printing.paint_pages(document, printer, header=header, footer=footer) >= 1
    window.close()
