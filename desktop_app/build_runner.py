"""A build in the background: `casecref build --progress json` in a process of its own.

A process rather than a thread: extraction is pure Python and would hold the interpreter lock
the window needs to stay responsive; Cancel is a signal, with nothing to unwind in the window;
and the build's memory goes back to the system when it ends. The build writes a temporary file
renamed over the target only when complete, so until then the window reads the old database,
and a cancelled or failed build leaves it as it was.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from database.progress import BuildProgress
from desktop_app.progress import BuildFinished, parse_line

log = logging.getLogger("casecref.build")
KILL_AFTER_MS = 5000  # Cancel asks politely first (the build removes its temporary file), then insists.


@dataclass(frozen=True)
class BuildOutcome:
    """How a background build ended: `status` is "built", "cancelled" or "failed"."""

    status: str
    database: Path
    seconds: float
    warnings: tuple[str, ...] = ()
    totals: dict[str, int] = field(default_factory=dict)
    message: str = ""


def build_command(paths: Sequence[Path], out: Path) -> list[str]:
    """The arguments after the interpreter: the same program, its `build` command."""
    return ["-m", "desktop_app", "build", "--progress", "json", "--db", str(out), *map(str, paths)]


class BuildRunner(QObject):
    """Runs one build at a time; `progressed` for each step, `finished` once at the end."""

    started = Signal()
    progressed = Signal(object)  # BuildProgress
    finished = Signal(object)  # BuildOutcome

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._out = Path()
        self._out_before: tuple[int, int] | None = None
        self._started_at = 0.0
        self._cancelled = False
        self._result: BuildFinished | None = None
        self._buffer = b""
        self._errors = b""

    @property
    def running(self) -> bool:
        return self._process is not None

    def start(self, paths: Sequence[Path], out: Path) -> None:
        """Build `paths` into `out`. Refused (ValueError) while another build runs."""
        if self._process is not None:
            raise ValueError("a build is already running")
        self._out, self._started_at = out, time.monotonic()
        self._out_before = _identity(out)
        self._cancelled, self._result, self._buffer, self._errors = False, None, b"", b""
        process = QProcess(self)
        process.setProgram(sys.executable)
        process.setArguments(build_command(paths, out))
        process.readyReadStandardOutput.connect(self._read_output)
        process.readyReadStandardError.connect(self._read_errors)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        self._process = process
        process.start()
        self.started.emit()

    def cancel(self) -> None:
        """Stop the build; `finished` follows with status "cancelled"."""
        process = self._process
        if process is None:
            return
        self._cancelled = True
        process.terminate()
        QTimer.singleShot(KILL_AFTER_MS, lambda: self._kill(process))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the build ends (closing the window with a build running)."""
        process = self._process
        return process is None or process.waitForFinished(msecs)

    def _kill(self, process: QProcess) -> None:
        if self._process is process and process.state() != QProcess.ProcessState.NotRunning:
            process.kill()

    def _read_output(self) -> None:
        assert self._process is not None
        self._buffer += self._process.readAllStandardOutput().data()
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            parsed = parse_line(line.decode("utf-8", "replace"))
            if isinstance(parsed, BuildProgress):
                self.progressed.emit(parsed)
            elif isinstance(parsed, BuildFinished):
                self._result = parsed

    def _read_errors(self) -> None:
        assert self._process is not None
        self._errors += self._process.readAllStandardError().data()

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self._process is not None:
            self._end(
                "failed",
                self.tr("the build could not start: {problem}").format(problem=self._process.errorString()),
            )

    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._read_output()
        self._read_errors()
        if code == 0 and status == QProcess.ExitStatus.NormalExit and self._result is not None:
            self._end("built", "")  # Cancel came after the new database was in place: it counts.
        elif _identity(self._out) != self._out_before:
            self._end("built", "")  # Stopped after the new database was renamed into place.
        elif self._cancelled:
            self._end("cancelled", "")
        else:
            lines = self._errors.decode("utf-8", "replace").strip().splitlines()
            self._end(
                "failed",
                lines[-1] if lines else self.tr("the build stopped (exit code {code})").format(code=code),
            )

    def _end(self, status: str, message: str) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.deleteLater()
        result = self._result or BuildFinished((), {})
        if status == "failed":
            log.warning("build of %s failed: %s", self._out, message)
        self.finished.emit(
            BuildOutcome(
                status,
                self._out,
                time.monotonic() - self._started_at,
                result.warnings,
                result.totals,
                message,
            )
        )


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at `path` (inode and modification time), to tell whether a build that
    was stopped had already renamed its new database into place."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_mtime_ns
