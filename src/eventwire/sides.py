"""Who harmed whom, read from the chosen trigger's own arguments.

`roles` reads the doers and targets of the sentence's first violent trigger; when the
sub-event decision settles on another trigger ("Pokot raided the area, 14 raiders shot
by police": the shooting, not the raid), its own subject and object tell who fought
whom. ACLED's line between an Attack (violence against civilians) and an Armed clash
(two armed, organised sides) runs through these words: an attack on a police post, on
soldiers or on armed raiders is a clash; armed men shooting a candidate or flogging
voters is an attack. Pure functions of a parsed sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire import triggerparse
from eventwire.cues import (
    ARMED_NOUNS,
    DEATH_LEMMAS,
    DEMONSTRATORS,
    INFORMERS,
    NON_STATE_NOUNS,
    PLACE_NOUNS,
    words,
)
from eventwire.records import Inter
from eventwire.triggers import Trigger, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.roles import Roles

__all__ = [
    "Sides",
    "armed_victims",
    "crowd_of",
    "demonstrators_arrested",
    "executed",
    "fought_armed_men",
    "sides_of",
    "suspects_harmed",
    "vehicles_burnt",
]

# "A group of students", "gangs of youths", "hundreds of residents": the group is its
# members.
_GROUPS = words("group gang band section bunch team number crowd dozen score hundred thousand")
_MODIFIERS = words("compound amod nmod")


@dataclass(frozen=True, slots=True)
class Sides:
    """Lemmas of the doers and the targets of one trigger (heads, their modifiers, the
    members of a group: "a group of students" gives "group" and "student", and those
    named after "including")."""

    doers: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()


def sides_of(trig: Trigger) -> Sides:
    """The doer and target words of the trigger's own clause."""
    token = trig.token
    doers, targets = triggerparse.arguments(token)
    if not doers and token.pos_ == "VERB":
        # "was shot and killed by police": the passive's agent is shared by its verbs
        doers = [a for c in token.conjuncts for a in _agents(c)]
    if token.dep_ == "compound" and not targets:
        # a headline's noun pile, "attack Gamba police station": what follows the trigger
        head = token.head
        after = {lemma(c) for c in head.children if c.dep_ in _MODIFIERS and c.i > token.i}
        return Sides(_words(doers), frozenset({lemma(head), *after}))
    struck = _words(targets)
    if targets:  # "kill seven, including police officers": a comma hangs it on the verb
        struck |= _included(token)
    return Sides(_words(doers), struck)


def _agents(verb: Token) -> list[Token]:
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _words(heads: list[Token]) -> frozenset[str]:
    out: set[str] = set()
    for head in heads:
        for token in (head, *(c for c in head.children if c.dep_ == "conj")):
            out.add(lemma(token))
            if lemma(token) not in INFORMERS:  # "a police informer" is no policeman
                out.update(lemma(c) for c in token.children if c.dep_ in _MODIFIERS)
            if lemma(token) in _GROUPS:
                out.update(_members(token))
            out.update(_included(token))
    return frozenset(out)


def _included(head: Token) -> set[str]:
    """ "Seven people including two police officers": the people named after
    "including" are among the side, so they count with it."""
    return {
        lemma(word)
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "including"
        for member in prep.children
        if member.dep_ == "pobj"
        for word in (member, *(c for c in member.children if c.dep_ in _MODIFIERS))
    }


def crowd_of(trig: Trigger) -> frozenset[str]:
    """Lemmas of the trigger's doers that are many people: a plural noun ("voters beat
    up an official") or the members of a group ("a group of traders"); one doer ("a
    trader stabbed his neighbour") is no crowd."""
    doers, _ = triggerparse.arguments(trig.token)
    out: set[str] = set()
    for head in doers:
        for token in (head, *(c for c in head.children if c.dep_ == "conj")):
            if lemma(token) in _GROUPS:
                out.update(_members(token))
            elif token.tag_ in _PLURAL:
                out.add(lemma(token))
    return frozenset(out)


_PLURAL = words("NNS NNPS")


def _members(group: Token) -> set[str]:
    return {
        lemma(word)
        for prep in group.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for member in prep.children
        if member.dep_ == "pobj"
        for word in (member, *(c for c in member.children if c.dep_ in _MODIFIERS))
    }


# Armed men among the victims; places are read from the trigger's own object instead.
_ARMED_PEOPLE = (
    ARMED_NOUNS
    - PLACE_NOUNS
    - words("armed security checkpoint convoy patrol station prison jail post hideout stronghold")
)


def executed(taken: Trigger) -> bool:
    """ "Abducted and executed", "kidnapped and beheaded", "kidnapped and later found
    dead": captives put to death are no longer combatants, so their killing is violence
    against them."""
    later = [c for c in taken.token.children if c.dep_ == "conj"]  # what followed
    return any(lemma(v) in DEATH_LEMMAS or _found_dead(v) for v in later)


def _found_dead(verb: Token) -> bool:
    """ "found dead", "found murdered": the captive's death told by the finding."""
    return lemma(verb) in _FOUND and any(
        c.dep_ in _PREDICATES and lemma(c) in DEATH_LEMMAS for c in verb.children
    )


_FOUND = words("find discover")
_PREDICATES = words("oprd acomp xcomp")


def armed_victims(roles: Roles, trig: Trigger) -> bool:
    """Armed men or an armed post among those harmed ("attacked a police post", "killed
    a soldier"); the doers' own words ("armed bandits attacked villagers") are no
    victims. An attack on a police post or an army camp is on those who hold it."""
    sides = sides_of(trig)
    struck = (roles.target_words & _ARMED_PEOPLE) | (sides.targets & _ARMED_TARGETS)
    if _headline_passive(trig):
        # "Two police killed", "reservist shot dead while on patrol": the parse's
        # subject is the victim
        # its own subject: "gunmen attack a station, one killed" hit no gunman
        subject_hit = (sides.doers or roles.doer_words) & _ARMED_PEOPLE
        return bool(struck | subject_hit) or _members_named(roles, trig)
    return bool(struck - roles.doer_words - sides.doers)


def fought_armed_men(trig: Trigger, state: bool) -> bool:
    """The sentence tells a fight with armed men beside the attack ("raided the village
    after a battle with police reservists", "a gunfight with the guards"): the side
    attacked fought back, so the attack was a clash (ACLED), whatever else it hit. The
    fight is with others than the attackers: a state force's fight counts only with
    non-state armed men ("police raided homes after a clash with residents and
    officers" tells no one fighting the police)."""
    doers = sides_of(trig).doers
    armed = NON_STATE_NOUNS if state else _ARMED_PEOPLE - doers
    for token in trig.token.sent:
        if lemma(token) not in _FIGHT_NOUNS or token.pos_ != "NOUN":
            continue
        sides = [
            word
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ == "with"
            for head in prep.children
            if head.dep_ == "pobj"
            for member in (head, *head.conjuncts)
            for word in (member, *(c for c in member.children if c.dep_ in _MODIFIERS))
        ]
        if any(lemma(w) in armed for w in sides):
            return True
    return False


_FIGHT_NOUNS = words("battle fight gunfight firefight shootout skirmish clash")


def _members_named(roles: Roles, trig: Trigger) -> bool:
    """ "Five SLDF members shot dead", "two suspected Mungiki members killed": the dead
    are named as members of an armed group (a rebel group or a militia, not a party),
    so the killing was a fight with it."""
    mention = roles.actor1
    if mention is None or not roles.actor1_parsed or mention.actor.inter not in _ARMED_GROUPS:
        return False
    if _PARTY.search(mention.actor.name):
        return False
    return any(
        c.dep_ == "nsubj"
        and lemma(c) in _MEMBERS
        and mention.text in c.doc[c.left_edge.i : c.right_edge.i + 1].text
        for c in trig.token.children
    )


_ARMED_GROUPS = frozenset({Inter.REBEL, Inter.POLITICAL_MILITIA})
# its suspects too: "two ELF suspects shot dead"
_MEMBERS = words("member fighter militant adherent follower cadre suspect")
# Parties are political actors whose members are civilians (ACLED).
_PARTY = re.compile(
    r"\b(?:party|parties|democratic|congress|alliance|union|coalition|league)\b", re.IGNORECASE
)


# A station, post or convoy may be a polling station, a trading post, a governor's
# convoy: only its armed modifier ("police post", "army convoy") makes it armed.
_ARMED_TARGETS = ARMED_NOUNS - words("station post convoy")


def _headline_passive(trig: Trigger) -> bool:
    """A death told without its killer: "X killed", "X shot dead" (no object, no by)."""
    token = trig.token
    if trig.kind != "kill" or lemma(token) not in _DEATH_VERBS:
        return False
    # all its conjuncts share the object or the agent: "shot and killed a teacher", "one
    # was stabbed and killed and another stabbed and wounded by raiders"
    verbs = [token, *token.conjuncts]
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        return False
    return not any(
        c.dep_ in {"dobj", "agent"} or (c.dep_ == "prep" and c.lower_ in _AIMED)
        for verb in verbs
        for c in verb.children
    )


_DEATH_VERBS = words("kill shoot murder")
_AIMED = words("by at upon")  # "shot at the crowd": the subject fired


def suspects_harmed(trig: Trigger) -> bool:
    """ "gunned down two men suspected of looting", "shot a man wanted for murder":
    those harmed are named as suspects by what they are said to have done, as "suspected
    robbers" names them by a noun."""
    _, targets = triggerparse.arguments(trig.token)
    heads = [t for head in targets for t in (head, *head.conjuncts)]
    return any(_suspected(c) for head in heads for c in head.children if c.dep_ == "acl")


def _suspected(participle: Token) -> bool:
    """ "suspected of X", "suspected to have done X", "wanted for X", "wanted by police"."""
    if participle.tag_ != "VBN" or lemma(participle) not in _SUSPECTED:
        return False
    name = lemma(participle)
    return any(
        (c.dep_ in {"prep", "agent"} and c.lower_ in _SUSPECTED[name])
        or (c.dep_ == "xcomp" and name == "suspect")  # "suspected to have stolen"
        for c in participle.children
    )


# "suspected of", "wanted for", "wanted by the police"
_SUSPECTED = {"suspect": words("of"), "want": words("for by over")}


# Vehicles a crowd burns on the road: buses, trucks, auto-rickshaws, a train's coaches.
_VEHICLES = words(
    "bus minibus truck lorry vehicle car van jeep rickshaw auto-rickshaw auto tempo hauler"
    " matatu motorcycle motorbike bike tanker trailer train bogie coach tractor"
)
_BURNT = words("dobj nsubjpass nsubj pobj conj appos")


def vehicles_burnt(trig: Trigger) -> bool:
    """ "Assailants torched a bus", "two trucks were set ablaze", "set fire to three
    vehicles": vehicles burnt on the road, the unrest of a blockade or a strike (ACLED
    codes it a riot, not property destruction)."""
    token = trig.token
    if trig.kind != "loot" or lemma(token) in _PLUNDER:
        return False
    heads = [c for c in token.children if c.dep_ in _BURNT]
    heads += [g for c in token.children if c.dep_ == "prep" for g in c.children]
    heads += [g for h in heads for g in h.conjuncts]
    return any(lemma(h) in _VEHICLES for h in heads)


_PLUNDER = words("loot plunder ransack")


_DEMONSTRATORS = DEMONSTRATORS | words("agitator")
_WHILE = words("when while as during amid")


def demonstrators_arrested(arrest: Trigger) -> bool:
    """Demonstrators arrested at what they were doing: "arrested 40 protesters when
    they tried to lay siege to the office", "during the march"."""
    if not sides_of(arrest).targets & _DEMONSTRATORS:
        return False
    for child in arrest.token.children:
        if child.dep_ == "advcl" and any(m.lower_ in _WHILE for m in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ in _WHILE:
            return True
    return False
