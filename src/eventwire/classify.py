"""The `classify` stage: a user's own classifier second-guesses weakly grounded rules.

When the `event_model` setting names a model file made with `eventwire train`, each
event's evidence sentence is scored by it. Both sides speak in probabilities: the rule's
decision has its confidence from `eventwire.confidence` (its prior times the evidence
factors: a named weapon in a plain report is strongly grounded, a bare "killed" in a
hedged sentence is not), the model its predicted probability. The model retypes the
event only when it is at least `MIN_PROBABILITY` sure of another sub-event type and
surer than the rule; the event and disorder types follow (`eventwire.taxonomy`), and
protesters become rioters or back when the event moves between Protests and Riots.
Every verdict, kept or replaced, is written into the event's explanation, with the
rule's original choice among the alternatives.

With no model configured the stage returns its batch untouched and loads nothing.
An event-type model (trained from an old ACLED export) only gives its opinion: it
cannot pick a sub-event type, so it never retypes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Final

from eventwire import taxonomy
from eventwire.confidence import (
    MODEL_AGREES,
    MODEL_PREFERS,
    MODEL_TAG,
    parse_of,
    rule_info,
    score_event,
)
from eventwire.pipeline import Context, stage
from eventwire.records import Analysis, Event, Explanation, Inter
from eventwire.train import Classifier, load_classifier

__all__ = ["MIN_PROBABILITY", "classify_stage", "decide", "reclassify"]

MIN_PROBABILITY: Final = 0.6

_EVENT_OF: Final = {sub: kind for kind, subs in taxonomy.ACLED_TAXONOMY.items() for sub in subs}


@stage("classify", requires=("events",), assigns=("events",))
def classify_stage(batch: Sequence[Analysis], ctx: Context) -> list[Analysis]:
    """Re-score events with the local classifier named by `event_model`, if any."""
    path = ctx.settings.event_model
    if not path or not any(a.events for a in batch):
        return list(batch)
    model = ctx.resource(f"classifier:{path}", lambda: load_classifier(path))
    return reclassify(batch, model)


def reclassify(batch: Sequence[Analysis], model: Classifier) -> list[Analysis]:
    """Every event of the batch scored in one call, then decided one by one."""
    texts = [_text(e) for a in batch for e in a.events]
    verdicts = iter(model.predict(texts))
    out = []
    for analysis in batch:
        events = tuple(
            decide(e, *next(verdicts), model.target, _rule_confidence(analysis, e))
            for e in analysis.events
        )
        out.append(dataclasses.replace(analysis, events=events))
    return out


def _rule_confidence(analysis: Analysis, event: Event) -> float:
    others = [e for e in analysis.events if e is not event]
    return score_event(event, parse_of(analysis, event), others)[0]


def _text(event: Event) -> str:
    return event.evidence[0].text if event.evidence else event.notes


def decide(
    event: Event,
    label: str,
    probability: float,
    target: str = "sub_event_type",
    rule_confidence: float | None = None,
) -> Event:
    """The event as the model's verdict (`label` at `probability`) leaves it.

    `rule_confidence` is the rule's own confidence (by default from the event alone).
    """
    current = event.sub_event_type if target == "sub_event_type" else event.event_type
    said = f"{label} (p={probability:.2f})"
    if label == current:
        return _noted(event, f"{MODEL_AGREES}: {said}")
    if target != "sub_event_type" or label not in _EVENT_OF:
        return _noted(event, f"{MODEL_PREFERS} {said}: an event type only, the rule's stays")
    held = score_event(event)[0] if rule_confidence is None else rule_confidence
    if probability < MIN_PROBABILITY:
        return _noted(event, f"{MODEL_PREFERS} {said}: below {MIN_PROBABILITY:g}, the rule's stays")
    if probability <= held:
        return _noted(event, f"{MODEL_PREFERS} {said}: the rule is surer ({held:.2f})")
    name, info = rule_info(event.rule)
    return _retyped(event, label, probability, f"rule {name!r} ({info.why}, {held:.2f})")


def _noted(event: Event, line: str) -> Event:
    base = event.explanation or Explanation()
    explanation = dataclasses.replace(base, alternatives=(*base.alternatives, line))
    return dataclasses.replace(event, explanation=explanation)


def _retyped(event: Event, sub: str, probability: float, original: str) -> Event:
    kind = _EVENT_OF[sub]
    base = event.explanation or Explanation()
    lost = (
        f"{event.event_type} / {event.sub_event_type}: the {original} choice, replaced by the "
        f"local model, surer ({probability:.2f}) of {sub}"
    )
    explanation = dataclasses.replace(
        base,
        rule=f"local model: {kind} / {sub} (p={probability:.2f}); the {original} lost",
        alternatives=(*base.alternatives, lost),
    )
    actor1, inter1 = _crowd(event.actor1, event.inter1, kind)
    return dataclasses.replace(
        event,
        actor1=actor1,
        inter1=inter1,
        event_type=kind,
        sub_event_type=sub,
        disorder_type=taxonomy.disorder_type(kind, sub),
        civilian_targeting="" if kind == "Battles" else event.civilian_targeting,
        rule=event.rule + MODEL_TAG,
        confidence=round(probability, 3),
        explanation=explanation,
    )


_CROWDS: Final = {
    "Riots": ("Protesters", "Rioters", Inter.RIOTERS),
    "Protests": ("Rioters", "Protesters", Inter.PROTESTERS),
}


def _crowd(actor: str, inter: int, kind: str) -> tuple[str, int]:
    """Protesters become rioters when a protest is retyped as a riot, and back."""
    old, new, code = _CROWDS.get(kind, ("", "", Inter.PROTESTERS))
    if old and actor.startswith(old):
        return new + actor[len(old) :], int(code)
    return actor, inter
