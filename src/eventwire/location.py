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

from eventwire.geo import CONTAINED, distance_km
from eventwire.records import Analysis, Location, Place, starting_within
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


def locate(analysis: Analysis, start: int, end: int) -> Location | None:
    """Where an event whose evidence sentence spans [start, end) took place.

    The most specific toponym of the sentence (containment-resolved ones first); else
    the document's most mentioned place in its focus country. Demonyms never count.
    """
    text = analysis.document.text
    local = [
        p
        for p in starting_within(analysis.places, start, end)
        if p.kind != "demonym" and p.end <= end and _as_place(text, p)
    ]
    if len(local) > 1:
        local = [p for p in local if not _dateline(text, p)] or local
    if local:
        best = _inner_town(max(local, key=_locate_key), local)
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


# Where the people who speak or decide are, not where the event was: "officials in Kabul".
_SPEAKERS_IN = re.compile(
    r"\b(?:officials?|authorities|ministry|ministries|spokes(?:man|woman|person)|government"
    r"|embassy|sources|diplomats?|reporters?|journalists?|correspondents?|leaders?"
    r"|headquarters|talks|negotiators?|court)\s+(?:based\s+)?in\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s*|\s+and\s+))?$",
    re.IGNORECASE,
)


def _as_place(text: str, place: Place) -> bool:
    """Whether a mention is used as the place of what happened: not where the speakers
    are ("officials in Kabul"); and a country name must be used as a place ("in Syria"),
    not as an actor ("Russia denounced", "U.S.-backed fighters", "Iraqi forces")."""
    if _SPEAKERS_IN.search(text, max(0, place.start - 50), place.start):
        return False
    if place.kind != "country":
        return True
    if MODIFIER_AFTER.match(text, place.end):
        return False
    return bool(_LOCATIVE_BEFORE.search(text[max(0, place.start - 40) : place.start]))


def _dateline(text: str, place: Place) -> bool:
    """The place a report was filed from ("BAMAKO, Jan 28 (Wire) -"), not where its
    events happened, when the sentence names another."""
    return place.start < 5 and place.text.isupper() and text[place.end : place.end + 1] == ","


def _locate_key(place: Place) -> tuple[int, int, float]:
    specific = _SPECIFICITY.get(place.entry.feature_code, 3)
    return (int(place.explanation.startswith(CONTAINED)), specific, place.score)


def _precision(text: str, place: Place) -> int:
    """ACLED geo_precision of a place as written in the text."""
    if place.entry.feature_class == "A":
        return 3
    before = text[max(0, place.start - 40) : place.start]
    if _NEAR_BEFORE.search(before) or _NEAR_AFTER.match(text, place.end):
        return 2
    return 1


def _salient(analysis: Analysis) -> Place | None:
    """The document's lead place: most specific, most mentioned, first, in its main country."""
    country_votes = Counter(p.entry.country_code for p in analysis.places)
    if not country_votes:
        return None
    main = country_votes.most_common(1)[0][0]
    text = analysis.document.text
    candidates = [
        p
        for p in analysis.places
        if p.kind != "demonym" and p.entry.country_code == main and not _dateline(text, p)
    ]
    if not candidates:
        return None
    mentions = Counter(p.entry.geonameid for p in candidates)
    return max(
        candidates,
        key=lambda p: (
            _SPECIFICITY.get(p.entry.feature_code, 3),
            mentions[p.entry.geonameid],
            -p.start,
        ),
    )


def places_json(analysis: Analysis) -> dict[str, Any]:
    """The `eventwire geoparse` record of a document (design.md shape, plus kind)."""
    return {
        "id": analysis.document.id,
        "places": [
            {
                "start": p.start,
                "end": p.end,
                "text": p.text,
                "name": p.entry.name,
                "geonameid": p.entry.geonameid,
                "latitude": p.entry.latitude,
                "longitude": p.entry.longitude,
                "country_code": p.entry.country_code,
                "admin1": p.entry.admin1,
                "feature_code": p.entry.feature_code,
                "score": p.score,
                "kind": p.kind,
                "explanation": p.explanation,
            }
            for p in analysis.places
        ],
    }
