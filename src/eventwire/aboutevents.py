"""Sentences that talk about attacks without reporting one.

Two kinds of sentence name an attack that is no new event for ACLED:

- a trend or a tally of many attacks: "the province has seen a rise in attacks on the
  police", "a spate of kidnappings in the north", "the surge in bombings since March".
  The plural trigger under a noun of change is the subject of the trend,
  not one dated, placed incident (`aggregate`);
- a claim or a denial of an attack told before: "X said it carried out the attack, but
  Y denied involvement". The definite noun ("the attack", "the bombing") refers back to
  the incident; what the sentence adds is who said they did it, which
  `roles.claimant` reads as an attribution at most (`about_responsibility`).

And an agreement ended or broken ("the group ended a ceasefire") is no Agreement
(`broken`): ACLED's Agreement is one reached.

Pure functions of a parsed sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire import triggers
from eventwire.cues import words
from eventwire.incidentnouns import told_happening
from eventwire.triggers import Trigger, lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["about_responsibility", "aggregate", "broken", "only_responsibility", "reported"]

# Nouns of change whose "in" or "of" phrase names many incidents at once ("a spate of"
# is a sudden rise). A wave or a series of protests is still coded, ACLED-style, as one.
_TRENDS = words("rise increase surge upsurge spike escalation decline drop fall decrease spate")
# Verbs whose object is a group's part in an incident, not the incident happening.
_RESPONSIBILITY = words("carry claim deny condemn perpetrate conduct stage")
# What happens to an agreement that ends.
_ENDED = words("end break violate breach abandon scrap collapse")
_DEFINITE = words("the this that its their")


def aggregate(trigger: Token) -> bool:
    """A plural trigger noun trended ("a rise in attacks", "a spate of
    kidnappings"): many incidents, none reported here."""
    if trigger.tag_ != "NNS" or trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    return prep.lower_ in {"in", "of"} and lemma(prep.head) in _TRENDS


def about_responsibility(trigger: Token) -> bool:
    """A definite trigger noun that a group carried out, claimed or denied ("said it
    carried out the attack", "condemned the bombing"): the incident told before."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in {"dobj", "pobj"}:
        return False
    if not any(c.dep_ in {"det", "poss"} and c.lower_ in _DEFINITE for c in trigger.children):
        return False
    verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
    return lemma(verb) in _RESPONSIBILITY


def reported(trigger: Trigger) -> bool:
    """A trigger that reports an incident: asserted, not one of many trended
    (`aggregate`), not an agreement ended or broken (`broken`). A labelled line's own
    predicate (`notelabels`) is reported by its label, however the parse reads it, and
    a general incident noun by a relative clause of its own telling it happened
    (`incidentnouns`), whatever the clause above it aims at."""
    token = trigger.token
    if trigger.rule.startswith("label:"):
        return True
    if trigger.rule.startswith("noun:") and told_happening(token):
        return True  # "sent officers to calm the chaos that broke out": it broke out
    return triggers.is_asserted(token) and not aggregate(token) and not broken(trigger)


def broken(trigger: Trigger) -> bool:
    """An agreement ended, broken or collapsed ("the rebels ended a ceasefire", "the
    truce collapsed"): ACLED's Agreement is one reached, not one that ends."""
    token = trigger.token
    if trigger.kind != "agreement" or token.dep_ not in {"dobj", "nsubj", "nsubjpass"}:
        return False
    return lemma(token.head) in _ENDED


def only_responsibility(doc: Doc) -> bool:
    """Every reported trigger of the sentence is an incident told before that a group
    carried out, claimed or denied (`about_responsibility`): no new event."""
    found = [t for t in triggers.find_triggers(doc) if reported(t)]
    return bool(found) and all(about_responsibility(t.token) for t in found)
