"""Short texts' divisions and generic words, for `geo`.

`lesser_seats`: a town bearing its first-level division's name ("Tolo" in Tolo county)
stands before a somewhat bigger namesake abroad. `bare_compass`: a compass word standing
alone ("West", "Central") is a division of that name only in a country the text points to.
"""

from __future__ import annotations

from eventwire.placenames import COMPASS_WORDS
from eventwire.toponyms import Span

__all__ = ["bare_compass", "lesser_seats"]

_SEAT_DWARFED = 10  # a namesake this many times bigger than such a town is the name's
_CITY = 100_000  # a namesake this big is known in its own right, not by its division


def lesser_seats(span: Span, seats: frozenset[int]) -> frozenset[int]:
    """Where no namesake is a seat (`geoscore._seats`), the biggest town bearing the name inside a
    first-level division of that name, unless a namesake ten times bigger lies elsewhere
    or a namesake is a city known in its own right: among small towns, the county's town
    ("Tolo" in Tolo county) rather than a somewhat bigger Tolo abroad."""
    divisions = {(m.entry.country_code, m.entry.admin1_code) for m in span.matches
                 if m.entry.feature_code == "ADM1" and m.quality == 2}  # fmt: skip
    towns = [m.entry for m in span.matches if m.entry.feature_class == "P" and m.quality == 2]
    if seats or (span.initial and not span.ner) or not divisions or not towns:
        return frozenset()
    inside = [e for e in towns if (e.country_code, e.admin1_code) in divisions]
    seat = max(inside, key=lambda e: e.population, default=None)
    biggest = max(e.population for e in towns)
    if seat is None or seat.population * _SEAT_DWARFED < biggest or biggest >= _CITY:
        return frozenset()
    return frozenset({seat.geonameid})


def bare_compass(span: Span) -> bool:
    """A compass word standing alone ("West", "Central", "Eastern"), not named as a
    division ("Central Province"): many countries have a division of that name, and
    the word more often closes a name the gazetteer lacks ("Tolo East")."""
    return span.text.casefold() in COMPASS_WORDS and not span.admin_hint
