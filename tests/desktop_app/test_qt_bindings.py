"""Guards against a Qt binding release that would crash the app (see pyproject.toml)."""

import sys

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage, QPainter


def test_painter_calls_keep_none_alive(qapp):
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(500):
            painter.save()
            painter.translate(QPoint(1, 1))
            painter.setClipRect(QRect(0, 0, 8, 8))
            painter.restore()
        assert sys.getrefcount(None) >= before
    finally:
        painter.end()
