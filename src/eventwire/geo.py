"""The `geo` stage: toponyms resolved to gazetteer entries by document context.

Candidates come from `toponyms` (NER places, capitalised n-grams of the whole text,
demonyms). Each name is then resolved by context, not by name alone:

* focus: the countries the document talks about (country names, demonyms, names
  found in only one country), and the first-level divisions among its places;
* containment: "X, Y", "X district of Y", "in X, Y province", "Y's western X";
  "Y's Old City" with no such district in the gazetteer is coded to Y;
* proximity to the document's other places, feature class and population priors.

A candidate outside every focus country needs to be a country or a city of a
million people to survive: an unresolved name is better than one on another
continent. `location.locate` picks an event's place and ACLED geo_precision.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.gazetteer import Gazetteer, Match, normalize_name
from eventwire.pipeline import Context, stage
from eventwire.records import Analysis, GazetteerEntry, Place, PlaceKind
from eventwire.toponyms import MODIFIER_AFTER, Span, candidate_spans, find_demonyms, mask

CONTAINED = "inside "  # explanations of containment-resolved places start with this
NER_THRESHOLD = 0.55
STRING_THRESHOLD = 0.85
CUE_THRESHOLD = 0.65  # string match after "in", "near", "the town of", ...
_BIG_CITY = 1_000_000
_MAX_ANCHORS = 40  # places used for proximity: enough for a story, bounded for a book

_CONTAINED_BY_NEXT = re.compile(
    r"^\s*(?:,\s*(?:in\s+)?|\s+(?:(?:district|province|governorate|county|state|region|area)\s+)?"
    r"(?:of|in)\s+)(?:the\s+)?$",
    re.IGNORECASE,
)
_CONTAINED_BY_PREVIOUS = re.compile(
    r"^['’]s\s+(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+|central\s+)?$",
    re.IGNORECASE,
)
_OF = re.compile(r"^\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_MODIFIER_VOTE = 0.05  # a country named only as an actor says little about where things are


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
    return [dataclasses.replace(a, places=resolve(a, gaz)) for a in batch]


def resolve(analysis: Analysis, gaz: Gazetteer) -> tuple[Place, ...]:
    """All places of a document, resolved by document context, in text order.

    Pass one scores each name with the focus countries; pass two adds what pass one
    found: containment, divisions named in the text, proximity to the other places.
    Every step is linear in the number of names (long documents stay cheap).
    """
    demonyms = find_demonyms(analysis, gaz)
    spans = candidate_spans(analysis, gaz, [(d.start, d.end) for d in demonyms])
    _link_containment(analysis.document.text, spans)
    votes = _votes(spans, demonyms, analysis.document.text)
    total = _sum_votes(votes)
    for i, span in enumerate(spans):
        span.best = _best(span, _Context(_focus(total, votes[i]), set(), None, [], set()))
    divisions: Counter[tuple[str, str]] = Counter()
    anchors: list[tuple[int, GazetteerEntry]] = []
    for i, span in enumerate(spans):
        if (m := span.best[1]) is not None and _accepted(span):
            if m.entry.feature_code in ("ADM1", "ADM2"):
                divisions[(m.entry.country_code, m.entry.admin1_code)] += 1
            if m.entry.feature_code != "PCLI" and len(anchors) < _MAX_ANCHORS:
                anchors.append((i, m.entry))
    for i, span in enumerate(spans):
        own = _division_key(span)
        named = {k for k, n in divisions.items() if n > (1 if k == own else 0)}
        near = [e for j, e in anchors if j != i]
        parent = _parent(span, spans)
        context = _Context(
            _focus(total, votes[i]), named, parent.entry if parent else None, near, set()
        )
        span.best = _best(span, context)
    placed = [(span, _place(span, spans)) for span in spans]
    places = _one_sense(placed)
    places += _other_mentions(analysis.document.text, places + demonyms)
    return tuple(sorted(places + demonyms, key=lambda p: (p.start, p.end)))


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
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(taken[m.start() : m.end()]):
                why = f"same place as {name!r} at {sense.start}: {sense.explanation}"
                more.append(
                    dataclasses.replace(sense, start=m.start(), end=m.end(), explanation=why)
                )
    return more


def _is_contained(place: Place) -> bool:
    return place.explanation.startswith(CONTAINED)


def _division_key(span: Span) -> tuple[str, str] | None:
    m = span.best[1]
    if m is None or not _accepted(span) or m.entry.feature_code not in ("ADM1", "ADM2"):
        return None
    return (m.entry.country_code, m.entry.admin1_code)


def _link_containment(text: str, spans: list[Span]) -> None:
    """Mark "X, Y", "X district of Y", "the X of Y" and "Y's X": Y contains X."""
    for i, span in enumerate(spans):
        gap = text[span.end : spans[i + 1].start] if i + 1 < len(spans) else ""
        if gap and _CONTAINED_BY_NEXT.match(gap):
            span.parent, span.part_of_town = i + 1, bool(_OF.match(gap))
        if i > 0 and _CONTAINED_BY_PREVIOUS.match(text[spans[i - 1].end : span.start]):
            span.parent, span.part_of_town = i - 1, True


def _votes(spans: list[Span], demonyms: list[Place], text: str) -> list[dict[str, float]]:
    """Each span's vote for the countries the document is about; demonyms' vote last.

    Country names weigh 1, demonyms 0.5, a name found in only one country 0.5 (0.25
    when only string matching found it), an ambiguous NER place 0.1 for its top one.
    A country or demonym naming an actor ("U.S.-backed", "Russian warplanes") weighs 0.05.
    """
    votes: list[dict[str, float]] = []
    for span in spans:
        vote: dict[str, float] = {}
        top = span.matches[0]
        codes = {m.entry.country_code for m in span.matches if m.quality >= 1}
        if top.entry.feature_code == "PCLI" and top.quality >= 1:
            vote[top.entry.country_code] = _MODIFIER_VOTE if span.modifier else 1.0
        elif len(codes) == 1:
            vote[codes.pop()] = 0.5 if span.ner else 0.25
        elif codes and span.ner:
            vote[top.entry.country_code] = 0.1
        votes.append(vote)
    people: dict[str, float] = {}
    for place in demonyms:
        weight = _MODIFIER_VOTE if MODIFIER_AFTER.match(text, place.end) else 0.5
        people[place.entry.country_code] = people.get(place.entry.country_code, 0.0) + weight
    votes.append(people)
    return votes


def _sum_votes(votes: list[dict[str, float]]) -> dict[str, float]:
    total: dict[str, float] = {}
    for vote in votes:
        for code, weight in vote.items():
            total[code] = total.get(code, 0.0) + weight
    return total


def _focus(total: dict[str, float], own: dict[str, float]) -> dict[str, float]:
    """Focus countries seen from one span (its own vote left out), as shares of the
    strongest. Weights are absolute below 0.5 (a demonym's vote): a focus resting only on
    a weak vote ("Russian warplanes") stays weak instead of becoming the whole focus."""
    weights = {code: w - own.get(code, 0.0) for code, w in total.items()}
    scale = max(max(weights.values(), default=0.0), 0.5)
    return {code: w / scale for code, w in weights.items() if w > 1e-9}


def _best(span: Span, ctx: _Context) -> tuple[float, Match | None, str]:
    """The best-scoring candidate of a span, its raw score and the reason."""
    towns = {(m.entry.country_code, m.entry.admin1_code) for m in span.matches
             if m.entry.feature_class == "P" and m.quality >= 1}  # fmt: skip
    ctx = dataclasses.replace(ctx, towns=towns)
    scored = sorted((_score(m, span, ctx) for m in span.matches), key=lambda x: -x[0])
    if not scored:
        return (0.0, None, "")
    top, margin = scored[0], scored[0][0] - (scored[1][0] if len(scored) > 1 else 0.0)
    return (top[0], top[1], top[2] + ("" if margin > 0.2 else "; close alternatives"))


@dataclass(frozen=True, slots=True)
class _Context:
    """What the document says around a span, for scoring its candidates."""

    focus: dict[str, float]
    admin_focus: set[tuple[str, str]]  # (country, admin1) named elsewhere in the text
    parent: GazetteerEntry | None
    anchors: list[GazetteerEntry]
    towns: set[tuple[str, str]]  # (country, admin1) of the span's town candidates


def _score(match: Match, span: Span, ctx: _Context) -> tuple[float, Match, str]:
    """A candidate's raw score (about 0..2) and the reasons: priors, then context."""
    if not span.ner and not span.cue and match.quality == 0:
        return -1.0, match, "a derived spelling, found by string matching alone"
    prior = _prior(match, span)
    bonus, reasons = _context_terms(match.entry, span, ctx)
    return prior + bonus, match, "; ".join(reasons)


def _prior(match: Match, span: Span) -> float:
    """Population, feature class and name quality; alternate names found by string
    matching alone are discounted; "X province" favours divisions, "town of X" towns."""
    e = match.entry
    s = 0.12 * math.log10(e.population + 10)
    s += {"PCLI": 0.5, "ADM1": 0.25, "ADM2": 0.1, "PPLC": 0.25}.get(e.feature_code, 0.0)
    s += (-0.1, 0.05, 0.15)[match.quality]
    if not span.ner and match.quality < 2 and e.feature_code != "PCLI":
        s -= 0.3
    if span.admin_hint:
        s += 0.4 if e.feature_class == "A" else -0.2
    if span.town_hint:
        s += 0.3 if e.feature_class == "P" else -0.2
    return s


def _context_terms(e: GazetteerEntry, span: Span, ctx: _Context) -> tuple[float, list[str]]:
    """Focus country, named division, containment and proximity, with their reasons."""
    s, reasons = 0.0, [f"{e.feature_code} of {e.population:,} people"]
    if ctx.focus and e.feature_code != "PCLI":
        if share := ctx.focus.get(e.country_code, 0.0):
            s += 0.3 * share
            reasons.append(f"in the document's focus country {e.country_code}")
        else:
            strength = max(ctx.focus.values())
            s -= (0.1 if e.population >= _BIG_CITY else 0.8) * strength
            reasons.append("outside the document's focus countries")
    key = (e.country_code, e.admin1_code)
    if e.feature_class == "A" and not span.admin_hint and key in ctx.towns:
        s -= 0.45
        reasons.append("a town of that name lies inside it, and the text names no division")
    if e.feature_code not in ("ADM1", "PCLI") and key in ctx.admin_focus:
        s += 0.35
        reasons.append(f"in {e.admin1 or e.admin1_code}, named in the document")
    if ctx.parent is not None:
        inside = _inside(e, ctx.parent)
        s += 0.6 if inside else -0.6
        if inside:
            reasons.insert(0, f"{CONTAINED}{ctx.parent.name}")
    if ctx.anchors and e.feature_code != "PCLI" and _near(e, ctx.anchors):
        s += 0.15
        reasons.append("near other places in the document")
    return s, reasons


def _inside(entry: GazetteerEntry, parent: GazetteerEntry) -> bool:
    if entry.geonameid == parent.geonameid or entry.country_code != parent.country_code:
        return False
    if parent.feature_code == "PCLI":
        return True
    return bool(entry.admin1_code) and entry.admin1_code == parent.admin1_code


def _near(entry: GazetteerEntry, anchors: list[GazetteerEntry], km: float = 150.0) -> bool:
    for other in anchors:
        same = other.geonameid == entry.geonameid or other.feature_code == "PCLI"
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
    if match is None or not _accepted(span):
        return None
    score = round(1.0 / (1.0 + math.exp(-3.0 * (raw - 0.7))), 3)
    kind: PlaceKind = "country" if match.entry.feature_code == "PCLI" else "toponym"
    return Place(span.start, span.end, span.text, match.entry, score, kind, reason)


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
