"""Clash sides a report names outside the clash's own sentence.

Reports of communal fighting often tell the clash first and its sides after: "Clashes
erupted in the village; one man was killed. The violence pitted the Pokot and Turkana
communities." The event coder reads the clash from its own sentence, finds no side
named there and falls back on ACLED's "Unidentified Armed Group"; ACLED's coders read
the whole report and code the named communities' militias as the two sides of the
armed clash. `named_sides` does the same: an armed clash whose sides are unknown
(an unidentified group, civilians or no one) takes the named ethnic, clan or communal
militias the report names elsewhere, in order of mention. A side the clash sentence
did name stays; nothing is taken from a report that names more than two communities,
where which two fought is not said.

A pure function of an event and the document's actor mentions.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from eventwire.records import Actor, ActorMention, Event, Inter

__all__ = ["named_sides"]

# Sides that say nothing of who fought: ACLED's names for unknown armed men and the
# unnamed militias, and civilians (a clash has armed sides on both ends).
_UNKNOWN = ("Unidentified ", "Civilians")


def named_sides(event: Event, mentions: Sequence[ActorMention]) -> Event:
    """The armed clash with the report's named communal militias as its unknown sides."""
    if event.sub_event_type != "Armed clash" or not _unknown(event.actor1):
        return event
    named = _named_militias(mentions)
    if not named or len(named) > 2:
        return event
    known2 = not _unknown(event.actor2)
    sides = [a for a in named if not (known2 and a.name == event.actor2)]
    if not sides:
        return event
    actor1 = sides[0]
    actor2 = sides[1] if len(sides) > 1 and not known2 else None
    return _with_sides(event, actor1, actor2)


def _unknown(name: str) -> bool:
    return not name or name.startswith(_UNKNOWN)


def _named_militias(mentions: Sequence[ActorMention]) -> list[Actor]:
    """The distinct named identity militias of the report, in order of mention."""
    found: dict[str, Actor] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        actor = mention.actor
        if actor.inter == Inter.IDENTITY_MILITIA and not actor.name.startswith("Unidentified"):
            found.setdefault(actor.name, actor)
    return list(found.values())


def _with_sides(event: Event, actor1: Actor, actor2: Actor | None) -> Event:
    changes: dict[str, object] = {"actor1": actor1.name, "inter1": int(actor1.inter)}
    lines = [f"actor1 {actor1.name!r}: the clash's side the report names elsewhere"]
    if actor2 is not None:
        changes |= {"actor2": actor2.name, "inter2": int(actor2.inter)}
        lines.append(f"actor2 {actor2.name!r}: the clash's other side the report names")
    explanation = event.explanation
    if explanation is not None:
        changes["explanation"] = dataclasses.replace(
            explanation, roles=(*explanation.roles, *lines)
        )
    return dataclasses.replace(event, **changes)  # type: ignore[arg-type]
