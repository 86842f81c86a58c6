"""What a sentence reports, before roles, date and place are attached: an `Incident`
(the ACLED event and sub-event type, the trigger, the rule, the codings that lost),
and the `Kinds` of trigger a sentence holds, which the sub-event readers of
`eventwire.subtypes` and `eventwire.demosubtypes` test."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire import cues
from eventwire.triggers import Trigger

__all__ = [
    "AMID",
    "ARMED_DOERS",
    "BATTLES",
    "CIVILIANS",
    "EXPLOSIONS",
    "GUNMEN",
    "PLACES",
    "PROTESTS",
    "RIOTS",
    "STRATEGIC",
    "VAC",
    "VIOLENT",
    "Incident",
    "Kinds",
]

BATTLES, EXPLOSIONS, VAC = "Battles", "Explosions/Remote violence", "Violence against civilians"
PROTESTS, RIOTS, STRATEGIC = "Protests", "Riots", "Strategic developments"

# Words the sub-event readers share.
VIOLENT = cues.VIOLENT_KINDS
AMID = cues.words("in during amid amidst")
PLACES = cues.words(
    "village market school church mosque hospital home house camp bus wedding funeral"
    " checkpoint base convoy position stronghold barracks outpost prison jail station"
)
CIVILIANS = cues.CIVILIAN_NOUNS - PLACES
# Doers that make a killing an armed actor's, not a mob's ("armed youths", "police").
ARMED_DOERS = cues.NON_STATE_NOUNS | cues.STATE_NOUNS | cues.words("armed officer policeman")
# Armed doers whose arson is their attack; "assailants" and "attackers" are who burns
# buses in a blockade.
GUNMEN = ARMED_DOERS - cues.words("assailant attacker miscreant")


@dataclass(frozen=True, slots=True)
class Incident:
    """What a sentence reports, before roles, date and place are attached.

    `alternatives` are the other codings the sentence supported, each with why it lost.
    """

    event_type: str
    sub_event_type: str
    trigger: Trigger
    rule: str
    alternatives: tuple[str, ...] = ()


Kinds = dict[str, Trigger]
