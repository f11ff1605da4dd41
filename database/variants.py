"""One real thing, one entity: discovered names that are spellings of another entity's name are
merged into it, each spelling kept as an alias of kind "spelling" (the mentions keep the surface
the document wrote, so the page can show where each spelling was seen).

- people: the same given name (or an initial, or none) and a surname that is the same under
  transliteration folding ('Tokayev'/'Tokaev', 'Rakhmonov'/'Rahmonov'/'Rahmon') or one letter
  off in a long name ('Appaturay'/'Apparturay');
- places: the same name under transliteration folding ('Fergana'/'Ferghana');
- bodies: 'Collective Rapid Reaction Force' is the 'CSTO Collective Rapid Reaction Force' when
  only one owner's body goes by that name; an exercise's yearly editions are the exercise;
- "Y was renamed X", "Y, which was renamed X", "X, formerly Y", "began as the Y, became the X",
  "Y, now called X", "what is now the X. … it was still called the Y": Y is a former name of X;
- "the X in <capital>" is "the X in <its country>" ('Office in Dushanbe', 'Office in Tajikistan');
- a fact sheet's "Name: X" with "Short name: Y" or "Also called: Y; Z" below it: Y and Z are X.
Gazetteer entries are never merged into each other.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from database.gazetteer import EntitySpec
from database.names import edit_distance, name_key, surname_stem, transliteration_key

# What may open a sentence before its 'it' still speaks of the body just named: a time alone ('In
# 1994,', 'Back then'), or a clause whose subject is no other thing ('When she arrived it was called
# …'). Another subject ('In 1994 a rival bloc formed, and it was …', 'When the bloc formed') may not.
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_TIME_LEAD_IN = (
    rf"(?:Then|Back then|At the time|At that time|Originally|In (?:{_MONTH} )?\d{{4}}|In the \d{{4}}s),? "
)
_CLAUSE_LEAD_IN = (
    r"(?:When|While|Until|Before|As)\b(?:(?! (?:and|a|an|the|another|its|their)\b)[^.,;]){0,60}?,? "
)
_LEAD_IN = rf"(?:{_TIME_LEAD_IN}|{_CLAUSE_LEAD_IN})"
_NAME = r"[A-Z][\w’'-]*(?:(?: (?:of|for|and|the|on|in|to))* [A-Z][\w’'-]*)*"
_RENAMED = re.compile(
    rf"(?:the )?(?P<old>{_NAME}),? (?:which |that )?(?:is|are|was|were|has been|had been) "
    rf"(?:later |subsequently |officially )?renamed(?: as| to| into)? (?:the )?(?P<new>{_NAME})"
    rf"|(?P<new2>{_NAME}),? \(?(?:formerly|previously)(?: known as| called| the)? (?:the )?(?P<old2>{_NAME})"
    rf"|\bas the (?P<old3>{_NAME}),? (?:later |then )?became the (?P<new3>{_NAME})"
    rf"(?: in \d{{4}})?(?:,? and (?:then |later )?the (?P<new4>{_NAME}))?"
    rf"|\bwhat is now (?:the )?(?P<new5>{_NAME})(?:,|;|\.)? {_LEAD_IN}?"
    rf"(?:[Ii]t|[Ww]hich|[Tt]his) "
    rf"(?:was|had been) (?:still |then |originally |first )?(?:called|named|known as) "
    rf"(?:the )?(?P<old5>{_NAME})"
    rf"|(?:the )?(?P<old6>{_NAME}),? \(?now (?:called|known as|named) (?:the )?(?P<new6>{_NAME})"
    # 'The OSCE Office in Tajikistan, a field office of the OSCE in Dushanbe, was renamed the …'
    rf"|(?:the )?(?P<old7>{_NAME}), (?:an?|the|its) [^,;()]{{1,80}}, (?:is|are|was|were|has been|had been) "
    rf"(?:later |subsequently |officially )?renamed(?: as| to| into)? (?:the )?(?P<new7>{_NAME})"
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|at|for|to|by|with|from|on)\s+$")
_EDITION = re.compile(r"[- ](?:19|20)\d\d$")


# 'Name: …', and as data files write it, '  - name: …', 'aliases: [A, B]'.
_FIELD = re.compile(
    r"^[ \t]*(?P<item>-[ \t]+)?(?P<label>[A-Za-z][a-z]+(?:[ _][a-z]+){0,2}):[ \t]*(?P<value>.*?)[ \t]*$", re.M
)
_OTHER_NAME_LABELS = {
    "aliases",
    "alias",
    "short name",
    "abbreviation",
    "acronym",
    "also called",
    "also known as",
    "also written",
    "other names",
    "other name",
    "known as",
}
_ASIDE = re.compile(r"\s*\([^()]*\)")
_ANOTHER_BODY = re.compile(
    r"\((?:[^()]*\b)?(?:predecessor|successor|parent|subsidiary|merged|absorbed|not\s+to\s+be\s+confused)\b",
    re.IGNORECASE,
)


def field_aliases(text: str) -> list[tuple[str, str]]:
    """(name, other name) from the fields of a fact sheet: a "Name:" line, then "Short name:",
    "Also called:" or "Also written:" lines of the same block (no blank line between them), each
    holding names parted by ';' (or, as data files write them, 'aliases: [A, B]'). A name field
    alone, or an other-name field with no name above it, gives nothing."""
    pairs = []
    name: str | None = None
    previous_end = -1
    for field in _FIELD.finditer(text):
        gap = text[previous_end : field.start()] if previous_end >= 0 else ""
        if gap.strip() or gap.count("\n") > 1:
            name = None  # prose or a blank line between the fields: another block
        previous_end = field.end()
        if field.group("item"):
            name = None  # '- id: 7': a new item of a list of records
        label = field.group("label").lower().replace("_", " ")
        value = field.group("value").strip()
        if label == "name":
            value = _ASIDE.sub("", value).strip()
            name = value if value[:1].isupper() else None
        elif name is not None and label in _OTHER_NAME_LABELS:
            listed = value.startswith("[") and value.endswith("]")
            for other in value[1:-1].split(",") if listed else value.split(";"):
                if _ANOTHER_BODY.search(other):
                    continue  # 'Eurasian Grain Union (predecessor until 2001)': another body's name
                other = _ASIDE.sub("", other).strip(" .")
                if other[:1].isupper() and other != name:
                    pairs.append((name, other))
    return pairs


# Each reading but "what is now the X. … it was called the Y" holds one of these words and lies
# within one line (a name's words are joined by spaces): only the lines with one are searched.
_RENAMED_WORDS = (
    "renamed",
    "formerly",
    "previously",
    "became the ",
    "now called",
    "now known as",
    "now named",
)


def _renamed_matches(text: str) -> Iterator[re.Match[str]]:
    """What `_RENAMED.finditer(text)` finds, searching only the lines that can hold a match."""
    if "what is now " in text:
        yield from _RENAMED.finditer(text)
        return
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        if any(word in line for word in _RENAMED_WORDS):
            yield from _RENAMED.finditer(text, line_start, line_end)
        line_start = line_end + 1


def renamed_pairs(text: str) -> list[tuple[str, str]]:
    """(old name, new name) for each 'Y was renamed X' and 'X, formerly Y' in the text."""
    pairs = []
    for match in _renamed_matches(text):
        first = match.group("old") or match.group("old6")
        if first and _PREPOSITION_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # 'X, a field office of the OSCE in Dushanbe, was renamed Y': X was, not the OSCE
        old, new = (
            next(match.group(f"{part}{n}") for n in ("", 2, 3, 5, 6, 7) if match.group(f"{part}{n}"))
            for part in ("old", "new")
        )
        pairs.append((old, new))
        if match.group("new4"):  # 'began as the X, became the Y in 2002 and the Z in 2008'
            pairs.append((new, match.group("new4")))
    return pairs


def link_renamed(pairs: Iterable[tuple[str, str]], by_key: dict[str, EntitySpec]) -> None:
    """'The Shanghai Five was renamed the Shanghai Cooperation Organization': the old name
    becomes a former name of the known entity (or the new name a later one). `pairs` are the
    documents' `renamed_pairs` in document order."""
    for old, new in pairs:
        old_spec, new_spec = by_key.get(name_key(old)), by_key.get(name_key(new))
        if new_spec and not old_spec:
            new_spec.add_alias(old, "former name")
            by_key[name_key(old)] = new_spec
        elif old_spec and not new_spec:
            old_spec.add_alias(new, "later name")
            by_key[name_key(new)] = old_spec
        elif old_spec and new_spec and old_spec is not new_spec and old_spec.kind == new_spec.kind:
            if old_spec.origin != "gazetteer":
                _absorb(new_spec, old_spec, "former name")
                old_spec.origin = "merged"
                _point_keys(by_key, old_spec, new_spec)
            elif new_spec.origin != "gazetteer":
                _absorb(old_spec, new_spec, "later name")
                new_spec.origin = "merged"
                _point_keys(by_key, new_spec, old_spec)


def _point_keys(by_key: dict[str, EntitySpec], source: EntitySpec, target: EntitySpec) -> None:
    for key, spec in by_key.items():
        if spec is source:
            by_key[key] = target


def merge_variants(specs: list[EntitySpec]) -> list[EntitySpec]:
    """`specs` without the discovered ones that are variants of another; see the module docstring."""
    kept = [spec for spec in specs if spec.origin != "merged"]
    by_kind: dict[str, list[EntitySpec]] = defaultdict(list)
    for spec in kept:
        by_kind[spec.kind].append(spec)
    gone: set[int] = set()
    people = sorted(by_kind["person"], key=lambda s: (s.origin != "gazetteer", -len(s.name.split())))
    for index, spec in enumerate(people):
        if spec.origin == "gazetteer" or id(spec) in gone:
            continue
        targets = [t for t in people[:index] if id(t) not in gone and _same_person(spec, t)]
        if len({id(t) for t in targets}) == 1:
            _absorb(targets[0], spec, "spelling")
            gone.add(id(spec))
    countries = {
        name_key(alias): name_key(spec.name)
        for spec in by_kind["country"]
        for alias in (spec.name, *spec.aliases)
    }
    for kind in ("place", "organization", "programme", "treaty"):
        first_by_key: dict[str, EntitySpec] = {}
        for spec in sorted(by_kind[kind], key=lambda s: s.origin != "gazetteer"):
            key = _variant_key(spec.name, kind, countries)
            target = first_by_key.get(key)
            if target is not None and spec.origin != "gazetteer":
                _absorb(target, spec, "spelling")
                gone.add(id(spec))
            else:
                first_by_key.setdefault(key, spec)
    expansions = {
        name_key(alias): name_key(spec.name)
        for spec in kept
        for alias, kind in spec.aliases.items()
        if kind == "acronym"
    }
    for kind in ("organization", "programme", "treaty"):
        remaining = [spec for spec in by_kind[kind] if id(spec) not in gone]
        _merge_short_forms(remaining, gone)
        _merge_truncated_forms([spec for spec in remaining if id(spec) not in gone], gone)
    _merge_inverted_treaties([spec for spec in by_kind["treaty"] if id(spec) not in gone], expansions, gone)
    _merge_treaty_nicknames([spec for spec in by_kind["treaty"] if id(spec) not in gone], gone)
    _merge_inverted_names(
        [spec for spec in by_kind["organization"] if id(spec) not in gone], _BODY_OF, expansions, gone
    )
    return [spec for spec in kept if id(spec) not in gone]


def _merge_truncated_forms(specs: list[EntitySpec], gone: set[int]) -> None:
    """'Interstate Commission' joins 'Interstate Commission on the Vakhsh and Syr Darya' when
    that is the only body with a longer name (or other name) it begins. An office is not the
    office 'in' a seat by name alone: the document that names both says whether it is. Each
    body's name keys are folded once (and again when it absorbs a name), and only the bodies
    with a key of the same first word are compared, not every pair."""
    keys = {id(spec): _name_keys(spec) for spec in specs}
    by_first_word: dict[str, set[int]] = defaultdict(set)
    for spec in specs:
        _index_first_words(by_first_word, spec, keys[id(spec)])
    for spec in specs:
        if spec.origin == "gazetteer" or len(spec.name.split()) < 2:
            continue
        key = name_key(spec.name)
        continuations = _CONTINUATIONS - {"in"} if key.endswith(" office") else _CONTINUATIONS
        sharing = by_first_word.get(key.split(" ")[0], set())  # a longer key begins with `key`
        longer = [
            other
            for other in specs
            if id(other) in sharing
            and other is not spec
            and id(other) not in gone
            and any(
                other_key.startswith(key + " ") and other_key[len(key) + 1 :].split()[0] in continuations
                for other_key in keys[id(other)]
            )
        ]
        if len(longer) == 1:
            _absorb(longer[0], spec, "short form")
            keys[id(longer[0])] = _name_keys(longer[0])
            _index_first_words(by_first_word, longer[0], keys[id(longer[0])])
            gone.add(id(spec))


def _name_keys(spec: EntitySpec) -> list[str]:
    return [name_key(name) for name in (spec.name, *spec.aliases)]


def _index_first_words(by_first_word: dict[str, set[int]], spec: EntitySpec, keys: list[str]) -> None:
    for key in keys:
        by_first_word[key.split(" ")[0]].add(id(spec))


_CONTINUATIONS = {"of", "on", "in", "at", "for", "between"}
_TREATY_OF = re.compile(r"^(treaty|charter|agreement|convention|protocol|statute) (?:of|on) (?:the )?(.+)$")
_BODY_OF = re.compile(r"^(organization|organisation|union|council|commission|committee) of (?:the )?(.+)$")


def _merge_inverted_treaties(specs: list[EntitySpec], expansions: dict[str, str], gone: set[int]) -> None:
    """'Treaty on Collective Security' is the 'Collective Security Treaty'; 'CSTO Charter' is the
    'Charter of the Collective Security Treaty Organization'."""
    _merge_inverted_names(specs, _TREATY_OF, expansions, gone)


def _merge_inverted_names(
    specs: list[EntitySpec], head_of: re.Pattern[str], expansions: dict[str, str], gone: set[int]
) -> None:
    """Names of one kind that are the same once 'Head of the X' reads 'X Head' and a leading
    acronym reads as what it stands for: 'Organization of the Collective Security Treaty' is the
    'Collective Security Treaty Organization'."""
    first: dict[str, EntitySpec] = {}
    for spec in sorted(specs, key=lambda s: s.origin != "gazetteer"):
        for name in (spec.name, *spec.aliases):
            key = name_key(name)
            inverted = head_of.match(key)
            if inverted:
                key = f"{inverted.group(2)} {inverted.group(1)}"
            words = key.split()
            key = " ".join([expansions.get(words[0], words[0]), *words[1:]]) if words else key
            target = first.get(key)
            if target is not None and target is not spec and spec.origin != "gazetteer":
                _absorb(target, spec, "spelling")
                gone.add(id(spec))
                break
            first.setdefault(key, spec)


def _merge_treaty_nicknames(specs: list[EntitySpec], gone: set[int]) -> None:
    """'The Caspian Convention' is the 'Convention on the Legal Status of the Caspian Sea' when
    that is the only convention whose subject names the Caspian; with two such conventions it
    stays itself."""
    for spec in specs:
        words = name_key(spec.name).split()
        if spec.origin == "gazetteer" or len(words) != 2 or _TREATY_OF.match(f"{words[1]} of x") is None:
            continue
        longer = [
            other
            for other in specs
            if other is not spec
            and id(other) not in gone
            and any(
                (inverted := _TREATY_OF.match(name_key(name)))
                and inverted.group(1) == words[1]
                and words[0] in inverted.group(2).split()
                for name in (other.name, *other.aliases)
            )
        ]
        if len(longer) == 1:
            _absorb(longer[0], spec, "short form")
            gone.add(id(spec))


def _variant_key(name: str, kind: str, countries: dict[str, str]) -> str:
    """'Defense Ministry of the Kyrgyz Republic' and 'Defense Ministry of Kyrgyzstan' are one."""
    if kind == "programme":
        name = _EDITION.sub("", name)
    if kind == "place":
        return " ".join(transliteration_key(word) for word in name_key(name).split())
    key = name_key(name)
    head, of, country = key.partition(" of ")
    country = country.removeprefix("the ")
    if of and country in countries:
        return f"{head} of {countries[country]}"
    return key


_OWNER_BREAKS = {"of", "for", "on", "in", "at", "and", "to", "the", "between"}


def _merge_short_forms(specs: list[EntitySpec], gone: set[int]) -> None:
    """'Collective Rapid Reaction Force' joins 'CSTO Collective Rapid Reaction Force' when no
    other owner has a body of that name. What stands before is an owner only if it is a bare
    name or a body's own: in 'Expert Council of the SCO Regional Anti-Terrorist Structure' the
    Structure is the Council's parent, not the Council."""
    bodies = {
        name_key(name) for spec in specs if spec.kind == "organization" for name in (spec.name, *spec.aliases)
    }
    owners_of: dict[str, list[EntitySpec]] = defaultdict(list)
    for spec in specs:
        words = spec.name.split()
        for length in range(1, len(words) - 1):
            owner = words[:length]
            if (
                any(word.lower() in _OWNER_BREAKS for word in owner)
                and name_key(" ".join(owner)) not in bodies
            ):
                continue  # an owner with 'of' only when a body's name ('Organization of Islamic Cooperation')
            owners_of[name_key(" ".join(words[length:]))].append(spec)
    for spec in specs:
        longer = owners_of.get(name_key(spec.name), [])
        if spec.origin != "gazetteer" and len(longer) == 1 and len(spec.name.split()) >= 3:
            _absorb(longer[0], spec, "short form")
            gone.add(id(spec))


def _same_person(spec: EntitySpec, target: EntitySpec) -> bool:
    names = [target.name, *(alias for alias, kind in target.aliases.items() if kind in ("spelling", "alias"))]
    return any(_same_name(spec.name.split(), name.split()) for name in names) or (
        len(spec.name.split()) == 1 and _lone_word_names(spec.name, target)
    )


def _same_name(words: list[str], other: list[str]) -> bool:
    if len(words) < 2 or len(other) < 2:
        return False
    given, other_given = transliteration_key(words[0]), transliteration_key(other[0])
    if given != other_given and not (len(words[0].rstrip(".,")) == 1 and other_given.startswith(given[:1])):
        return False
    return _same_surname(words[-1], other[-1])


def _same_surname(word: str, other: str) -> bool:
    if _feminine(word) != _feminine(other):
        return False  # 'Nazarbayeva' is a woman of the family, not another spelling of 'Nazarbayev'
    if surname_stem(word) == surname_stem(other):
        return True
    key, other_key = transliteration_key(word), transliteration_key(other)
    return min(len(key), len(other_key)) >= 7 and edit_distance(key, other_key, 2) <= 1


def _feminine(surname: str) -> bool:
    """Whether a surname has a Russian feminine ending: 'Tokayeva', 'Karimova', 'Nikitina'."""
    return transliteration_key(surname).endswith(("ova", "eva", "ina", "aya"))


def _lone_word_names(word: str, target: EntitySpec) -> bool:
    """'President Almazbek', 'Appaturay said': a lone word is the given name or surname of one person."""
    parts = target.name.split()
    if len(parts) < 2:
        return False
    return transliteration_key(word) == transliteration_key(parts[0]) or _same_surname(word, parts[-1])


def _absorb(target: EntitySpec, source: EntitySpec, kind: str) -> None:
    target.add_alias(source.name, kind)
    for alias, alias_kind in source.aliases.items():
        target.add_alias(alias, alias_kind)
    target.confidence = max(target.confidence, source.confidence)
