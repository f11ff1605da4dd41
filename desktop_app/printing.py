"""Printing, print preview and PDF export of what the window shows.

The window is reached only through its `printable()` method (a `router.Printable` set to
the briefing or the dossier, or None) and `show_status(message)`.

One paginator (`paint_pages`) lays a `QTextDocument` out on any paged device — a `QPrinter`
or a `QPdfWriter` — and chooses where pages end itself, so a table row never splits across
pages, a table's header row repeats at the top of the next page, and a heading never ends a
page. A header (the name) and a footer (page N of M, the build date) go on every page.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, Qt
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
    QTextCursor,
    QTextDocument,
)

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
BRIEFING_PAGES = 2


def ensure_gui_application() -> QGuiApplication:
    """Text layout needs a GUI application; without a display, use the offscreen platform."""
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app  # type: ignore[return-value]


def paper_locale_name() -> str | None:
    """The locale that decides the paper size, read as POSIX says: LC_ALL overrides LC_PAPER,
    which overrides LANG (an empty variable counts as unset); None when none is set."""
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        value = os.environ.get(variable)
        if value:
            return value
    return None


def paper_territory(locale_name: str | None) -> QLocale.Country:
    """The territory of a POSIX locale name (`en_US.UTF-8`, `fr_CA@euro`); AnyTerritory for
    one without a territory (`C`, `POSIX`, `en`); the system locale's when none is set."""
    if locale_name is None:
        return QLocale().territory()
    language_territory = locale_name.split(".", 1)[0].split("@", 1)[0]
    if "_" not in language_territory:
        return QLocale.Country.AnyTerritory
    return QLocale(language_territory).territory()


def default_page_size(name: str | None = None) -> QPageSize:
    """The named size, else the locale's (LC_PAPER): Letter in North America and a few others,
    else A4 (also for the C locale, as glibc's paper default)."""
    if name:
        return QPageSize(PAGE_SIZES[name])
    if paper_territory(paper_locale_name()) in _LETTER_COUNTRIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def print_document(html: str, title: str) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 10))
    document.setHtml(html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


@dataclass(frozen=True)
class PageSpan:
    """A page's slice of the laid-out document, and the table header to repeat above it."""

    top: float
    bottom: float
    header: tuple[float, float] | None = None


def _inside(value: float, intervals: list[tuple[float, float]]) -> bool:
    return any(low + 0.5 < value < high - 0.5 for low, high in intervals)


def plan_pages(document: QTextDocument, height: float) -> list[PageSpan]:
    """Where each page begins and ends in `document` (laid out at its text width, unpaged).

    Pages may end between lines of a paragraph and between table rows, never inside a row,
    and never between a heading and what follows it."""
    layout = document.documentLayout()
    cuts: set[float] = set()
    forbidden: list[tuple[float, float]] = []
    rows: dict[tuple[int, int], list[float]] = {}
    tables: dict[int, dict] = {}
    pending_heading: float | None = None
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        table = QTextCursor(block).currentTable()
        if table is not None:
            cell = table.cellAt(block.position())
            key = (table.firstPosition(), cell.row())
            span = rows.setdefault(key, [rect.top(), rect.bottom()])
            span[0], span[1] = min(span[0], rect.top()), max(span[1], rect.bottom())
            info = tables.setdefault(
                table.firstPosition(), {"headers": table.format().headerRowCount(), "rows": {}}
            )
            info["rows"][cell.row()] = span
            first_bottom = rect.bottom()
        else:
            lines = block.layout()
            for index in range(lines.lineCount()):
                cuts.add(rect.top() + lines.lineAt(index).y())
            cuts.add(rect.bottom())
            first_bottom = rect.top() + (lines.lineAt(0).height() if lines.lineCount() else rect.height())
        if pending_heading is not None and block.text().strip():
            forbidden.append((pending_heading, first_bottom))
            pending_heading = None
        if table is None and block.blockFormat().headingLevel() > 0:
            pending_heading = rect.top()
        block = block.next()
    header_spans: list[tuple[float, float, tuple[float, float]]] = []
    for info in tables.values():
        ordered = [info["rows"][r] for r in sorted(info["rows"])]
        for row, span in enumerate(ordered):
            previous_bottom = ordered[row - 1][1] if row else span[0]
            boundary = (previous_bottom + span[0]) / 2
            cuts.add(boundary)
            forbidden.append((boundary, span[1]))
        cuts.add(ordered[-1][1])
        headers = info["headers"]
        if headers and len(ordered) > headers:
            head = (ordered[0][0] - 4, (ordered[headers - 1][1] + ordered[headers][0]) / 2)
            forbidden.append((head[0], ordered[headers][1]))  # A header never stands alone.
            header_spans.append((head[1], ordered[-1][1], head))
    end = document.size().height()
    cuts.add(end)
    allowed = sorted(cut for cut in cuts if not _inside(cut, forbidden))
    pages: list[PageSpan] = []
    top = 0.0
    header: tuple[float, float] | None = None
    while top < end - 1:
        room = height - (header[1] - header[0] if header else 0)
        fitting = [cut for cut in allowed if top + 1 < cut <= top + room]
        bottom = fitting[-1] if fitting else min(top + room, end)
        pages.append(PageSpan(top, bottom, header))
        top = bottom
        header = next((head for start, stop, head in header_spans if start - 1 <= top < stop - 1), None)
    return pages or [PageSpan(0.0, end)]


def _body(device: QPagedPaintDevice) -> tuple[QRectF, int]:
    """The page area the text goes in, and the height of the header and footer bands."""
    band = int(device.logicalDpiY() * 0.32)
    return QRectF(0, band, device.width(), device.height() - 2 * band), band


def _laid_out(document: QTextDocument, device: QPagedPaintDevice) -> list[PageSpan]:
    body, _ = _body(device)
    document.documentLayout().setPaintDevice(device)
    document.setTextWidth(body.width())
    return plan_pages(document, body.height())


def document_for(printable, device: QPagedPaintDevice) -> QTextDocument:
    """The document to print: a briefing is made tighter, step by step, until it fits on
    BRIEFING_PAGES pages of this device (the tightest is used if none does)."""
    tightness = 0
    while True:
        document = print_document(printable.render(printable.mode, tightness), printable.title)
        if printable.mode != "briefing" or tightness >= 2:
            return document
        if len(_laid_out(document, device)) <= BRIEFING_PAGES:
            return document
        tightness += 1


def paint_pages(document: QTextDocument, device: QPagedPaintDevice, *, header: str, footer: str) -> int:
    """Lay `document` out page by page on `device` with header and footer; return the page count."""
    width, height = device.width(), device.height()
    body, band = _body(device)
    pages = _laid_out(document, device)
    painter = QPainter(device)
    try:
        small = QFont("DejaVu Sans", 8)
        for number, page in enumerate(pages):
            if number:
                device.newPage()
            _paint_bands(
                painter, small, width, height, band, header, footer, f"Page {number + 1} of {len(pages)}"
            )
            offset = body.top()
            if page.header is not None:
                _paint_slice(painter, document, page.header[0], page.header[1], offset, body.width())
                offset += page.header[1] - page.header[0]
            _paint_slice(painter, document, page.top, page.bottom, offset, body.width())
    finally:
        painter.end()
    return len(pages)


def _paint_bands(
    painter: QPainter, font: QFont, width: int, height: int, band: int, header: str, footer: str, number: str
) -> None:
    painter.setFont(font)
    painter.setPen(QPen(Qt.GlobalColor.darkGray))
    painter.drawText(
        QRectF(0, 0, width, band * 0.8), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, header
    )
    painter.drawLine(0, int(band * 0.85), width, int(band * 0.85))
    footer_rect = QRectF(0, height - band * 0.8, width, band * 0.8)
    painter.drawLine(0, int(height - band * 0.85), width, int(height - band * 0.85))
    painter.drawText(footer_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, footer)
    painter.drawText(footer_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, number)


def _paint_slice(
    painter: QPainter, document: QTextDocument, top: float, bottom: float, at: float, width: float
) -> None:
    """Draw the document's band [top, bottom) with its top at `at` on the page."""
    painter.save()
    painter.translate(0, at - top)
    clip = QRectF(0, top, width, bottom - top)
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    document.documentLayout().draw(painter, context)
    painter.restore()


def _pdf_writer(path: Path, page_size: QPageSize, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(page_size, QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter)
    )
    writer.setTitle(title)
    writer.setCreator("Central Asia Security Reference")
    return writer


def write_pdf(printable, path: Path, *, page_size: str | None = None) -> int:
    """Write a printable as a PDF (through a temporary file, then renamed); return its page count."""
    ensure_gui_application()
    path = Path(path)
    temporary = path.with_name(f".{path.name}.part")
    writer = _pdf_writer(temporary, default_page_size(page_size), printable.title)
    try:
        document = document_for(printable, writer)
        pages = paint_pages(document, writer, header=printable.title, footer=printable.footer)
        del writer
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return pages


def _configured_printer():
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            default_page_size(), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
        )
    )
    return printer


def _printable_or_tell(window):
    printable = window.printable()
    if printable is None:
        window.show_status(
            QCoreApplication.translate("Printing", "Open an entity or a document to print it.")
        )
    return printable


def print_page(window) -> bool:
    """File → Print…: the standard print dialog, then the briefing (or dossier) or the document."""
    from PySide6.QtPrintSupport import QPrintDialog

    printable = _printable_or_tell(window)
    if printable is None:
        return False
    printer = _configured_printer()
    dialog = QPrintDialog(printer, window)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_pages(document_for(printable, printer), printer, header=printable.title, footer=printable.footer)
    return True


def preview_page(window) -> bool:
    """File → Print Preview…: the pages exactly as they will print.

    The printer and the document are held here until the modal dialog closes: the dialog
    paints on the printer whenever it asks, and a printer freed before then crashed the app."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    printable = _printable_or_tell(window)
    if printable is None:
        return False
    printer = _configured_printer()
    document = document_for(printable, printer)
    dialog = QPrintPreviewDialog(printer, window)
    dialog.setWindowTitle(
        QCoreApplication.translate("Printing", "Print Preview — {title}").format(title=printable.title)
    )
    dialog.paintRequested.connect(
        lambda device: paint_pages(document, device, header=printable.title, footer=printable.footer)
    )
    dialog.resize(900, 1000)
    dialog.exec()
    dialog.paintRequested.disconnect()
    dialog.deleteLater()
    return True


def ask_save_path(window, title: str, suggested: Path, filter_text: str) -> Path | None:
    """The save dialog (a real QFileDialog)."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(window, title, str(suggested), filter_text)
    return Path(name) if name else None


def _documents_folder() -> Path:
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def export_pdf(window) -> Path | None:
    """File → Export PDF…: save what the window shows as a PDF under a sensible name."""
    printable = _printable_or_tell(window)
    if printable is None:
        return None
    mode = printable.mode
    suffix = f"-{mode}" if mode in ("briefing", "dossier") else ""
    path = ask_save_path(
        window,
        QCoreApplication.translate("Printing", "Export PDF"),
        _documents_folder() / f"{printable.file_stem}{suffix}.pdf",
        QCoreApplication.translate("Printing", "PDF files (*.pdf)"),
    )
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    try:
        pages = write_pdf(printable, path)
    except OSError as error:
        window.show_status(
            QCoreApplication.translate("Printing", "Could not write {path}: {problem}").format(
                path=path, problem=error.strerror or error
            )
        )
        return None
    saved = (
        QCoreApplication.translate("Printing", "Saved {path} (1 page)")
        if pages == 1
        else QCoreApplication.translate("Printing", "Saved {path} ({pages} pages)")
    )
    window.show_status(saved.format(path=path, pages=pages))
    return path


def export_file(window, fmt: str) -> Path | None:
    """File → Export HTML… / Export Markdown…: the same sheet as text files."""
    printable = _printable_or_tell(window)
    if printable is None:
        return None
    if fmt not in printable.formats:
        window.show_status(
            QCoreApplication.translate("Printing", "This page cannot be exported as {format}.").format(
                format=fmt.upper()
            )
        )
        return None
    suffix = {"html": ".html", "md": ".md"}[fmt]
    title, filter_text = {
        "html": (
            QCoreApplication.translate("Printing", "Export HTML"),
            QCoreApplication.translate("Printing", "HTML files (*.html)"),
        ),
        "md": (
            QCoreApplication.translate("Printing", "Export Markdown"),
            QCoreApplication.translate("Printing", "Markdown files (*.md)"),
        ),
    }[fmt]
    mode = printable.mode
    path = ask_save_path(window, title, _documents_folder() / f"{printable.file_stem}{suffix}", filter_text)
    if path is None:
        return None
    if path.suffix.lower() != suffix:
        path = path.with_suffix(suffix)
    try:
        path.write_text(printable.export(fmt, mode), encoding="utf-8")
    except OSError as error:
        window.show_status(
            QCoreApplication.translate("Printing", "Could not write {path}: {problem}").format(
                path=path, problem=error.strerror or error
            )
        )
        return None
    window.show_status(QCoreApplication.translate("Printing", "Saved {path}").format(path=path))
    return path
