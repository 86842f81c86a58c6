"""Harm done along with a strategic or abduction act: when the act is an Attack.

ACLED codes an abduction or forced disappearance as such only when no further violence
is reported: "if fatalities or serious injuries are reported during the abduction, the
event is coded as an Attack". Likewise looting or destroying property is a strategic
development only outside other violence: people killed or wounded as their homes are
burnt were attacked. These tests read one parsed sentence: a killing it asserts (not
one that only came before, "abducted two engineers after killing their driver") or
people it says were injured or tortured. An arrest the police made is no abduction by
the armed men the sentence also names, whose violence is then the news. Pure functions
of a parsed sentence.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING

from eventwire import cues, taxonomy, triggerparse, triggers
from eventwire.cues import flag, words
from eventwire.records import Event
from eventwire.roles import victim_words
from eventwire.sides import sides_of
from eventwire.triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["arrested_by_state", "as_attack", "harmed", "harmed_after", "hurt"]

LOOTING = "Looting/property destruction"

# People hurt: injuries, wounds, torture (a beating alone is not a serious injury).
_HURT = flag(
    r"(?:injur(?:ed|ies|ing|y)|wound(?:ed|ing|s)?|tortur(?:ed|ing|e)|maim(?:ed|ing)"
    r"|hospitali[sz]ed|hurt\b)"
)
# "No injuries were reported", "without injuring anyone", "injuries are not known".
_NONE_HURT = flag(r"(?:no|not|without|nor|zero|any)\b[^.;]*$")
_UNKNOWN = flag(r"(?:injur\w*|casualt\w*) (?:\S+ ){0,4}(?:not known|unknown|not reported)")
# Prepositions that put a killing before or apart from the act told.
_BEFORE = words("after following before")


def harmed(kinds: Mapping[str, Trigger], text: str) -> bool:
    """The sentence reports people killed, injured or tortured in the act it tells."""
    killed = kinds.get("kill")
    if killed is not None and not _earlier(killed):
        return True
    return hurt(text)


def hurt(text: str) -> bool:
    """People injured, wounded or tortured, not "no injuries were reported" or
    "injuries are not known"."""
    if _UNKNOWN.search(text):
        return False
    return any(
        _NONE_HURT.search(text, max(0, m.start() - 24), m.start()) is None
        for m in _HURT.finditer(text)
    )


def _earlier(trig: Trigger) -> bool:
    """ "after killing their driver": a killing that came before the act, told as its
    time, not as part of it."""
    token = trig.token
    return token.dep_ in {"pcomp", "pobj"} and token.head.lower_ in _BEFORE


def harmed_after(previous: Event, doc: Doc) -> bool:
    """The property destruction just told hurt people too: the next sentence's only news
    is a death or injuries ("An infant died during the raid", "Several residents were
    injured"), with no word that opens another incident."""
    if previous.sub_event_type != LOOTING or _OTHER_INCIDENT.search(doc.text):
        return False
    found = [t for t in triggers.find_triggers(doc) if triggers.is_asserted(t.token)]
    kinds = {triggerparse.refine_kind(t) for t in found} - {None}
    if not kinds <= {"kill", "attack"}:
        return False
    if any(t.kind == "attack" and t.token.pos_ == "VERB" for t in found):
        return False  # a new attack told, not the harm of the one before
    if previous.inter2 in _ARMED_INTERS or _armed_hit(doc):
        return False  # "many militants were killed", "one officer dead": a fight, no attack
    died = any(triggers.lemma(t) in cues.DEATH_LEMMAS and t.pos_ == "VERB" for t in doc)
    return "kill" in kinds or died or hurt(doc.text)


_ARMED_INTERS = frozenset({1, 2, 3, 4, 8})  # state forces, rebels, militias, external
_SUBJECTS = words("nsubj nsubjpass ROOT")


def _armed_hit(doc: Doc) -> bool:
    """Armed men among the dead or hurt: named as such, or the subject of the sentence
    ("One officer reported dead")."""
    if victim_words(doc) & cues.ARMED_NOUNS:
        return True
    return any(t.dep_ in _SUBJECTS and triggers.lemma(t) in cues.ARMED_NOUNS for t in doc)


_OTHER_INCIDENT = flag(
    r"another\b|separate|similar|elsewhere|meanwhile|in a (?:related|different)"
    r"|the (?:previous|next|following) day"
)


def as_attack(event: Event) -> Event:
    """Property destroyed with people hurt: ACLED codes the Attack."""
    vac = "Violence against civilians"
    return dataclasses.replace(
        event,
        event_type=vac,
        sub_event_type="Attack",
        disorder_type=taxonomy.disorder_type(vac, "Attack"),
        rule=event.rule + "+harmed",
    )


def arrested_by_state(arrest: Trigger) -> bool:
    """ "Gunmen seized and held two officials" is an abduction; "militiamen slashed
    residents after police arrested their leaders" names the police as the arrest's own
    doers: the militia's violence is the news (ACLED: arrests are by state agents)."""
    doers = set(sides_of(arrest).doers)
    token = arrest.token
    if token.dep_ == "dobj":  # "police made arrests": the subject of the verb it is done by
        doers |= {triggers.lemma(c) for c in token.head.children if c.dep_ == "nsubj"}
    return bool(doers & cues.STATE_NOUNS)
