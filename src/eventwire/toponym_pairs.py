"""Neighbouring towns joined by a hyphen, for `toponyms`.

News names a metropolitan area, a school district or a merged team after two
neighbouring towns: "Fargo-Moorhead", "Dallas-Fort Worth", "the Raleigh-Durham
airport". Each half alone is a piece of a longer capitalised name, which `toponyms`
keeps only for a big place; but where both halves are towns' own names and some two
towns of those names lie within `NEAR_KM` of each other, both are places (unless the
whole is one town's own name: "Winston-Salem"). So are a state and a town inside it
("the University of Tennessee-Martin", "Wisconsin-Milwaukee": a state university's
campus, named after both).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from eventwire.gazetteer import Match
from eventwire.records import GazetteerEntry

__all__ = ["NEAR_KM", "hyphened_neighbours"]

NEAR_KM = 60.0  # about the distance between twin towns or a county seat and its villages


class _Gram(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


def hyphened_neighbours(
    text: str, grams: Iterable[_Gram], found: Mapping[str, Sequence[Match]]
) -> set[tuple[int, int]]:
    """(start, end) of the names on either side of a hyphen ("Fargo-Moorhead") that are
    both towns' own names, with two such towns within `NEAR_KM` of each other."""
    by_start: dict[int, list[_Gram]] = {}
    for gram in grams:
        by_start.setdefault(gram.start, []).append(gram)
    out: set[tuple[int, int]] = set()
    for grams_here in by_start.values():
        for left in grams_here:
            if not text.startswith("-", left.end):
                continue
            after = left.end + 1 + (text.startswith(" ", left.end + 1))
            for right in by_start.get(after, ()):
                if _towns(found.get(text[left.start : right.end], ())):
                    continue  # one town's name: "Winston-Salem"
                towns = _towns(found.get(right.text, ()))
                left_matches = found.get(left.text, ())
                if _close(_towns(left_matches), towns) or _holds(left_matches, towns):
                    out.update({(left.start, left.end), (right.start, right.end)})
    return out


def _towns(matches: Sequence[Match]) -> list[GazetteerEntry]:
    return [m.entry for m in matches if m.quality == 2 and m.entry.feature_class == "P"]


def _holds(matches: Sequence[Match], towns: list[GazetteerEntry]) -> bool:
    """Whether a first-level division bearing the name as its own holds one of `towns`."""
    states = {(m.entry.country_code, m.entry.admin1_code) for m in matches
              if m.quality == 2 and m.entry.feature_code == "ADM1"}  # fmt: skip
    return any((town.country_code, town.admin1_code) in states for town in towns)


def _close(a: list[GazetteerEntry], b: list[GazetteerEntry]) -> bool:
    return any(
        x.geonameid != y.geonameid and x.country_code == y.country_code and _km(x, y) <= NEAR_KM
        for x in a
        for y in b
    )


def _km(a: GazetteerEntry, b: GazetteerEntry) -> float:
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat, dlon = lat2 - lat1, math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
