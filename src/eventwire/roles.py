"""Roles: who did what to whom in one sentence, as ACLED codes the actors.

`read_roles` maps the doers and the targets of a trigger (from the dependency parse)
onto the actor mentions of the actors stage. Where the parse names no doer, actor1 is
the nearest armed mention that is neither a target nor a source: the police who "said"
something report the event, and the patrol a grenade was "hurled at", the officers who
"died" or the convoy a bomb "hit" suffered it (ACLED codes the attacked side as actor2).
A pronoun doer under a verb of saying is the speaker ("Al-Shabaab said it carried out").
A party's candidates or supporters harmed ("attacked an ODM candidate") are civilians,
the party an associate of actor2.

`claimant` takes the armed actor that claims or is credibly blamed for an attack as its
actor1, as ACLED does (the claims themselves are read by `eventwire.claims`).

ACLED's conventions per event type are applied to the roles read here by
`eventwire.actorconventions.final_roles`.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from eventwire import cues, triggerparse, triggers
from eventwire.claims import PRONOUNS, SAY, SAYERS, claimed_heads
from eventwire.communities import RIVALS
from eventwire.cues import words
from eventwire.records import Actor, ActorMention, Inter, Parse
from eventwire.tollvictims import victims
from eventwire.triggerparse import ALLEGING
from eventwire.triggers import Trigger, lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "ARMED",
    "Roles",
    "civilians_hurt",
    "claimant",
    "read_roles",
    "reciprocal",
    "targets_armed",
    "targets_civilians",
    "victim_words",
]

ARMED = frozenset(
    {Inter.STATE, Inter.REBEL, Inter.POLITICAL_MILITIA, Inter.IDENTITY_MILITIA, Inter.EXTERNAL}
)
_NON_STATE = frozenset({Inter.REBEL, Inter.POLITICAL_MILITIA, Inter.IDENTITY_MILITIA})
_DEMONSTRATIONS = frozenset({"Protests", "Riots"})
_CROWDS = frozenset({Inter.PROTESTERS, Inter.RIOTERS})
_VIOLENT = cues.VIOLENT_KINDS
_HARM = _VIOLENT | {"abduct", "sexual"}
_CIVILIAN_TARGETS = frozenset({"Violence against civilians", "Explosions/Remote violence"})

# Verbs whose object or "at/on" phrase is the target of the violence.
_HIT = words("hit target strike hurl throw fire lob aim ambush attack bomb shell storm raid")
_AT = words("at on upon against into toward towards")


@dataclass(frozen=True, slots=True)
class Roles:
    """Who did what to whom in one sentence, as actor mentions.

    `actor1_parsed` says actor1 came from the parse, not from the nearest mention;
    `target_words` are the lemmas of the targets and victims (civilian or armed?).
    Protests take the intervening force from `mentions` when the parse missed it.
    `doer_words` (lemmas of the doers) tell state forces, crowds and weapons
    ("artillery pounded") when no actor was named.
    """

    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    assoc1: tuple[ActorMention, ...] = ()
    assoc2: tuple[ActorMention, ...] = ()
    actor1_parsed: bool = False
    target_words: frozenset[str] = frozenset()
    mentions: tuple[ActorMention, ...] = ()  # every actor mention of the sentence
    doer_words: frozenset[str] = frozenset()


def read_roles(found: Sequence[Trigger], parse: Parse, mentions: Sequence[ActorMention]) -> Roles:
    """actor1/actor2 (and associates) of the main trigger, mapped onto actor mentions."""
    ranked = sorted(found, key=lambda t: (t.kind != "territory", t.kind not in _VIOLENT))
    anchor = ranked[0].token
    doers, targets = triggerparse.arguments(anchor)
    doers = [_speaker(d) for d in doers]
    actor2, assoc2 = _pick(targets, parse.offset, mentions)
    used = {id(m) for m in (actor2, *assoc2) if m is not None}
    free = [m for m in mentions if id(m) not in used]
    actor1, assoc1 = _pick(doers, parse.offset, free)
    if actor1 is not None and actor1.actor.inter == Inter.CIVILIANS and ranked[0].kind in _HARM:
        # ACLED never codes civilians as the perpetrators of violence: "3 civilians
        # killed during a raid" has them as victims, and the raiders as actor1.
        actor2, actor1, assoc1 = actor2 or actor1, None, ()
    if ranked[0].kind in _HARM:
        actor2, assoc1, assoc2 = civilians_hurt(actor2, assoc1, assoc2)
    parsed = actor1 is not None
    heads = _heads(anchor.doc)
    struck = _overlapping(heads.struck, parse.offset, mentions)
    said = _overlapping(heads.said, parse.offset, mentions)
    if actor1 is None and not _unnamed_doer(doers):
        nearby = [m for m in free if id(m) not in struck | said and not _crowd_not_force(doers, m)]
        actor1 = _nearest(anchor, parse.offset, nearby)
    if actor2 is None:
        actor2 = next((m for m in mentions if id(m) in struck and m is not actor1), None)
    if (
        ranked[0].kind in _HARM
        and actor2 is not None
        and _party_people(actor2, [*targets, *heads.harmed])
    ):
        assoc2 = (actor2, *assoc2)
        actor2 = None
    parties = tuple(m for m in mentions if id(m) not in said or m in (actor1, actor2))
    return Roles(
        actor1,
        actor2,
        assoc1,
        assoc2,
        parsed,
        _phrase_words(targets) | victim_words(anchor.doc) | heads.harmed_words,
        parties,
        frozenset(lemma(t) for t in doers),
    )


def reciprocal(rule: str, roles: Roles) -> Roles:
    """ "X and Y clashed", "X and Y signed a deal": the second subject is the other side.

    A territory change with no named loser takes the opposing armed side named in the
    sentence ("seized the city after government troops withdrew"); a clash with no
    other side read from the parse takes the other armed actor the sentence names
    ("police pursued the raiders and exchanged fire"). Deaths beside a fight "between"
    two sides (`between-sides`) are that fight's clash: its dead are the sides' own, not
    civilians, and its second side is the other one the sentence names.
    """
    if rule == "between-sides":
        rule = "clash"
        if roles.actor2 is not None and roles.actor2.actor.inter == Inter.CIVILIANS:
            roles = dataclasses.replace(roles, actor2=None)
    if roles.actor2 is not None:
        return roles
    if rule in {"clash", "agreement"} and roles.assoc1:
        return dataclasses.replace(roles, actor2=roles.assoc1[0], assoc1=roles.assoc1[1:])
    if rule == "clash" and roles.actor1 is not None and _both_sides(roles.actor1):
        # "clashes between rival clans": ACLED codes the unnamed militia on both sides
        return dataclasses.replace(roles, actor2=roles.actor1)
    if (rule.startswith("territory") or rule == "clash") and roles.actor1 is not None:
        # a clash has two sides: the other armed actor the sentence names
        side = _side(roles.actor1.actor)
        taken = {m.actor.name for m in (roles.actor1, *roles.assoc1)}
        other = next(
            (
                m
                for m in roles.mentions
                if m.actor.inter in ARMED
                and m.actor.name not in taken
                and (rule == "clash" or _side(m.actor) != side)
            ),
            None,
        )
        return dataclasses.replace(roles, actor2=other)
    return roles


def civilians_hurt(
    actor2: ActorMention | None,
    assoc1: tuple[ActorMention, ...],
    assoc2: tuple[ActorMention, ...],
) -> tuple[ActorMention | None, tuple[ActorMention, ...], tuple[ActorMention, ...]]:
    """(actor2, assoc1, assoc2) of violence with civilians never beside the perpetrators:
    civilians a misread conjunction put among actor1's associates are the victims,
    actor2 or its associates."""
    hurt = tuple(m for m in assoc1 if m.actor.inter == Inter.CIVILIANS)
    if not hurt:
        return actor2, assoc1, assoc2
    assoc1 = tuple(m for m in assoc1 if m.actor.inter != Inter.CIVILIANS)
    if actor2 is None:
        actor2, hurt = hurt[0], hurt[1:]
    return actor2, assoc1, (*assoc2, *hurt)


# People a party or movement names who are civilians when harmed ("an ODM candidate").
_PARTY_PEOPLE = words(
    "candidate aspirant supporter official politician mp mca legislator lawmaker councillor"
    " councilor agent activist delegate"
)
# People an armed group's name only qualifies ("an Al Shabaab sympathiser", "a rebel
# commander's wife"): its sympathisers and its members' kin take no part in its fighting.
_KIN = words(
    "sympathiser sympathizer relative wife husband widow son daughter brother sister father"
    " mother family kin"
)


def _party_people(mention: ActorMention, targets: Sequence[Token]) -> bool:
    """ "attacked an ODM candidate", "beat up party supporters", "shot an Al Shabaab
    sympathiser": a party's people, or an armed group's sympathisers or kin, harmed are
    civilians (ACLED: Civilians, the group an associate of actor2), not its armed wing."""
    inter = mention.actor.inter
    harmed = _phrase_words(targets)
    if inter == Inter.POLITICAL_MILITIA and harmed & _PARTY_PEOPLE:
        return True
    return inter in _NON_STATE and bool(harmed & _KIN)


def _both_sides(mention: ActorMention) -> bool:
    """An unnamed ethnic or communal militia stands for both sides of its clash, and so
    do one people's rival groups ("rival Maasai groups clashed")."""
    actor = mention.actor
    if actor.inter != Inter.IDENTITY_MILITIA:
        return False
    return actor.name.startswith("Unidentified") or mention.text.lower().startswith(RIVALS)


def _side(actor: Actor) -> bool:
    """True for state (and foreign state) forces, False for everyone else."""
    return actor.inter not in _NON_STATE


def _speaker(token: Token) -> Token:
    """ "Al-Shabaab said it carried out": the pronoun is the one who said it."""
    if token.lower_ not in PRONOUNS:
        return token
    for ancestor in token.ancestors:
        if lemma(ancestor) in SAY:
            subject = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
            return subject if subject is not None else token
    return token


def _span(token: Token, offset: int) -> tuple[int, int]:
    """Character span of the phrase a token heads; a noun that governs the trigger
    ("a game warden gunned down by X") or what its people are suspected of ("two men
    suspected of killing an officer") ends at itself, so X stays out of it."""
    left, right = token.left_edge, token.right_edge
    if any(c.dep_ == "acl" and _ends_phrase(c) for c in token.children):
        right = token
    return offset + left.idx, offset + right.idx + len(right.text)


def _ends_phrase(participle: Token) -> bool:
    return lemma(participle) in ALLEGING or (participle.tag_ == "VBN" and _is_trigger(participle))


def _is_trigger(token: Token) -> bool:
    word = lemma(token)
    return word in triggers.LEMMAS or word in cues.DEATH_LEMMAS or word == "shoot"


def _pick(
    heads: Sequence[Token], offset: int, mentions: Sequence[ActorMention]
) -> tuple[ActorMention | None, tuple[ActorMention, ...]]:
    """The mention heading the first phrase, and other actors inside the phrases."""
    inside: list[ActorMention] = []
    for head in heads:
        start, end = _span(head, offset)
        here = offset + head.idx
        hits = [m for m in mentions if m.start < end and m.end > start]
        hits.sort(key=lambda m: (not (m.start <= here < m.end), abs(m.start - here)))
        inside.extend(m for m in hits if m not in inside)
    if not inside:
        return None, ()
    primary = _led_by(inside, heads[0].doc.text, offset)
    names = {primary.actor.name}
    assoc = []
    for mention in inside[1:]:
        if mention.actor.name not in names:
            names.add(mention.actor.name)
            assoc.append(mention)
    return primary, tuple(assoc)


# Between unnamed fighters and the group they belong to: "insurgents led by X",
# "gunmen loyal to X", "fighters of X", "militants from X".
_OF_GROUP = re.compile(
    r"\s*,?\s*(?:led by|loyal to|belonging to|affiliated (?:with|to)|commanded by|of|from)"
    r"\s+(?:the\s+)?",
    re.IGNORECASE,
)
_ARMED_GROUPS = (Inter.REBEL, Inter.POLITICAL_MILITIA, Inter.IDENTITY_MILITIA)


def _led_by(inside: Sequence[ActorMention], text: str, offset: int) -> ActorMention:
    """The phrase's actor: its head's, or, when the head names unnamed fighters, the
    armed group they are told to belong to ("insurgents led by X": X is the doer,
    as ACLED codes it)."""
    primary = inside[0]
    if not primary.actor.name.startswith("Unidentified Armed Group"):
        return primary
    for mention in inside[1:]:
        if mention.actor.inter in _ARMED_GROUPS and mention.start >= primary.end:
            gap = text[primary.end - offset : mention.start - offset]
            if _OF_GROUP.fullmatch(gap):
                return mention
    return primary


def _overlapping(heads: Iterable[Token], offset: int, mentions: Sequence[ActorMention]) -> set[int]:
    """Ids of the mentions inside the phrases headed by `heads`."""
    spans = [_span(h, offset) for h in heads]
    return {id(m) for m in mentions if any(m.start < e and m.end > s for s, e in spans)}


class _Heads(NamedTuple):
    """What the parse of a sentence says of all its triggers at once."""

    struck: tuple[Token, ...]  # targets, then those hurt (`_target_heads`, `_harmed_heads`)
    said: tuple[Token, ...]  # the reporters (`_source_heads`)
    harmed_words: frozenset[str]  # `_phrase_words` of those hurt
    harmed: tuple[Token, ...]  # those hurt (`_harmed_heads`)


# `read_roles` runs for every trigger of a sentence, and again for its incident's
# trigger; a parse is never changed once made, so its heads are read once per parse.
@functools.lru_cache(maxsize=256)
def _heads(doc: Doc) -> _Heads:
    harmed = _harmed_heads(doc)
    struck = tuple(_target_heads(doc) + harmed)
    return _Heads(struck, tuple(_source_heads(doc)), _phrase_words(harmed), tuple(harmed))


def _target_heads(doc: Doc) -> list[Token]:
    """Heads of everything the sentence says was hit, attacked or killed."""
    heads: list[Token] = []
    for token in doc:
        if triggerparse.alleged(token):
            continue  # "accused him of killing an officer": the officer is not hit here
        # "3 people killed in ...": the head noun's phrase holds the whole clause
        heads += [v for v in victims(token) if v.i != token.head.i]
        word = lemma(token)
        if word in _HIT or triggers.LEMMAS.get(word) in cues.VIOLENT_KINDS:
            heads += [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
            heads += [
                o
                for p in token.children
                if p.dep_ == "prep" and p.lower_ in _AT
                for o in p.children
                if o.dep_ == "pobj"
            ]
    return heads


def _source_heads(doc: Doc) -> list[Token]:
    """Subjects of verbs of saying and objects of "according to": the reporters."""
    heads = [t for t in doc if t.dep_ == "nsubj" and lemma(t.head) in SAYERS]
    heads += [t for t in doc if t.dep_ == "pobj" and t.head.head.lower_ == "according"]
    return heads


# Common nouns for an attacker the report does not name: "a suicide bomber blew himself
# up", "gunmen opened fire"; and for a bomb that did the killing ("a truck packed with
# explosives ... killing 20").
_UNNAMED_DOERS = cues.NON_STATE_NOUNS | words("bomber")
_BOMBS = words("bomb explosive device")


def _unnamed_doer(doers: Sequence[Token]) -> bool:
    """The parse names the doer as an unknown attacker ("a suicide bomber") or a bomb:
    the nearest mention ("inside the Police Lines compound", the government that
    declared mourning after it) is no stand-in for the one who set it off."""
    return any(
        d.pos_ == "NOUN"
        and (lemma(d) in _UNNAMED_DOERS or any(lemma(t) in _BOMBS for t in d.subtree))
        for d in doers
    )


def _crowd_not_force(doers: Sequence[Token], mention: ActorMention) -> bool:
    """The parse names a crowd as the doer ("villagers beat two men in revenge for police
    raids"): a state force named elsewhere in the sentence is not who did it."""
    state = mention.actor.inter in {Inter.STATE, Inter.EXTERNAL}
    return state and any(lemma(d) in _CROWD_DOERS for d in doers)


_CROWD_DOERS = cues.CROWD_NOUNS | cues.MOB_NOUNS


def _nearest(anchor: Token, offset: int, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The closest armed or crowd mention to the trigger: actor1 when the parse found none."""
    here = offset + anchor.idx
    armed = [m for m in mentions if m.actor.inter != Inter.CIVILIANS]
    return min(armed, key=lambda m: abs(m.start - here), default=None)


@functools.lru_cache(maxsize=256)  # once per parse, as `_heads`
def victim_words(doc: Doc) -> frozenset[str]:
    """Lemmas of the nouns that died: tells soldiers killed from villagers killed."""
    nouns = [n for tok in doc if not triggerparse.alleged(tok) for n in victims(tok)]
    # "dozens of people", "dozens of houses": the quantity's "of" phrase says who or what
    nouns += [o for n in nouns for p in n.children if p.lower_ == "of" for o in p.children]
    return frozenset(lemma(n) for n in nouns)


# Verbs whose object or passive subject was hurt or went after, though not killed:
# "four police officers were injured following an attack", "police pursued the raiders".
_HARM_VERBS = frozenset("injure wound hurt maim shoot attack ambush pursue chase engage".split())


def _harmed_heads(doc: Doc) -> list[Token]:
    """Heads of those the sentence says were hurt, shot, attacked or pursued (civilian
    or armed?), whichever verb the event hangs on: never the doers of the event."""
    return [
        c
        for tok in doc
        if tok.pos_ == "VERB" and lemma(tok) in _HARM_VERBS and not triggerparse.alleged(tok)
        for c in tok.children
        if c.dep_ in {"dobj", "nsubjpass"} or (c.dep_ == "nsubj" and tok.tag_ == "VBN")
    ]  # a participle's subject: "several policemen wounded", "officers shot at"


def _phrase_words(heads: Sequence[Token]) -> frozenset[str]:
    """Lemmas of phrase heads and of their "of" phrases ("dozens of houses")."""
    nouns = [
        *heads,
        *(o for n in heads for p in n.children if p.lower_ == "of" for o in p.children),
    ]
    # "a police post", "an army convoy": the modifier says whose it is; not whom an
    # informer serves ("a police informer" is a civilian)
    nouns += [
        c
        for n in nouns
        if lemma(n) not in cues.INFORMERS
        for c in n.children
        if c.dep_ in {"compound", "amod"}
    ]
    return frozenset(lemma(n) for n in nouns)


def targets_civilians(roles: Roles) -> bool:
    """The victims are civilians: a civilian actor2, or civilian and no armed target words."""
    if roles.actor2 is not None and roles.actor2.actor.inter == Inter.CIVILIANS:
        return True
    return (
        bool(roles.target_words & cues.CIVILIAN_NOUNS) and not roles.target_words & cues.ARMED_NOUNS
    )


def targets_armed(roles: Roles) -> bool:
    """The targets are an armed group (a clash, not violence against civilians)."""
    if roles.actor2 is not None and roles.actor2.actor.inter not in {Inter.CIVILIANS, 0}:
        return roles.actor2.actor.inter not in _CROWDS
    return bool(roles.target_words & cues.ARMED_NOUNS)


# --- claims and attributions ------------------------------------------------------------


def claimant(parse: Parse, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The armed actor a sentence says claimed, carried out or was blamed for an attack
    (`eventwire.claims` reads who that is in the parse)."""
    heads = claimed_heads(parse.doc)
    armed = [m for m in mentions if m.actor.inter in ARMED]
    found, _ = _pick(heads, parse.offset, armed)
    return found


# --- ACLED's conventions per event type --------------------------------------------------
