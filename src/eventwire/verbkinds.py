"""Trigger kinds that only a verb carries: words that report an incident as verbs and
name a thing as nouns.

- "injured by rioters", "wounded by armed rustlers", "gunmen wounded two herders": a
  harm with its doer named (an agent, or a subject hurting an object) is an attack (a
  toll alone, "five were injured", is no trigger, nor an incident's or a mishap's,
  "clashes injured five", "the accident injured four");
- "villagers blocked the officials from entering", "residents blocked access to the
  hall": a crowd keeping someone out is a demonstration (blocked roads are
  `triggerphrases`);
- "youths stoned passing vehicles": stoning is an attack, while "stones" alone is a
  thing thrown (read as a crowd's violence by `cues.VIOLENT_CROWD`);
- "students smashed windows", "the crowd shattered the glass doors": smashing is
  property destruction (a crowd doing it riots, `subtypes`), while "a smash" is not.

- "the bodies of the clerk, his driver and a guard were found", "twelve bodies collected
  near the market": bodies found are a killing, however long the words between;

- "police chased the protesters", "officers scattered the crowd": the force breaking
  up a crowd, as "dispersed" (a protest met by intervention, `subtypes`); "a crowd
  chased the county official out of the hall", "residents chased police off": a
  crowd's violence; "troops chased the militants into the forest": a clash. Chasing
  anyone else ("chased the bus", "chased a dream") is no incident.

`verb_kind` is asked by `triggers.find_triggers` for every verb, noun or adjective
that is no trigger by its lemma. Pure function of a parsed token.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.cues import CROWD_NOUNS, MOB_NOUNS, NON_STATE_NOUNS, STATE_NOUNS, words

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["verb_kind"]

_HURT_LEMMAS = frozenset({"injure", "wound", "hurt"})
_VERB_KINDS = {"stone": "attack", "smash": "loot", "shatter": "loot"}


def verb_kind(token: Token) -> str:
    """The trigger kind of a verb that is no trigger as a noun, or ""."""
    if token.pos_ != "VERB" and not _misread_verb(token):
        return ""
    word = token.lemma_.lower()
    if word in _HURT_LEMMAS:
        return "attack" if _doer_named(token) else ""
    if word in _FOUND_LEMMAS:
        return "kill" if _bodies_found(token) else ""
    if word in _CHASE_LEMMAS:
        return _chase_kind(token)
    if word in _BLOCK_LEMMAS:
        return "protest" if _crowd_kept_out(token) else ""
    return _VERB_KINDS.get(word, "")


def _misread_verb(token: Token) -> bool:
    """ "Troops chase the rebels into the hills": a note's present-tense verb the tagger
    took for a noun, though the parse makes it the sentence's root with a subject."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" for c in token.children)
    )


# Bodies found, however long the phrase naming whose they are ("the bodies of the clerk,
# his driver and a guard were found"): a killing (`triggerphrases` reads the short ones);
# mishaps are left to `mishaps`, as for any killing.
_FOUND_LEMMAS = words("find discover recover dump collect retrieve exhume")
_BODIES = words("body corpse")


def _bodies_found(verb: Token) -> bool:
    """ "The bodies of ... were found", "twelve bodies collected near the market"."""
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in _BODIES:
        return verb.head.pos_ == "NOUN"
    return any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _BODIES for c in verb.children)


_CHASE_LEMMAS = words("chase scatter")
_FORCES = STATE_NOUNS | words("force officer policeman policemen askari guard ranger")
_CROWDS = CROWD_NOUNS | MOB_NOUNS | words("marcher picketer group")
# People a crowd chases off: the forces, officials, candidates, armed men.
_CHASED_BY_CROWDS = (
    _FORCES
    | NON_STATE_NOUNS
    | words("official chief councillor administrator candidate aspirant politician leader")
    | words("minister governor legislator mp mca agent thief suspect robber")
)


_BLOCK_LEMMAS = words("block barricade")
# People who block as a crowd: crowds, and ordinary people of one trade or place.
_BLOCKERS = _CROWDS | words(
    "worshipper congregant trader vendor hawker farmer herder worker parent tenant squatter people"
)
# What a crowd blocks besides roads (those are `triggerphrases`): a way in, or what
# moves or is built ("farmers blocked the trains", "residents blocked construction").
_WAYS_IN = words("access entry entrance gate gates door doors")
_GOINGS = words(
    "traffic train vehicle movement convoy lorry truck bus construction work official"
    " officer delegation"
)
# "Hundreds of villagers blocked ...": a count whose "of" names the crowd.
_COUNTS = words("hundred thousand dozen score group number")


def _crowd_kept_out(verb: Token) -> bool:
    """ "Villagers blocked the officials from entering", "traders blocked access to the
    market": a crowd keeping someone out is a demonstration. Blocking a bill, a deal or
    a view is not; nor is anyone else's blocking (police blocking the marchers)."""
    subject = _subject(verb)
    # "a candidate and his supporters blocked ...": a crowd among those named
    named = [subject, *subject.conjuncts] if subject is not None else []
    if not any(_counted(s).lemma_.lower() in _BLOCKERS for s in named):
        return False
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        if child.lemma_.lower() in _WAYS_IN | _GOINGS:
            return True
        kept = any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)
        if kept and child.pos_ in {"NOUN", "PROPN"}:
            return True
    return False


def _subject(verb: Token) -> Token | None:
    """The verb's subject, the first conjunct's ("shut the shops and blocked ...") or the
    governing verb's ("continued to block"); a count's crowd ("hundreds of villagers")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return _counted(subject)
        if verb.dep_ not in {"conj", "xcomp"} or verb.head is verb:
            return None
        verb = verb.head


def _counted(subject: Token) -> Token:
    if subject.lemma_.lower() not in _COUNTS:
        return subject
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    crowd = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return crowd or subject


def _chase_kind(verb: Token) -> str:
    """The kind of a chase between forces, crowds and armed men, or ""."""
    doer, chased = _doer_and_chased(verb)
    if doer in _FORCES and chased in _CROWDS:
        return "protest"
    if doer in _CROWDS and chased in _CHASED_BY_CROWDS:
        return "riot"
    if doer in _FORCES | NON_STATE_NOUNS and chased in NON_STATE_NOUNS | _FORCES:
        return "clash"
    return ""


def _doer_and_chased(verb: Token) -> tuple[str, str]:
    """The lemmas of who chased and who was chased, active or passive ("" if unnamed).
    A chase told as another act's purpose has that act's doer: "the officers shot
    overhead, to scatter the marchers" (the officers scattered them)."""
    doer = chased = ""
    for child in verb.children:
        if child.dep_ == "nsubj":
            doer = child.lemma_.lower()
        elif child.dep_ in ("dobj", "nsubjpass"):
            chased = child.lemma_.lower()
        elif child.dep_ == "agent":
            doer = next((g.lemma_.lower() for g in child.children if g.dep_ == "pobj"), doer)
    if not doer and _purpose(verb):
        doer = next((c.lemma_.lower() for c in verb.head.children if c.dep_ == "nsubj"), "")
    return doer, chased


def _purpose(verb: Token) -> bool:
    """The verb is the infinitive of another's purpose: "fired ... to scatter them"."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return to and verb.dep_ in {"xcomp", "advcl"} and verb.head is not verb


def _doer_named(verb: Token) -> bool:
    """The hurt has a doer: a passive's agent, or an active subject that hurt an object
    and is no incident, mishap or thing ("clashes injured five", "the crash injured
    four", "debris hurt two")."""
    deps = {c.dep_: c for c in verb.children}
    if "agent" in deps:
        return True
    subject = deps.get("nsubj")
    return subject is not None and "dobj" in deps and subject.lemma_.lower() not in _NO_DOERS


# Subjects that hurt people but are no doer: an incident whose toll it is ("clashes
# injured five": the clash is the event), an accident, nature, falling things.
_NO_DOERS = frozenset(
    "clash fighting fight violence battle skirmish unrest riot chaos melee explosion blast"
    " accident crash collision stampede fire flood storm lightning collapse debris wall roof"
    " building vehicle car bus lorry truck tree it this that which".split()
)
