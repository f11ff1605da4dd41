"""Printing and PDF export of entity summaries and documents.

One paginator (`paint_pages`) lays a `QTextDocument` out on any paged device, a `QPrinter` or a
`QPdfWriter`, and puts a header (the entity or document name) and a footer (page N of M and
the date the database was built) on every page.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from database.reference import DocumentView, Summary
from desktop_app.summary_html import PRINT_COLORS, document_body, summary_body

_LETTER_COUNTRIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
}
PAGE_SIZES = {
    "A4": QPageSize.PageSizeId.A4,
    "Letter": QPageSize.PageSizeId.Letter,
    "Legal": QPageSize.PageSizeId.Legal,
    "A5": QPageSize.PageSizeId.A5,
}
MARGINS_MM = QMarginsF(18, 16, 18, 16)


def ensure_gui_application() -> QGuiApplication:
    """Text layout needs a GUI application; without a display, use the offscreen platform."""
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app  # type: ignore[return-value]


def default_page_size(name: str | None = None) -> QPageSize:
    """The named size, else the locale's: Letter in North America and a few others, else A4."""
    if name:
        return QPageSize(PAGE_SIZES[name])
    if QLocale().territory() in _LETTER_COUNTRIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def summary_document(summary: Summary) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 10))
    document.setHtml(summary_body(summary, PRINT_COLORS, links=False, for_print=True))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, summary.entity.name)
    return document


def reader_document(view: DocumentView) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 10))
    document.setHtml(document_body(view, PRINT_COLORS, for_print=True))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, view.title)
    return document


def paint_pages(document: QTextDocument, device: QPagedPaintDevice, *, header: str, footer: str) -> int:
    """Lay `document` out page by page on `device` with header and footer; return the page count."""
    dpi = device.logicalDpiY()
    width, height = device.width(), device.height()
    band = int(dpi * 0.32)
    body = QRectF(0, band, width, height - 2 * band)
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(QSizeF(body.width(), body.height()))
    pages = document.pageCount()
    painter = QPainter(device)
    try:
        small = QFont("DejaVu Sans", 8)
        for page in range(pages):
            if page:
                device.newPage()
            painter.setFont(small)
            painter.setPen(QPen(Qt.GlobalColor.darkGray))
            painter.drawText(
                QRectF(0, 0, width, band * 0.8),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                header,
            )
            painter.drawLine(0, int(band * 0.85), width, int(band * 0.85))
            footer_rect = QRectF(0, height - band * 0.8, width, band * 0.8)
            painter.drawLine(0, int(height - band * 0.85), width, int(height - band * 0.85))
            painter.drawText(footer_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, footer)
            painter.drawText(
                footer_rect,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                f"Page {page + 1} of {pages}",
            )
            painter.save()
            painter.translate(0, body.top() - page * body.height())
            clip = QRectF(0, page * body.height(), body.width(), body.height())
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            document.documentLayout().draw(painter, context)
            painter.restore()
    finally:
        painter.end()
    return pages


def _pdf_writer(path: Path, page_size: QPageSize, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(page_size, QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter)
    )
    writer.setTitle(title)
    writer.setCreator("Central Asia Security Reference")
    return writer


def summary_footer(summary: Summary) -> str:
    return f"Central Asia Security Reference · database built {summary.built}"


def export_summary_pdf(summary: Summary, path: Path, *, page_size: str | None = None) -> int:
    """Write the summary's briefing sheet as a PDF; return its page count."""
    ensure_gui_application()
    path = Path(path)
    temporary = path.with_name(f".{path.name}.part")
    writer = _pdf_writer(temporary, default_page_size(page_size), summary.entity.name)
    try:
        pages = paint_pages(
            summary_document(summary), writer, header=summary.entity.name, footer=summary_footer(summary)
        )
        del writer
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return pages


def current_printable(window) -> tuple[QTextDocument, str, str, str] | None:
    """What the window shows, ready to print: (document, header, footer, suggested file name)."""
    from database.names import slugify

    if window.current_summary is not None:
        summary = window.current_summary
        return (
            summary_document(summary),
            summary.entity.name,
            summary_footer(summary),
            f"{slugify(summary.entity.name)}-summary.pdf",
        )
    view = window.current_document
    if view is not None:
        built = window.database_built
        return (
            reader_document(view),
            view.title,
            f"{view.source} · database built {built}",
            f"{Path(view.source).stem}.pdf",
        )
    return None


def _configured_printer():
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            default_page_size(), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
        )
    )
    return printer


def _printable_or_tell(window) -> tuple[QTextDocument, str, str, str] | None:
    printable = current_printable(window)
    if printable is None:
        window.statusBar().showMessage("Open an entity or a document to print it.", 4000)
    return printable


def print_page(window) -> bool:
    """File → Print…: the standard print dialog, then the briefing sheet or the document."""
    from PySide6.QtPrintSupport import QPrintDialog

    printable = _printable_or_tell(window)
    if printable is None:
        return False
    document, header, footer, _ = printable
    printer = _configured_printer()
    dialog = QPrintDialog(printer, window)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_pages(document, printer, header=header, footer=footer)
    return True


def preview_page(window) -> bool:
    """File → Print Preview…: the pages exactly as they will print."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    printable = _printable_or_tell(window)
    if printable is None:
        return False
    document, header, footer, _ = printable
    dialog = QPrintPreviewDialog(_configured_printer(), window)
    dialog.paintRequested.connect(
        lambda printer: paint_pages(document, printer, header=header, footer=footer)
    )
    dialog.resize(900, 1000)
    dialog.exec()
    return True


def ask_pdf_path(window, suggested: Path) -> Path | None:
    """The save dialog; tests replace this one function."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(window, "Export PDF", str(suggested), "PDF files (*.pdf)")
    return Path(name) if name else None


def export_pdf(window) -> Path | None:
    """File → Export PDF…: save what the window shows as a PDF under a sensible name."""
    from PySide6.QtCore import QStandardPaths

    printable = _printable_or_tell(window)
    if printable is None:
        return None
    document, header, footer, name = printable
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
        Path.home()
    )
    path = ask_pdf_path(window, Path(folder) / name)
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    try:
        writer = _pdf_writer(path, default_page_size(), header)
        pages = paint_pages(document, writer, header=header, footer=footer)
        del writer
    except OSError as error:
        window.statusBar().showMessage(f"Could not write {path}: {error}", 8000)
        return None
    window.statusBar().showMessage(f"Saved {path} ({pages} pages)", 6000)
    return path
