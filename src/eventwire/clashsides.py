"""Clash sides a report names outside the clash's own sentence.

Reports of communal fighting often tell the clash first and its sides after: "Clashes
erupted in the village; one man was killed. The violence pitted the Pokot and Turkana
communities." The event coder reads the clash from its own sentence, finds no side
named there and falls back on ACLED's "Unidentified Armed Group"; ACLED's coders read
the whole report and code the named communities' militias as the two sides of the
armed clash. `named_sides` does the same: an armed clash whose sides are unknown
(an unidentified group, civilians or no one) takes the named ethnic, clan or communal
militias the report names elsewhere, in order of mention; an attack by unknown men
takes the first as its attacker, its victims staying civilians. A side the event's
sentence did name stays; nothing is taken from a report that names more than two
communities, where which two fought is not said.

An event never has one group on both sides unless the text says its factions fought
(ACLED's unidentified or rival communal militias): "two soldiers died ... when the
security forces fought off a Boko Haram raid", with the security forces read twice, is
the forces against Boko Haram. `distinct_sides` gives such an
event the other armed group the report names as its actor2, nearest the event's
sentence first.

Pure functions of an event and the document's actor mentions.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from eventwire.records import Actor, ActorMention, Event, Inter
from eventwire.roles import ARMED

__all__ = ["distinct_sides", "named_sides"]

# Sides that say nothing of who fought: ACLED's names for unknown armed men and the
# unnamed militias, and civilians (a clash has armed sides on both ends).
_UNKNOWN = ("Unidentified ", "Civilians")


def named_sides(event: Event, mentions: Sequence[ActorMention]) -> Event:
    """The armed clash (or attack) with the report's named communal militias as its
    unknown sides."""
    if event.sub_event_type not in {"Armed clash", "Attack"} or not _unknown(event.actor1):
        return event
    named = _named_militias(mentions)
    if not named or len(named) > 2:
        return event
    known2 = not _unknown(event.actor2)
    sides = [a for a in named if not (known2 and a.name == event.actor2)]
    if not sides:
        return event
    actor1 = sides[0]
    clash = event.sub_event_type == "Armed clash"  # an attack's victims stay civilians
    actor2 = sides[1] if clash and len(sides) > 1 and not known2 else None
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


_DEMONSTRATIONS = frozenset({"Protests", "Riots"})


def distinct_sides(event: Event, mentions: Sequence[ActorMention]) -> Event:
    """The event with one armed group on both sides given the report's other armed group
    as its actor2 (see the module docstring); unchanged where the report names none."""
    same = event.actor1 and event.actor1 == event.actor2
    if not same or event.event_type in _DEMONSTRATIONS:
        return event
    if event.inter1 == int(Inter.IDENTITY_MILITIA):
        return event  # "rival clans clashed": the one militia on both sides
    where = event.evidence[0].start if event.evidence else 0
    others = [m for m in mentions if m.actor.inter in ARMED and m.actor.name != event.actor1]
    if not others:
        return event
    other = min(others, key=lambda m: abs(m.start - where)).actor
    explanation = event.explanation
    if explanation is not None:
        line = f"actor2 {other.name!r}: the other armed side the report names"
        explanation = dataclasses.replace(explanation, roles=(*explanation.roles, line))
    return dataclasses.replace(
        event, actor2=other.name, inter2=_inter(other, event), explanation=explanation
    )


def _inter(actor: Actor, event: Event) -> int:
    """ACLED's inter code: a state's forces acting outside their country are external."""
    code = event.country_code
    if actor.inter == Inter.STATE and actor.country_code and code and actor.country_code != code:
        return int(Inter.EXTERNAL)
    return int(actor.inter)
