"""Who a demonstration's violence hit: a riot's crowd that turned on people (mob
violence, not a violent demonstration), and protesters hurt by the police (excessive
force, not an intervention).

ACLED codes a demonstration's violence (against property, barricades, road users or
the police) as a violent demonstration, and rioters "violently interacting with other
rioters ... or civilians", not as part of a demonstration, as mob violence. The
sub-event decision (`subtypes`) reads the victims from the roles of the sentence's
first violent trigger; a riot told with its own harm verb ("rioters stormed the centre
and beat up clerks", "a mob threw stones at the party leader", "residents rioted and
beat her up") names its victims elsewhere. `turned_on_people` reads each harm verb of
a sentence that tells no demonstration (no protest, march or strike): done by the crowd
(not by the police), to people who are neither the police nor road users (motorists
pelted at a blockade are the demonstration's violence).

ACLED codes a peaceful protest met with "violence resulting in serious injuries" as
excessive force against protesters; `hurt_by_police` reads people injured, assaulted or
beaten by the police in the protest's own sentence ("three people were injured by the
police when protesting"), not the beating the protest is about.

Tear gas the police used where the sentence tells no crowd, demonstration or riot,
hurting children, pupils or patients ("officers fired tear gas into a clinic, injuring
two patients"), hit people who were not demonstrating: ACLED codes the police's
violence against people who are not protesting as violence against civilians
(`gassed_bystanders`).

A riot told only in general words ("post-election violence was reported", "unrest in
the town - no details") names no one the rioters turned on: `unspecified` keeps it the
demonstration's violence, unless people were killed or hurt in it or it was "between"
two sides (rioters interacting with others: mob violence).

Pure functions of a parsed sentence; a precompiled precheck keeps them cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire import cues, triggerparse, triggers
from eventwire.cues import words
from eventwire.doctext import text_of
from eventwire.grievance import grievance
from eventwire.harms import hurt
from eventwire.triggers import Trigger, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "by_demonstrators",
    "gassed_bystanders",
    "hurt_by_police",
    "on_demonstrators",
    "turned_on_people",
    "unspecified",
]

_CUES = cues.flag(
    r"beat|attack|assault|pelt|ston(?:e|ed|ing)\b|injur|hurt|rough|hit\b|whip|stab|hack"
    r"|slap|kick|maul|threw|throw|hurl|lynch|burn|torch"
)
_HARM = words(
    "beat attack assault pelt stone injure hurt rough hit whip stab hack slap kick maul lynch"
)
_THROW = words("throw hurl")
_BURN = words("burn torch")
_HOMES = words("home house")
# People the crowd may turn on; officers, troops and the police are the demonstration's
# opponents (a violent demonstration when the crowd fights them).
_PLACES = words("village market school church mosque hospital home house camp bus wedding funeral")
_PEOPLE = (cues.CIVILIAN_NOUNS - _PLACES) | words(
    "attendee clerk guard member official supporter delegate aspirant governor mp commissioner"
    " him her he she his"
)
# Road users hit at a blockade: the demonstration's violence.
_ROAD = words("motorist driver commuter passenger passerby pedestrian traveller traveler")
# A demonstration going on: its crowd's violence is a violent demonstration.
_DEMONSTRATION = cues.flag(r"protest|demonstrat|march|picket|strik(?:e|es|ing)\b|sit-in")
_FORCES = cues.STATE_NOUNS | cues.NON_STATE_NOUNS | words("officer askari guardsman")


def turned_on_people(trig: Trigger) -> bool:
    """The crowd of the riot `trig`, in a sentence that tells no demonstration, harmed
    people who are not the police: a harm verb ("beat up", "pelted", "attacked") or a
    throw at someone ("threw stones at the MP") whose doer is not the police or an
    armed group and whose victim is a person; harm a rally's crowd reacted to ("rallied
    after a man was beaten") is not the crowd's."""
    doc = trig.token.doc
    if not _CUES.search(text_of(doc)) or _DEMONSTRATION.search(text_of(doc)):
        return False
    if cues.ARMED_WORDS.search(text_of(doc)):
        return False
    about = grievance(trig) if trig.kind == "protest" else frozenset()
    for token in doc:
        if not _verb(token) or token.i in about or not triggers.is_asserted(token):
            continue
        word = lemma(token)
        if word in _HARM:
            victims = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
            victims += _described(token)
        elif word in _THROW:
            victims = [g for c in token.children if c.lower_ == "at" for g in c.children]
        elif word in _BURN:
            victims = _home_owners(token)
        else:
            continue
        if any(_person(v) for v in victims) and not _forces_did(token):
            return True
    return False


def _home_owners(verb: Token) -> list[Token]:
    """Whose home the verb burnt: "burned her home", "torched the house of the MP" (a
    person's home set on fire is that person attacked)."""
    homes = [c for c in verb.children if c.dep_ == "dobj" and lemma(c) in _HOMES]
    owners = [c for h in homes for c in h.children if c.dep_ == "poss"]
    of = [p for h in homes for p in h.children if p.dep_ == "prep" and p.lower_ == "of"]
    return owners + [g for p in of for g in p.children if g.dep_ == "pobj"]


def _verb(token: Token) -> bool:
    """A verb, or a participle the tagger took for a noun ("a chief hit by a stone": its
    "by" phrase makes it the verb's passive)."""
    return token.pos_ == "VERB" or (token.dep_ == "acl" and _by_phrase(token))


def _by_phrase(token: Token) -> bool:
    return any(c.dep_ == "agent" for c in token.children)


def _described(verb: Token) -> list[Token]:
    """The noun a passive participle describes, its victim, where a "by" phrase names a
    missile or a crowd: "left the chief hit by a stone", "an official beaten by the
    crowd"; not "traders hit by the levy", nor "people injured in the riots" (no one
    named who hurt them)."""
    agents = {lemma(g) for c in verb.children if c.dep_ == "agent" for g in c.children}
    return [verb.head] if verb.dep_ == "acl" and agents & _BLOWS else []


# What strikes a person in a riot: a missile, or the crowd itself.
_BLOWS = (
    words("stone rock brick missile stick club bottle rioter") | cues.CROWD_NOUNS | cues.MOB_NOUNS
)


def _person(token: Token) -> bool:
    """A person, not the police or an armed group: "clerks", "the MP", "her", a name,
    a name with its title ("commissioner Aldo Marobi")."""
    word = lemma(token)
    titles = {lemma(c) for c in token.children if c.dep_ == "compound"}
    if word in _FORCES or titles & _FORCES:
        return False
    people = _PEOPLE - _ROAD
    titled = token.pos_ == "PROPN" and bool(titles & people)
    return word in people or token.ent_type_ == "PERSON" or titled


def _forces_did(token: Token) -> bool:
    """The harm's doer, read through conjoined verbs ("rioted, burned her house and beat
    her"), is the police or an armed group, or a passive's agent is."""
    verb = token
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in token.children if c.dep_ == "agent" for g in c.children]
    return any(lemma(d) in _FORCES for d in doers)


_HURT = words("injure assault beat wound")
_HURT_CUES = cues.flag(r"injur|assault|beat|wound")
_POLICE = words("police policeman officer")


def hurt_by_police(trig: Trigger) -> bool:
    """People injured, assaulted or beaten by the police in the sentence of the protest
    `trig`, told in the passive with the police as its agent ("were injured by the
    police", "are assaulted by riot police"), not as what the protest is about."""
    doc = trig.token.doc
    if not _HURT_CUES.search(text_of(doc)):
        return False
    about = grievance(trig) if trig.kind == "protest" else frozenset()
    for token in doc:
        if lemma(token) not in _HURT or token.i in about or token.dep_ == "relcl":
            continue
        agents = [g for c in token.children if c.dep_ == "agent" for g in c.children]
        hurt = any(c.dep_ == "nsubjpass" for c in token.children)
        if hurt and any(lemma(a) in _POLICE for a in agents) and triggers.is_asserted(token):
            return True
    return False


_GAS = words("gas teargas")
# People hurt who are no crowd: the young, the sick.
_NO_CROWD = words("child pupil baby infant toddler patient")
_CROWD_TOLD = cues.flag(r"riot|rall(?:y|ies)\b|crowds?\b|mobs?\b")
# People who may have gathered: students, youths, residents, traders.
_GATHERED = (cues.CROWD_NOUNS | cues.MOB_NOUNS | words("trader worker parent")) - _NO_CROWD


def gassed_bystanders(trig: Trigger) -> bool:
    """The protest trigger is tear gas, in a sentence that tells no crowd, demonstration
    or riot and tells children, pupils or patients hurt: the police's attack on them."""
    if trig.kind != "protest" or trig.token.lower_ not in _GAS:
        return False
    doc = trig.token.doc
    text = text_of(doc)
    if _DEMONSTRATION.search(text) or _CROWD_TOLD.search(text) or cues.CROWD.search(text):
        return False
    words_told = {lemma(t) for t in doc}
    return hurt(text) and bool(words_told & _NO_CROWD) and not words_told & _GATHERED


# Deaths told without a verb the trigger finder reads ("caused two deaths", "46 bodies"),
# or shootings: someone was hit or shot at.
_DEATHS = cues.flag(r"dead\b|deaths?\b|died\b|bod(?:y|ies)\b|fatalit|casualt|killed\b|shootings?\b")


def unspecified(trig: Trigger | None, text: str) -> bool:
    """The riot is told only by a general noun ("violence", "unrest": the sentence had
    no other trigger), with no one killed or hurt and no sides it was "between": no
    victims or rival crowds named, so no mob violence."""
    if trig is None or not trig.rule.startswith("noun:"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in trig.token.children):
        return False
    if cues.ARMED_WORDS.search(text):
        return False  # armed men's violence is no demonstration's
    return not hurt(text) and _DEATHS.search(text) is None


def by_demonstrators(harm: Trigger, demo: Trigger) -> bool:
    """The harm's doers are the demonstration's own crowd: the protest word is in their
    phrase ("a group protesting the results attacked an aide", "striking nurses beat a
    colleague"), so the demonstration turned violent."""
    if demo.kind != "protest" or harm.token.pos_ != "VERB":
        return False  # "a demonstration over recent raids": what it is about
    token = demo.token
    if not _qualifies(token):
        return False
    doers, _ = triggerparse.arguments(harm.token)
    qualified = token.head
    if qualified.dep_ == "pobj" and qualified.head.lower_ == "of":
        qualified = qualified.head.head  # "a group of traders protesting the levy"
    return qualified in doers and lemma(qualified) not in _FORCES


_HARMS = ("kill", "attack", "sexual", "abduct")


def on_demonstrators(kinds: dict[str, Trigger], demo: Trigger) -> bool:
    """The protest word names the victims of a harm done by others than the state
    ("gunmen attacked protesting traders", "men raped two protesting students"): the
    harm is the news, an attack on civilians; the police's force on a protest is the
    protest's (excessive force or intervention), and a rival crowd's attack on it
    ("activists attacked the anti-strike procession") rioters against rioters."""
    token = demo.token
    if demo.kind != "protest" or not _qualifies(token):
        return False
    if cues.POLICE.search(text_of(token.doc)):
        return False
    for kind in _HARMS:
        harm = kinds.get(kind)
        if harm is None or harm.token.pos_ != "VERB":
            continue
        doers, targets = triggerparse.arguments(harm.token)
        outsiders = bool(doers) and not _named(doers) & _NOT_OUTSIDERS  # doers told
        if token.head in targets and outsiders:
            return True
    return False


def _named(doers: list[Token]) -> set[str]:
    """The doers' lemmas with a group's members ("a group of activists")."""
    names = {lemma(d) for d in doers}
    for doer in doers:
        for prep in doer.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                names.update(lemma(m) for m in prep.children if m.dep_ == "pobj")
    return names


# Doers whose harm to a protest is not an attack on civilians: the state's force, a
# rival crowd's or partisans' riot.
_NOT_OUTSIDERS = (
    cues.STATE_NOUNS
    | cues.CROWD_NOUNS
    | cues.MOB_NOUNS
    | words("activist supporter cadre youth student worker member")
)


def _qualifies(token: Token) -> bool:
    """The protest word describes a noun's people: "protesting nurses", "a group
    protesting the levy"; a past form hung on a noun is what was protested or a
    misread verb ("the proposals protested by farmers")."""
    if token.dep_ in {"amod", "compound"}:
        return True
    return token.dep_ == "acl" and token.tag_ == "VBG"
