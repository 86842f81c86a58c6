"""A demonstration told over several sentences, retyped by what the others tell.

ACLED codes one event per demonstration, typed by what happened at it. The event coder
(`events`) codes a demonstration from its own sentence and asks `followups` whether the
sentences beside it complete it; this module gives the event those sentences make:

- `as_riot`: a protest whose crowd then "threw stones": one violent demonstration, its
  protesters rioters (mob violence when its rival crowds fought each other);
- `as_protest`: a demonstration coded violent on a clash word alone ("protesters
  engaged police") that the report then says saw no violence: a protest, met by the
  police when they were its other side;
- `crowd_arrested` / `after_arrests`: arrests of a crowd told just before its
  demonstration ("Police arrested demonstrators in the town. They were protesting
  against the levy."): one demonstration, a protest with intervention (ACLED: arrests
  at a protest are its intervention).
"""

from __future__ import annotations

import dataclasses

from eventwire import cues, taxonomy
from eventwire.records import Event, Inter

__all__ = ["after_arrests", "as_protest", "as_riot", "crowd_arrested"]

_PROTESTS, _RIOTS = "Protests", "Riots"
_CROWDS = frozenset({int(Inter.PROTESTERS), int(Inter.RIOTERS)})
_CROWD_NAMES = {_RIOTS: ("Rioters", Inter.RIOTERS), _PROTESTS: ("Protesters", Inter.PROTESTERS)}


def as_riot(event: Event, deaths: int, *, rivals: bool = False) -> Event:
    """A protest whose crowd turned violent: ACLED codes one violent demonstration, or
    mob violence where its crowd's `rivals` fought each other."""
    sub, rule = ("Mob violence", "+rivals") if rivals else ("Violent demonstration", "+violent")
    riot = _retyped(event, _RIOTS, sub, rule)
    return dataclasses.replace(riot, fatalities=max(event.fatalities, deaths))


def as_protest(event: Event) -> Event:
    """A violent demonstration the report says saw no violence: a protest, met by the
    police when they were named in it or were its other side."""
    police = any(cues.POLICE.search(e.text) for e in event.evidence)
    met = police or event.inter2 == int(Inter.STATE)
    sub = "Protest with intervention" if met else "Peaceful protest"
    return _retyped(event, _PROTESTS, sub, "+no-violence")


def crowd_arrested(previous: Event, event: Event) -> bool:
    """The arrests just coded took the crowd of the demonstration `event`, the same day."""
    demonstration = event.event_type in {_PROTESTS, _RIOTS}
    same_day = previous.event_date == event.event_date
    crowd = previous.inter2 in _CROWDS
    return previous.sub_event_type == "Arrests" and crowd and demonstration and same_day


def after_arrests(arrests: Event, event: Event) -> Event:
    """The demonstration whose crowd the arrests told before it took: one event, met by
    an intervention, the police its other side where it had none."""
    if event.sub_event_type == "Peaceful protest":
        event = _retyped(event, _PROTESTS, "Protest with intervention", "+arrests")
    actor2, inter2 = event.actor2, event.inter2
    if not actor2:
        actor2, inter2 = arrests.actor1, arrests.inter1
    evidence = (*arrests.evidence, *event.evidence)
    return dataclasses.replace(event, actor2=actor2, inter2=inter2, evidence=evidence)


def _retyped(event: Event, event_type: str, sub: str, rule: str) -> Event:
    """The event as another demonstration type, its crowd named for it ("Protesters
    (Kenya)" become "Rioters (Kenya)" in a riot, and back)."""
    crowd, inter = _CROWD_NAMES[event_type]
    other = _CROWD_NAMES[_PROTESTS if event_type == _RIOTS else _RIOTS][0]
    actor1, inter1 = event.actor1, event.inter1
    if actor1.startswith(other):
        actor1, inter1 = crowd + actor1[len(other) :], int(inter)
    return dataclasses.replace(
        event,
        event_type=event_type,
        sub_event_type=sub,
        disorder_type=taxonomy.disorder_type(event_type, sub),
        actor1=actor1,
        inter1=inter1,
        rule=event.rule + rule,
    )
