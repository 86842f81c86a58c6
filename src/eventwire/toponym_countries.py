"""A country's other name that one of its own divisions or cities bears, for `toponyms`.

News calls a country by many names, and a few of them are also the own name of a part
of that country: "Gaza" and "West Bank" name Palestine in `countries`, yet the
gazetteer has a city and a division of those names, which are what the words name. Such
a name is not put first as the country; the country's own name ("Palestine") still is.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.gazetteer import Match, normalize_name
from eventwire.records import GazetteerEntry

__all__ = ["names_a_part"]

_CITY = 100_000  # a city big enough that the country's other name means it


def names_a_part(
    text: str, country_name: str, country: GazetteerEntry, matches: Sequence[Match]
) -> bool:
    """Whether `text`, a name of `country` other than its own (`country_name`, the
    gazetteer's), is the own name of a first- or second-level division or a city of
    100,000 people inside it, among `matches`."""
    own = normalize_name(text)
    if own in (normalize_name(country_name), normalize_name(country.name)):
        return False
    return any(
        m.quality == 2
        and m.entry.country_code == country.country_code
        and m.entry.feature_code != "PCLI"
        and (m.entry.feature_code in ("ADM1", "ADM2") or m.entry.population >= _CITY)
        for m in matches
    )
