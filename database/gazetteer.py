"""Known entities: every country (pycountry plus curated names and demonyms) and the curated
organizations, programmes, treaties, people and places of `resources/gazetteer.toml`.

When two names are the same name is decided in `database.names`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

from database.names import name_key, slugify
from database.paths import CORRECTIONS_PATH, GAZETTEER_PATH
from database.tables import KINDS

__all__ = [
    "CORRECTIONS_PATH",
    "KINDS",
    "HOME_REGION",
    "OTHER_REGION",
    "Correction",
    "EntitySpec",
    "Gazetteer",
    "load_corrections",
    "load_gazetteer",
    "name_key",
]


OTHER_REGION = "Other"
# The region the reference is about. A document that names two of its states by ISO code ("KZ, KG")
# writes countries as codes; only then are codes read as countries (see `extract.DocumentMatcher`).
HOME_REGION = "Central Asia"
MEDIA = "media"
"""The category of a news agency or broadcaster: an organization that reports, which no state joins."""


@dataclass
class EntitySpec:
    """An entity before it is numbered: what the gazetteer or discovery knows of it."""

    name: str
    kind: str
    aliases: dict[str, str] = field(default_factory=dict)  # alias -> alias kind
    parent: str | None = None
    category: str | None = None
    description: str | None = None
    iso_code: str | None = None
    origin: str = "gazetteer"
    confidence: float = 1.0

    @property
    def slug(self) -> str:
        return slugify(self.name)

    def add_alias(self, alias: str, kind: str) -> None:
        alias = " ".join(alias.split())
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases[alias] = kind


@dataclass(frozen=True)
class Gazetteer:
    entities: tuple[EntitySpec, ...]
    regions: tuple[str, ...]


def _plural(demonym: str) -> str | None:
    if demonym.endswith(("ese", "sh", "ch", "ss", "s", "z", "x")):
        return None
    return demonym + "s"


def _country_display_name(country: object) -> str:
    common = getattr(country, "common_name", None)
    if isinstance(common, str) and common:
        return common
    name: str = country.name  # type: ignore[attr-defined]
    return name.split(", ")[0] if ", " in name else name


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """Read the curated file (default: the bundled one) and merge it with pycountry."""
    data = tomllib.loads((path or GAZETTEER_PATH).read_text("utf-8"))
    region_of: dict[str, str] = {}
    regions = []
    for region in data.get("region", []):
        regions.append(region["name"])
        for code in region["codes"]:
            region_of[code] = region["name"]
    regions.append(OTHER_REGION)

    overrides = data.get("country", {})
    entities: list[EntitySpec] = []
    taken: set[str] = set()
    for country in sorted(pycountry.countries, key=lambda item: item.alpha_2):
        override = overrides.get(country.alpha_2, {})
        display = override.get("name") or _country_display_name(country)
        if name_key(display) in taken:
            display = country.name
        taken.add(name_key(display))
        spec = EntitySpec(
            name=display,
            kind="country",
            category=region_of.get(country.alpha_2, OTHER_REGION),
            iso_code=country.alpha_2,
        )
        for attribute, kind in (("name", "official name"), ("official_name", "official name")):
            value = getattr(country, attribute, None)
            if value and ", " not in value:
                spec.add_alias(value, kind)
        if common := getattr(country, "common_name", None):
            spec.add_alias(common, "common name")
        for alias in override.get("aliases", []):
            spec.add_alias(alias, "common name")
        for demonym in override.get("demonyms", []):
            spec.add_alias(demonym, "demonym")
            if plural := _plural(demonym):
                spec.add_alias(plural, "demonym")
        entities.append(spec)

    for entry in data.get("entity", []):
        if entry["kind"] not in KINDS:
            raise ValueError(f"gazetteer: unknown kind {entry['kind']!r} for {entry['name']!r}")
        spec = EntitySpec(
            name=entry["name"],
            kind=entry["kind"],
            parent=entry.get("parent"),
            description=entry.get("description"),
            iso_code=entry.get("iso_code"),
            category=region_of.get(entry.get("iso_code", ""), OTHER_REGION)
            if entry["kind"] == "country"
            else entry.get("category"),
        )
        for alias in entry.get("aliases", []):
            if isinstance(alias, dict):
                spec.add_alias(alias["alias"], alias.get("kind", "alias"))
            else:
                spec.add_alias(alias, "acronym" if _is_acronym(alias) else "alias")
        entities.append(spec)
    return Gazetteer(tuple(entities), tuple(regions))


@dataclass(frozen=True)
class Correction:
    """What one document needs and no other would: a misspelling it makes, or a one-off name the
    text alone cannot give. Applied only when that document is built."""

    document: str
    entity: EntitySpec
    note: str


def load_corrections(path: Path = CORRECTIONS_PATH) -> list[Correction]:
    """The curated corrections, each naming its source document (none when the file is absent)."""
    if not path.exists():
        return []
    data = tomllib.loads(path.read_text("utf-8"))
    corrections = []
    for entry in data.get("correction", []):
        if entry["kind"] not in KINDS:
            raise ValueError(f"corrections: unknown kind {entry['kind']!r} for {entry['name']!r}")
        spec = EntitySpec(
            name=entry["name"], kind=entry["kind"], parent=entry.get("parent"), origin="correction"
        )
        for alias in entry.get("aliases", []):
            spec.add_alias(alias, "spelling")
        corrections.append(Correction(entry["document"], spec, entry.get("note", "")))
    return corrections


def _is_acronym(alias: str) -> bool:
    """NATO, PfP, UNODC: mostly capitals; a hyphenated name such as Nur-Sultan is not one."""
    letters = [char for char in alias if char.isalpha()]
    capitals = sum(char.isupper() for char in letters)
    return 2 <= len(letters) <= 10 and capitals >= 2 and capitals * 2 > len(letters) and " " not in alias
