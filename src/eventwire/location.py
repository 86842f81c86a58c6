"""Where an event happened: the event location among a document's places.

`locate` picks, for an event whose evidence sentence spans [start, end), the place the
event is coded to, with ACLED's geo_precision: 1 the named town or district, 2 near a
town ("outskirts of X", "X area") or a town chosen for lack of a named one, 3 a region
or a country (coded at its main town or capital, but never named as that town).
`places_json` is the `eventwire geoparse` record of a document.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from eventwire.geofocus import names_people
from eventwire.geoscore import CONTAINED, distance_km
from eventwire.records import Analysis, Location, Place, starting_within
from eventwire.toponym_index import REGION_CODES
from eventwire.toponyms import MODIFIER_AFTER

_NEAR_BEFORE = re.compile(
    r"\b(?:near|outskirts\s+of|outside|around|close\s+to|edge\s+of|(?:north|south|east|west)"
    r"(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?(?:town\s+of\s+|city\s+of\s+)?$",
    re.IGNORECASE,
)
# Before a country name used as a place, not as an actor ("in Syria", "across Iraq").
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|into|inside|across|throughout|within|near|of|at|on|to|over)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_NEAR_AFTER = re.compile(r"\s+(?:area|outskirts|countryside|environs|region)\b", re.IGNORECASE)

_SPECIFICITY = {"PCLI": 0, "ADM1": 1, "ADM2": 2}
_NATURAL = frozenset("LTHVR")  # regions, mountains, rivers, forests, roads: wide features


def _specificity(place: Place) -> int:
    """Country 0, division 1-2, natural feature 2, town 3, a named site (border post,
    base, airport, dam: GeoNames class S) 4: the most specific place names the event's."""
    if place.entry.feature_class == "S":
        return 4
    if place.entry.feature_class in _NATURAL:
        return 2
    return _SPECIFICITY.get(place.entry.feature_code, 3)


def locate(analysis: Analysis, start: int, end: int) -> Location | None:
    """Where an event whose evidence sentence spans [start, end) took place.

    The most specific toponym of the sentence (containment-resolved ones first); else
    the document's most mentioned place in its focus country. Demonyms never count.
    """
    text = analysis.document.text
    named = [p for p in starting_within(analysis.places, start, end) if p.end <= end]
    local = [p for p in named if p.kind != "demonym" and _locatable(p) and _as_place(text, p)]
    local = [p for p in local if not _byline(text, p)]
    if len(local) > 1:
        local = [p for p in local if not _dateline(text, p)] or local
    if local:
        best = _inner_town(max(local, key=_locate_key), local)
        best = _in_division(best, local, named, text)
        return Location(best.entry, _precision(text, best), best)
    salient = _salient(analysis)
    if salient is None:
        return None
    precision = 3 if salient.entry.feature_class == "A" else 2
    return Location(salient.entry, precision, salient)


_NESTED_KM = 40.0  # a town this close to a bigger one named with it lies within its area


def _inner_town(best: Place, local: list[Place]) -> Place:
    """The most specific of towns named together ("the Lekki toll gate in Lagos"): a
    smaller town close to the chosen one is where the event was."""
    if best.entry.feature_class != "P":
        return best
    inner = [
        p
        for p in local
        if p.entry.feature_class == "P"
        and p.entry.population < best.entry.population
        and p.entry.country_code == best.entry.country_code
        and distance_km(p.entry, best.entry) <= _NESTED_KM
    ]
    return min(inner, key=lambda p: p.entry.population, default=best)


def _in_division(best: Place, local: list[Place], named: list[Place], text: str) -> Place:
    """A town or district chosen where the sentence also names its province ("in X
    town, Y governorate") must lie in it: else the place of the sentence that does
    (another town, the province's capital named as a town), or the province itself;
    and in the country written after it ("X district, Kirkuk, Iraq"). The text says
    where X is; a gazetteer entry elsewhere is a namesake, or a border drawn otherwise.
    A country named elsewhere in the sentence ("took them to Somalia", "raiders from
    Ethiopia") or a province of another country places nothing."""
    countries = _trailing_countries(named, text)
    there = [p for p in local if p.entry.country_code in countries]
    if there:
        local = there
        best = best if best in there else max(there, key=_locate_key)
    country = best.entry.country_code
    provinces = [p for p in local if _province(p) and p.entry.country_code == country]
    if _province(best) or not provinces or _inside(best, provinces):
        return best
    inside = [p for p in local if not _province(p) and _inside(p, provinces)]
    return max(inside or provinces, key=_locate_key)


def _trailing_countries(named: list[Place], text: str) -> set[str]:
    """Countries written after a comma, as the address of the places before them
    ("Kirkuk, Iraq", "Diyala governorate, Iraq")."""
    return {
        p.entry.country_code
        for p in named
        if p.entry.feature_code == "PCLI"
        and p.kind != "demonym"
        and text[max(0, p.start - 2) : p.start] == ", "
    }


_PROVINCE_WORDS = ("province", "governorate", "state", "region")


def _province(place: Place) -> bool:
    """A first-level division, or a name written as one ("Y governorate": the entry
    may be its capital's)."""
    written = place.text.casefold().endswith(_PROVINCE_WORDS)
    return place.entry.feature_code == "ADM1" or (written and bool(place.entry.admin1_code))


def _inside(place: Place, provinces: list[Place]) -> bool:
    entry = place.entry
    return any(
        (entry.country_code, entry.admin1_code) == (p.entry.country_code, p.entry.admin1_code)
        for p in provinces
    )


# Where the people who speak or decide are, not where the event was: "officials in Kabul".
_SPEAKERS_IN = re.compile(
    r"\b(?:officials?|authorities|ministry|ministries|spokes(?:man|woman|person)|government"
    r"|embassy|sources|diplomats?|reporters?|journalists?|correspondents?|leaders?"
    r"|headquarters|talks|negotiators?|court)\s+(?:based\s+)?in\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s*|\s+and\s+))?$",
    re.IGNORECASE,
)


# "near the border with Somalia": the neighbour across the border, not where things are.
_BORDER_WITH = re.compile(r"\bborders?\s+with\s+(?:the\s+)?$", re.IGNORECASE)


def _as_place(text: str, place: Place) -> bool:
    """Whether a mention is used as the place of what happened: not where the speakers
    are ("officials in Kabul"); and a country name must be used as a place ("in Syria"),
    not as an actor ("Russia denounced", "U.S.-backed fighters", "Iraqi forces") nor as
    the neighbour across a border ("near the border with Chad": this side of it)."""
    if _SPEAKERS_IN.search(text, max(0, place.start - 50), place.start):
        return False
    if place.kind != "country":
        return True
    if MODIFIER_AFTER.match(text, place.end):
        return False
    if _BORDER_WITH.search(text, max(0, place.start - 30), place.start):
        return False
    return bool(_LOCATIVE_BEFORE.search(text[max(0, place.start - 40) : place.start]))


def _locatable(place: Place) -> bool:
    """A continent ("across Africa"), an ocean or a world region ("the Middle East") is a
    place of the text but never an event's: it lies in no country."""
    return place.entry.feature_code != "CONT" and place.entry.feature_code not in REGION_CODES


def _dateline(text: str, place: Place) -> bool:
    """The place a report was filed from ("BAMAKO, Jan 28 (Wire) -"), not where its
    events happened, when the sentence names another."""
    return place.start < 5 and place.text.isupper() and text[place.end : place.end + 1] == ","


_BYLINE_WORDS = 8  # "By our staff correspondent in X": a short line, no sentence


def _byline(text: str, place: Place) -> bool:
    """A place in the byline ("By our X correspondent"): where the reporter is, never
    where the events happened, nor the story's lead place."""
    start = text.rfind("\n", 0, place.start) + 1
    end = text.find("\n", place.end)
    line = text[start : len(text) if end < 0 else end].strip()
    short = len(line.split()) <= _BYLINE_WORDS and not line.endswith((".", "!", "?"))
    return short and line.lower().startswith("by ")


def _locate_key(place: Place) -> tuple[int, int, int, float]:
    """A named site first ("the X border crossing"), then a containment-resolved place
    below a province ("Y's Old City", "Y's western X district"), then the most specific,
    then the surest. A province named in its country ("Sudan's North Darfur state") is
    no more precise for that: a town named with it is where the event was."""
    specificity = _specificity(place)
    site = int(place.entry.feature_class == "S")
    contained = place.explanation.startswith(CONTAINED) and specificity >= 2
    return (site, int(contained), specificity, place.score)


def _precision(text: str, place: Place) -> int:
    """ACLED geo_precision of a place as written in the text."""
    if place.entry.feature_class == "A" or place.entry.feature_class in _NATURAL:
        return 3  # a division, or a natural feature (ACLED codes both at precision 3)
    before = text[max(0, place.start - 40) : place.start]
    if _NEAR_BEFORE.search(before) or _NEAR_AFTER.match(text, place.end):
        return 2
    return 1


def _salient(analysis: Analysis) -> Place | None:
    """The document's lead place: most specific, most mentioned, first, in its main country."""
    text = analysis.document.text
    voters = [
        p
        for p in analysis.places
        if _locatable(p) and _says_where(text, p) and not _byline(text, p)
    ]
    country_votes = Counter(p.entry.country_code for p in voters)
    if not country_votes:
        return None
    main = country_votes.most_common(1)[0][0]
    candidates = [
        p
        for p in voters
        if p.kind != "demonym" and p.entry.country_code == main and not _dateline(text, p)
    ]
    if not candidates:
        return None
    mentions = Counter(p.entry.geonameid for p in candidates)
    return max(
        candidates,
        key=lambda p: (
            min(_specificity(p), 3),  # a site is no more the story's lead than its town
            mentions[p.entry.geonameid],
            -p.start,
        ),
    )


def _says_where(text: str, place: Place) -> bool:
    """A mention that tells where the story is: not a demonym giving people's or
    things' nationality ("Chinese engineers", "a French national"), nor a country named as
    an actor or an origin ("U.S.-backed", "gunmen who crossed from Chad")."""
    if place.kind == "demonym":
        return not names_people(text, place)
    return place.kind != "country" or _as_place(text, place)


def places_json(analysis: Analysis, *, explain: bool = False) -> dict[str, Any]:
    """The `eventwire geoparse` record of a document (design.md shape, plus kind).

    A country or division is given at its own centre, as GeoNames gives the entity
    (an event coded to it keeps the capital or main town, with geo_precision 3).
    `explain` adds each place's score components and the alternatives it beat.
    """
    return {
        "id": analysis.document.id,
        "places": [_place_json(p, explain) for p in analysis.places],
    }


def _place_json(place: Place, explain: bool) -> dict[str, Any]:
    latitude, longitude = place.centre or (place.entry.latitude, place.entry.longitude)
    data: dict[str, Any] = {
        "start": place.start,
        "end": place.end,
        "text": place.text,
        "name": place.entry.name,
        "geonameid": place.entry.geonameid,
        "latitude": latitude,
        "longitude": longitude,
        "country_code": place.entry.country_code,
        "admin1": place.entry.admin1,
        "feature_code": place.entry.feature_code,
        "score": place.score,
        "kind": place.kind,
    }
    if explain:
        data["explanation"] = place.explanation
        data["alternatives"] = [
            {
                "name": entry.name,
                "geonameid": entry.geonameid,
                "country_code": entry.country_code,
                "admin1": entry.admin1,
                "feature_code": entry.feature_code,
                "score": score,
            }
            for entry, score in place.alternatives
        ]
    return data
