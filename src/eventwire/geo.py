"""The `geo` stage: toponyms resolved to gazetteer entries by document context.

Candidates come from `toponyms` (NER places, capitalised n-grams of the whole text,
names found by their spelling key, abbreviated US states, continents, oceans, seas and
world regions, demonyms). Each name is then
resolved by context, not by name alone:

* focus: the countries the document talks about (country names, demonyms, names
  found in only one country; each distinct name votes once; a country's name that is
  also a state's elsewhere, "Georgia", votes weakly for both), and the first-level
  divisions its other names point to (`region_votes`: "Louisiana" votes for Louisiana,
  an "Alexandria" found in twenty states a little for each; a text with the marks of
  American local news, "Linn County", "percent", "Sheriff's Office", votes for the US
  as a demonym would; `geofocus`); pass two counts only the votes of the names pass
  one kept, and a division's support relative to the strongest division's;
  the divisions that hold a namesake of most of the text's names (`shared_regions`:
  three town names each found in several states point to the state holding all three);
  the one division the text names outright supports its towns in full ("London" in a
  text naming Ontario; `georegions.with_named`);
* containment (`toponym_containment`): "X, Y", "X district of Y", "in X, Y province",
  "X town, Y governorate", "Y's western X" (not two countries or two divisions of one
  level in a list, nor a country's or division's own name after a possessive: "Smith's
  Texas plant");
  "Y's Old City" with no such district in the gazetteer is coded to Y, and so is a
  town the text places in a named division ("X town, Y governorate", "X, Ga.") where
  the gazetteer has no place of that name; a place said to lie in a town ("X village in
  Y") lies in the town's country;
* neighbours (`toponym_neighbours`): a namesake inside a county the text names or
  next to a namesake of another of its names ("Springfield" and "Sangamon County"),
  unless both lie outside the division the text's names point to (`_coincidence`);
* proximity to the document's other places, feature class and population priors, a
  place's own name before another place's alternate name, a site word ("X border
  crossing") for a site of that class, a capital before the division of the same name
  ("Washington") unless the text names a division (a town that bears the name only as
  another name does not count: "Kanawha" is the county), the biggest town of a name inside
  the division of that name ("X" in X county), or the biggest inside it where a
  somewhat bigger namesake lies abroad (`toponym_divisions.lesser_seats`); a compass
  word alone ("West", "Central") only in a country the text points to; one sense per
  discourse;
* namesakes (`toponym_namesakes`): a country's name borne by a town among the text's
  other places, in a text about another country that names no other country, is the
  town's ("Lebanon" beside "Boone County"); a division named like its own country
  ("Taiwan") gives way to the country unless the text names a division.

A candidate outside every focus country (one resting on more than ambiguous names'
weak votes) needs to be a country or a place of a million people to survive, and not
even that when a firmly held focus country has a candidate of that name (one the text
places, or one not dwarfed a hundredfold: a hamlet named "England" holds no name), nor
a division on another continent than every focus country whose name places of other
countries bear, unless it dwarfs them ("Delta", `toponym_continents`): an unresolved
name is better than one on another continent. A division named with its kind word
("X County") is the text's own word and survives that; a name found only as another
place's alternate name, in a text naming no other place, with a namesake abroad
scoring about as well, is marked down.
Each Place explains its score (components, raw score, runners-up) and carries its
country's or division's own centre (`Place.centre`). `location.locate` picks an
event's place and ACLED geo_precision.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.gazetteer import Gazetteer, Match, normalize_name
from eventwire.geofocus import Vote, country_names, firm, focus, sum_votes, votes
from eventwire.georegions import (
    COMMON_BONUS,
    COUNTY_BONUS,
    WIDE,
    County,
    Region,
    common_regions,
    in_named_county,
    named_counties,
    named_divisions,
    other_counties,
    region_votes,
    relative,
    shared_regions,
    sum_region,
    with_named,
)
from eventwire.pipeline import Context, stage
from eventwire.records import Analysis, GazetteerEntry, Place, PlaceKind
from eventwire.toponym_containment import host_country, link_containment
from eventwire.toponym_continents import jumps_continent
from eventwire.toponym_divisions import bare_compass, lesser_seats
from eventwire.toponym_index import REGION_CODES, GeoIndex
from eventwire.toponym_namesakes import HOME_NAMESAKE_PENALTY, country_division, home_namesake
from eventwire.toponym_neighbours import neighbours
from eventwire.toponyms import (
    Span,
    candidate_spans,
    find_demonyms,
    mask,
    occurrences,
)
from eventwire.us_states import state_demonyms

CONTAINED = "inside "  # explanations of containment-resolved places start with this
NER_THRESHOLD = 0.55
STRING_THRESHOLD = 0.85
CUE_THRESHOLD = 0.65  # string match after "in", "near", "the town of", ...
_RESPELLED = 0.6  # a derived spelling of a place another name of the text resolved to
_BIG_CITY = 1_000_000
_MAX_ANCHORS = 40  # places used for proximity: enough for a story, bounded for a book

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
_DWARFED = 100  # a namesake this many times bigger outweighs a town's neighbours


def gazetteer(ctx: Context) -> Gazetteer:
    """The per-process gazetteer, built on first use when missing."""
    settings = ctx.settings
    return ctx.resource(
        "gazetteer",
        lambda: Gazetteer.ensure(
            Path(settings.gazetteer_path), min_population=settings.min_city_population
        ),
    )


@stage("geo", requires=("sentences", "mentions"), assigns=("places",))
def geo_stage(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
    """Find and resolve the toponyms and demonyms of each document."""
    gaz = gazetteer(ctx)
    index = geo_index(ctx)
    return [dataclasses.replace(a, places=resolve(a, gaz, index)) for a in batch]


def geo_index(ctx: Context) -> GeoIndex:
    """The per-process extras over the gazetteer: entity centres, spelling keys."""
    gaz = gazetteer(ctx)
    return ctx.resource("geo_index", lambda: GeoIndex.open(gaz))


def resolve(analysis: Analysis, gaz: Gazetteer, index: GeoIndex | None = None) -> tuple[Place, ...]:
    """All places of a document, resolved by document context, in text order.

    Pass one scores each name with the focus countries; pass two adds what pass one
    found: containment, divisions named in the text, proximity to the other places.
    Every step is linear in the number of names (long documents stay cheap).
    Countries and divisions carry their own centre (`Place.centre`).
    """
    index = index or GeoIndex.open(gaz)
    demonyms = find_demonyms(analysis, index.country)
    text = analysis.document.text
    demonyms += state_demonyms(text, gaz, mask(len(text), [(d.start, d.end) for d in demonyms]))
    spans = candidate_spans(analysis, gaz, [(d.start, d.end) for d in demonyms], index)
    link_containment(analysis.document.text, spans)
    names = [normalize_name(span.text) for span in spans]
    voted = votes(spans, demonyms, analysis.document.text)
    by_name = dict(zip(reversed(names), reversed(voted[:-1]), strict=True))  # first wins
    where: dict[int, set[Region]] = {}
    beside = neighbours(spans, names, where)
    first = [_Context({}, {}, None, [], set(), beside=beside) for _ in spans]
    _score_all(spans, names, first, by_name, voted[-1])
    kept = {names[i] for i, span in enumerate(spans) if _accepted(span)}
    by_name = {name: vote for name, vote in by_name.items() if name in kept}
    regions = region_votes(
        [s for s in spans if _accepted(s)],
        [n for s, n in zip(spans, names, strict=True) if _accepted(s)],
    )
    region_total = sum_region(regions.values())
    shared = shared_regions(spans, names)
    named_in = named_divisions(spans, names, _accepted)
    counties = named_counties(spans, names, _accepted)
    anchors: list[tuple[int, GazetteerEntry]] = []
    for i, span in enumerate(spans):
        m = span.best[1]
        if m is not None and _accepted(span) and m.entry.feature_code not in WIDE:
            anchors.append((i, m.entry))
    anchors = anchors[:_MAX_ANCHORS]
    named = country_names(spans, names)
    second = []
    for i, span in enumerate(spans):
        own = regions.get(names[i], {})
        support = relative({k: w - own.get(k, 0.0) for k, w in region_total.items()})
        support = with_named(support, named_in, names[i])
        common = common_regions(shared, names[i], spans[i])
        near = [e for j, e in anchors if j != i and names[j] != names[i]]
        parent = _parent(span, spans)
        host = host_country(text, span, spans)
        second.append(_Context(
            {}, support, parent.entry if parent else None, near, set(), common=common,
            beside=beside, countries=named - {names[i]}, beside_in=where,
            counties=other_counties(counties, names[i]), host=host,
        ))  # fmt: skip
    _score_all(spans, names, second, by_name, voted[-1])
    placed = [(span, _place(span, spans)) for span in spans]
    places = _one_sense(placed)
    places += _other_mentions(analysis.document.text, places + demonyms)
    centred = [_with_centre(p, index) for p in places + demonyms]
    return tuple(sorted(centred, key=lambda p: (p.start, p.end)))


def _score_all(
    spans: list[Span],
    names: list[str],
    contexts: list[_Context],
    by_name: dict[str, Vote],
    people: Vote,
) -> None:
    """Score every span in its context, with the focus of the votes of the text's other
    names (`by_name`) and of its demonyms (`people`). Pass two counts only the votes of
    the names pass one kept ("Servance", a man's name that only a French village bears,
    must not pull a story about Gainesville to France)."""
    total = sum_votes([*by_name.values(), people])
    for span, name, context in zip(spans, names, contexts, strict=True):
        own = by_name.get(name, {})
        context = dataclasses.replace(context, focus=focus(total, own), firm=firm(total, own))
        span.best = _best(span, context)


def _with_centre(place: Place, index: GeoIndex) -> Place:
    centre = index.points.centre(place.entry)
    return dataclasses.replace(place, centre=centre) if centre else place


def _one_sense(placed: list[tuple[Span, Place | None]]) -> list[Place]:
    """One sense per discourse. A name resolved by containment somewhere in the text
    ("Aleppo's Old City") keeps that sense where it stands alone ("the Old City"); a name
    left unresolved where its context was thin takes the sense it was given elsewhere."""
    contained: dict[str, Place] = {}
    accepted: dict[str, Place] = {}
    for _, place in placed:
        if place is not None:
            key = normalize_name(place.text)
            accepted.setdefault(key, place)
            if place.explanation.startswith(CONTAINED):
                contained.setdefault(key, place)
    out = []
    for span, place in placed:
        key = normalize_name(span.text)
        sense = contained.get(key) if place is None or not _is_contained(place) else None
        sense = sense or (accepted.get(key) if place is None else None)
        if sense is not None:
            why = f"same place as {sense.text!r} at {sense.start}: {sense.explanation}"
            place = Place(
                span.start, span.end, span.text, sense.entry, sense.score, sense.kind, why
            )
        if place is not None:
            out.append(place)
    return out


def _other_mentions(text: str, places: list[Place]) -> list[Place]:
    """Further mentions of names the text already placed, where no candidate was kept
    (a sentence-initial "Timbuktu", a name the NER clipped): one sense per discourse."""
    taken = mask(len(text), [(p.start, p.end) for p in places])
    senses = {p.text: p for p in places if p.kind == "toponym" and len(p.text) > 3}
    more = []
    for name, sense in senses.items():
        for start, end in occurrences(text, name):
            if not any(taken[start:end]):
                why = f"same place as {name!r} at {sense.start}: {sense.explanation}"
                more.append(dataclasses.replace(sense, start=start, end=end, explanation=why))
    return more


def _is_contained(place: Place) -> bool:
    return place.explanation.startswith(CONTAINED)


def _best(span: Span, ctx: _Context) -> tuple[float, Match | None, str]:
    """The best-scoring candidate of a span, its raw score and the reason."""
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
    inside = any(m.entry.country_code in ctx.firm and not _dwarfed(m.entry, widest, ctx)
                 for m in span.matches)  # fmt: skip
    ctx = dataclasses.replace(
        ctx, towns=towns, capitals=capitals, focus_candidate=inside, own_name=own,
        biggest=biggest, seats=seats, lesser_seats=lesser,
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
    focus_candidate: bool = False  # some candidate lies in a firm focus country
    own_name: bool = False  # some candidate has the name as its own, not as an alternate
    capitals: frozenset[str] = frozenset()  # countries whose capital bears the span's name
    common: frozenset[Region] = frozenset()  # divisions holding a namesake of most other names
    beside: dict[int, int] = dataclasses.field(default_factory=dict)  # geonameid -> names nearby
    beside_in: dict[int, set[Region]] = dataclasses.field(default_factory=dict)  # their divisions
    biggest: int = 0  # the population of the span's biggest namesake
    countries: frozenset[str] = frozenset()  # the text's other names that are countries' own
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
    if respelled:  # "Manbij ... the Manbej road": one place, spelled two ways
        bonus += _RESPELLED
        reasons.append("another spelling of a place the text names elsewhere")
    if ctx.own_name and match.quality == 1 and span.site_hint != match.entry.feature_class:
        bonus -= _ALTERNATE_NAME
        reasons.append("the name is only an alternate name here, another place's own")
    return prior + bonus, match, "; ".join(reasons)


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
            big = e.population >= _BIG_CITY and not ctx.focus_candidate
            big = big and not jumps_continent(e, span.matches, ctx.focus)
            named = span.admin_hint and e.feature_class == "A"  # "X County": the text's word
            s -= (0.1 if big or named else 0.8) * strength
            reasons.append("outside the document's focus countries")
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
    if e.feature_code not in WIDE and (support := ctx.regions.get(key, 0.0)) >= _MIN_SUPPORT:
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
    count = 0 if _coincidence(e.geonameid, key, ctx) else ctx.beside.get(e.geonameid, 0)
    if count and e.population * _DWARFED >= ctx.biggest:
        s += _BESIDE_BONUS * min(count, _MAX_BESIDE)
        reasons.append(f"beside namesakes of {count} of the text's other names")
    if country_division(e, span.matches, span.admin_hint):
        s -= HOME_NAMESAKE_PENALTY
        reasons.append("a division named like its country, and the text names no division")
    home = None if ctx.countries else home_namesake(e, span, ctx.focus, ctx.beside, ctx.regions)
    if home is not None:
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
    for other in anchors:
        same = other.geonameid == entry.geonameid or other.feature_code in WIDE
        if not same and distance_km(entry, other) <= km:
            return True
    return False


def distance_km(a: GazetteerEntry, b: GazetteerEntry) -> float:
    """Great-circle distance between two gazetteer entries."""
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat, dlon = lat2 - lat1, math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _place(span: Span, spans: list[Span]) -> Place | None:
    """The Place for a span, or None when nothing scored high enough."""
    raw, match, reason = span.best
    parent = _parent(span, spans)
    unplaced = match is None or not reason.startswith(CONTAINED)
    if span.part_of_town and parent is not None and parent.entry.feature_class == "P" and unplaced:
        why = f"{CONTAINED}{parent.entry.name}: part of it not in the gazetteer, coded to it"
        return Place(span.start, span.end, span.text, parent.entry, 0.6, "toponym", why)
    if parent is not None and unplaced and _named_division(span, spans, parent):
        why = (
            f"{CONTAINED}{parent.entry.name}: the text places it there and the gazetteer has "
            "no place of that name inside it, coded to the division"
        )
        return Place(span.start, span.end, span.text, parent.entry, 0.6, "toponym", why)
    if match is None or not _accepted(span):
        return None
    score = _probability(raw)
    kind: PlaceKind = "country" if match.entry.feature_code == "PCLI" else "toponym"
    others = [(m.entry, _probability(s)) for s, m in span.ranked[1:4] if s > 0]
    why = f"{reason}; raw score {raw:.2f}" + "".join(
        f"; runner-up {e.name} ({e.country_code} {e.feature_code}{_in(e)}) {p:.2f}"
        for e, p in others
    )
    return Place(
        span.start, span.end, span.text, match.entry, score, kind, why, alternatives=tuple(others)
    )


def _named_division(span: Span, spans: list[Span], parent: Match) -> bool:
    """Whether a span's container is a division named with its kind ("Y governorate",
    "Y county"): the text's own word that the place lies there."""
    return (
        span.parent is not None
        and spans[span.parent].admin_hint
        and parent.entry.feature_class == "A"
        and not span.admin_hint
    )


def _probability(raw: float) -> float:
    """A raw score (about 0..2) squashed to 0..1; 0.5 at 0.7, where candidates are kept."""
    return round(1.0 / (1.0 + math.exp(-3.0 * (raw - 0.7))), 3)


def _in(entry: GazetteerEntry) -> str:
    return f", {entry.admin1}" if entry.admin1 else ""


def _parent(span: Span, spans: list[Span]) -> Match | None:
    """The accepted place containing a span: a division or country, or for "Y's X" a town."""
    if span.parent is None or not _accepted(spans[span.parent]):
        return None
    match = spans[span.parent].best[1]
    if match is None or (match.entry.feature_class != "A" and not span.part_of_town):
        return None
    return match


def _accepted(span: Span) -> bool:
    """Whether a span's best candidate scored high enough to be trusted."""
    if span.ner:
        return span.best[0] >= NER_THRESHOLD
    return span.best[0] >= (CUE_THRESHOLD if span.cue else STRING_THRESHOLD)
