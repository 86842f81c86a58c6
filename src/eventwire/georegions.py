"""The first-level divisions a text is about, from its names taken together.

`region_votes`: each distinct name spreads one vote over the divisions of its
candidates ("Louisiana" almost wholly for Louisiana, an "Alexandria" found in twenty
states a little for each). `shared_regions` and `common_regions`: the divisions holding
a namesake of most of the text's names (three town names found in many states each,
but together in one). `named_divisions` and `with_named`: the one division the text
names outright ("Ontario") supports its towns in full. `named_counties`,
`other_counties` and `in_named_county`: a town inside a second-level division the text
names (a town beside "Upland County", its county); `holds_town`, the other way round: the
county holding a town the text names. `geo` turns all of these into
bonuses for candidates inside them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable

from eventwire.records import GazetteerEntry
from eventwire.toponym_index import REGION_CODES
from eventwire.toponyms import Span

__all__ = [
    "COMMON_BONUS",
    "COUNTY_BONUS",
    "WIDE",
    "County",
    "Region",
    "common_regions",
    "holds_town",
    "in_named_county",
    "named_counties",
    "named_divisions",
    "other_counties",
    "region_votes",
    "relative",
    "shared_regions",
    "sum_region",
    "with_named",
]

Region = tuple[str, str]  # (country code, admin1 code)
County = tuple[str, str, str]  # (country code, admin1 code, the county's own name)
WIDE = frozenset({"PCLI", "CONT"}) | REGION_CODES

COMMON_BONUS = 0.3  # for a candidate in the division most of the text's names share
# For a town inside a county the text names: the county is the surest neighbour a town
# can have, and it counts however much bigger a namesake abroad is.
COUNTY_BONUS = 0.3
_FAMOUS = frozenset({"PCLI", "ADM1", "PPLC"})  # own names that no namesake town outweighs
_MIN_SHARED = 3  # names that must have a namesake in one division for it to count


def shared_regions(spans: list[Span], names: list[str]) -> dict[Region, set[str]]:
    """For each first-level division, the distinct names of the text that some place
    inside it bears (towns and divisions the NER or a cue put forward): the text's
    names taken together point to where it is, when each alone is ambiguous (three town
    names found in many states each, but together in few)."""
    out: dict[Region, set[str]] = {}
    for span, name in zip(spans, names, strict=True):
        if not (span.ner or span.cue):
            continue
        for m in span.matches:
            e = m.entry
            if m.quality >= 1 and e.admin1_code and e.feature_code not in WIDE:
                out.setdefault((e.country_code, e.admin1_code), set()).add(name)
    return out


def common_regions(shared: dict[Region, set[str]], name: str, span: Span) -> frozenset[Region]:
    """The divisions that hold namesakes of more of the text's other names than any other
    division does (at least `_MIN_SHARED`), when the span has a candidate there and is not
    the own name of a country, a first-level division or a capital."""
    if any(m.quality == 2 and m.entry.feature_code in _FAMOUS for m in span.matches):
        return frozenset()  # a state's or capital's own name: not a namesake town
    own = {(m.entry.country_code, m.entry.admin1_code) for m in span.matches}
    counts = {key: len(names - {name}) for key, names in shared.items()}
    best = max(counts.values(), default=0)
    if best < _MIN_SHARED:
        return frozenset()
    return frozenset(k for k, c in counts.items() if c == best and k in own)


def named_divisions(
    spans: list[Span], names: list[str], accepted: Callable[[Span], bool]
) -> dict[Region, set[str]]:
    """The first-level divisions the text names by their own name ("Ontario", "Tolo
    county"), as pass one resolved them, with the names naming each."""
    out: dict[Region, set[str]] = {}
    for span, name in zip(spans, names, strict=True):
        match = span.best[1]
        if match is None or not accepted(span) or match.quality != 2:
            continue
        if match.entry.feature_code == "ADM1" and match.entry.admin1_code:
            out.setdefault((match.entry.country_code, match.entry.admin1_code), set()).add(name)
    return out


def named_counties(
    spans: list[Span], names: list[str], accepted: Callable[[Span], bool]
) -> dict[County, set[str]]:
    """The second-level divisions the text names, as pass one resolved them, with the
    names naming each."""
    out: dict[County, set[str]] = {}
    for span, name in zip(spans, names, strict=True):
        match = span.best[1]
        if match is not None and accepted(span) and match.entry.feature_code == "ADM2":
            e = match.entry
            out.setdefault((e.country_code, e.admin1_code, e.admin2 or e.name), set()).add(name)
    return out


def other_counties(named: dict[County, set[str]], name: str) -> frozenset[County]:
    """The counties named by names other than `name`: a county's bare name read as
    the county does not put its seat, which may bear that name too, inside it."""
    return frozenset(county for county, by in named.items() if by - {name})


def in_named_county(entry: GazetteerEntry, counties: frozenset[County]) -> bool:
    """Whether a town lies inside one of the counties the text names."""
    if entry.feature_class != "P" or not entry.admin2:
        return False
    return (entry.country_code, entry.admin1_code, entry.admin2) in counties


def holds_town(entry: GazetteerEntry, towns: Iterable[GazetteerEntry]) -> bool:
    """Whether a second-level division holds one of the text's towns, as the first pass
    placed them ("Marlow County" beside a "Kelby" placed inside the Marlow County of one
    state): the county a text names beside its towns is theirs, however many namesakes
    of it other states hold."""
    if entry.feature_code != "ADM2":
        return False
    key = (entry.country_code, entry.admin1_code, entry.admin2 or entry.name)
    return any(
        t.feature_class == "P" and (t.country_code, t.admin1_code, t.admin2) == key for t in towns
    )


def with_named(
    support: dict[Region, float], named: dict[Region, set[str]], name: str
) -> dict[Region, float]:
    """The one division the text's other names name outright is the one it is about:
    full support ("London" in a text naming Ontario), whatever its namesakes' votes add
    up to, and the other divisions of its country keep half of theirs (ambiguous town
    names spread votes over many states). Where they name several ("Indiana",
    "Kentucky", "Ohio"), the votes decide."""
    more = [key for key, by in named.items() if by - {name}]
    if len(more) != 1:
        return support
    key = more[0]
    out = {k: w * _OUTSHONE if k[0] == key[0] else w for k, w in support.items()}
    return {**out, key: max(support.get(key, 0.0), 1.0)}


# What the other divisions of its country keep of their support, beside the one
# division the text names outright: their votes come from ambiguous names.
_OUTSHONE = 0.5
_SOFTNESS = 4.0  # how sharply a name's region vote follows its candidates' scores
_REPEAT = 0.5  # more vote for each further mention of a first-level division's name
_MAX_REPEAT = 3.0


def region_votes(spans: list[Span], names: list[str]) -> dict[str, dict[Region, float]]:
    """Each distinct name's vote for the first-level divisions the document is about.

    A name spreads one vote (half when only string matching found it) over the
    divisions of its candidates, in proportion to exp(4 x score) from the first pass:
    "Louisiana" votes almost wholly for Louisiana, an "Alexandria" found in twenty
    states votes a little for each. A name's own vote never supports itself. A
    first-level division named again and again ("Indiana" five times, "Kentucky" once)
    votes more: half a vote more for each further mention, up to three votes.
    """
    out: dict[str, dict[Region, float]] = {}
    said = Counter(names)
    for span, name in zip(spans, names, strict=True):
        if name in out:
            continue
        ranked = [(sc, m.entry) for sc, m in span.ranked if sc > 0 and m.entry.admin1_code]
        ranked = [(sc, e) for sc, e in ranked if e.feature_code not in WIDE]
        if not ranked:
            continue
        top = ranked[0][0]
        weights = [(math.exp(_SOFTNESS * (sc - top)), e) for sc, e in ranked]
        scale = (1.0 if span.ner or span.cue else 0.5) / sum(w for w, _ in weights)
        if ranked[0][1].feature_code == "ADM1":  # a state named again and again: its story
            scale *= min(_MAX_REPEAT, 1.0 + _REPEAT * (said[name] - 1))
        vote: dict[Region, float] = {}
        for w, e in weights:
            key = (e.country_code, e.admin1_code)
            vote[key] = vote.get(key, 0.0) + w * scale
        out[name] = vote
    return out


def sum_region(votes: Iterable[dict[Region, float]]) -> dict[Region, float]:
    total: dict[Region, float] = {}
    for vote in votes:
        for key, weight in vote.items():
            total[key] = total.get(key, 0.0) + weight
    return total


def relative(support: dict[Region, float]) -> dict[Region, float]:
    """Divisions' support as shares of the strongest's, where that is over 1: in a text
    whose names point to Minnesota ten times over, the half-vote that ambiguous names
    ("Douglas", "Grant", "Clay") spread over Colorado does not make it a division the
    text is about."""
    scale = max(max(support.values(), default=0.0), 1.0)
    return {key: weight / scale for key, weight in support.items()} if scale > 1.0 else support
