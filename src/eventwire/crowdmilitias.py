"""Crowds that are armed groups: violence a crowd word tells that ACLED codes as an
organised armed group's, not a riot's.

`subtypes` reads "youths", "villagers" or "a group of residents" who kill, attack or
burn, with no demonstration going on, as rioters (ACLED: Mob violence, rioters being an
unorganised, spontaneous crowd). ACLED's definitions draw the line by who the crowd
is, not by the word for it:

- a crowd named after a people, a clan or a named armed group ("a band of Tiv youths",
  "a gang believed to be members of the X militia") acts for that group: ACLED codes it
  as the group's identity (communal, ethnic) militia or armed group, whose violence is
  an Attack on civilians or an Armed clash with armed men;
- a crowd told as armed ("armed youths", "youths armed with clubs"), as unknown
  ("unidentified youths attacked a trader") or as a gang ("a gang of youths attacked a
  farm") is an organised armed group too;
- a crowd that attacks people named by their people ("killed three Jukun farmers")
  acts for its own community against another: ACLED's communal militia;
- people who shoot someone dead ("a linesman gunned down by men stripping the cables",
  "youths looting shops gunned down a guard") carry firearms: an armed group's attack
  (ACLED's rioters fight with what comes to hand), unless they are the police or troops
  or the sentence tells a demonstration or mob justice (`shooters`).

A lynching, a mob or vigilantes punishing a suspect stay a mob's act whoever they are;
so does a fight with the police whose other side the report leaves unnamed ("one dead
after clashes with police"), unless it is told as the outcome of what came before. A
rampage one man went on is his killing, no riot; a strike the victims are told to have
shunned is no demonstration of their attackers.
`organised` answers for one sentence; the sub-event decision then reads the violence
as a battle or an attack. Pure function of the sentence's roles and text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwire import countries, cues, triggerparse
from eventwire.grievance import masked
from eventwire.records import Inter
from eventwire.triggers import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.records import ActorMention
    from eventwire.roles import Roles
    from eventwire.triggers import Trigger

__all__ = [
    "CIVIL_CROWDS",
    "civilians_fight",
    "faceless_police_fight",
    "lone_rampage",
    "lynching",
    "organised",
    "party_factions",
    "shooters",
    "victims_told",
]

# Groups whose members' violence is the group's (ACLED inter 2-4).
_GROUPS = frozenset({Inter.REBEL, Inter.POLITICAL_MILITIA, Inter.IDENTITY_MILITIA})
# A party's supporters are rioters when they fight (ACLED codes parties as political
# actors, not armed groups); a vigilante militia's lynching is mob justice; the
# unnamed militias that a general phrase gives ("ethnic violence") name no doer.
_PARTY_WORDS = r"party|parties|democratic|congress|alliance|coalition|union|league|movement"
_NOT_ARMED = re.compile(rf"\b(?:{_PARTY_WORDS}|vigilante|unidentified)\b", re.IGNORECASE)
# Doers that are an armed group by their noun: a gang, raiders, bandits.
_ARMED_DOERS = cues.NON_STATE_NOUNS - cues.words("attacker assailant")


# Mob justice named as such: a vigilante group's lynching is a mob's act though the
# group is called a militia (ACLED: Mob violence). A witch killed by gunmen is not.
_LYNCHING = cues.flag(r"lynch|vigilante|mob justice|jungle justice")


def lynching(text: str) -> bool:
    """The sentence tells a lynching or vigilantes' justice."""
    return _LYNCHING.search(text) is not None


def organised(kinds: dict[str, Trigger], text: str, roles: Roles) -> bool:
    """The crowd whose violence the sentence tells is an organised armed group (see the
    module docstring): named after a people or an armed group, armed, or a gang."""
    harm = kinds.get("kill") or kinds.get("attack") or kinds.get("loot") or kinds.get("clash")
    if harm is None:
        return False
    if cues.MOB.search(text) or cues.PROTEST_CONTEXT.search(_victims_apart(harm, text)):
        # "a mob lynched", "vigilantes": mob justice; "marchers, a few carrying spears,
        # fought the police": a demonstration's crowd
        return False
    fight = "clash" in kinds  # both sides of a fight act
    if (_unknown_assailants(kinds) or shooters(kinds, text)) and not fight:
        return True
    return _group_doer(roles, text, fight) or _armed_crowd(harm) or _community_victims(harm)


def shooters(kinds: dict[str, Trigger], text: str) -> bool:
    """The sentence's killing is a shooting ("shot dead", "gunned down"; not "shot
    arrows") whose doers are told and are neither the state's forces nor a mob, with no
    demonstration or punished suspect told: men with guns, no crowd (see the module
    docstring)."""
    harm = kinds.get("kill")
    if harm is None or (lemma(harm.token) not in _SHOOTINGS and harm.token.lower_ != "shot"):
        return False
    if cues.MOB.search(text) or cues.PROTEST_CONTEXT.search(text) or _JUSTICE.search(text):
        return False
    if any(c.dep_ == "dobj" and lemma(c) in _MISSILES for c in harm.token.children):
        return False  # "shot arrows at the police": a bow, no gun
    doers, _ = triggerparse.arguments(harm.token)
    if any(lemma(m) in _PARTISANS for d in doers for m in _members(d)):
        return False  # "a group of party workers shot a student": partisans, a crowd
    return bool(doers) and not any(lemma(d) in _STATE for d in doers)


_SHOOTINGS = cues.words("shoot gun")
_MISSILES = cues.words("arrow stone rock missile teargas gas canister")
# A suspect punished: mob justice, whatever the weapon.
_JUSTICE = cues.flag(cues.SUSPECTED_BY_LOCALS.pattern + "|" + cues.KILLED_FOR_THEFT.pattern)
_STATE = cues.STATE_NOUNS | cues.words("officer policeman guard warder ranger askari they")


def _victims_apart(harm: Trigger, text: str) -> str:
    """The sentence with what its victims are told to have done blanked ("attacked traders
    who did not join the strike"): their strike is no demonstration of the attackers."""
    told = victims_told(harm)
    return masked(harm.token.doc, told, text) if told else text


def victims_told(harm: Trigger) -> frozenset[int]:
    """The tokens of the relative clauses that tell what the harm's victims would not do
    ("traders who did not join the strike", "drivers who shunned it"); a victim who
    protested ("shot a man who protested") was at the demonstration."""
    _, targets = triggerparse.arguments(harm.token)
    return frozenset(
        t.i
        for target in targets
        for c in target.children
        if c.dep_ == "relcl" and _refused(c)
        for t in c.subtree
    )


def _refused(verb: Token) -> bool:
    return lemma(verb) in _REFUSALS or any(c.dep_ == "neg" for c in verb.children)


_REFUSALS = cues.words("shun defy refuse ignore reject snub")


def _unknown_assailants(kinds: dict[str, Trigger]) -> bool:
    """Unknown people kill or attack ("unidentified youths attacked a trader"): ACLED
    names an attack's unknown perpetrators an unidentified armed group, not rioters.
    Arson alone by unknown men is left to the other tests."""
    harm = kinds.get("kill") or kinds.get("attack")
    if harm is None:
        return False
    doers, _ = triggerparse.arguments(harm.token)
    return any(
        c.dep_ == "amod" and c.lower_ in _UNKNOWN
        for doer in doers
        for head in (doer, *doer.conjuncts)
        for c in head.children
    )


_UNKNOWN = cues.words("unidentified unknown")


def _group_doer(roles: Roles, text: str, fight: bool) -> bool:
    """The doers are a gang, raiders or bandits, or a named identity militia or armed
    group that is not the side hit ("the attackers were suspected members of X"); in a
    fight, either side ("a clash between police and X youths")."""
    if roles.doer_words & _ARMED_DOERS:
        return True
    hit = roles.actor2.actor if roles.actor2 is not None and not fight else None
    doers = [(m, True) for m in roles.mentions if _members_of(m.text, text)]
    if roles.actor1 is not None:
        doers.append((roles.actor1, roles.actor1_parsed))
    if fight and roles.actor2 is not None:
        doers.append((roles.actor2, True))
    return any(m.actor != hit and _armed_group(m, parsed) for m, parsed in doers)


def _armed_group(mention: ActorMention, parsed: bool) -> bool:
    """An armed group's mention: told by an armed noun ("bandits"), or a named group
    that the parse makes the doer (any near name will do for a people's militia,
    which `communities` only names where the people acts or is armed)."""
    actor = mention.actor
    if actor.inter not in _GROUPS:
        return False
    if any(w.removesuffix("s") in _ARMED_DOERS for w in mention.text.lower().split()):
        return True
    named = _NOT_ARMED.search(actor.name) is None
    return named and (parsed or actor.inter == Inter.IDENTITY_MILITIA)


# "suspected members of X", "believed to be part of the X militia": the crowd is X's.
_MEMBERS_OF = re.compile(r"\b(?:members?|part)\b (?:or \S+ )?of (?:the )?(?:\S+ )?$", re.IGNORECASE)


def _members_of(name: str, text: str) -> bool:
    """The sentence names the group as the one the crowd belongs to."""
    at = text.find(name)
    return at > 0 and _MEMBERS_OF.search(text, max(0, at - 40), at) is not None


def _armed_crowd(harm: Trigger) -> bool:
    """The harm's own doers are told as armed ("armed youths", "youths armed with
    clubs"), as a gang or raiders ("a gang of youths"), or shoot people ("shot dead by a
    group of men": firearms)."""
    doers, targets = triggerparse.arguments(harm.token)
    heads = [head for doer in doers for head in (doer, *doer.conjuncts)]
    nouns = [_antecedent(head) for head in heads]
    if any(_armed(noun) or _armed(_group_of(noun)) for noun in nouns):
        return True
    return _crowd_shot(harm.token, heads, targets)


def _antecedent(head: Token) -> Token:
    """The noun a relative pronoun stands for ("youths who attacked": the youths)."""
    if head.tag_ in _RELATIVES and head.head.dep_ == "relcl":
        return head.head.head
    return head


_RELATIVES = frozenset({"WP", "WDT"})


def _group_of(head: Token) -> Token:
    """The group word a crowd noun is the members of ("an armed group of 50 youths who
    killed": the youths are the armed group's), or the noun itself."""
    of = head.head
    if head.dep_ == "pobj" and of.lower_ == "of" and lemma(of.head) in _GROUP_WORDS:
        return of.head
    return head


def _armed(head: Token) -> bool:
    if lemma(head) in _ARMED_DOERS:
        return True
    return any(
        (c.dep_ in {"amod", "acl"} and c.lower_ == "armed") or lemma(c) in _ARMED_DOERS
        for c in head.children
        if c.dep_ in {"amod", "acl", "compound", "appos"}
    )


def _members(head: Token) -> list[Token]:
    """Who a group word is made of: "a group of men", "a band of 40 youths"."""
    if lemma(head) not in _GROUP_WORDS:
        return []
    return [g for c in head.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


_GROUP_WORDS = cues.words("group band")


def _crowd_shot(verb: Token, heads: list[Token], targets: list[Token]) -> bool:
    """A group or men that shoot people ("a group of men shot dead a trader"): a
    crowd with firearms is an armed group (ACLED: rioters are unarmed or carry sticks
    and stones); arrows or stones shot are no firearms, and a mob's or vigilantes'
    shooting stays mob justice (`organised` sets those aside first)."""
    if lemma(verb) not in _SHOOT or not targets:
        return False
    if any(lemma(t) in _PROJECTILES for t in targets):
        return False
    return bool(heads) and all(
        lemma(h) in _SHOOTERS and not any(lemma(m) in _PARTISANS for m in _members(h))
        for h in heads
    )


_SHOOT = cues.words("shoot gun")
_PROJECTILES = cues.words("arrow bullet round canister stone shot")
# Groups and men of no named walk of life: a group of party workers, students or youths
# who shoot are partisans or a crowd (ACLED codes their violence as a riot).
_SHOOTERS = _GROUP_WORDS | cues.words("man")
_PARTISANS = cues.CROWD_NOUNS | cues.MOB_NOUNS | cues.words("worker member villager resident")


def _community_victims(harm: Trigger) -> bool:
    """The harm's victims are named by their people: "Jukun farmers", "three Tiv
    civilians" (a people of `countries.people`), or as another community's ("members
    of a neighbouring community", "men of a rival clan")."""
    _, targets = triggerparse.arguments(harm.token)
    return any(
        (_PEOPLES.match(t.tag_) and any(_people(m) for m in t.children)) or _other_community(t)
        for target in targets
        for t in target.subtree
    )


def _other_community(word: Token) -> bool:
    return lemma(word) in _COMMUNITIES and any(lemma(m) in _OTHER for m in word.children)


_COMMUNITIES = cues.words("community clan tribe")
_OTHER = cues.words("neighbouring neighboring rival another other opposing")


# Many people: a single man named by a word may be named by a town of that name.
_PEOPLES = re.compile(r"NNP?S$")


def _people(word: Token) -> bool:
    return word.dep_ in _MODIFIERS and countries.people(word.text) is not None


_MODIFIERS = cues.words("amod compound nmod")


# Unarmed people of one walk of life, many of whom may fight together ("miners",
# "traders", "students"); herders fight as their community's militia (`armedsides`).
CIVIL_CROWDS = cues.words(
    "villager resident student pupil learner farmer trader vendor hawker worker labourer"
    " laborer miner fisherman passenger commuter motorist driver operator rider refugee"
    " tenant squatter teacher citizen mourner inhabitant"
)


def civilians_fight(trig: Trigger) -> bool:
    """A fight one of whose sides is many unarmed people ("miners clashed with the
    police", "dockworkers fought guards"): rioters, not an armed side."""
    doers, targets = triggerparse.arguments(trig.token)
    return any(
        lemma(h) in CIVIL_CROWDS and h.tag_ in {"NNS", "NNPS"}
        for side in (*doers, *targets)
        for h in (side, *side.conjuncts)
    )


# A party's names: its factions' fights are over its seats and posts, not an armed
# group's (ACLED codes parties as political actors; their members fighting are rioters).
_PARTY_NAMES = re.compile(rf"\b(?:{_PARTY_WORDS})\b", re.IGNORECASE)
_FACTIONS = cues.flag(r"factions\b")


def party_factions(text: str, roles: Roles) -> bool:
    """Factions of a party the sentence names by its acronym or name ("two factions of
    the NPM clashed at the branch office"): partisans fighting, not armed groups. A
    rebel movement's factions are armed groups."""
    if _FACTIONS.search(text) is None:
        return False
    return any(
        m.actor.inter == Inter.POLITICAL_MILITIA and _PARTY_NAMES.search(m.actor.name) is not None
        for m in roles.mentions
    )


# The police named as one side of a fight: "clashes with police", "fought against the
# riot police".
_WITH_POLICE = cues.flag(r"(?:with|against) (?:the )?(?:anti-riot |riot )?police\b")
# Who may be named on the other side and still leave it faceless: the dead and hurt
# counted, people in general.
_ANYONE = cues.words("one person people man woman boy girl someone several many")
_POLICE_WORDS = cues.words("police policeman officer")
# A clash told as the outcome of, or the police's answer to, what came before (a raid
# that "resulted in" fighting, officers who "intervened"): its other side is told before.
_TOLD_BEFORE = cues.flag(
    r"respond|interven|pursu|\bled to\b|\bleading to\b|\bresult(?:ed|ing|s)? in\b"
    r"|\bensu(?:ed|ing)\b|provok"
)


def _police(mention: ActorMention) -> bool:
    return mention.actor.inter == Inter.STATE and "police" in mention.actor.name.lower()


def faceless_police_fight(trig: Trigger, text: str, roles: Roles) -> bool:
    """A fight with the police whose other side the sentence leaves unnamed ("one is
    dead after clashes with police in the estate"): ACLED codes an unnamed side that
    fights the police in the streets as rioters, not as an armed group."""
    if _WITH_POLICE.search(text) is None or _TOLD_BEFORE.search(text) is not None:
        return False
    doers, targets = triggerparse.arguments(trig.token)
    heads = {lemma(h) for side in (*doers, *targets) for h in (side, *side.conjuncts)}
    others = heads - _POLICE_WORDS - _ANYONE
    named = any(not _police(m) for m in roles.mentions)
    return not named and not any(_people_word(w) for w in others)


def _people_word(word: str) -> bool:
    """A word for people or a group ("robbers", "gang"), not a day or a place."""
    return word in _SIDES or word.endswith(cues.AGENT_ENDINGS)


_SIDES = cues.PEOPLE_NOUNS | cues.NON_STATE_NOUNS


def lone_rampage(trig: Trigger) -> bool:
    """A rampage one person went on ("a constable shot dead six people in a rampage", "a
    rampage by a soldier"): one armed man's killings, no crowd's riot."""
    token = trig.token
    if lemma(token) != "rampage":
        return False
    # the clause it hangs in: "shot dead six people in a rampage", "went on a rampage";
    # a sentence parsed as a noun pile ("A constable in a fury shot dead ...") hangs
    # all on its doer
    ancestors = list(token.ancestors)
    verb = next((a for a in ancestors if any(c.dep_ == "nsubj" for c in a.children)), None)
    if verb is not None:
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        doers = [a for a in ancestors[-1:] if a.dep_ == "ROOT" and a.pos_ in {"NOUN", "PROPN"}]
    doers += [g for c in token.children if c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    return bool(doers) and all(_one_person(d) for d in doers)


def _one_person(head: Token) -> bool:
    return head.tag_ in {"NN", "NNP"} and not head.conjuncts and lemma(head) not in _CROWD_WORDS


_CROWD_WORDS = cues.CROWD_NOUNS | cues.MOB_NOUNS | cues.words("group gang band horde")
