"""The paper size when none is asked for: the locale's, read from LC_ALL, LC_PAPER and LANG in
the order POSIX gives them, else the system locale's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from desktop_app import printing

LOCALE_VARIABLES = ("LC_ALL", "LC_PAPER", "LANG")


@pytest.fixture
def default_locale():
    """Set QLocale's default for a test, and put the system's back afterwards."""
    yield QLocale.setDefault
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LC_PAPER": "en_US.UTF-8", "LANG": "de_DE.UTF-8"}, "Letter"),
        ({"LC_PAPER": "de_DE.UTF-8", "LANG": "en_US.UTF-8"}, "A4"),
        ({"LC_ALL": "de_DE.UTF-8", "LC_PAPER": "en_US.UTF-8"}, "A4"),
        ({"LC_ALL": "fr_CA.UTF-8", "LC_PAPER": "de_DE.UTF-8", "LANG": "de_DE.UTF-8"}, "Letter"),
        ({"LC_ALL": "", "LC_PAPER": "", "LANG": "es_MX.UTF-8"}, "Letter"),
        ({"LANG": "ru_KZ.UTF-8"}, "A4"),
        ({"LC_PAPER": "en_CA@euro"}, "Letter"),
        ({"LC_PAPER": "C.UTF-8", "LANG": "en_US.UTF-8"}, "A4"),
        ({"LANG": "POSIX"}, "A4"),
    ],
)
def test_the_paper_size_follows_lc_paper_as_posix_orders_the_variables(monkeypatch, environment, expected):
    for variable in LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    size = printing.default_page_size()
    assert size.id() == printing.PAGE_SIZES[expected]
    assert printing.default_page_size("A5").id() == QPageSize.PageSizeId.A5  # --page-size wins.


@pytest.mark.parametrize(("locale", "expected"), [("en_US", "Letter"), ("de_DE", "A4")])
def test_without_locale_variables_the_system_locale_decides(monkeypatch, default_locale, locale, expected):
    for variable in LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    default_locale(QLocale(locale))
    assert printing.default_page_size().id() == printing.PAGE_SIZES[expected]
