"""How `geo` scores one toponym's candidates in its document's context.

`_best` ranks a span's gazetteer candidates: `_prior` (population, feature class, name
quality, "X province" or "the town of X", a site word) plus `_context_terms` (focus
countries, divisions the text's other names point to, containment, a town inside the
division of its own name, an "X County" holding one of the text's towns, namesakes
beside the text's other names unless by `_coincidence`, a country's name borne by a
town of the text's own country, proximity to the document's other places). A
context-free name whose best candidate bears it only as an alternate name, with a
namesake abroad scoring about as well, is marked down (`_unsure`), and a town dwarfed
a hundredfold by a country or division of its name is not the focus's unless the text
places it (`_dwarfed`). `_Context` is what the document says around a span;
`geo.resolve` builds it in two passes.
A country that the text's other names point to gains on a town or a state bearing its
own name as a town in that country would.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

from eventwire.countries import neighbours
from eventwire.gazetteer import Match
from eventwire.georegions import (
    COMMON_BONUS,
    COUNTY_BONUS,
    WIDE,
    County,
    Region,
    holds_town,
    in_named_county,
)
from eventwire.records import GazetteerEntry
from eventwire.toponym_continents import jumps_continent
from eventwire.toponym_divisions import bare_compass, lesser_seats
from eventwire.toponym_index import REGION_CODES
from eventwire.toponym_namesakes import HOME_NAMESAKE_PENALTY, country_division, home_namesake
from eventwire.toponyms import Span

CONTAINED = "inside "  # explanations of containment-resolved places start with this


_RESPELLED = 0.6  # a derived spelling of a place another name of the text resolved to
# A city known abroad: outside the focus countries it is marked down little, as a capital
# is. A division needs a million people (a word of a local agency's name is no region of
# 800,000 people abroad).
_BIG_CITY = 500_000
_BIG_DIVISION = 1_000_000


# a country, a continent, an ocean, sea or world region: no focus, no proximity
_REGION_PRIOR = 0.9  # a world region has no population; about what a country's adds
_SITES = frozenset("SLTHVR")  # sites and natural features: rarely a population, names distinct
_SITE_PRIOR = 0.3  # about what a population of 3,000 adds to a town
_SITE_CUE = 0.5  # "X border crossing" for a border post, "the X river" for a stream
_ALTERNATE_NAME = 0.2  # "Lakeville" as an old name of another town, beside real Lakevilles
_MIN_SUPPORT = 0.3  # a division supported less than this is not the document's focus
_REGION_BONUS = 0.4  # for a candidate inside a division the document is about
_WEAK_FOCUS = 0.25  # a focus resting on ambiguous names' votes alone outweighs no one
_BESIDE_BONUS = 0.2  # for each other name with a namesake in its county or next to it
_MAX_BESIDE = 2
_SEAT_BONUS = 0.25  # a town inside the division of its own name ("X" in X county)
_LESSER_SEAT_BONUS = 0.15  # such a town, where a bigger namesake lies elsewhere
_UNSURE = 0.2  # off the best score of a name with rivals abroad and no context
_CLOSE = 0.25  # a rival abroad this close to the best makes a context-free name unsure
_FORMER_MIN = 5  # letters of a city's former name ("Bombay"), longer than a word it lists
_SHADOW = 50  # a big city this many times bigger keeps its name from a named division's hamlet
_DWARFED = 100  # a namesake this many times bigger outweighs a town's neighbours
_COUNTRY_FOCUS = 0.3  # a country the text's other names point to, as a town there gets


def _best(
    span: Span, ctx: _Context, focus: dict[str, float], firm: frozenset[str]
) -> tuple[float, Match | None, str]:
    """The best-scoring candidate of a span, its raw score and the reason, in the
    context `ctx` with these focus countries (`_Context.focus`, `_Context.firm`)."""
    floor = min(1, max((m.quality for m in span.matches), default=0))  # 0: all derived
    # a town bearing the name as its own, where one does: "Kanawha" as another name of a
    # county's seat does not make the county's own base name the town's
    floor = max([floor] + [m.quality for m in span.matches if m.entry.feature_class == "P"])
    towns = {(m.entry.country_code, m.entry.admin1_code) for m in span.matches
             if m.entry.feature_class == "P" and m.quality >= floor}  # fmt: skip
    capitals = frozenset(m.entry.country_code for m in span.matches
                         if m.entry.feature_code == "PPLC" and m.quality == 2)  # fmt: skip
    seats = _seats(span)
    lesser = lesser_seats(span, seats)
    own = any(m.quality == 2 for m in span.matches)
    own_elsewhere = any(m.quality == 2 and m.entry.country_code not in firm
                        for m in span.matches)  # fmt: skip
    biggest = max((m.entry.population for m in span.matches if m.quality == 2), default=0)
    widest = max(
        (
            m.entry.population
            for m in span.matches
            if m.quality == 2
            and m.entry.feature_code in ("PCLI", "ADM1")
            and (m.entry.country_code, m.entry.admin1_code) not in towns
        ),
        default=0,
    )
    inside = any(m.entry.country_code in firm and focus.get(m.entry.country_code, 0.0) >= 1.0
                 and not _dwarfed(m.entry, widest, ctx)
                 and (m.quality == 2 or not own_elsewhere) for m in span.matches)  # fmt: skip
    inside = inside or _local_town(span, focus)
    ctx = dataclasses.replace(  # one copy per span and pass: the context has twenty fields
        ctx, focus=focus, firm=firm, towns=towns, capitals=capitals, focus_candidate=inside,
        own_name=own, biggest=biggest, seats=seats, lesser_seats=lesser,
    )  # fmt: skip
    scored = sorted((_score(m, span, ctx) for m in span.matches), key=lambda x: -x[0])
    span.ranked = [(score, match) for score, match, _ in scored]
    if not scored:
        return (0.0, None, "")
    if _no_context(ctx) and _unsure(scored):
        first = scored[0]
        scored[0] = (first[0] - _UNSURE, first[1], first[2] + "; namesakes abroad score"
                     " about as well, and the text names no other place")  # fmt: skip
    top, margin = scored[0], scored[0][0] - (scored[1][0] if len(scored) > 1 else 0.0)
    return (top[0], top[1], top[2] + ("" if margin > 0.2 else "; close alternatives"))


def _local_town(span: Span, focus: dict[str, float]) -> bool:
    """A name the text uses as a town's ("the X Police Department", "X City Council", a
    dateline's "X —"), with a town of that name in the country the text is most about:
    the text's own town, not a big namesake abroad ("Paris Police Department" in a story
    about Texas towns is no department of the French capital's)."""
    return span.town_hint and any(
        m.entry.feature_class == "P" and focus.get(m.entry.country_code, 0.0) >= 1.0
        for m in span.matches
    )


def _dwarfed(e: GazetteerEntry, division: int, ctx: _Context) -> bool:
    """A town that a country or first-level division of its name (of `division` people)
    dwarfs a hundredfold, and that nothing in the text places: not in a division the
    text's other places point to, not near one of them, not in a county the text names
    ("England" beside Alberta and Texas is not a town of 3,000 people that a firm focus
    on the US holds). A division holding a town of its name is known by the town, and a
    city's name is left to the focus ("Berlin" in a story about Connecticut)."""
    key = (e.country_code, e.admin1_code)
    return (
        e.population * _DWARFED < division
        and ctx.regions.get(key, 0.0) < _MIN_SUPPORT
        and key not in ctx.common
        and not in_named_county(e, ctx.counties)
        and not _near(e, ctx.anchors)
    )


def _no_context(ctx: _Context) -> bool:
    """A name the text gives nothing to place by: no focus country, no other place."""
    return not ctx.focus and not ctx.anchors and ctx.parent is None


def _unsure(scored: list[tuple[float, Match, str]]) -> bool:
    """Whether the best candidate bears the name only as an alternate one and a candidate
    in another country scores within `_CLOSE` of it."""
    if not scored or scored[0][1].quality == 2:
        return False
    best, match = scored[0][0], scored[0][1]
    return any(
        best - score <= _CLOSE and m.entry.country_code != match.entry.country_code
        for score, m, _ in scored[1:]
    )


def _seats(span: Span) -> frozenset[int]:
    """The town bearing a name as its own inside the first-level division of the same
    name ("X" in X county), where it is the biggest town of that name: a town
    that gave its name to its division, or took it, is that name's main bearer. Not for
    a capitalised word found by string matching where it opens a sentence."""
    divisions = {(m.entry.country_code, m.entry.admin1_code) for m in span.matches
                 if m.entry.feature_code == "ADM1" and m.quality == 2}  # fmt: skip
    towns = [m.entry for m in span.matches if m.entry.feature_class == "P" and m.quality == 2]
    if (span.initial and not span.ner) or not divisions or not towns:
        return frozenset()
    top = max(towns, key=lambda e: e.population)
    return frozenset({top.geonameid} if (top.country_code, top.admin1_code) in divisions else ())


@dataclass(frozen=True, slots=True)
class _Context:
    """What the document says around a span, for scoring its candidates."""

    focus: dict[str, float]
    regions: dict[Region, float]  # (country, admin1) -> support from the text's other names
    parent: GazetteerEntry | None
    anchors: list[GazetteerEntry]
    towns: set[tuple[str, str]]  # (country, admin1) of the span's town candidates
    firm: frozenset[str] = frozenset()  # focus countries resting on a vote of 1 or more
    focus_candidate: bool = False  # some candidate lies in a firm focus country that the
    # text is most about (by its own name, where a place abroad bears the name as its
    # own), or is a town the text names as its own in that country (`_local_town`)
    own_name: bool = False  # some candidate has the name as its own, not as an alternate
    capitals: frozenset[str] = frozenset()  # countries whose capital bears the span's name
    common: frozenset[Region] = frozenset()  # divisions holding a namesake of most other names
    beside: dict[int, int] = dataclasses.field(default_factory=dict)  # geonameid -> names nearby
    beside_in: dict[int, set[Region]] = dataclasses.field(default_factory=dict)  # their divisions
    biggest: int = 0  # the population of the span's biggest namesake
    countries: frozenset[str] = frozenset()  # codes of the countries the text's other names are
    seats: frozenset[int] = frozenset()  # towns inside a division of their own name
    lesser_seats: frozenset[int] = frozenset()  # such towns, with a bigger namesake elsewhere
    counties: frozenset[County] = frozenset()  # second-level divisions the text names
    host: str | None = None  # the country of a town the text says the span lies in


def _score(match: Match, span: Span, ctx: _Context) -> tuple[float, Match, str]:
    """A candidate's raw score (about 0..2) and the reasons: priors, then context."""
    respelled = match.quality == 0 and match.entry in ctx.anchors
    if not span.ner and not span.cue and match.quality == 0 and not respelled:
        return -1.0, match, "a derived spelling, found by string matching alone"
    if bare_compass(span) and match.entry.country_code not in ctx.focus:
        return -1.0, match, "a compass word alone, in no country the text points to"
    prior = _prior(match, span)
    bonus, reasons = _context_terms(match.entry, span, ctx)
    if _focus_country(match, span, ctx):  # its own name, which a state abroad bears too
        bonus += _COUNTRY_FOCUS * ctx.focus[match.entry.country_code]
        reasons.append("the country the text's other names point to")
    if respelled:  # "Manbij ... the Manbej road": one place, spelled two ways
        bonus += _RESPELLED
        reasons.append("another spelling of a place the text names elsewhere")
    alternate = ctx.own_name and match.quality == 1 and not _former_name(match, span, ctx)
    if alternate and span.site_hint != match.entry.feature_class:
        bonus -= _ALTERNATE_NAME
        reasons.append("the name is only an alternate name here, another place's own")
    return prior + bonus, match, "; ".join(reasons)


def _focus_country(match: Match, span: Span, ctx: _Context) -> bool:
    """A country bearing the name as its own, that the text's other names point to, and
    no place inside it that bears the name too (the name's rivals lie abroad)."""
    e = match.entry
    if match.quality != 2 or e.feature_code != "PCLI" or e.country_code not in ctx.focus:
        return False
    return not any(m.quality == 2 and m.entry.country_code == e.country_code
                   and m.entry is not e for m in span.matches)  # fmt: skip


def _former_name(match: Match, span: Span, ctx: _Context) -> bool:
    """A city's other name that its own-name bearers are too small to claim: the former
    name of a city a hundred times bigger than any of them ("Bombay" for Mumbai), not a
    short word that some capital happens to list among its names."""
    e = match.entry
    return (
        e.feature_class == "P" and len(span.text) >= _FORMER_MIN
        and e.population > ctx.biggest * _DWARFED
    )  # fmt: skip


def _prior(match: Match, span: Span) -> float:
    """Population, feature class and name quality; alternate names found by string
    matching alone are discounted; "X province" favours divisions, "town of X" towns."""
    e = match.entry
    s = 0.12 * math.log10(e.population + 10)
    s += {"PCLI": 0.5, "CONT": 0.5, "ADM1": 0.25, "ADM2": 0.1, "PPLC": 0.35}.get(
        e.feature_code, 0.0
    )
    s += _REGION_PRIOR if e.feature_code in REGION_CODES else 0.0
    s += (0.0 if span.ner else -0.1, 0.05, 0.15)[match.quality]  # NER: a spelling variant
    named_site = span.site_hint == e.feature_class  # "X border crossing": X names the site
    if not span.ner and match.quality < 2 and e.feature_code not in WIDE and not named_site:
        s -= 0.3
    if span.admin_hint:
        s += 0.4 if e.feature_class == "A" else -0.2
    if span.town_hint:  # "the town of X", "X City Council": not a country ("Peru")
        s += 0.3 if e.feature_class == "P" else (-0.8 if e.feature_code in WIDE else -0.2)
    if e.feature_class in _SITES:
        s += _SITE_PRIOR
    if span.site_hint:
        s += _SITE_CUE if e.feature_class == span.site_hint else 0.0
    return s


def _context_terms(e: GazetteerEntry, span: Span, ctx: _Context) -> tuple[float, list[str]]:
    """Focus country, named division, containment and proximity, with their reasons."""
    s, reasons = 0.0, [f"{e.feature_code} of {e.population:,} people"]
    if ctx.focus and e.feature_code not in WIDE:
        if share := ctx.focus.get(e.country_code, 0.0):
            s += 0.3 * share
            reasons.append(f"in the document's focus country {e.country_code}")
        elif (strength := max(ctx.focus.values())) >= _WEAK_FOCUS:
            big_for_kind = _BIG_CITY if e.feature_class == "P" else _BIG_DIVISION
            famous = e.population >= big_for_kind or e.feature_code == "PPLC"  # a capital too
            big = famous and not ctx.focus_candidate
            big = big and not jumps_continent(e, span.matches, ctx.focus)
            named = span.admin_hint and e.feature_class == "A"  # "X County": the text's word
            border = _borders_focus(e.country_code, ctx.focus)  # a town across the border
            s -= (0.1 if big or named or border else 0.8) * strength
            reasons.append("outside the document's focus countries")
            if border:
                reasons.append("in a country bordering the one the text is most about")
    key = (e.country_code, e.admin1_code)
    division = e.feature_class == "A" and e.feature_code != "PCLI"  # not "Kuwait", "Vatican"
    if division and not span.admin_hint and key in ctx.towns:
        s -= 0.45
        reasons.append("a town of that name lies inside it, and the text names no division")
    elif e.feature_code == "ADM1" and not span.admin_hint and e.country_code in ctx.capitals:
        s -= 0.45
        reasons.append("the country's capital bears that name, and the text names no division")
    if e.geonameid in ctx.seats:
        s += _SEAT_BONUS
        reasons.append(f"a town in the division of its own name, {e.admin1 or e.admin1_code}")
    elif e.geonameid in ctx.lesser_seats:
        s += _LESSER_SEAT_BONUS
        reasons.append(f"the town of its division's name, {e.admin1 or e.admin1_code}")
    support = ctx.regions.get(key, 0.0)
    if e.feature_code not in WIDE and support >= _MIN_SUPPORT and not _overshadowed(e, span):
        s += _REGION_BONUS * min(1.0, support)
        reasons.append(f"in {e.admin1 or e.admin1_code}, where the text's other places are")
    if key in ctx.common and e.feature_code not in WIDE:
        s += COMMON_BONUS
        reasons.append(
            f"in {e.admin1 or e.admin1_code}, where most of the text's names have a place"
        )
    if in_named_county(e, ctx.counties):
        s += COUNTY_BONUS
        reasons.append(f"in {e.admin2}, which the text names")
    elif span.admin_hint and holds_town(e, ctx.anchors):  # "X County": the text's word
        s += COUNTY_BONUS
        reasons.append("holds a town the text names")
    count = ctx.beside.get(e.geonameid, 0)
    count = 0 if count and _coincidence(e.geonameid, key, ctx) else count
    if count and e.population * _DWARFED >= ctx.biggest:
        s += _BESIDE_BONUS * min(count, _MAX_BESIDE)
        reasons.append(f"beside namesakes of {count} of the text's other names")
    if country_division(e, span.matches, span.admin_hint):
        s -= HOME_NAMESAKE_PENALTY
        reasons.append("a division named like its country, and the text names no division")
    home = home_namesake(e, span, ctx.focus, ctx.beside, ctx.regions)
    if home is not None and not ctx.countries - {home.country_code}:
        s -= HOME_NAMESAKE_PENALTY
        reasons.append(f"the text is about {home.country_code}, where {home.name} bears the name")
    if ctx.parent is not None:
        inside = _inside(e, ctx.parent)
        s += 0.6 if inside else -0.6
        if inside:
            reasons.insert(0, f"{CONTAINED}{ctx.parent.name}")
    abroad = ctx.host is not None and e.country_code != ctx.host
    if ctx.parent is None and abroad and e.feature_code not in WIDE:
        s -= 0.6
        reasons.append(f"the text puts it in a place in {ctx.host}")
    if ctx.anchors and e.feature_code not in WIDE and _near(e, ctx.anchors):
        s += 0.15
        reasons.append("near other places in the document")
    return s, reasons


def _overshadowed(e: GazetteerEntry, span: Span) -> bool:
    """A town whose name a big city of its own country bears as its own, a city
    `_SHADOW` times bigger: a division the text names elsewhere does not make the name
    the small town's ("Kelvale's mayor" in a story that also names the state of a hamlet
    called Kelvale is the city's)."""
    return e.feature_class == "P" and any(
        m.quality == 2 and m.entry.feature_class == "P" and m.entry.population >= _BIG_CITY
        and m.entry.country_code == e.country_code
        and m.entry.population >= _SHADOW * e.population
        for m in span.matches
    )  # fmt: skip


def _borders_focus(country: str, focus: dict[str, float]) -> bool:
    """Whether a country shares a land border with the country the text is most about:
    news about a country names towns just across its borders ("Tororo" in a story about
    Kenyan traders), which a place farther abroad would have to be famous to be."""
    main = [code for code, share in focus.items() if share >= 1.0]
    return any(code in neighbours(country) for code in main)


def _coincidence(geonameid: int, key: Region, ctx: _Context) -> bool:
    """Whether a namesake lies beside namesakes of the text's other names only by chance:
    the text's names vote in full for a division, and neither this namesake's division
    nor any of its neighbours' is one they point to ("Albany" beside a "Litchfield" of
    another state, in a story about Connecticut towns). A cluster across a state line,
    a town beside the story's own towns, is no coincidence."""
    regions = ctx.regions
    if max(regions.values(), default=0.0) < 1.0 or regions.get(key, 0.0) >= _MIN_SUPPORT:
        return False
    return all(regions.get(k, 0.0) < _MIN_SUPPORT for k in ctx.beside_in.get(geonameid, ()))


def _inside(entry: GazetteerEntry, parent: GazetteerEntry) -> bool:
    if entry.geonameid == parent.geonameid or entry.country_code != parent.country_code:
        return False
    if parent.feature_code == "PCLI":
        return True
    return bool(entry.admin1_code) and entry.admin1_code == parent.admin1_code


def _near(entry: GazetteerEntry, anchors: list[GazetteerEntry], km: float = 150.0) -> bool:
    band = km / 111.0  # degrees of latitude (111.2 km each): a place further north or south
    for other in anchors:  # is further away, and needs no great-circle distance
        same = other.geonameid == entry.geonameid or other.feature_code in WIDE
        close = abs(other.latitude - entry.latitude) <= band
        if not same and close and distance_km(entry, other) <= km:
            return True
    return False


def distance_km(a: GazetteerEntry, b: GazetteerEntry) -> float:
    """Great-circle distance between two gazetteer entries."""
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat, dlon = lat2 - lat1, math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
