"""Violence words with no one in them: the figurative senses general news is full of.

Conflict notes name who fought, who was hurt or what burned. A page about software,
sport, health or politics uses the same words for other things: "the company fought the
city over a tax", "antioxidants fight free radicals", "the code executes a request",
"burning less coal", "a battle pass", "the analysis demonstrates that", "rallying around
a new release". Coding those as events is the noise GDELT is known for.

`idle` drops a fight, attack, killing, destruction or takeover trigger that involves no
one. It is kept when the sentence holds an actor the actor table knows; an armed,
civilian, crowd or property noun; a casualty, wound or weapon word; a count of people
("two were killed"); a place it happened at ("fighting near <town>"); two sides
("clashes between ..."); a named person or people, or "he", "she" or "they", as its
doer or target; or when it is an incident told before ("the clash"). A verb whose
object or complement is no one ("fought redlining", "fought to acquire a painting",
"executed the request") is idle all the same. Explosions, shelling, air strikes,
abductions and arrests are left alone: their sentences often name no one ("a rocket hit
the airport"). The coder skips the test for a sentence that follows a coded event,
whose fight word may go on with that event's people.

`cyber` drops attacks and strikes on computers ("ransomware attacks on city
governments", "a cyberattack hit the ministry's servers"): ACLED codes no cyber
operations.

`figurative_protest` reads the two protest verbs that also mean something else:
"rally" with an object or "around" ("rally support", "rallying around a leader"), and
"demonstrate" with an object, a clause or "that" ("the study demonstrates that ...")
when no people or organisation do it and it is not against, over, outside, at or in
something.
Pure functions of one parsed sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwire import cues
from eventwire.cues import words
from eventwire.records import ActorMention
from eventwire.triggerparse import arguments
from eventwire.triggers import Trigger, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["cyber", "figurative_protest", "idle"]

# Kinds whose words have everyday figurative senses (fight, attack, kill, burn, take).
_IDLE_KINDS = frozenset({"clash", "attack", "kill", "loot", "territory"})
# Someone or something an incident's doer or target can be, beside the cue lists.
_PARTIES = cues.PEOPLE_NOUNS | words(
    "tyre tire vehicle car truck lorry shop office property building store kiosk crop"
    " granary station hut livestock cattle goat camel animal orphanage hotel bar restaurant"
    " bank factory farm mall shrine temple ballot delegate thousands hundreds dozens scores"
)
# Harm anywhere in the sentence: deaths, wounds, bodies, weapons.
_HARMS = (
    cues.DEATH_LEMMAS
    | cues.WEAPON_NOUNS
    | words(
        "injure injury wound wounded hurt casualty fatality victim body corpse hostage captive"
        " gun rifle pistol firearm machete knife arrow spear bullet shot gunshot killing"
        " displace flee robbery head neck chest leg stomach thigh"
    )
)


def idle(trigger: Trigger, mentions: Sequence[ActorMention], placed: bool = False) -> bool:
    """A fight, attack, killing, destruction or takeover that involves no one (see the
    module docstring); `placed` says a place was found in the sentence."""
    if trigger.kind not in _IDLE_KINDS or mentions or _told_before(trigger.token):
        return False
    token = trigger.token
    if any(t.i != token.i and _party(t) for t in token.sent):
        return False
    if (placed and token.pos_ == "NOUN" and trigger.kind == "clash") or _placed(token):
        return False  # "fighting took place near <town>"
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in token.children):
        return False  # "clashes between the two camps"
    if _figurative_object(token):
        return True
    doers, targets = arguments(token)
    return not any(_someone(h) for h in [*doers, *targets])


def _figurative_object(token: Token) -> bool:
    """A verb whose object or complement is no one: "fought redlining", "fought to
    acquire a painting", "battle cancer", "executed the request", "killed the bill"."""
    if token.pos_ != "VERB" or any(c.dep_ == "nsubjpass" for c in token.children):
        return False  # a passive's "object" is a misparse ("were killed elswhere")
    return any(
        c.dep_ == "xcomp" or (c.dep_ == "dobj" and not _someone(c) and lemma(c) not in _PARTIES)
        for c in token.children
    )


def _someone(token: Token) -> bool:
    return _named_or_told(token) or _agent_noun(token) or _party(token)


def _placed(token: Token) -> bool:
    """ "Fighting occurred in <place>", "parties clashed in <town>", "raids had persisted
    in the area": a fight or raid in a sentence that places something is an incident
    somewhere, not a figure of speech."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in _AT
        and any(g.ent_type_ in _PLACES or lemma(g) in cues.PLACE_NOUNS for g in c.children)
        for c in token.sent
    )


_AT = frozenset({"in", "at", "near", "around", "across", "outside", "inside"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _agent_noun(token: Token) -> bool:
    """A common noun for people by what they do: "squatters", "herders", "loyalists"."""
    return token.pos_ == "NOUN" and lemma(token).endswith(cues.AGENT_ENDINGS)


def _named_or_told(token: Token) -> bool:
    """A named person or people ("Smith", "Somalis"), or people told before ("they
    were killed elsewhere", "then hacked them")."""
    if token.ent_type_ in {"PERSON", "NORP"}:
        return True
    return token.pos_ == "PRON" and token.lower_ in _THIRD_PERSON


_THIRD_PERSON = frozenset({"he", "him", "she", "her", "they", "them"})


def _told_before(token: Token) -> bool:
    """ "The clash was over land", "this killing sparked protests": an incident the
    text has told, its doers and victims in an earlier sentence."""
    return token.pos_ == "NOUN" and any(
        c.dep_ in {"det", "poss"} and c.lower_ in _DEFINITE for c in token.children
    )


_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their"})


def _party(token: Token) -> bool:
    """Someone or something an incident involves: "gunmen", "villagers", "houses",
    "bodies", "guns", or a count of people ("two were killed")."""
    word = lemma(token)
    if word in _PARTIES or word in _HARMS or token.lower_ in _PARTIES:
        return True
    if token.pos_ != "NUM" or _year(token) or "." in token.text:
        return False  # not a count of people: a year, "version 3.5"
    return token.dep_ != "nummod" or token.head.pos_ != "NOUN"  # not "two monkeys"


def _year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and token.text[:2] in {"19", "20"}


_RALLY_PREPS = frozenset({"around", "behind", "round"})
_PROTEST_PREPS = frozenset({"against", "over", "outside", "at", "in"})


def figurative_protest(trigger: Trigger) -> bool:
    """ "The data demonstrate that ...", "cases demonstrating the range", "rally
    support", "rallying around the new version": no demonstration. "Rally" with an
    object or "around" never is one; "demonstrate" is one when people or a named
    organisation do it, or do it against, over, outside, at or in something."""
    token = trigger.token
    if token.pos_ != "VERB":
        return False
    word = lemma(token)
    if word == "rally":
        return any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in _RALLY_PREPS)
            for c in token.children
        )
    if word != "demonstrate":
        return False
    subjects = [c for v in (token, token.head) for c in v.children if c.dep_ == "nsubj"]
    if any(_someone(c) or c.ent_type_ == "ORG" for c in subjects):
        return False  # "students demonstrated their anger", "hundreds demonstrated"
    if any(c.dep_ == "prep" and c.lower_ in _PROTEST_PREPS for c in token.children):
        return False  # "demonstrated outside the ministry over pay"
    after = token.doc[token.i + 1 : token.i + 4]
    objects = any(c.dep_ in {"dobj", "ccomp"} for c in token.children)
    return objects or any(t.lower_ in {"that", "how"} for t in after)


# What makes an attack one on computers: ACLED codes no cyber operations.
_CYBER = words(
    "cyber cyberattack cyberattacks cybersecurity ransomware malware hacker hackers hacking"
    " phishing ddos botnet spyware"
)
_CYBER_KINDS = frozenset({"attack", "strike", "clash", "bomb"})


def cyber(trigger: Trigger) -> bool:
    """An attack or strike on computers: "ransomware attacks on city governments"."""
    if trigger.kind not in _CYBER_KINDS:
        return False
    return any(t.lower_ in _CYBER or t.lower_.startswith("cyber") for t in trigger.token.sent)
