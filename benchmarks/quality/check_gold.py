"""Consistency check for the hand-written gold files (no tool output involved)."""

import argparse
import json
import re
import sys
from pathlib import Path

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument(
    "--set",
    dest="set_dir",
    type=Path,
    default=Path(__file__).parent,
    help="folder holding documents/ and gold/ (default: this script's folder)",
)
HERE = parser.parse_args().set_dir
KINDS = {"country", "organization", "programme", "treaty", "person", "place"}
PREDS = {"member_of", "signed", "holds_office", "located_in", "part_of"}
STATUSES = {
    "founding member",
    "joined",
    "member",
    "observer",
    "applied",
    "planned",
    "suspended",
    "withdrew",
    "rejoined",
    "not a member",
}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


for gp in sorted((HERE / "gold").glob("*.json")):
    g = json.loads(gp.read_text(encoding="utf-8"))
    dp = HERE / "documents" / g["document"]
    if not dp.exists():
        err(gp.name, "missing document")
        continue
    text = dp.read_text(encoding="utf-8")
    if not 2000 <= len(text) <= 6000:
        err(gp.name, f"document length {len(text)} outside 2000-6000")
    if g["published"] is not None and not DATE.match(g["published"]):
        err(gp.name, f"bad published {g['published']}")
    names = {}
    for e in g["entities"]:
        if e["name"] in names:
            err(gp.name, f"duplicate entity {e['name']}")
        names[e["name"]] = e
        if e["kind"] not in KINDS:
            err(gp.name, f"bad kind {e}")
        forms = [e["name"]] + e["variants"]
        if not any(f in text for f in forms):
            err(gp.name, f"no surface form of {e['name']} in document")
        for v in e["variants"]:
            if v not in text:
                err(gp.name, f"variant {v!r} of {e['name']} not in document")
    for r in g["relations"]:
        for k in ("subject", "object"):
            if r[k] not in names:
                err(gp.name, f"relation {k} not an entity: {r[k]}")
        if r["predicate"] not in PREDS:
            err(gp.name, f"bad predicate {r}")
        if r["predicate"] == "member_of":
            if r.get("status") not in STATUSES:
                err(gp.name, f"bad status {r}")
        elif "status" in r:
            err(gp.name, f"status on non-membership relation {r}")
        if r["date"] is not None and not DATE.match(r["date"]):
            err(gp.name, f"bad date {r}")
        if r["sentence"] not in text:
            err(gp.name, f"sentence not in document: {r['sentence']!r}")
    for ev in g["events"]:
        for n in ev["entities"]:
            if n not in names:
                err(gp.name, f"event entity not an entity: {n}")
        if not ev["entities"]:
            err(gp.name, "event without entities")
        if not DATE.match(ev["date"] or ""):
            err(gp.name, f"bad event date {ev}")
        if ev["sentence"] not in text:
            err(gp.name, f"event sentence not in document: {ev['sentence']!r}")
    print(
        f"{gp.name:32s} chars={len(text):5d} entities={len(g['entities']):3d} "
        f"relations={len(g['relations']):3d} events={len(g['events']):3d}"
    )

print("\n".join(errors) if errors else "OK: all checks passed")
sys.exit(1 if errors else 0)
