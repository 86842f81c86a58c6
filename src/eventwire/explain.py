"""Why an event was coded as it was, in words an analyst can check.

`explanation_of` completes an event's `Explanation` (filled by the events, classify
and confidence stages) from the event's own fields, so every event can be explained
even when a stage left no notes: the trigger and rule, who the actors are and why,
the alternatives that lost, and the date, place, fatalities and confidence decisions.
`sections` lays it out for `eventwire explain`; `explanation_json` is what
`eventwire extract --explain` adds to each event. Pure functions, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from eventwire.confidence import rule_info
from eventwire.records import Event, Explanation, Inter, TimePrecision

__all__ = ["Section", "explanation_json", "explanation_of", "headline", "sections"]

_PRECISION: Final = {
    TimePrecision.DAY: "the exact day",
    TimePrecision.WEEK: "a week, coded to its middle",
    TimePrecision.MONTH: "a month",
    TimePrecision.YEAR: "a year only",
}
_GEO: Final = {
    1: "the named town or city district",
    2: "near a town, coded to it",
    3: "a larger region, coded to its capital",
}


@dataclass(frozen=True, slots=True)
class Section:
    """A titled group of lines in an explanation."""

    title: str
    lines: tuple[str, ...]


def explanation_of(event: Event) -> Explanation:
    """The event's explanation, with what the stages did not note taken from its fields."""
    given = event.explanation or Explanation()
    steps = given.steps or ()
    own = tuple(
        line
        for line in (_date_step(event), _place_step(event), _fatality_step(event))
        if not any(s.startswith(line.split(" ", 1)[0].rstrip(":")) for s in steps)
    )
    if not any(s.startswith("confidence") for s in steps):
        steps = (*steps, f"confidence {event.confidence:g}")
    return Explanation(
        trigger=given.trigger or event.trigger,
        rule=given.rule if given.rule not in ("", event.rule) else _rule_words(event.rule),
        roles=given.roles or _roles(event),
        alternatives=given.alternatives,
        steps=(*own, *steps),
    )


def explanation_json(event: Event) -> dict[str, Any]:
    """The completed explanation as JSON (lists of sentences)."""
    full = explanation_of(event)
    return {
        "trigger": full.trigger,
        "rule": full.rule,
        "roles": list(full.roles),
        "alternatives": list(full.alternatives),
        "steps": list(full.steps),
    }


def headline(event: Event) -> str:
    """One line: date, type, sub-event type, place."""
    where = ", ".join(p for p in (event.location, event.admin1, event.country) if p) or "no place"
    flag = " [background: history the article recalls]" if event.background else ""
    return (
        f"{event.event_date.isoformat()}  {event.event_type} / {event.sub_event_type}"
        f"  in {where}{flag}"
    )


def sections(event: Event) -> list[Section]:
    """The explanation laid out for reading: evidence, decision, roles, alternatives,
    then the date, place, fatalities and confidence steps."""
    full = explanation_of(event)
    evidence = tuple(
        f"[{e.doc_id} {e.start}-{e.end}] {' '.join(e.text.split())}" for e in event.evidence
    )
    decision = (
        f"trigger: {full.trigger!r}" if full.trigger else "trigger: none recorded",
        full.rule,
    )
    alternatives = full.alternatives or ("none recorded",)
    return [
        Section("Evidence", evidence or (event.notes or "none",)),
        Section("Decision", decision),
        Section("Roles", full.roles),
        Section("Alternatives considered", alternatives),
        Section("Date, place, fatalities, confidence", full.steps),
    ]


def _rule_words(rule: str) -> str:
    if not rule:
        return "rule: none recorded"
    name, info = rule_info(rule)
    found = rule.partition("/")[0]
    how = f" (trigger found by {found})" if found and found != rule else ""
    return f"rule {name!r}: {info.why}{how}"


def _inter(code: int) -> str:
    try:
        return Inter(code).name.replace("_", " ").lower()
    except ValueError:
        return "no inter code"


def _roles(event: Event) -> tuple[str, ...]:
    lines = []
    if event.actor1:
        lines.append(f"actor1 {event.actor1!r} ({_inter(event.inter1)}): the side that acted")
    else:
        lines.append("actor1: none found in the sentence")
    if event.actor2:
        lines.append(f"actor2 {event.actor2!r} ({_inter(event.inter2)}): the side acted upon")
    if event.assoc_actor_1:
        lines.append(f"associated with actor1: {event.assoc_actor_1}")
    if event.assoc_actor_2:
        lines.append(f"associated with actor2: {event.assoc_actor_2}")
    if event.civilian_targeting:
        lines.append("civilian targeting: the victims are civilians")
    return tuple(lines)


def _date_step(event: Event) -> str:
    precision = _PRECISION.get(event.time_precision, str(int(event.time_precision)))
    if event.date_inferred:
        return (
            f"date {event.event_date.isoformat()} ({precision}): inferred: the sentence names "
            "no date, or the document's own date had to be inferred from its text"
        )
    return f"date {event.event_date.isoformat()} ({precision}): read from the text"


def _place_step(event: Event) -> str:
    if not event.location:
        where = f"country only: {event.country}" if event.country else "no place found"
        return f"place: {where}"
    ident = f", GeoNames {event.geonameid}" if event.geonameid else ""
    precision = _GEO.get(event.geo_precision, str(event.geo_precision))
    return (
        f"place {event.location}, {event.admin1 or '-'}, {event.country} "
        f"(geo_precision {event.geo_precision}: {precision}{ident})"
    )


def _fatality_step(event: Event) -> str:
    if event.fatalities == 0:
        return "fatalities 0: no death reported"
    return f"fatalities {event.fatalities}: the lowest figure reported"
