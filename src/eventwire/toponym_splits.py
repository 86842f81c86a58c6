"""Regions a country divides into first-level divisions named by compass points.

Some well-known regions are no division of their own: a country split them, and each
piece is a division named by a compass word and the region's name ("North Kivu" and
"South Kivu"; "North", "Central" and "South Sulawesi"). News names the whole by its bare
name ("fighting in Kivu", "an island such as Sulawesi"), which the gazetteer (GeoNames'
towns, divisions and countries) holds for no place. `split_regions` reads every such
name off the gazetteer's own division names: one that first-level divisions of one
country bear after a compass word, and that no place bears as its own name, is a region
of that country (feature code RGN, like a world region), at the middle of those
divisions' centres. One such division is enough ("West Bengal": Bengal; "North
Ossetia": Ossetia): the country holds that part of the region, the part its news is
about. Read from the gazetteer, not written by hand, so it holds in every country it
covers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from eventwire import countries
from eventwire.placenames import COMPASS_WORDS
from eventwire.records import GazetteerEntry

__all__ = ["split_regions"]

Centre = Callable[[GazetteerEntry], tuple[float, float] | None]

# Compass words as normalised names write them ("North-East" reads "north east").
_COMPASS = sorted(
    COMPASS_WORDS | {f"{w[:5]} {w[5:]}" for w in COMPASS_WORDS if w[5:] in ("east", "west")}
)
# A division word, a compass word or a word for an area is the rest of a division's name,
# not a region's: "North Province" and "East Province" make no region called "Province",
# nor "Northern Territory" one called "Territory".
_NOT_REGIONS = frozenset(
    "district province region state division governorate county prefecture municipality"
    " regional aimak aymag voivodeship atoll area border borders boundary boundaries department"
    " end river bank"
    " territory territories".split()
) | frozenset(_COMPASS)
_DWARFED = 1_000  # a region this many times bigger than every town bearing its name
_ADM1_NAMES = """
SELECT n.norm, p.geonameid, p.name, p.latitude, p.longitude, p.country_code, p.feature_class,
       p.feature_code, p.population, p.admin1_code
FROM names n JOIN places p ON p.geonameid = n.geonameid
WHERE n.norm > ? AND n.norm < ? AND n.quality >= 1 AND p.feature_code = 'ADM1'
"""


def split_regions(con: sqlite3.Connection, centre: Centre) -> dict[str, GazetteerEntry]:
    """Regions named by the compass-named divisions a country split them into, by
    normalised name ("darfur", "java"), each at the mean of its divisions' centres
    (`centre`, else the division's own point), with their summed population."""
    parts: dict[tuple[str, str], dict[int, GazetteerEntry]] = {}  # (country, name) -> divisions
    for word in _COMPASS:
        for norm, *row in con.execute(_ADM1_NAMES, (word + " ", word + " \U0010ffff")):
            rest = norm[len(word) + 1 :]
            entry = GazetteerEntry(*row)
            parts.setdefault((entry.country_code, rest), {})[entry.geonameid] = entry
    out: dict[str, GazetteerEntry] = {}
    for (iso2, name), divisions in parts.items():
        population = sum(d.population for d in divisions.values())
        if _region_name(name, population, con):
            out.setdefault(name, _region(name, iso2, list(divisions.values()), centre))
    return out


def _region_name(name: str, population: int, con: sqlite3.Connection) -> bool:
    """Whether a shared rest of division names may name a region: no division or compass
    word, no country's name, and no place's own name ("Carolina" is a town's) unless
    the region's divisions dwarf every bearer `_DWARFED` times: a village named after
    the region, which the scoring weighs against the region like any namesake. (A
    hundredfold is not enough: a village's name may be a region's only by a car's or a
    firm's name, "the Tolvar Wessmark", where no region is meant.)"""
    if name.rsplit(" ", 1)[-1] in _NOT_REGIONS or countries.by_name(name) is not None:
        return False
    sql = "SELECT max(p.population) FROM names n JOIN places p ON p.geonameid = n.geonameid"
    own = con.execute(sql + " WHERE n.norm = ? AND n.quality = 2", (name,)).fetchone()[0]
    return own is None or own * _DWARFED < population


def _region(
    name: str, iso2: str, divisions: list[GazetteerEntry], centre: Centre
) -> GazetteerEntry:
    points = [centre(d) or (d.latitude, d.longitude) for d in divisions]
    lat = round(sum(p[0] for p in points) / len(points), 4)
    lon = round(sum(p[1] for p in points) / len(points), 4)
    population = sum(d.population for d in divisions)
    ident = -min(d.geonameid for d in divisions)  # not a GeoNames id: none exists
    return GazetteerEntry(ident, name.title(), lat, lon, iso2, "L", "RGN", population)
