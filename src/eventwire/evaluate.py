"""Score predicted events against a hand-coded gold set.

The gold set (`tests/gold/gold.jsonl`) holds short reports written by the team, each
with the events a careful analyst codes from it (possibly none). `score` pairs every
gold event with at most one predicted event of the same document and reports per-field
accuracy, how often no-event documents stay empty, and the precision of predictions.
The accuracy gate pins floors on these numbers and the gold file's `sha256_file`, so
quality never slides silently and the gold set never changes by accident.

Matching: within a document, every (gold, predicted) pair gets a key (same event type,
same date, same location, same sub-event type, then how many fields agree); pairs are
taken best key first, each gold event and each prediction at most once. Background
predictions (history recalled by the article) are ignored.

Field rules (names compared after `normalise`: casefold, diacritics and everything but
letters and digits removed):
- `found`: some prediction was paired with the gold event;
- `event_type`, `sub_event_type`, `event_date`, `fatalities`: exact;
- `country`, `location`: equal names; `admin1`: one name contains the other;
  a gold place name may list accepted spellings separated by "|" ("North Kivu|Nord-Kivu");
- `actor1` / `actor2`: the gold text is contained in the predicted actor or its
  associated actors; a gold `actor2` of null wants no predicted actor2;
- a gold `admin1` or `location` of null is not scored (the report does not say).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from eventwire.errors import MalformedRecord, UnreadableInput
from eventwire.records import DateSource, Document, Event
from eventwire.taxonomy import is_valid_pair

__all__ = [
    "FIELDS",
    "EventResult",
    "GoldDoc",
    "GoldEvent",
    "Scores",
    "load_gold",
    "normalise",
    "parse_gold_line",
    "score",
    "sha256_file",
]

FIELDS: tuple[str, ...] = (
    "found",
    "event_type",
    "sub_event_type",
    "event_date",
    "country",
    "admin1",
    "location",
    "fatalities",
    "actor1",
    "actor2",
)
"""The per-gold-event fields `Scores` reports, in table order."""

_OPTIONAL = frozenset({"admin1", "location"})

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One event as the analyst coded it; `actor1`/`actor2` are lowercase substrings."""

    event_type: str
    sub_event_type: str
    event_date: date
    country: str
    admin1: str | None
    location: str | None
    fatalities: int
    actor1: str
    actor2: str | None
    background: bool = False


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One gold report and its events (empty when the report holds no event)."""

    id: str
    text: str
    published_at: date | None
    events: tuple[GoldEvent, ...]

    def document(self) -> Document:
        """The report as a pipeline `Document` (date given when the row has one)."""
        source: DateSource = "given" if self.published_at else "none"
        return Document(
            id=self.id, text=self.text, published_at=self.published_at, published_at_source=source
        )


@dataclass(frozen=True, slots=True)
class EventResult:
    """How one gold event fared: the prediction paired with it and each field's verdict.

    A field is absent from `fields` when it is not scored for this event.
    """

    doc_id: str
    gold: GoldEvent
    predicted: Event | None
    fields: Mapping[str, bool]


@dataclass(frozen=True, slots=True)
class Scores:
    """Counts behind every reported number, and the per-event results for debugging."""

    results: tuple[EventResult, ...]
    no_event_docs: int
    no_event_docs_clean: int
    predicted_events: int
    matched_predictions: int
    false_event_docs: tuple[str, ...] = field(default=())

    def scored(self, name: str) -> int:
        """How many gold events the field `name` was scored on."""
        return sum(1 for result in self.results if name in result.fields)

    def correct(self, name: str) -> int:
        """How many gold events got field `name` right."""
        return sum(1 for result in self.results if result.fields.get(name, False))

    def accuracy(self, name: str) -> float:
        """Fraction of scored gold events with field `name` right (1.0 when none scored)."""
        total = self.scored(name)
        return self.correct(name) / total if total else 1.0

    @property
    def no_false_events(self) -> float:
        """Fraction of no-event documents where nothing (non-background) was predicted."""
        return self.no_event_docs_clean / self.no_event_docs if self.no_event_docs else 1.0

    @property
    def precision(self) -> float:
        """Fraction of predicted events paired with a gold event of the same type.

        1.0 when nothing was predicted: gate `found` as well, never precision alone.
        """
        return self.matched_predictions / self.predicted_events if self.predicted_events else 1.0

    def as_dict(self) -> dict[str, float]:
        """Every headline number by name: the fields, `no_false_events`, `precision`."""
        numbers = {name: self.accuracy(name) for name in FIELDS}
        numbers["no_false_events"] = self.no_false_events
        numbers["precision"] = self.precision
        return numbers

    def table(self) -> str:
        """A plain-text table of the numbers with their counts, for test failure output."""
        rows = [
            (name, self.accuracy(name), self.correct(name), self.scored(name)) for name in FIELDS
        ]
        rows.append(
            ("no_false_events", self.no_false_events, self.no_event_docs_clean, self.no_event_docs)
        )
        rows.append(("precision", self.precision, self.matched_predictions, self.predicted_events))
        lines = [f"{'metric':<16} {'score':>6} {'count':>9}"]
        lines += [
            f"{name:<16} {value:>6.3f} {right:>4}/{total:<4}" for name, value, right, total in rows
        ]
        return "\n".join(lines)


def normalise(text: str) -> str:
    """Casefold, drop diacritics, keep only letters and digits ("Al-Shabaab" -> "alshabaab")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(
        char
        for char in decomposed
        if char.isalnum() and unicodedata.category(char) not in {"Mn", "Lm"}
    )


def sha256_file(path: str | Path) -> str:
    """Hex SHA-256 of a file's bytes: the gate pins the gold set's hash with it."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError as error:
        raise UnreadableInput(f"cannot read: {error.strerror}", source=str(path)) from error


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Read a gold JSONL file; raise MalformedRecord naming the line of a bad row."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise UnreadableInput(f"cannot read gold file: {error}", source=str(path)) from error
    docs: list[GoldDoc] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        doc = parse_gold_line(line, source=source)
        if doc.id in seen:
            raise MalformedRecord(f"duplicate gold id {doc.id!r}", source=source)
        seen.add(doc.id)
        docs.append(doc)
    return docs


def parse_gold_line(line: str, *, source: str | None = None) -> GoldDoc:
    """Parse and validate one gold row (see tests/gold/README.md for the schema)."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        raise MalformedRecord(f"not JSON: {error.msg}", source=source) from error
    if not isinstance(row, dict):
        raise MalformedRecord("a gold row must be a JSON object", source=source)
    events = _need(row, "events", list, source)
    published = row.get("published_at")
    return GoldDoc(
        id=_need(row, "id", str, source),
        text=_need(row, "text", str, source),
        published_at=_iso_date(published, "published_at", source) if published else None,
        events=tuple(_gold_event(item, source) for item in events),
    )


def _gold_event(item: Any, source: str | None) -> GoldEvent:
    """Validate one gold event object; every field must be present."""
    if not isinstance(item, dict):
        raise MalformedRecord("each event must be a JSON object", source=source)
    event_type = _need(item, "event_type", str, source)
    sub_event_type = _need(item, "sub_event_type", str, source)
    if not is_valid_pair(event_type, sub_event_type):
        raise MalformedRecord(
            f"not an ACLED pair: {event_type!r} / {sub_event_type!r}", source=source
        )
    fatalities = _need(item, "fatalities", int, source)
    if isinstance(fatalities, bool) or fatalities < 0:
        raise MalformedRecord("fatalities must be a non-negative integer", source=source)
    background = _need(item, "background", bool, source)
    return GoldEvent(
        event_type=event_type,
        sub_event_type=sub_event_type,
        event_date=_iso_date(_need(item, "event_date", str, source), "event_date", source),
        country=_need(item, "country", str, source),
        admin1=_need_optional(item, "admin1", source),
        location=_need_optional(item, "location", source),
        fatalities=fatalities,
        actor1=_need(item, "actor1", str, source),
        actor2=_need_optional(item, "actor2", source),
        background=background,
    )


def _need(row: dict[str, Any], key: str, kind: type[_T], source: str | None) -> _T:
    """`row[key]`, which must be present and of type `kind`."""
    if key not in row:
        raise MalformedRecord(f"missing field {key!r}", source=source)
    value = row[key]
    if not isinstance(value, kind):
        raise MalformedRecord(f"field {key!r} must be {kind.__name__}", source=source)
    return value


def _need_optional(row: dict[str, Any], key: str, source: str | None) -> str | None:
    """`row[key]`, present and either a non-empty string or null."""
    if key not in row:
        raise MalformedRecord(f"missing field {key!r}", source=source)
    value = row[key]
    if value is None or (isinstance(value, str) and value.strip()):
        return value
    raise MalformedRecord(f"field {key!r} must be a non-empty string or null", source=source)


def _iso_date(value: Any, key: str, source: str | None) -> date:
    """An ISO calendar date (YYYY-MM-DD)."""
    try:
        return date.fromisoformat(str(value))
    except ValueError as error:
        raise MalformedRecord(
            f"field {key!r} is not an ISO date: {value!r}", source=source
        ) from error


def score(gold: Sequence[GoldDoc], predicted: Mapping[str, Sequence[Event]]) -> Scores:
    """Score `predicted` (doc id -> events) against `gold`; unknown doc ids are ignored."""
    results: list[EventResult] = []
    no_event_docs = clean = predicted_total = matched = 0
    false_docs: list[str] = []
    for doc in gold:
        events = [event for event in predicted.get(doc.id, ()) if not event.background]
        targets = [event for event in doc.events if not event.background]
        predicted_total += len(events)
        if not targets:
            no_event_docs += 1
            clean += not events
            if events:
                false_docs.append(doc.id)
            continue
        pairs = _pair(targets, events)
        for index, target in enumerate(targets):
            chosen = events[pairs[index]] if index in pairs else None
            results.append(EventResult(doc.id, target, chosen, _judge(target, chosen)))
        matched += sum(
            1 for index, j in pairs.items() if events[j].event_type == targets[index].event_type
        )
    return Scores(tuple(results), no_event_docs, clean, predicted_total, matched, tuple(false_docs))


def _pair(targets: Sequence[GoldEvent], events: Sequence[Event]) -> dict[int, int]:
    """Greedy one-to-one pairing, best key first: gold index -> predicted index."""
    keyed = sorted(
        (
            (_match_key(target, event), i, j)
            for i, target in enumerate(targets)
            for j, event in enumerate(events)
        ),
        key=lambda item: item[0],
        reverse=True,
    )
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _key, i, j in keyed:
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    return pairs


def _match_key(target: GoldEvent, event: Event) -> tuple[bool, bool, bool, bool, int]:
    """How well a prediction fits a gold event: type, date, location, sub-type, then the rest."""
    verdicts = _judge(target, event)
    return (
        verdicts["event_type"],
        verdicts["event_date"],
        verdicts.get("location", False),
        verdicts["sub_event_type"],
        sum(verdicts.values()),
    )


def _judge(target: GoldEvent, event: Event | None) -> dict[str, bool]:
    """Each scored field's verdict for a gold event and its paired prediction (or none)."""
    verdicts = dict.fromkeys(FIELDS, False)
    if event is not None:
        verdicts.update(
            found=True,
            event_type=event.event_type == target.event_type,
            sub_event_type=event.sub_event_type == target.sub_event_type,
            event_date=event.event_date == target.event_date,
            country=normalise(event.country) == normalise(target.country),
            admin1=any(_contains_either(name, event.admin1) for name in _names(target.admin1)),
            location=normalise(event.location)
            in {normalise(name) for name in _names(target.location)},
            fatalities=event.fatalities == target.fatalities,
            actor1=_actor_matches(target.actor1, event.actor1, event.assoc_actor_1),
            actor2=_actor_matches(target.actor2, event.actor2, event.assoc_actor_2),
        )
    for name in _OPTIONAL:
        if getattr(target, name) is None:
            del verdicts[name]
    return verdicts


def _names(gold: str | None) -> list[str]:
    """The accepted spellings of a gold place name: alternatives are separated by "|"."""
    return [name for name in (gold or "").split("|") if normalise(name)]


def _contains_either(gold: str, predicted: str) -> bool:
    """True when one normalised name contains the other (and neither is empty)."""
    left, right = normalise(gold), normalise(predicted)
    return bool(left and right) and (left in right or right in left)


def _actor_matches(gold: str | None, actor: str, associated: str) -> bool:
    """A gold actor substring found in the predicted actor or its associates.

    A gold actor of None means "no such actor": right only when none was predicted.
    """
    if gold is None:
        return not actor.strip()
    wanted = normalise(gold)
    return bool(wanted) and (wanted in normalise(actor) or wanted in normalise(associated))
