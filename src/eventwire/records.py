"""Typed records passed between pipeline stages.

Every stage takes and returns an `Analysis`: a frozen record holding the `Document`
and what the stages have found in it so far. Stages never pass dicts to each other;
a stage adds its findings with `dataclasses.replace`.

Character offsets (`start`, `end`) always index into `Document.text`.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from enum import IntEnum
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc

DateSource = Literal["meta", "dateline", "url", "inferred", "given", "none"]


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...


S = TypeVar("S", bound=_Spanned)
_START = attrgetter("start")


def starting_within(items: Sequence[S], start: int, end: int) -> Sequence[S]:
    """The items that start inside [start, end), found by bisection: `items` must be in
    text order, as every stage leaves its spans. Keeps long documents linear."""
    return items[bisect_left(items, start, key=_START) : bisect_left(items, end, key=_START)]


def holding(items: Sequence[S], offset: int) -> int:
    """Index of the last item starting at or before `offset` (-1 if none)."""
    return bisect_right(items, offset, key=_START) - 1


def content_hash(text: str) -> str:
    """Stable id of a text: sha1 of its whitespace-normalised form."""
    normal = " ".join(text.split())
    return hashlib.sha1(normal.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Document:
    """One news article as read from a source."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published_at: date | None = None
    published_at_source: DateSource = "none"
    modified_at: date | None = None  # the page's declared or visible update, if any
    language: str | None = None
    content_hash: str = ""
    duplicate_of: str | None = None
    author: str | None = None
    site: str | None = None
    origin: str | None = None  # the path or stream the document came from

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for name in ("published_at", "modified_at"):
            value = data[name]
            data[name] = value.isoformat() if value else None
        return data


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the document; `candidate` marks one that may hold an event."""

    index: int
    start: int
    end: int
    text: str
    candidate: bool = False


@dataclass(frozen=True, slots=True)
class Parse:
    """spaCy's analysis of one candidate sentence (tokens, dependencies, entities).

    `doc` was parsed from `Sentence.text`; add `offset` to a token's `idx` to get
    its offset in the document.
    """

    sentence: int
    offset: int
    doc: SpacyDoc


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention found by the NER (label as spaCy's: GPE, ORG, ...)."""

    start: int
    end: int
    text: str
    label: str
    sentence: int


class TimePrecision(IntEnum):
    """ACLED time_precision: 1 exact day, 2 week (coded to its middle), 3 month.

    YEAR is ours: a year alone is below ACLED's coarsest precision.
    """

    DAY = 1
    WEEK = 2
    MONTH = 3
    YEAR = 4


@dataclass(frozen=True, slots=True)
class DocumentDate:
    """The date a document speaks from, and how we know it."""

    value: date
    source: DateSource
    precision: TimePrecision = TimePrecision.DAY


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A date expression in the text resolved to a calendar date.

    `value` is the day the expression points at (the middle of a week, the first of
    a month or year); `end` is set for spans ("between June 3 and 5").
    """

    start: int
    end: int
    text: str
    value: date
    precision: TimePrecision
    until: date | None = None
    rule: str = ""


@dataclass(frozen=True, slots=True)
class When:
    """The date an event is coded with, from `timex.when`."""

    value: date
    precision: TimePrecision
    inferred: bool = False  # the document date was inferred, or no expression was found
    expression: TimeExpression | None = None


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place in the gazetteer (a GeoNames row with its admin names)."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    country_code: str
    feature_class: str
    feature_code: str
    population: int = 0
    admin1_code: str = ""
    admin1: str = ""
    admin2: str = ""


PlaceKind = Literal["toponym", "demonym", "country"]


@dataclass(frozen=True, slots=True)
class Place:
    """A toponym in the text resolved to a gazetteer entry.

    A demonym ("Iraqi") links to its country but is never an event's location.
    """

    start: int
    end: int
    text: str
    entry: GazetteerEntry
    score: float
    kind: PlaceKind = "toponym"
    explanation: str = ""
    # The entity's own centre where it differs from `entry`'s point (a country is stored
    # at its capital, a division at its main town, the points ACLED codes events to).
    centre: tuple[float, float] | None = None
    # Runner-up candidates with their scores, best first (for `geoparse --explain`).
    alternatives: tuple[tuple[GazetteerEntry, float], ...] = ()


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened, from `location.locate`, with ACLED geo_precision (1-3)."""

    entry: GazetteerEntry
    precision: int
    place: Place | None = None  # the mention it came from, if any


class Inter(IntEnum):
    """ACLED inter codes."""

    STATE = 1
    REBEL = 2
    POLITICAL_MILITIA = 3
    IDENTITY_MILITIA = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL = 8


@dataclass(frozen=True, slots=True)
class Actor:
    """A normalised actor, as ACLED names it ("Military Forces of Iraq (2014-)")."""

    name: str
    inter: Inter
    country_code: str | None = None


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor: Actor
    sentence: int


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence that supports an event, with offsets into its source text."""

    doc_id: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why an event was coded as it was: what `eventwire explain` shows.

    Each tuple holds short sentences an analyst can read, e.g. role evidence such as
    "actor1 'police' is the subject of 'shot'" or an alternative such as
    "Armed clash: lost to Air/drone strike, higher in ACLED's hierarchy".
    """

    trigger: str = ""  # the word or phrase that started the event
    rule: str = ""  # the rule or model decision that typed it
    roles: tuple[str, ...] = ()  # evidence for actor1, actor2 and associated actors
    alternatives: tuple[str, ...] = ()  # codings considered and why they lost
    steps: tuple[str, ...] = ()  # other decisions: date, place, fatalities, confidence


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event. Field names follow ACLED's export columns, then our own."""

    event_id_cnty: str
    event_date: date
    time_precision: TimePrecision
    disorder_type: str
    event_type: str
    sub_event_type: str
    actor1: str
    inter1: int
    actor2: str = ""
    inter2: int = 0
    assoc_actor_1: str = ""
    assoc_actor_2: str = ""
    civilian_targeting: str = ""
    iso: int = 0
    region: str = ""
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3
    source: str = ""
    source_scale: str = ""
    notes: str = ""
    fatalities: int = 0
    tags: str = ""
    # ours, beyond ACLED's columns
    doc_ids: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    geonameid: int | None = None
    country_code: str = ""
    confidence: float = 0.0
    background: bool = False
    date_inferred: bool = False
    trigger: str = ""
    rule: str = ""
    explanation: Explanation | None = None  # filled by the events stage; not stored

    @property
    def year(self) -> int:
        return self.event_date.year

    @property
    def interaction(self) -> int:
        codes = sorted(code for code in (self.inter1, self.inter2) if code)
        if len(codes) == 1:
            return codes[0] * 10
        return codes[0] * 10 + codes[1] if codes else 0

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["event_date"] = self.event_date.isoformat()
        data["time_precision"] = int(self.time_precision)
        data["year"] = self.year
        data["interaction"] = self.interaction
        data["doc_ids"] = list(self.doc_ids)
        data["evidence"] = [asdict(e) for e in self.evidence]
        del data["explanation"]  # opt-in: `extract --explain` and `eventwire explain`
        return data


@dataclass(frozen=True, slots=True)
class Failure:
    """A document a stage could not handle: kept aside with its reason."""

    doc_id: str
    stage: str
    reason: str
    message: str
    source: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Analysis:
    """A document and everything the stages have found in it so far."""

    document: Document
    sentences: tuple[Sentence, ...] = ()
    parses: tuple[Parse, ...] = ()
    mentions: tuple[Mention, ...] = ()
    doc_date: DocumentDate | None = None
    times: tuple[TimeExpression, ...] = ()
    places: tuple[Place, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    events: tuple[Event, ...] = ()
    skipped: str | None = None  # why later stages passed over it (duplicate, language)
    notes: tuple[str, ...] = field(default=())
