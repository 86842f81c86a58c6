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

Pure functions of a parsed sentence; a precompiled precheck keeps them cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire import cues, triggers
from eventwire.cues import words
from eventwire.doctext import text_of
from eventwire.grievance import grievance
from eventwire.triggers import Trigger, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["hurt_by_police", "turned_on_people"]

_CUES = cues.flag(
    r"beat|attack|assault|pelt|ston(?:e|ed|ing)\b|injur|hurt|rough|hit\b|whip|stab|hack"
    r"|slap|kick|maul|threw|throw|hurl|lynch"
)
_HARM = words(
    "beat attack assault pelt stone injure hurt rough hit whip stab hack slap kick maul lynch"
)
_THROW = words("throw hurl")
# People the crowd may turn on; officers, troops and the police are the demonstration's
# opponents (a violent demonstration when the crowd fights them).
_PLACES = words("village market school church mosque hospital home house camp bus wedding funeral")
_PEOPLE = (cues.CIVILIAN_NOUNS - _PLACES) | words(
    "attendee clerk guard member official supporter delegate aspirant governor mp him her he she"
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
        if token.pos_ != "VERB" or token.i in about or not triggers.is_asserted(token):
            continue
        word = lemma(token)
        if word in _HARM:
            victims = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        elif word in _THROW:
            victims = [g for c in token.children if c.lower_ == "at" for g in c.children]
        else:
            continue
        if any(_person(v) for v in victims) and not _forces_did(token):
            return True
    return False


def _person(token: Token) -> bool:
    """A person, not the police or an armed group: "clerks", "the MP", "her", a name."""
    word = lemma(token)
    if word in _FORCES or any(lemma(c) in _FORCES for c in token.children if c.dep_ == "compound"):
        return False
    return (word in _PEOPLE and word not in _ROAD) or token.ent_type_ == "PERSON"


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
