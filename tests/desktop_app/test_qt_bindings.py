"""Guards against a Qt binding release that would crash the app (see pyproject.toml).

PySide6 6.12.0 drops a reference to None on each QPainter call that returns nothing. While
None is reference-counted (Python 3.11) that ends in "Fatal Python error: deallocating None";
from 3.12 None is immortal and nothing is lost. So the pin holds 6.12 back on 3.11 only, and
these tests check both halves on whatever interpreter runs them.
"""

import sys
import tomllib

from packaging.requirements import Requirement
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage, QPainter

from tests.conftest import ROOT

PYPROJECT = ROOT / "pyproject.toml"
PAINTS = 500


def none_is_refcounted() -> bool:
    """True while taking references to None changes its count (before Python 3.12)."""
    before = sys.getrefcount(None)
    held = [None] * 1000
    counted = sys.getrefcount(None) - before >= len(held)
    del held
    return counted


def references_to_none_lost_by_painting() -> int:
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(PAINTS):
            painter.save()
            painter.translate(QPoint(1, 1))
            painter.setClipRect(QRect(0, 0, 8, 8))
            painter.restore()
        return before - sys.getrefcount(None)
    finally:
        painter.end()


def test_none_is_refcounted_exactly_before_python_3_12():
    """The premise of the environment marker: lost references to None matter only before 3.12."""
    assert none_is_refcounted() == (sys.version_info < (3, 12))


def test_painter_calls_keep_none_alive(qapp):
    # 6.12.0 on 3.11 loses 4 references a round (2,000 here); a few may go to the garbage collector.
    assert references_to_none_lost_by_painting() < PAINTS


def test_the_pin_admits_pyside_6_12_only_where_none_is_immortal():
    dependencies = tomllib.loads(PYPROJECT.read_text("utf-8"))["project"]["dependencies"]
    pins = [
        requirement
        for requirement in map(Requirement, dependencies)
        if requirement.name == "PySide6-Essentials"
        and (requirement.marker is None or requirement.marker.evaluate())
    ]
    assert len(pins) == 1, pins
    assert pins[0].specifier.contains("6.12.0") == (not none_is_refcounted())
