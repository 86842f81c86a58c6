"""A crowd's fight with the police, told beside the demonstration it belongs to.

ACLED's Violent demonstration is a demonstration whose crowd turns violent; its Mob
violence is a crowd's violence with no demonstration going on. Read alone, a sentence
such as "Youths at the bus stage fought the police for two hours" shows no
demonstration, and the sub-event readers (`demosubtypes`) code the crowd's fight a
mob's. A report often names the demonstration in the sentence before or after ("The
demonstration had started over a new parking levy"): the crowd that fought the police
is then the demonstration's, and its violence a violent demonstration. A crowd that
turned on a rival crowd or lynched a suspect stays a mob, demonstration or not.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from eventwire import cues, taxonomy
from eventwire.demosubtypes import rivals
from eventwire.records import Analysis, Event, Inter

__all__ = ["demonstrators_fought"]

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
    if not event.evidence:
        return False
    start = event.evidence[0].start
    index = next((s.index for s in analysis.sentences if s.start == start), None)
    if index is None:
        return False
    return any(
        _DEMONSTRATION.search(s.text) is not None
        for s in analysis.sentences
        if s.index != index and abs(s.index - index) <= _NEAR
    )


def _as_demonstration(event: Event) -> Event:
    sub = "Violent demonstration"
    return dataclasses.replace(
        event,
        sub_event_type=sub,
        disorder_type=taxonomy.disorder_type(event.event_type, sub),
        rule=event.rule + "+demonstration",
    )
