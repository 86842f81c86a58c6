"""A crowd's fight with the police, told beside the demonstration it belongs to.

ACLED's Violent demonstration is a demonstration whose crowd turns violent; its Mob
violence is a crowd's violence with no demonstration going on. Read alone, a sentence
such as "Youths at the bus stage fought the police for two hours" shows no
demonstration, and the sub-event readers (`demosubtypes`) code the crowd's fight a
mob's. A report often names the demonstration in the sentence before or after ("The
demonstration had started over a new parking levy"): the crowd that fought the police
is then the demonstration's, and its violence a violent demonstration. A crowd that
turned on a rival crowd or lynched a suspect stays a mob, demonstration or not.

The other way, a fight read as a riot because its own sentence names only villagers or
youths clashing is an armed clash where the sentence before or after, or another
sentence of the same incident, gives the sides weapons ("both sides carried spears and
bows") or tells a communal fight over land (`armedsides`): ACLED codes
such fights between communal militias. A fight with the police, or a mob's lynching,
stays a riot whatever weapons the crowd had.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from eventwire import cues, taxonomy
from eventwire.armedsides import armed_fight
from eventwire.demosubtypes import rivals
from eventwire.records import Analysis, Event, Inter, Sentence

__all__ = ["armed_rioters", "demonstrators_fought"]

_NEAR = 2  # sentences before or after the fight that may name its demonstration

# A demonstration named: not its tactics, which a mob's violence shares.
_DEMONSTRATION = cues.flag(
    r"protest|demonstrat|march(?:ed|es|ing|ers)?\b|rall(?:y|ies|ied)\b|sit-ins?\b|picket"
)
_FORCES = frozenset({int(Inter.STATE), int(Inter.EXTERNAL)})


def demonstrators_fought(events: Sequence[Event], analysis: Analysis) -> list[Event]:
    """The events, a crowd's fight with state forces retyped a violent demonstration
    where a sentence near it names a demonstration (see the module docstring)."""
    return [
        _as_demonstration(e) if _fought_police(e) and _demonstration_near(e, analysis) else e
        for e in events
    ]


def _fought_police(event: Event) -> bool:
    if event.sub_event_type != "Mob violence" or event.inter2 not in _FORCES:
        return False
    # a lynching, or rival crowds the police broke up, is a mob's
    return not any(cues.LYNCH.search(e.text) or rivals(e.text) for e in event.evidence)


def _demonstration_near(event: Event, analysis: Analysis) -> bool:
    return any(_DEMONSTRATION.search(s.text) is not None for s in _near(event, analysis, _NEAR))


def _near(event: Event, analysis: Analysis, reach: int) -> list[Sentence]:
    """The sentences within `reach` of the event's first, not its own."""
    if not event.evidence:
        return []
    start = event.evidence[0].start
    index = next((s.index for s in analysis.sentences if s.start == start), None)
    if index is None:
        return []
    return [s for s in analysis.sentences if s.index != index and abs(s.index - index) <= reach]


# Weapons a crowd does not carry: bows and arrows, spears, guns.
_WEAPONS = cues.flag(
    r"arrows?\b|spears?\b|bows\b|guns?\b|gunm[ae]n|firearms?|rifles?|gunfire|AK-?47"
)


def armed_rioters(events: Sequence[Event], analysis: Analysis) -> list[Event]:
    """The events, a clash read as a riot retyped an armed clash where the incident's
    other sentences or its neighbours arm its sides (see the module docstring)."""
    return [_as_clash(e) if _armed_near(e, analysis) else e for e in events]


def _armed_near(event: Event, analysis: Analysis) -> bool:
    if event.sub_event_type != "Mob violence" or not event.rule.endswith("clash/riot"):
        return False
    if event.inter2 in _FORCES or any(cues.MOB.search(e.text) for e in event.evidence):
        return False
    own = event.evidence[0].text
    told = [e.text for e in event.evidence[1:]] + [s.text for s in _near(event, analysis, 1)]
    # the fight's own sentence read with the other: its refugees or party supporters
    # make the communities' fight theirs, a riot still
    return any(
        (_WEAPONS.search(t) is not None or armed_fight(f"{own} {t}")) and _POLICE.search(t) is None
        for t in told
    )


_POLICE = cues.flag(r"police|security forces|troops|soldiers|askaris?\b")
_MILITIA = "Unidentified Communal Militia"


def _as_clash(event: Event) -> Event:
    sub = "Armed clash"
    actor1, inter1 = _militia(event.actor1, event.inter1)
    actor2, inter2 = _militia(event.actor2, event.inter2)
    return dataclasses.replace(
        event,
        event_type="Battles",
        sub_event_type=sub,
        disorder_type=taxonomy.disorder_type("Battles", sub),
        actor1=actor1,
        inter1=inter1,
        actor2=actor2,
        inter2=inter2,
        rule=event.rule + "+armed",
    )


def _militia(actor: str, inter: int) -> tuple[str, int]:
    """Rioters, named generically, as the communal militia they fought as."""
    if inter != int(Inter.RIOTERS) or not actor.startswith("Rioters"):
        return actor, inter
    return _MILITIA + actor.removeprefix("Rioters"), int(Inter.IDENTITY_MILITIA)


def _as_demonstration(event: Event) -> Event:
    sub = "Violent demonstration"
    return dataclasses.replace(
        event,
        sub_event_type=sub,
        disorder_type=taxonomy.disorder_type(event.event_type, sub),
        rule=event.rule + "+demonstration",
    )
