"""Trigger words in their other senses: names, modifiers, trade, sport and police blotters.

General news reuses the words conflict notes are coded from. `other_sense` drops a
trigger that reads, by its syntax, as something other than an incident:

- a word inside a name ("Storm Harbour FC", "Ada Lynch"), or the month "March 4";
- a word that only modifies another noun that is no incident, party or weapon ("a
  rocket engine", "the blast radius", "protest songs", "arrest reports", "exploding
  stars"), and a shell with a maker's or cook's modifier ("a sugar shell");
- a strike with a natural modifier ("lightning strikes"), and the noun "storm" with a
  determiner or an adjective ("an early storm");
- "blasted" someone (criticised them), and "bombed" or "rocketed" with no object
  (failed, soared);
- an arrest for ordinary crime ("arrested for shoplifting", "for drunk driving"),
  which ACLED does not code;
- a deal or agreement signed with no conflict in it ("signed a deal to buy a mill");
  a "split from" with no group or armed party;
- "demo" with no people, place or cause (a software or product demo), and a bare
  plural "protests" with no people, place, date or number (protests in general);
- a confiscation of something that is no weapon, and weapons found by "I" or "you"
  (a game or a story);
- a fall, entry or move "into" something that is no place ("fell to her knees").

Pure functions of one parsed sentence and its actor mentions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from eventwire import cues
from eventwire.cues import words
from eventwire.records import ActorMention
from eventwire.triggers import LEMMAS, Trigger, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["other_sense"]

# Nouns a trigger word may modify and still report an incident: "bomb attack", "riot
# police", "protest march", "rocket fire", "arrest operation".
_INCIDENT_HEADS = frozenset(LEMMAS) | words(
    "fire attack launcher round barrage salvo site scene action meeting procession victim"
    " operation crackdown swoop campaign threat explosion blast squad strike drill"
)
_MODIFIER_KINDS = words("bomb shell strike protest riot arrest grenade")
_STAGED = words("stage hold conduct organise organize launch begin mount start call lead")
_SHELL_MODS = words("mortar artillery tank gun cannon howitzer stray rocket explosive heavy")
_STRIKE_MODS = words("lightning bird")
# Offences ACLED leaves to police blotters: no political actor, no conflict.
_CRIMES = words(
    "theft battery burglary shoplifting trespass trespassing dui dwi fraud embezzlement"
    " larceny speeding driving possession warrant violating violation prostitution"
    " solicitation forgery"
)
_CONFLICT = words(
    "peace ceasefire cease-fire truce war conflict fighting armed rebel militia insurgent"
    " militant clan tribe community security border violence hostility dispute"
)
_NAMED = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"})
_GROUND = words("hand control")


def other_sense(
    trigger: Trigger, mentions: Sequence[ActorMention], placed: bool, follows: bool = False
) -> bool:
    """True when the trigger word is used in a sense that reports no incident (see the
    module docstring); `placed` says a place was found in the sentence, `follows` that
    an event was coded just before (the deal, demo or protests may be that event's)."""
    tests: tuple[Callable[[Trigger], bool], ...] = (
        _in_name,
        _modifier,
        _kitchen_shell,
        _weather_strike,
        _criticised,
        _ordinary_arrest,
        _misplaced_move,
        _found_in_play,
        _not_weapons,
    )
    if any(test(trigger) for test in tests):
        return True
    if mentions or follows:
        return False
    return _plain_deal(trigger) or _product_demo(trigger, placed) or _in_general(trigger, placed)


def _in_name(trigger: Trigger) -> bool:
    """ "Fans of Storm Harbour FC", "said Ada Lynch", "on March 4": a word that names
    another thing, a person or a month (a march's own name, "the Long March", is still a
    march). A sentence's first word is left alone: headlines capitalise every word."""
    token = trigger.token
    if token.lower_ == "march" and token.i + 1 < len(token.doc) and token.nbor().like_num:
        return True
    if token.i == token.sent.start or not token.text[:1].isupper():
        return False
    if token.ent_type_ == "PERSON":
        return True
    head = token.head
    return token.pos_ == "PROPN" and token.dep_ == "compound" and head.pos_ == "PROPN"


def _modifier(trigger: Trigger) -> bool:
    """ "A rocket engine", "the blast radius", "arrest reports", "exploding stars": the
    word, just before the noun it describes, describes a thing that is no incident, party
    or weapon, in a sentence with no party in it."""
    token = trigger.token
    if trigger.kind not in _MODIFIER_KINDS or not _just_before(token):
        return False
    head = token.head
    if any(lemma(a) in _STAGED for a in token.ancestors):
        return False  # "staged a protest outsde the gate": a misspelt word, not a noun
    if token.dep_ == "npadvmod" and head.pos_ in {"ADJ", "VERB"}:
        return trigger.kind == "protest"  # "a rally-inspired design"
    if token.dep_ not in {"compound", "amod", "nmod"} or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    word = lemma(head)
    if word in _INCIDENT_HEADS or word in cues.WEAPON_NOUNS:
        return False
    crowd = trigger.kind in {"protest", "riot", "arrest"}
    return not any(_people(t, crowd) for t in token.sent)


def _people(token: Token, agents: bool) -> bool:
    """People or a group ("villagers protest poor roads" is often misparsed, the verb
    read as a noun); with `agents`, any plural for people by what they do ("shippers")."""
    word = lemma(token)
    if agents and token.tag_ in {"NNS", "NNPS"} and word.endswith(cues.AGENT_ENDINGS):
        return True
    return word in cues.PEOPLE_NOUNS or token.lower_.rstrip("s") in cues.PEOPLE_NOUNS


def _party(token: Token) -> bool:
    """People, a group, a place or a weapon an incident could involve."""
    return _people(token, agents=False) or lemma(token) in _THINGS


_THINGS = cues.PLACE_NOUNS | cues.WEAPON_NOUNS


def _just_before(token: Token) -> bool:
    """The token's head follows it at once, or across a hyphen ("rally-inspired")."""
    gap = token.head.i - token.i
    if gap == 1:
        return True
    return gap == 2 and not token.whitespace_ and token.nbor().text == "-"


def _kitchen_shell(trigger: Trigger) -> bool:
    """ "A sugar shell", "an egg shell": a shell with a modifier that is no gun's."""
    token = trigger.token
    if lemma(token) != "shell" or token.pos_ != "NOUN":
        return False
    mods = [c for c in token.children if c.dep_ in {"compound", "nmod"}]
    return any(lemma(c) not in _SHELL_MODS for c in mods)


def _weather_strike(trigger: Trigger) -> bool:
    """ "Lightning strikes", "bird strikes", "a winter storm": weather, no weapon. A storm
    that is an attack is a verb ("gunmen stormed the hotel")."""
    token = trigger.token
    if lemma(token) == "storm" and token.pos_ == "NOUN":
        return any(c.dep_ in {"det", "amod"} for c in token.children)  # not "crowds storm"
    return trigger.kind == "strike" and any(
        c.dep_ in {"compound", "amod"} and lemma(c) in _STRIKE_MODS for c in token.children
    )


def _criticised(trigger: Trigger) -> bool:
    """ "Senators blasted him": criticised. "The sequel bombed", "sales rocketed": failed
    or soared, with no object, no one bombed and no place bombed."""
    token = trigger.token
    if token.pos_ != "VERB" or lemma(token) not in {"blast", "bomb", "rocket"}:
        return False
    deps = {c.dep_ for c in token.children}
    if lemma(token) in {"bomb", "rocket"}:  # not "a shop bombed" (a headline's passive)
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        return (
            bool(subjects)
            and deps <= _BARE
            and not cues.AERIAL.search(token.sent.text)
            and not any(_party(c) for c in subjects)
        )
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return any(c.ent_type_ in {"PERSON", "ORG"} or c.lower_ in _PRONOUNS for c in objects)


_PRONOUNS = words("him her them me us you")
# A verb with nothing but these has no object, place, clause or complement.
_BARE = frozenset({"nsubj", "aux", "auxpass", "advmod", "punct", "neg", "cc", "npadvmod"})


def _ordinary_arrest(trigger: Trigger) -> bool:
    """ "Arrested for shoplifting", "for violating a court order": ordinary crime."""
    token = trigger.token
    if trigger.kind != "arrest":
        return False
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"):
        if any(lemma(t) in _CRIMES or t.lower_ in _CRIMES for t in prep.subtree):
            return True
    return False


def _misplaced_move(trigger: Trigger) -> bool:
    """ "The curtain fell to the floor", "scores entered into a spreadsheet", "chairs
    moved into the hall": a fall, entry or move into no place."""
    token = trigger.token
    if not trigger.rule.startswith("phrase:territory") or lemma(token) not in _MOVES:
        return False
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in {"to", "into"}]
    ends = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return bool(ends) and not any(_ground(g) for g in ends)


_MOVES = words("fall move enter push advance")


def _ground(token: Token) -> bool:
    return (
        token.ent_type_ in _NAMED
        or token.pos_ == "PROPN"
        or lemma(token) in cues.PLACE_NOUNS
        or lemma(token) in _GROUND
        or lemma(token) in LEMMAS  # "entered into a battle": a fight, not a move
        or _party(token)
    )


def _found_in_play(trigger: Trigger) -> bool:
    """ "In level two you find extra ammunition": a game's or a story's finds."""
    if trigger.kind != "weapons":
        return False
    subjects = [c for c in trigger.token.children if c.dep_ == "nsubj"]
    return any(c.lower_ in {"i", "you"} for c in subjects)


def _not_weapons(trigger: Trigger) -> bool:
    """ "Confiscate their phones": a confiscation of no weapon."""
    token = trigger.token
    if lemma(token) != "confiscate":
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(objects) and not any(
        lemma(o) in cues.WEAPON_NOUNS or lemma(o) in _ARMS for o in objects
    )


_ARMS = words("gun rifle pistol firearm machete knife bullet round cartridge")


def _plain_deal(trigger: Trigger) -> bool:
    """ "The firm signed a deal to lease offices", "split from the band": an agreement
    or a split with no conflict, no group, no state and no armed party in it."""
    if trigger.kind not in {"agreement", "change"} or not trigger.rule.startswith("phrase:"):
        return False
    if trigger.kind == "change" and lemma(trigger.token) != "split":
        return False
    sent = trigger.token.sent
    return not any(lemma(t) in _CONFLICT or _party(t) or _state(t) for t in sent)


def _state(token: Token) -> bool:
    """A government or a country: states sign agreements ACLED codes."""
    return lemma(token) in cues.STATE_NOUNS or token.ent_type_ in {"GPE", "NORP"}


def _product_demo(trigger: Trigger, placed: bool) -> bool:
    """ "This demo only runs on new cards", "product demos": a demo with no people,
    place or cause."""
    token = trigger.token
    if token.lower_ not in {"demo", "demos"} or placed:
        return False
    return not any(_party(t) or t.lower_ in {"against", "over"} for t in token.sent)


def _in_general(trigger: Trigger, placed: bool) -> bool:
    """ "Noisy protests about rents are pushing councils to act": protests in general, a
    bare plural doing something in the present tense, with no people, place, date or
    number in the sentence."""
    token = trigger.token
    if trigger.kind != "protest" or token.tag_ != "NNS" or placed or token.dep_ != "nsubj":
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} for c in token.children):
        return False
    verb = token.head
    tenses = [verb, *(c for c in verb.children if c.dep_ == "aux")]
    if not any(t.tag_ in {"VBP", "VBZ"} for t in tenses):
        return False
    return not any(t.ent_type_ in _SET_ENTITIES or _party(t) for t in token.sent)


_SET_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "GPE", "LOC", "FAC"})
