"""Where the bundled resources live (next to the packages in a checkout or editable install)."""

from __future__ import annotations

from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
RESOURCES_DIR = PROJECT_DIR / "resources"
DOCUMENTS_DIR = RESOURCES_DIR / "documents"
GAZETTEER_PATH = RESOURCES_DIR / "gazetteer.toml"
BUNDLED_DATABASE = RESOURCES_DIR / "reference.db"
