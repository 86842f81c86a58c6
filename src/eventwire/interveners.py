"""Interveners: the force that met a crowd, as ACLED codes protests and riots.

ACLED codes a demonstration's crowd as actor1 and the force that intervened (dispersed
it, fired tear gas, made arrests, opened fire) as actor2. Reports often tell the
intervention in the sentence after the crowd's ("Residents blocked the highway.
Police fired tear gas to disperse them."), so the force is named in a sentence the
event coder reads as the incident's aftermath (`followups`), not in the event's own:

- `met_by`: a demonstration takes the state (or foreign) force named in the sentence
  that completed it as actor2, or the country's police where that sentence reports
  arrests and names no force;
- `police_by_default`: a protest coded as met with intervention or with force, whose
  report named no force ("Arrests were made", "Two protesters were shot dead"), was
  met by the police of the country it happened in: ACLED's protest with intervention
  and excessive force against protesters always have an intervening actor2.

Pure functions of an event, actor mentions and a parsed sentence.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwire import triggers
from eventwire.forces import UNPLACED_FORCES, state_actor, unplaced_forces
from eventwire.records import Actor, ActorMention, Event, Inter

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["met_by", "police_by_default"]

_DEMONSTRATIONS = frozenset({"Protests", "Riots"})
_FORCES = frozenset({Inter.STATE, Inter.EXTERNAL})
_MET = frozenset({"Protest with intervention", "Excessive force against protesters"})


def met_by(event: Event, mentions: Sequence[ActorMention], doc: Doc | None = None) -> Event:
    """The demonstration with the force a later sentence names as its actor2: "Police
    used tear gas to disperse the crowd" after the protest. The force replaces a
    non-state group the crowd only protested against ("after guards were killed by
    unknown men"), not a mob's victims. A sentence that reports arrests of the crowd
    and names no force ("Arrests were reported") had the country's police make them."""
    if event.event_type not in _DEMONSTRATIONS or event.sub_event_type == "Peaceful protest":
        return event  # nobody intervened
    if event.inter2 in _FORCES or (event.sub_event_type == "Mob violence" and event.actor2):
        return event
    force = next(
        (
            m.actor
            for m in mentions
            if m.actor.inter in _FORCES and not m.actor.name.startswith("Government of")
        ),
        None,
    )
    if force is None and doc is not None and _arrests(doc):
        force = unplaced_forces(police=True)
    if force is None:
        return event
    return _with_actor2(event, _placed(force, event.country_code), "named after the crowd's")


def _arrests(doc: Doc) -> bool:
    return any(
        t.kind == "arrest" and triggers.is_asserted(t.token) for t in triggers.find_triggers(doc)
    )


def police_by_default(event: Event) -> Event:
    """A protest met with intervention or force, no force named: the country's police
    (bare "Police Forces" where the country is not known)."""
    if event.event_type != "Protests" or event.sub_event_type not in _MET or event.actor2:
        return event
    police = _placed(unplaced_forces(police=True), event.country_code)
    return _with_actor2(event, police, "ACLED's intervening force, none named")


def _placed(force: Actor, code: str) -> Actor:
    """A force named with no country ("police") is that of the event's country."""
    if force.country_code is None and force.name in UNPLACED_FORCES and code:
        return state_actor(code, police=force.name == UNPLACED_FORCES[1])
    return force


def _with_actor2(event: Event, force: Actor, why: str) -> Event:
    code = event.country_code
    foreign = (
        force.inter == Inter.STATE and force.country_code and code and force.country_code != code
    )
    inter = int(Inter.EXTERNAL) if foreign else int(force.inter)
    explanation = event.explanation
    if explanation is not None:
        line = f"actor2 {force.name!r}: the force that met the crowd ({why})"
        explanation = dataclasses.replace(explanation, roles=(*explanation.roles, line))
    return dataclasses.replace(event, actor2=force.name, inter2=inter, explanation=explanation)
