"""The `geo` stage: toponyms resolved to gazetteer entries by document context.

Candidates come from `toponyms` (NER places, capitalised n-grams of the whole text,
names found by their spelling key, abbreviated US states, continents, oceans, seas and
world regions, regions split into compass-named divisions, demonyms) and
`division_demonyms` ("Ontarians"). Each name is then
resolved by context, not by name alone (`geoscore` scores each candidate):

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
  town the text places in a named division ("X town, Y governorate", "X, Ga.", "X,
  Oregon") where the gazetteer has no place of that name, and its bare mentions with
  it; a place said to lie in a town ("X village in Y") lies in the town's country;
* neighbours (`toponym_neighbours`): a namesake inside a county the text names or
  next to a namesake of another of its names ("Springfield" and "Sangamon County"),
  unless both lie outside the division the text's names point to (`geoscore._coincidence`);
  a county and the town of its name ("X County", "X") are one name, neither
  neighbour nor nearby anchor of the other (a town X inside an X County somewhere is
  no sign that the text is about that state);
* lists: a name listed with names pass one took for first-level divisions is the
  division of its name in their country ("Idaho and Washington": the state, not the
  capital);
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

A candidate outside every focus country (one resting on more than ambiguous names' weak
votes) needs to be a country, a capital or a place of a million people to survive, and
not even that when a firmly held focus country that the text is most about has a
candidate of that name (one the text places, or one not dwarfed a hundredfold: a hamlet
named "England" holds no name, nor does a town bearing it only as another name where a
place abroad bears it as its own: "Bern" of an Indiana town; a country the text names
only in passing holds none: "Paris" in a story about Chile), nor a division on another
continent than every focus country whose name places of other countries bear, unless it
dwarfs them ("Delta", `toponym_continents`): an unresolved name is better than one on
another continent. A division named with its kind word ("X County") is the text's own
word and survives that, and so does a place in a country bordering the one the text is
most about ("Tororo" in a story about Kenyan traders: news names the towns just across a
border);
a name found only as another place's alternate name, in a text naming no other place,
with a namesake abroad scoring about as well, is marked down. Each Place explains its
score (components, raw score, runners-up) and carries its country's or division's own
centre (`Place.centre`). `location.locate` picks an event's place and ACLED
geo_precision."""

from __future__ import annotations

import dataclasses
import math
import string
from collections.abc import Sequence
from pathlib import Path

from eventwire.division_demonyms import division_demonyms
from eventwire.gazetteer import Gazetteer, Match
from eventwire.geofocus import Vote, country_names, firm, focus, sum_votes, votes
from eventwire.georegions import (
    WIDE,
    Region,
    common_regions,
    named_counties,
    named_divisions,
    other_counties,
    region_votes,
    relative,
    shared_regions,
    sum_region,
    with_named,
)
from eventwire.geoscore import CONTAINED, _best, _Context, _inside
from eventwire.pipeline import Context, stage
from eventwire.placenames import base_name, normalize_name
from eventwire.records import Analysis, GazetteerEntry, Place, PlaceKind
from eventwire.toponym_containment import host_country, link_containment
from eventwire.toponym_cues import feature_name, name_lists, street_name
from eventwire.toponym_demonyms import find_demonyms
from eventwire.toponym_index import GeoIndex
from eventwire.toponym_neighbours import neighbours
from eventwire.toponym_people import speaks, surnames
from eventwire.toponyms import (
    Span,
    candidate_spans,
    mask,
    occurrences,
)

NER_THRESHOLD = 0.55
STRING_THRESHOLD = 0.85
CUE_THRESHOLD = 0.65  # string match after "in", "near", "the town of", ...
_MAX_ANCHORS = 40  # places used for proximity: enough for a story, bounded for a book


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
    caseless = ctx.settings.caseless_places
    return [dataclasses.replace(a, places=resolve(a, gaz, index, caseless=caseless)) for a in batch]


def geo_index(ctx: Context) -> GeoIndex:
    """The per-process extras over the gazetteer: entity centres, spelling keys."""
    gaz = gazetteer(ctx)
    return ctx.resource("geo_index", lambda: GeoIndex.open(gaz))


def resolve(
    analysis: Analysis, gaz: Gazetteer, index: GeoIndex | None = None, *, caseless: bool = True
) -> tuple[Place, ...]:
    """All places of a document, resolved by document context, in text order.

    Pass one scores each name with the focus countries; pass two adds what pass one
    found: containment, divisions named in the text, proximity to the other places.
    Every step is linear in the number of names (long documents stay cheap).
    Countries and divisions carry their own centre (`Place.centre`). Without `caseless`,
    text that has lost its capitals yields no places (`toponym_caseless`).
    """
    index = index or GeoIndex.open(gaz)
    demonyms = find_demonyms(analysis, index.country, caseless=caseless)
    text = analysis.document.text
    demonyms += division_demonyms(text, gaz, mask(len(text), [(d.start, d.end) for d in demonyms]))
    taken = [(d.start, d.end) for d in demonyms]
    spans = candidate_spans(analysis, gaz, taken, index, caseless=caseless)
    link_containment(analysis.document.text, spans)
    names = [normalize_name(span.text) for span in spans]
    voted = votes(spans, demonyms, analysis.document.text)
    by_name = dict(zip(reversed(names), reversed(voted[:-1]), strict=True))  # first wins
    where: dict[int, set[Region]] = {}
    bases = [base_name(name) for name in names]  # "X County" and "X": one name
    beside = neighbours(spans, bases, where)
    first = [_Context({}, {}, None, [], set(), beside=beside) for _ in spans]
    _score_all(spans, names, first, by_name, voted[-1])
    _listed_with_divisions(text, spans)
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
        near = [e for j, e in anchors if j != i and bases[j] != bases[i]]
        parent = _parent(span, spans)
        host = host_country(text, span, spans)
        second.append(_Context(
            {}, support, parent.entry if parent else None, near, set(), common=common,
            beside=beside, beside_in=where,
            countries=frozenset(code for name, code in named.items() if name != names[i]),
            counties=other_counties(counties, names[i]), host=host,
        ))  # fmt: skip
    _score_all(spans, names, second, by_name, voted[-1])
    placed = [(span, _place(span, spans, text)) for span in spans]
    places = _one_sense(placed)
    people = surnames(text, analysis.mentions)
    places += _other_mentions(text, places + demonyms, people)
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
        span.best = _best(span, context, focus(total, own), firm(total, own))


def _listed_with_divisions(text: str, spans: list[Span]) -> None:
    """A name listed with names pass one took for first-level divisions ("Idaho and
    Washington farms") is the division of its name in their country, not the capital or
    a town that bears it: the list's word for it, as "the state of X" would be."""
    by_place = {(span.start, span.end): span for span in spans}
    for items in name_lists(text):
        listed = [by_place[item] for item in items if item in by_place]
        for span in listed:
            states = {
                other.best[1].entry.country_code
                for other in listed
                if other is not span and other.best[1] is not None and _accepted(other)
                and other.best[1].entry.feature_code == "ADM1" and other.best[1].quality == 2
            }  # fmt: skip
            if any(m.quality == 2 and m.entry.feature_code == "ADM1"
                   and m.entry.country_code in states for m in span.matches):  # fmt: skip
                span.admin_hint = True


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


def _other_mentions(text: str, places: list[Place], people: frozenset[str]) -> list[Place]:
    """Further mentions of names the text already placed, where no candidate was kept
    (a sentence-initial "Timbuktu", a name the NER clipped, a name inside an
    organisation's): one sense per discourse. A name placed only in capitals (a
    dateline's "MARION") stands for its capitalised form too ("Marion Community
    Schools"). Not inside a natural feature's or a pathogen's name ("Lake X", "the X
    virus"), nor before a street word ("X Street"), as nowhere else (`toponyms`), nor
    where a surname of the text's `people` speaks ("Kelvin said": `toponym_people.speaks`)."""
    taken = mask(len(text), [(p.start, p.end) for p in places])
    senses = {p.text: p for p in places if p.kind == "toponym" and len(p.text) > 3}
    for name, sense in list(senses.items()):
        if name.isupper():
            senses.setdefault(string.capwords(name), sense)
    more = []
    for name, sense in senses.items():
        for start, end in occurrences(text, name):
            if name in people and speaks(text, start, end):
                continue
            if street_name(text, end):  # "X Street": the street, not the town again
                continue
            if not any(taken[start:end]) and not _in_feature_name(text, start, end, sense):
                why = f"same place as {sense.text!r} at {sense.start}: {sense.explanation}"
                more.append(dataclasses.replace(
                    sense, start=start, end=end, text=text[start:end], explanation=why
                ))  # fmt: skip
    return more


def _in_feature_name(text: str, start: int, end: int, sense: Place) -> bool:
    """A town's or a division's name inside a feature's or a pathogen's (`toponyms`
    keeps a country's: "Mount Kenya" lies in Kenya)."""
    return sense.entry.feature_code != "PCLI" and feature_name(text, start, end)


def _is_contained(place: Place) -> bool:
    return place.explanation.startswith(CONTAINED)


def _place(span: Span, spans: list[Span], text: str) -> Place | None:
    """The Place for a span, or None when nothing scored high enough."""
    raw, match, reason = span.best
    parent = _parent(span, spans)
    unplaced = match is None or not reason.startswith(CONTAINED)
    if span.part_of_town and parent is not None and parent.entry.feature_class == "P" and unplaced:
        why = f"{CONTAINED}{parent.entry.name}: part of it not in the gazetteer, coded to it"
        return Place(span.start, span.end, span.text, parent.entry, 0.6, "toponym", why)
    if parent is not None and unplaced and _named_division(span, spans, parent, text):
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


def _named_division(span: Span, spans: list[Span], parent: Match, text: str) -> bool:
    """Whether a span's container is a division named with its kind ("Y governorate",
    "Y county"), or a first-level division by its own name right after a comma ("X,
    Ohio", where no place of that name lies inside it, and the name is only towns'):
    the text's own word that the place lies there."""
    if span.parent is None or span.admin_hint or parent.entry.feature_class != "A":
        return False
    container = spans[span.parent]
    if container.admin_hint:
        return True
    own = parent.entry.feature_code == "ADM1" and parent.quality == 2
    town = all(m.entry.feature_class == "P" for m in span.matches)  # not "Colorado, Georgia"
    lacking = not any(_inside(m.entry, parent.entry) for m in span.matches)
    return own and town and lacking and text[span.end : container.start].strip() == ","


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
