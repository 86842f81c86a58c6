"""A country's name that is also the own name of a place in the country a text is about.

Local news names its towns, and some towns and states bear a country's name: Lebanon in
Boone County, Indiana; Jordan in Scott County, Minnesota; the state of Georgia. Such a
name is the country only when something else in the text points there. Where the rest
of the text is about another country (its strongest focus), nothing else points to the
named country (no place in it, no demonym), and the name has a namesake in the text's
country that is a first-level division or lies among the text's other places (beside
them, or in the division they point to), the name is taken for that namesake.

The other way round, a division that bears its own country's name (Taiwan Province,
the State of Mexico, Panamá Province) stands for that name only where the text says it
means the division ("Mexico state"): otherwise the name is the country's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from eventwire.gazetteer import Match
from eventwire.placenames import normalize_name
from eventwire.records import GazetteerEntry
from eventwire.toponyms import Span

__all__ = ["HOME_NAMESAKE_PENALTY", "country_division", "home_namesake"]

HOME_NAMESAKE_PENALTY = 0.6  # about a country's prior over a town's: the namesake wins
_NO_FOCUS = 0.1  # the named country's focus share below this: nothing else points there
_MIN_SUPPORT = 0.3  # a division's support from the text's other names (as `geo`'s)


def home_namesake(
    country: GazetteerEntry,
    span: Span,
    focus: Mapping[str, float],
    beside: Mapping[int, int],
    regions: Mapping[tuple[str, str], float],
) -> GazetteerEntry | None:
    """The namesake in the text's own country that a country's name stands for, or None.

    `focus`: focus shares of countries from the rest of the text; `beside`: geonameid ->
    how many of the text's other names lie beside it; `regions`: (country, admin1) ->
    support from the text's other names. The caller checks that the text names no
    country but the namesake's own (a list of countries: "China, Norway and Mexico" are
    the countries, whatever towns of Maine bear their names; "U.S. 52", a highway of the
    namesake's country, is no sign of another).
    """
    if country.feature_code != "PCLI" or focus.get(country.country_code, 0.0) >= _NO_FOCUS:
        return None
    if span.admin_hint or span.modifier:
        return None
    for match in span.matches:
        e = match.entry
        home = e.country_code != country.country_code
        home = home and _main_focus(e.country_code, focus)
        if match.quality < 2 or e.feature_code == "PCLI" or not home:
            continue
        among = beside.get(e.geonameid, 0) > 0
        among = among or regions.get((e.country_code, e.admin1_code), 0.0) >= _MIN_SUPPORT
        if among or (e.feature_code == "ADM1" and span.town_hint is False and _larger(e, country)):
            return e
    return None


def _main_focus(code: str, focus: Mapping[str, float]) -> bool:
    """Whether `code` is the country the rest of the text is most about: the strongest
    focus, however weakly held (one town's name found in that country alone)."""
    share = focus.get(code, 0.0)
    return share > 0.0 and share >= max(focus.values())


def _larger(division: GazetteerEntry, country: GazetteerEntry) -> bool:
    """A division more populous than the country of its name (the state of Georgia and
    the republic): a text about the division's country means the division."""
    return division.population >= country.population


def country_division(entry: GazetteerEntry, matches: Sequence[Match], admin_hint: bool) -> bool:
    """Whether `entry` is a division named like its own country, where the text does
    not say it means the division ("Taiwan" for the island's province, not the country)."""
    if admin_hint or entry.feature_class != "A" or entry.feature_code == "PCLI":
        return False
    own = normalize_name(entry.name)
    return any(
        m.entry.feature_code == "PCLI"
        and m.entry.country_code == entry.country_code
        and normalize_name(m.entry.name) == own
        for m in matches
    )
