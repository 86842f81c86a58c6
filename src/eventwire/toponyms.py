"""Candidate toponyms: the names in a text that may be places, before resolution.

Sources: the NER's GPE/LOC/FAC mentions, capitalised n-grams of the WHOLE text
(`toponym_grams`) looked up in the gazetteer in one indexed query (as written, then by
spelling key: "Faluja" for "Al Fallujah"), two such names joined by "and" that are one
country's or division's own name ("Bosnia and Herzegovina", over the NER's pieces),
continents, oceans, seas and world regions ("Middle East", `data/world_regions.tsv`),
regions a country split into compass-named divisions ("Kivu", `toponym_splits`),
divisions under the English names news copy gives them ("Orissa",
`data/division_aliases.tsv`), US states abbreviated after a town ("Valdosta, Ga.", a
dateline's "ELKINS, W. Va."), dotted after a preposition or article ("in S.C.") or after
a legislator's party ("D-Md."), names listed before a plural division word ("Mahaska and
Keokuk counties"), and demonyms ("Iraqi", "Sri Lankan", `toponym_demonyms`), which link
to their country but never locate an event. A NER place is widened to the longer
gazetteer name around it ("North Ridgeville"). Filters (`toponym_grams`) keep common
words, sentence-initial small towns, acronyms known only as some place's code and pieces
of person names out; a division's own name inside an organisation's ("Douglas County
Sheriff's Office"), a country's or division's own name the NER took for a person or an
organisation, a one-word "person" no one in the text is called, a name listed with
places ("Oskaloosa, Pella and Winterset"), hyphenated neighbours ("Fargo-Moorhead",
`toponym_pairs`) and a name in a locative context stay in; a surname standing alone
(`toponym_people`) stays out, and "Gaza" is the city, not Palestine
(`toponym_countries`). Each candidate carries the cues `geo` scores with: "in X", "the
town of X", "X province", "X border crossing", "X, <country>", "a X man", "the X Town
Council", "D-X", "Jane Doe, 41, of X", a dateline, and whether a country name only
modifies an actor ("U.S.-backed").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from eventwire import countries, us_states
from eventwire.gazetteer import Gazetteer, Match
from eventwire.placenames import COMPASS_WORDS
from eventwire.records import Analysis, GazetteerEntry, Mention
from eventwire.toponym_caseless import caseless_names
from eventwire.toponym_countries import names_a_part
from eventwire.toponym_cues import (
    METRO,
    bylines,
    feature_name,
    has_cue,
    listed_division_names,
    listed_with_places,
    lone_name,
    names_a_town,
    street_name,
)
from eventwire.toponym_grams import (
    _ADMIN_AFTER,
    _DIVISION_WORDS,
    _FUNCTION,
    _allowed,
    _Gram,
    _listable,
    _ngrams,
    _own_wide_name,
    _sentence_initial,
    _spellable,
    joined_grams,
)
from eventwire.toponym_index import (
    GeoIndex,
    add_spelled_out,
    continent,
    division_alias,
    world_region,
)
from eventwire.toponym_pairs import hyphened_neighbours
from eventwire.toponym_people import surname_alone, surnames

Country = Callable[[str], GazetteerEntry | None]  # ISO2 -> the country's gazetteer entry
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
BLOCK_LABELS = frozenset({"PERSON", "ORG", "NORP", "DATE", "TIME"})

_ADMIN_WITHIN = re.compile(r"\s(?:district|province|governorate|county|prefecture)$", re.I)
# "the state of X", "the province of X": X is that division, not a town of its name.
_ADMIN_BEFORE = re.compile(
    r"\b(?:state|province|governorate|prefecture)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
# Words naming a kind of site, after the name or before "of": the GeoNames feature class.
_SITE_WORDS = {
    "S": r"border\s+crossing|crossing|border\s+post|checkpoint|air\s*base|airbase|base|airport"
    r"|airfield|dam|refinery|prison|camp|barracks|bridge|palace|citadel|mosque|hospital",
    "H": r"river|lake|marshes|marsh|reservoir|canal|sea|gulf|bay",
    "T": r"mountains?|hills?|plain|valley|desert|pass|peninsula|island",
    "L": r"oil\s*field|gas\s*field|field|region|area|park",
}
_SITE_AFTER = {
    fclass: re.compile(rf"(?:\s+|-)(?:{words})\b", re.IGNORECASE)
    for fclass, words in _SITE_WORDS.items()
}
_SITE_BEFORE = {
    fclass: re.compile(rf"\b(?:{words})\s+(?:of\s+)?(?:the\s+)?$", re.IGNORECASE)
    for fclass, words in _SITE_WORDS.items()
}
_TOWN_BEFORE = re.compile(
    r"\b(?:town|city|village)\s+(?:of|called|named)\s+(?:the\s+)?$", re.IGNORECASE
)
_TOWN_PREFIX = re.compile(r"(?:City|Town|Village) of (?=[A-Z])")

# After a country or demonym naming an actor, not a place ("U.S.-backed", "Iraqi forces").
MODIFIER_AFTER = re.compile(
    r"(?:-(?:led|backed|based|funded|trained|made|brokered|allied|aligned|supported)\b"
    r"|(?:['’]s)?\s+(?:[a-z]+\s+)?(?:forces|troops?|soldiers?|military|army|navy|air force"
    r"|aircraft|jets?|warplanes?|drones?|artillery|missiles?|officials?|government"
    r"|authorities|embassy|president|envoy|ministry|diplomats?|border)\b)",
)


@dataclass(slots=True)
class Span:
    """A name in the text with its gazetteer candidates."""

    start: int
    end: int
    text: str
    ner: bool
    matches: list[Match]
    parent: int | None = None  # index of the span that contains this one ("X, Y")
    admin_hint: bool = False  # followed by "province", "district", ...
    town_hint: bool = False  # "the town of X", "X City Council", a dateline's "X —"
    site_hint: str = ""  # GeoNames feature class a neighbouring word names ("X border crossing": S)
    part_of_town: bool = False  # "Y's X", "the X of Y": X may be a part of town Y
    cue: bool = False  # "in X", "the town of X", "X border crossing"
    modifier: bool = False  # "U.S.-backed", "Russian-led", "U.S. forces": an actor, not a place
    initial: bool = False  # opens a sentence, where any word is capitalised
    best: tuple[float, Match | None, str] = (0.0, None, "")
    ranked: list[tuple[float, Match]] = field(default_factory=list)  # all candidates, best first


def candidate_spans(
    analysis: Analysis,
    gaz: Gazetteer,
    demonyms: list[tuple[int, int]],
    index: GeoIndex | None = None,
    *,
    caseless: bool = True,
) -> list[Span]:
    """NER place mentions with gazetteer matches, then capitalised n-grams elsewhere.

    Names not in the gazetteer as written are looked up by their spelling key
    ("Faluja" for "Al Fallujah"); such matches count as derived spellings (quality 0).
    With `caseless`, stretches of text that have lost their capitals are read for names
    too (`toponym_caseless`).
    """
    text = analysis.document.text
    grams = list(_ngrams(text))
    joined = joined_grams(grams, text)
    ner = [_trimmed(m) for m in analysis.mentions if m.label in PLACE_LABELS]
    names = [n for _, _, n in ner] + [g.text for g in grams + joined]
    country = index.country if index is not None else gaz.country_entry
    found = _lookup(list(dict.fromkeys(names)), gaz, index, country)
    joined = [g for g in joined if _joined_name(g.text, found.get(g.text, []))]
    grams += joined
    ner = [_longer_name(n, grams, found) for n in ner]
    states = [
        Span(start, end, name, False, division)
        for start, end, name, division in us_states.state_abbreviations(
            text, gaz, mask(len(text), demonyms)
        )
    ]
    listed = _listed_divisions(text, index.matches if index is not None else gaz.matches)
    states += [s for s in listed if not any(_overlaps(s, t) for t in states)]
    # a country's full name wins over the NER's piece of it ("Guinea" of "Guinea-Bissau")
    countries_named = [
        (g.start, g.end)
        for g in grams
        if (" " in g.text or "-" in g.text) and countries.by_name(g.text)
    ] + [(g.start, g.end) for g in joined]  # "Jammu and Kashmir" over "Jammu", "Kashmir"
    writers = bylines(text)
    taken = mask(
        len(text), [(s.start, s.end) for s in states] + demonyms + countries_named + writers
    )
    spans = [
        Span(start, end, name, True, found[name])
        for start, end, name in ner
        if found.get(name) and not any(taken[start:end])
    ]
    taken = mask(len(text), [(s.start, s.end) for s in spans + states] + demonyms + writers)
    spans += _string_spans(analysis, grams, found, taken) + states
    lookup = index.matches if index is not None else gaz.matches
    openings = index.openings if index is not None else None
    spans += [  # text that has lost its capitals: `toponym_caseless`
        Span(n.start, n.end, n.text, False, n.matches, cue=n.cue)
        for n in (caseless_names(text, lookup, country, taken, openings) if caseless else [])
    ]
    _add_country_names(spans, country)
    spans = [
        _town_of(s, found, text)
        for s in spans
        if not street_name(text, s.end) and not _feature_part(text, s)
    ]
    spans.sort(key=lambda s: s.start)
    spans = _without_compass_words(spans, text)
    towns = {s.text.casefold() for s in spans if names_a_town(text, s.start, s.end)}
    for span in spans:
        span.cue = span.cue or has_cue(text, span.start, span.end)
        span.modifier = bool(MODIFIER_AFTER.match(text, span.end))
        span.initial = _sentence_initial(text, span.start)
        span.admin_hint = bool(
            _ADMIN_AFTER.match(text, span.end)
            or _ADMIN_WITHIN.search(span.text)  # "Marion county" as one name
            or _ADMIN_BEFORE.search(text[max(0, span.start - 30) : span.start])
        )
        span.town_hint = span.text.casefold() in towns or bool(
            _TOWN_BEFORE.search(text[max(0, span.start - 30) : span.start])
        )
        span.site_hint = site_hint(text, span.start, span.end)
    for span in states:  # a division as written: "Valdosta, Ga.", "Mahaska and Keokuk counties"
        span.cue = span.admin_hint = True
    if not any(" " not in s.text for s in spans):
        return spans
    people = surnames(text, analysis.mentions)
    return [s for s in spans if not _surname_alone(s, people, text)] if people else spans


def _without_compass_words(spans: list[Span], text: str) -> list[Span]:
    """Spans less the compass words that open the name of the place right after them
    ("Western Tigray", where the gazetteer lacks the whole): a part of that place, as
    "North Texas" is of Texas, not a division called "Western" elsewhere."""
    starts = {span.start for span in spans}
    return [
        span
        for span in spans
        if span.text.casefold() not in COMPASS_WORDS
        or span.end + 1 not in starts
        or text[span.end] not in " -"
    ]


def _joined_name(name: str, matches: list[Match]) -> bool:
    """Whether two names joined by "and" are one country's or division's own name."""
    wide = ("PCLI", "ADM1", "ADM2")
    return any(m.quality == 2 and m.entry.feature_code in wide for m in matches)


def _feature_part(text: str, span: Span) -> bool:
    """The name is a town's or a division's inside a lake's, a mountain's or a river's
    name ("Lake Victoria"); a country's stays ("Mount Kenya" lies in Kenya)."""
    return feature_name(text, span.start, span.end) and countries.by_name(span.text) is None


def _town_of(span: Span, found: dict[str, list[Match]], text: str) -> Span:
    """ "City of X" is the town X, as its own bodies call it ("the City of Norfolk's
    public works department"), not only a division named "City of X" (Virginia's
    independent cities): the span becomes X, with X's candidates, and the words before
    it are its town cue. So is "X City" before the town's council or hall ("the Ames
    City Council"), where no town bears "X City" as its own name ("Kansas City" does)."""
    prefix = _TOWN_PREFIX.match(span.text)
    rest = span.text[prefix.end() :] if prefix else ""
    if prefix is not None and found.get(rest):
        return Span(span.start + prefix.end(), span.end, rest, span.ner, found[rest])
    town = span.text[: -len(" City")] if span.text.endswith(" City") else ""
    if not town or not found.get(town) or not _CITY_BODY.match(text, span.end):
        return span
    if any(m.quality == 2 and m.entry.feature_class == "P" for m in span.matches):
        return span  # "Kansas City Council": the city of that name
    return Span(span.start, span.start + len(town), town, span.ner, found[town])


# A town's bodies after "X City": its council, hall, manager, schools.
_CITY_BODY = re.compile(
    r"\s+(?:Council|Hall|Manager|Attorney|Clerk|Commission|Schools|Councilman|Councilwoman"
    r"|Councilmember|Councilor|Councillor)",
)


def _surname_alone(span: Span, people: frozenset[str], text: str) -> bool:
    hinted = span.admin_hint or span.town_hint
    alone = surname_alone(span.text, people, text, span.end, cued=span.cue, hinted=hinted)
    return alone and not _own_wide_name(span.matches)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _longer_name(
    mention: tuple[int, int, str], grams: list[_Gram], found: dict[str, list[Match]]
) -> tuple[int, int, str]:
    """A NER place widened to the longest capitalised name around it that the gazetteer
    knows as some place's own name ("North Ridgeville" where the NER saw "Ridgeville")."""
    start, end, _ = mention
    around = [
        g
        for g in grams
        if g.start <= start and g.end >= end and (g.start, g.end) != (start, end)
        and g.text.split(" ", 1)[0].casefold() not in _FUNCTION
        and any(m.quality == 2 for m in found.get(g.text, []))
    ]  # fmt: skip
    longest = max(around, key=lambda g: g.end - g.start, default=None)
    return (longest.start, longest.end, longest.text) if longest else mention


def _listed_divisions(
    text: str, lookup: Callable[[list[str]], dict[str, list[Match]]]
) -> list[Span]:
    """Names listed before a plural division word ("Mahaska and Keokuk counties"), each
    with the divisions of its name ("Mahaska County" first)."""
    pieces = listed_division_names(text)
    if not pieces:
        return []
    found = lookup([n for _, _, n, _ in pieces] + [f"{n} {w}" for _, _, n, w in pieces])
    spans = []
    for start, end, name, word in pieces:
        matches = [Match(m.entry, 2) for m in found.get(f"{name} {word}", [])]
        matches += [m for m in found.get(name, []) if m.entry.feature_class == "A"]
        if matches:
            spans.append(Span(start, end, name, False, matches))
    return spans


def _lookup(
    names: list[str], gaz: Gazetteer, index: GeoIndex | None, country: Country
) -> dict[str, list[Match]]:
    """Gazetteer candidates of names: as written, else (or when only a variant of the
    name matched, such as the name without its Arabic article) also by spelling key;
    continents and countries by any of their names."""
    found = gaz.matches(names) if index is None else index.matches(names)
    add_spelled_out(names, found, gaz.matches if index is None else index.matches)
    if index is not None:
        weak = [n for n in names if _spellable(n) and all(m.quality <= 0 for m in found.get(n, ()))]
        for name, spelled in index.spelled(weak).items():
            known = {m.entry.geonameid for m in found.get(name, ())}
            found[name] = [
                *found.get(name, ()),
                *(m for m in spelled if m.entry.geonameid not in known),
            ]
    _add_wide_names(names, found, country)
    _add_division_aliases(names, found, gaz)
    if index is not None:
        _add_split_regions(names, found, index)
    return found


def _add_split_regions(names: list[str], found: dict[str, list[Match]], index: GeoIndex) -> None:
    """Regions a country split into compass-named divisions ("Kordofan", `toponym_splits`),
    after the places that bear the name as another name."""
    for name in names:
        if (region := index.split_region(name)) is not None:
            found[name] = [*found.get(name, []), Match(region, 2)]


def _add_division_aliases(names: list[str], found: dict[str, list[Match]], gaz: Gazetteer) -> None:
    """Divisions that news copy calls by a name the gazetteer lacks ("Orissa"), put first."""
    for name in names:
        alias = division_alias(name)
        if alias is None:
            continue
        iso2, official = alias
        matches = gaz.matches([official], country=iso2).get(official, [])
        divisions = [Match(m.entry, 2) for m in matches if m.entry.feature_code == "ADM1"]
        if divisions:
            others = [
                m for m in found.get(name, []) if m.entry.geonameid != divisions[0].entry.geonameid
            ]
            found[name] = [divisions[0], *others]


def _string_spans(
    analysis: Analysis, grams: list[_Gram], found: dict[str, list[Match]], taken: bytearray
) -> list[Span]:
    """Capitalised n-grams, longest first, that may stand as places outside `taken`."""
    text = analysis.document.text
    mentions = analysis.mentions
    people = [
        m
        for m in mentions
        if m.label == "PERSON" and not lone_name(m, mentions, text) and not _NO_NAME.search(m.text)
    ]
    blocked = mask(
        len(text),
        [(m.start, m.end) for m in mentions if m.label in BLOCK_LABELS and m.label != "PERSON"]
        + [(m.start, m.end) for m in people],
    )
    persons = mask(len(text), [(m.start, m.end) for m in people])
    whole_persons = {(m.start, m.end) for m in people}
    whole_orgs = {(m.start, m.end) for m in mentions if m.label == "ORG"}
    metros = {(m.start + len(w.group()), m.end) for m in mentions
              if m.label == "ORG" and (w := METRO.match(m.text))}  # fmt: skip
    listed = listed_with_places(
        text, {(m.start, m.end) for m in mentions if m.label in PLACE_LABELS}
    )
    twins = hyphened_neighbours(text, grams, found)
    spans = []
    for gram in sorted(grams, key=lambda g: (g.start - g.end, g.start)):
        matches = found.get(gram.text)
        if any(taken[gram.start : gram.end]) or not matches:
            continue
        person = any(persons[gram.start : gram.end])
        # "Sri Lanka", "Madhya Pradesh" taken for a person's name: still the place
        place = (gram.start, gram.end) in whole_persons and _no_person(gram.text, matches)
        person = person and not place
        blocked_here = bool(any(blocked[gram.start : gram.end])) and not place
        if (gram.start, gram.end) in whole_orgs and _own_wide_name(matches):
            blocked_here = False  # "KwaZulu-Natal" alone taken for an organisation
        in_list = (gram.start, gram.end) in listed and _listable(gram, matches)
        in_list = in_list or (gram.start, gram.end) in twins  # "Fargo-Moorhead"
        in_list = in_list or (gram.start, gram.end) in metros  # "Metro Tulsa": Tulsa
        if not (in_list or _allowed(gram, matches, text, blocked_here, person)):
            continue
        spans.append(Span(gram.start, gram.end, gram.text, False, matches, cue=in_list))
        taken[gram.start : gram.end] = b"\x01" * (gram.end - gram.start)
    return spans


# What no person's name holds: a spaced dash or a digit. The NER sometimes runs a
# person's span over a list's separator ("Lesotho - about 300").
_NO_NAME = re.compile(r"\s[-–—]\s|\d")


def _no_person(name: str, matches: list[Match]) -> bool:
    """Whether a name the NER took whole for a person's is a place's all the same: a
    country's ("Sri Lanka"), or a first-level division's own name of several words
    ("Madhya Pradesh", "Baja California"), which no one is called (a one-word state's
    name may be: "Georgia", "Victoria")."""
    if countries.by_name(name) is not None:
        return True
    return " " in name and any(m.quality == 2 and m.entry.feature_code == "ADM1" for m in matches)


def _add_wide_names(names: list[str], found: dict[str, list[Match]], country: Country) -> None:
    """Continents ("Africa"), oceans, seas and world regions ("Middle East"), and
    countries the gazetteer lists under another form of their name ("Netherlands",
    "U.K."), put first among a name's candidates."""
    for name in names:
        wide = continent(name) or world_region(name)
        if wide is None and name not in found and (info := countries.by_name(name)):
            wide = country(info.iso2)
        if wide is not None:
            found[name] = [Match(wide, 2), *found.get(name, [])]


def site_hint(text: str, start: int, end: int) -> str:
    """The feature class that a word right after a name ("Rabia border crossing", "the
    Tigris river") or before it ("the dam of X", "Mount X") says the place is, or ""."""
    before = text[max(0, start - 30) : start]
    for fclass in _SITE_WORDS:
        if _SITE_AFTER[fclass].match(text, end) or _SITE_BEFORE[fclass].search(before):
            return fclass
    return ""


def _add_country_names(spans: list[Span], country: Country) -> None:
    """Put the country first for spans that name one ("U.S.", "DRC"), unless the name is
    not the country's own but a division's or a city's inside it ("Gaza", "West Bank")."""
    for span in spans:
        info = countries.by_name(span.text)
        entry = country(info.iso2) if info else None
        if info is None or entry is None or names_a_part(span.text, info.name, entry, span.matches):
            continue
        span.matches = [Match(entry, 2)] + [
            m for m in span.matches if m.entry.geonameid != entry.geonameid
        ]


def _trimmed(mention: Mention) -> tuple[int, int, str]:
    """A NER mention's span without a leading "the", a trailing possessive, or trailing
    lowercase words the small model sometimes takes in ("Timbuktu at"; not "county")."""
    start, name = mention.start, mention.text
    for prefix in ("the ", "The "):
        if name.startswith(prefix):
            start, name = start + len(prefix), name[len(prefix) :]
    name = name.removesuffix("'s").removesuffix("’s")
    words = name.split(" ")
    while len(words) > 1 and words[-1][:1].islower() and words[-1] not in _DIVISION_WORDS:
        words.pop()
    name = " ".join(words)
    return start, start + len(name), name


def occurrences(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Spans where `name` stands as a whole word (no letter, digit or hyphen touches it):
    `str.find`, not a regex compiled per name (names are many; re's cache is small)."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if not (_joins(text, start - 1) or _joins(text, end)):
            yield start, end
        start = text.find(name, start + 1)


def _joins(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")


def mask(size: int, ranges: list[tuple[int, int]]) -> bytearray:
    """One byte per character, set inside `ranges`: overlap tests in O(span length)."""
    mask = bytearray(size)
    for start, end in ranges:
        mask[start:end] = b"\x01" * (end - start)
    return mask
