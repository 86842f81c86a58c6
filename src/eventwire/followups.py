"""Sentences that complete the incident just coded instead of reporting a new one.

ACLED codes one event per incident, and a report often tells the state's response in
the next sentence: "Police dispersed them with tear gas", "Police later made seven
arrests". Such a sentence is part of the incident before it:

- a protest's crowd that "threw stones" or "beat up a clerk" in the next sentence
  turns the protest into a violent demonstration (a demand carried into a building or
  violence only threatened does not, `crowdacts`);
- an intervention (tear gas, dispersal, arrests of the crowd) after a demonstration
  turns a peaceful protest into a protest with intervention, and leaves a violent
  demonstration, a mob's violence or a protest already met with force as it was;
- lethal force told after a protest ("One protester was shot dead by police") makes it
  excessive force against protesters (ACLED: a protest met with lethal force);
- a captive found dead or killed, told after the abduction ("His body was found five
  days later"), or hurt in it ("The man was injured", "after being attacked, she
  escaped with serious injuries"), makes the abduction an attack
  (ACLED: an abduction with fatalities or serious injuries is an Attack);
- a takeover of ground the next sentence says saw no fight ("No violence was
  reported") is a non-violent transfer of territory (ACLED: territory changing hands
  with no fighting is a Strategic development);
- arrests right after a demonstration or a riot ("Police made several arrests", "Ten
  were arrested") are the police's response to the crowd, part of that incident (an
  arrest after an attack or a battle stays an event of its own).

Pure functions of a parsed sentence and the event just coded; cheap (no parse of
their own, precompiled patterns only).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from eventwire import crowdacts, cues, taxonomy, triggerparse, triggers
from eventwire.cues import words
from eventwire.demosubtypes import protesters_arrested, rivals
from eventwire.doctext import text_of
from eventwire.grievance import grievances, masked
from eventwire.harms import hurt
from eventwire.protestforce import (
    carried_out,
    forces_hurt,
    lethal_force,
    live_fire,
    shot_at_unharmed,
)
from eventwire.triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from eventwire.records import Event

__all__ = [
    "arrests_after",
    "captive_harmed",
    "crowd_violence",
    "force_after",
    "handed_over",
    "intervened",
    "intervention_after",
    "no_violence_after",
    "rivals_fought",
    "taken_quietly",
]

_DEMONSTRATIONS = frozenset({"Protests", "Riots"})


def intervened(doc: Doc) -> bool:
    """ "Police dispersed them with tear gas", "Arrests were reported": the protest just
    told met an intervention (ACLED: Protest with intervention, one event)."""
    # "The protest comes a day after police teargassed traders": force met before, the
    # protest's background (`grievance`), not force met by it
    text = masked(doc, grievances(doc))
    if cues.POLICE.search(text) and carried_out(doc, cues.INTERVENTION, text):
        return True
    if shot_at_unharmed(text) or _MET_PASSIVE.search(text):
        # "Police shot at them.": no one hit; "The march was broken up.": the crowd
        # acted on, whoever did it (an intervention)
        return True
    if carried_out(doc, cues.POLICE_STOPPED, text) and not cues.VIOLENT_CROWD.search(text):
        return True  # "officers blocked them from the offices" (not "police and blocked")
    found = [t for t in triggers.find_triggers(doc) if t.kind == "arrest"]
    return any(
        triggers.is_asserted(t.token) and protesters_arrested(t) and not _one_arrested(t)
        for t in found
    )


_ONE = words("he she him her")
# The crowd or its demonstration undergoing the intervention, its doer untold.
_MET_PASSIVE = cues.flag(
    r"(?:was|were) (?:\S+ )?(?:dispersed|broken up|tear-?gassed|scattered|cut short)\b"
)


def _one_arrested(trig: Trigger) -> bool:
    """ "Moments after he was arrested": one person taken, the story behind the
    protest, not its crowd."""
    targets = [c for c in trig.token.children if c.dep_ in {"nsubjpass", "dobj"}]
    return bool(targets) and all(t.lower_ in _ONE for t in targets)


def force_after(previous: Event, doc: Doc, *, dated: bool = False) -> bool:
    """ "One protester was shot dead by police", "police opened fire on them", "a medic
    at the march was shot dead": the protest just told met lethal force (ACLED: Excessive
    force against protesters). A death at a protest in a sentence `dated` with a time of
    its own ("shot dead at a rally last month") is a grievance recalled, not this one."""
    if previous.event_type != "Protests" or _OTHER_INCIDENT.search(text_of(doc)):
        return False
    text = text_of(doc)
    if _WARNING_SHOTS.search(text):
        return False
    if not cues.POLICE.search(text):
        # "Police intervened. Two were shot dead", "... One death reported": the force
        # that met the crowd is told already, and the deaths are its own
        met = previous.sub_event_type == "Protest with intervention"
        dead = _SHOT_DEAD.search(text) is not None and not _DENIED.search(text)
        if not dated and _KILLED_AT_PROTEST.search(text) and not _DENIED.search(text):
            # "A medic at the march was shot dead": whoever fired, marchers met lethal
            # violence (ACLED: excessive force, by state forces or others)
            met = dead = True
        return met and dead and not crowd_violence(doc)
    # "Police intervened, killing one", "police shot at the crowd" (`protestforce`),
    # not shots that hit no one (an intervention)
    return (live_fire(text) or lethal_force(doc)) and not shot_at_unharmed(text)


# Deaths told with no doer: "Two were shot dead", "one person was killed", "at least one
# death reported".
_SHOT_DEAD = cues.flag(
    r"\bshot (?:\S+ )?dead\b|\bshot and killed\b|\b(?:were|was) killed\b|\bdied\b"
    r"|\bdeaths? (?:was |were )?reported\b"
)
# Someone shot or killed at the demonstration itself: "a nurse tending the wounded at
# the rally was shot dead", "two were killed during the march".
_KILLED_AT_PROTEST = cues.flag(
    r"\b(?:at|during) (?:a|the|that|this) (?:\w+ )?(?:demonstration|protest|rally|march)"
    r"\b[^.;]{0,60}?\b(?:shot (?:\S+ )?dead|shot and killed|(?:was|were) (?:shot|killed))\b"
    r"|\b(?:shot (?:\S+ )?dead|shot and killed|(?:was|were) killed)\b[^.;]{0,30}?\b(?:at|during)"
    r" (?:a|the|that|this) (?:\w+ )?(?:demonstration|protest|rally|march)\b"
)
# "No deaths were reported", "nobody died" (not "actors not specified").
_DENIED = cues.flag(
    r"\b(?:no|not|nobody|none)(?:\s+\S+){0,2}\s+(?:deaths?|one|fatalit|killed|died|dead)"
)


_WARNING_SHOTS = cues.flag(r"(?:shot|shots|fired|firing|fire) (?:\S+ )?in(?:to)? the air")


def no_violence_after(previous: Event, doc: Doc) -> bool:
    """ "The crowd caused no violence": the report says the demonstration just coded
    violent saw none, and the violence it was coded on was no crowd's act told in its
    words (a clash word alone: "protesters engaged police"; stones or fires stay)."""
    if previous.sub_event_type != "Violent demonstration":
        return False
    if not cues.NO_VIOLENCE.search(text_of(doc)) or crowd_violence(doc):
        return False
    return not any(crowdacts.violent(e.text) or cues.MOB.search(e.text) for e in previous.evidence)


_STRATEGIC = "Strategic developments"
_TAKEOVERS = frozenset({"Non-state actor overtakes territory", "Government regains territory"})


def taken_quietly(previous: Event, doc: Doc) -> bool:
    """ "Insurgents took the village. No fighting was reported.": the ground just coded
    as taken changed hands without a fight, told by a sentence with no incident of its
    own."""
    if previous.sub_event_type not in _TAKEOVERS or not cues.NONVIOLENT.search(text_of(doc)):
        return False
    return not any(triggers.is_asserted(t.token) for t in triggers.find_triggers(doc))


def handed_over(event: Event) -> Event:
    """A takeover the report says saw no fight: ACLED's non-violent transfer."""
    sub = "Non-violent transfer of territory"
    return dataclasses.replace(
        event,
        event_type=_STRATEGIC,
        sub_event_type=sub,
        disorder_type=taxonomy.disorder_type(_STRATEGIC, sub),
        rule=event.rule + "+no-fight",
    )


def intervention_after(previous: Event, doc: Doc) -> bool:
    """The police breaking up the demonstration just told, a demonstration already
    coded as met with force or as a riot, or separating the sides of the fight just told
    (`_fight_broken_up`): the same incident, its type kept."""
    if previous.event_type == "Battles":
        return _fight_broken_up(doc)
    if previous.event_type not in _DEMONSTRATIONS or previous.sub_event_type == "Peaceful protest":
        return False
    if _OTHER_INCIDENT.search(text_of(doc)) or _own_violence(doc):
        return False
    return intervened(doc)


def _fight_broken_up(doc: Doc) -> bool:
    """ "Police arrived to separate the two sides, firing tear gas": the police's tear gas
    or dispersal, in a sentence that names no protest, no violence and no arrest of its
    own ("police dispersed residents who marched over the killings" is a protest; arrests
    after a fight are an event of their own)."""
    text = text_of(doc)
    if not (cues.POLICE.search(text) and cues.INTERVENTION.search(text)):
        return False
    if _PROTEST_WORDS.search(text) or _OTHER_INCIDENT.search(text) or _own_violence(doc):
        return False
    found = [t for t in triggers.find_triggers(doc) if triggers.is_asserted(t.token)]
    return not any(t.kind == "arrest" for t in found)


def arrests_after(previous: Event, doc: Doc) -> bool:
    """A sentence whose only news is arrests ("Police later made seven arrests", "Ten
    were arrested"), right after a demonstration or a riot: the crowd's arrests."""
    if previous.event_type not in _DEMONSTRATIONS or _OTHER_INCIDENT.search(text_of(doc)):
        return False
    found = [t for t in triggers.find_triggers(doc) if triggers.is_asserted(t.token)]
    kinds = {triggerparse.refine_kind(t) for t in found} - {None}
    return kinds == {"arrest"}


def captive_harmed(previous: Event, doc: Doc) -> bool:
    """The abductee of the abduction just told was killed, found dead or hurt: the
    sentence's only news is a death ("His body was found a week later", "the driver was
    later beheaded") or injuries ("The man was injured", no deed of its own)."""
    if previous.sub_event_type != "Abduction/forced disappearance":
        return False
    if _OTHER_INCIDENT.search(text_of(doc)):
        return False
    found = [t for t in triggers.find_triggers(doc) if triggers.is_asserted(t.token)]
    kinds = {triggerparse.refine_kind(t) for t in found} - {None}
    if kinds == {"attack"} and hurt(text_of(doc)) and not any(_doer(t.token) for t in found):
        # "After being attacked, the trader escaped, badly hurt": the captive hurt by the
        # captors told before, no one new doing it
        return True
    return kinds == {"kill"} or (not kinds and hurt(text_of(doc)))


def _doer(token: Token) -> bool:
    """The deed names its own doer ("villagers attacked the kidnappers")."""
    return any(c.dep_ in {"nsubj", "agent"} for c in token.children)


_CROWD_SUBJECTS = cues.CROWD_NOUNS | cues.words(
    "they student resident worker protest demonstration march rally"
)
# Who, in the sentence after a protest, is that protest's crowd doing the violence.
_CROWD_DOERS = cues.CROWD_NOUNS | cues.words("they student worker member participant")


def crowd_violence(doc: Doc) -> bool:
    """ "They threw stones at the police", "the students smashed windows", "They beat
    up the deputy principal": the crowd of the protest just told turned violent."""
    # "stormed the offices to demand", "threatened to burn the offices": not violence
    text = crowdacts.told(doc)
    if forces_hurt(text):
        return True  # "Two officers were injured.": hurt by the crowd
    if not crowdacts.violent(text):
        return _crowd_attacked(doc)
    subjects = {triggers.lemma(_antecedent(t)) for t in doc if t.dep_ in {"nsubj", "nsubjpass"}}
    if not subjects:  # "Pelted vehicles with stones.": the crowd just told
        return True
    doers = subjects | _led(doc)
    return bool(doers & _CROWD_SUBJECTS) or bool(cues.CROWD.search(text_of(doc)))


def rivals_fought(doc: Doc) -> bool:
    """ "Supporters of two rival aspirants clashed": the crowd of the rally just told
    fought each other, not the police (ACLED: rioters against rioters, mob violence);
    demonstrators named as such fighting ("two groups of protesters clashed") are the
    demonstration's violence."""
    text = text_of(doc)
    if not rivals(text) or not cues.PARTISANS.search(text) or _DEMONSTRATORS.search(text):
        return False
    found = triggers.find_triggers(doc)
    return any(t.kind == "clash" and triggers.is_asserted(t.token) for t in found)


_DEMONSTRATORS = cues.flag(r"protest|demonstrat")


def _led(doc: Doc) -> set[str]:
    """Who does what a verb's object is led or driven to do: "his arrest led students
    to block roads" (the students block them)."""
    return {
        triggers.lemma(o)
        for t in doc
        if t.dep_ == "xcomp" and t.pos_ == "VERB"
        for o in t.head.children
        if o.dep_ == "dobj"
    }


_RELATIVES = cues.words("who that which")


def _antecedent(subject: Token) -> Token:
    """A relative clause's subject read as the noun it stands for: "police dispersed the
    residents who had blocked the road" (the residents blocked it)."""
    clause = subject.head
    if subject.lower_ not in _RELATIVES or clause.dep_ != "relcl":
        return subject
    noun = clause.head  # "residents of the estate who": the residents
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return noun.head.head
    return noun


_CROWD_HARM = cues.words("attack kill loot clash")


def _crowd_attacked(doc: Doc) -> bool:
    """An asserted attack, killing or destruction whose doer is the crowd just told:
    its pronoun or a crowd noun as the subject ("They roughed up and hurt the teacher",
    "Members then attacked clerks"), or the agent of a passive ("a guard was beaten by
    the students"). A crowd attacked by others ("they were beaten by police") did none."""
    hidden = crowdacts.not_done(doc)  # "they stormed the offices to demand his exit"
    for found in triggers.find_triggers(doc):
        token = found.token
        if found.kind not in _CROWD_HARM or token.i in hidden or not triggers.is_asserted(token):
            continue
        # "They roughed up and hurt": a conjunct shares its head's subject; "marched to
        # the offices but were beaten by police" is passive: that subject was hurt
        shares = token.dep_ == "conj" and token.head.pos_ == "VERB" and not _passive(token)
        verb = token.head if shares else token
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
        if any(triggers.lemma(d) in _CROWD_DOERS for d in doers):
            return True
    return False


def _passive(verb: Token) -> bool:
    """A passive verb ("were beaten"): its subject is who it was done to."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


# Words that open another incident: "in a separate incident", "another protest".
# A demonstration named: its dispersal is no part of a fight told before.
_PROTEST_WORDS = cues.flag(
    r"protest|demonstrat|march(?:ed|ing|ers?)?\b|rall(?:y|ies)\b|picket|sit-in|riot"
)
_OTHER_INCIDENT = cues.flag(
    # "in a separate incident", not the verb ("tried to separate the groups")
    r"another\b|(?<!to )separate\b|similar|elsewhere|meanwhile|in a (?:related|different)"
    r"|the (?:previous|next|following) day"
)


def _own_violence(doc: Doc) -> bool:
    """The sentence reports violence of its own (a killing, an attack, a clash) that the
    intervention alone would hide."""
    found = [t for t in triggers.find_triggers(doc) if triggers.is_asserted(t.token)]
    return any(t.kind in cues.VIOLENT_KINDS for t in found)
