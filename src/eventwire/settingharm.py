"""Harm told within a setting: a demonstration or a clash named as where something
happened, not what happened.

ACLED codes the incident a report tells, and a demonstration or a clash is often only
its frame. These tests, read by the sub-event decision (`subtypes`), say when the harm
inside the frame is the news:

- people who are not a demonstration's crowd, harmed there by others ("police kicked
  reporters filming the march", "a governor punched at a protest"): an attack on
  civilians (`outsiders_harmed`);
- people shot at a demonstration with no shooter named: a crowd does not shoot, so the
  forces' lethal force on it (`shot_unarmed`);
- unarmed partisans fighting each other at a rally: rioters against rioters, mob
  violence whoever broke it up (`rival_partisans`);
- an armed group's harm at a demonstration ("gunmen shot dead two marchers during a
  rally"): its attack on the people there, never the demonstration's
  (`armed_group_harmed`);
- clashes named as the setting of an attack whose verb names its doers and civilian
  victims ("bandits kill villagers as tribal clashes go on", or a headline's noun
  pile, "clashes as militia attack farmers"): the attack (`civilians_attacked_amid`).

Pure functions of a parsed sentence and its roles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire import cues, triggers
from eventwire.records import Inter
from eventwire.sides import armed_victims, sides_of
from eventwire.triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.roles import Roles

__all__ = [
    "armed_group_harmed",
    "civilians_attacked_amid",
    "crowd_actor",
    "outsiders_harmed",
    "rival_partisans",
    "shot_unarmed",
]

Kinds = dict[str, Trigger]


# Civilians at a demonstration who are not its crowd: reporters covering it, the office
# holder addressing a rally (a child hurt by the police there is among the protesters).
_OUTSIDERS = cues.words(
    "journalist reporter photographer photojournalist cameraman mayor governor official"
    " bystander passer"
)


def outsiders_harmed(kinds: Kinds, roles: Roles, crowds: frozenset[str]) -> bool:
    """The harm told at a demonstration fell on people who are not its crowd
    ("police kicked reporters filming the march", "a governor punched at a protest"),
    and no crowd did it: an attack on them (ACLED: violence against
    civilians), the demonstration only its setting. A crowd (`crowds`, the caller's
    words for one) that turned on them, or a crowd whose own violence is told, rioted."""
    # the sentence's harm, not an offence it names ("beaten by residents after he
    # assaulted a boy")
    for harm in (kinds.get("sexual"), kinds.get("kill") or kinds.get("attack")):
        if harm is None or _describes_someone(harm.token):
            continue  # "a journalist killed by a policeman", "who shot the governor"
        sides = sides_of(harm)
        doers = sides.doers | roles.doer_words
        victims = sides.targets | _passive_subjects(harm.token)
        if victims & _OUTSIDERS and not doers & crowds and not crowd_actor(roles):
            return True
    return False


def _describes_someone(token: Token) -> bool:
    """The harm describes someone the sentence names ("the family of a journalist killed
    by a policeman", "the commando who shot the governor"), not the news: a participle on
    a noun inside the clause (a headline's, "journalists assaulted by police", is the
    news) or a relative clause on anything but the incident ("probing an incident where
    a governor was assaulted")."""
    if token.dep_ == "acl":
        return token.head.dep_ != "ROOT"
    for clause in (t for t in (token, *token.ancestors) if t.dep_ == "relcl"):
        return triggers.lemma(clause.head) not in _INCIDENTS
    return False


_INCIDENTS = cues.words("incident attack event clash violence")


def _passive_subjects(token: Token) -> frozenset[str]:
    """Who suffered a passive verb, shared along its conjuncts ("reporters were
    jostled, beaten and hurt")."""
    verbs = [token, token.head] if token.dep_ == "conj" else [token]
    return frozenset(triggers.lemma(c) for v in verbs for c in v.children if c.dep_ == "nsubjpass")


def armed_group_harmed(kinds: Kinds) -> bool:
    """ "Gunmen shot dead two protesters during a march", "demonstrators were attacked by
    bandits": the harming verb's own doers are armed men who are not state forces, and
    not the crowd. ACLED codes an armed group's violence against demonstrators as
    violence against civilians (state forces' as excessive force against protesters);
    deaths a crowd did not cause never make its protest peaceful."""
    for harm in (kinds.get("kill"), kinds.get("attack"), kinds.get("sexual")):
        if harm is None or _describes_someone(harm.token):
            continue
        doers = sides_of(harm).doers
        if doers & cues.NON_STATE_NOUNS and not doers & (_CROWDS | cues.STATE_NOUNS):
            return True
    return False


# Doers who are the demonstration's own crowd, whatever weapon they carry.
_CROWDS = cues.CROWD_NOUNS | cues.MOB_NOUNS | cues.words("marcher")


def crowd_actor(roles: Roles) -> bool:
    """The doers are a crowd ("supporters clashed at a rally", "marchers turned on
    onlookers"): its violence at a demonstration is the riot's."""
    actor = roles.actor1.actor if roles.actor1 else None
    return actor is not None and actor.inter in {Inter.RIOTERS, Inter.PROTESTERS}


def shot_unarmed(text: str) -> bool:
    """ "A fisherman was shot dead while residents marched": people shot at a
    demonstration, with no shooter and no armed men named. A crowd does not shoot; the
    live fire on a protest is the forces' lethal force (ACLED: excessive force against
    protesters)."""
    return bool(_SHOT.search(text)) and not cues.ARMED_WORDS.search(text)


_SHOT = cues.flag(
    r"shot (?:\S+ )?(?:dead|and (?:killed|injured|wounded|severely|seriously))"
    r"|(?:were|was|been|being) shot\b|gunshot"
)


def rival_partisans(text: str) -> bool:
    """Unarmed partisans fighting each other ("fights broke out between supporters of
    the senator and those of her challenger"): rioters against rioters, whoever broke it up
    (ACLED: mob violence)."""
    return (
        cues.RIVALS.search(text) is not None
        and cues.PARTISANS.search(text) is not None
        and not cues.ARMED_WORDS.search(text)
    )


def civilians_attacked_amid(
    kinds: Kinds, clash: Trigger, roles: Roles, civilians: frozenset[str]
) -> bool:
    """ "Bandits kill villagers as tribal clashes go on", "amid communal clashes, a nurse
    was assaulted by bandits": the clash is named (a noun) as the setting, and a harming
    verb tells who attacked whom: named doers and civilian victims, no armed men hit.
    ACLED codes the attack on the civilians (violence against civilians). `civilians`
    are the caller's words for them."""
    if clash.token.pos_ == "VERB" or any(c.lower_ == "between" for c in clash.token.children):
        return False  # "died in a clash between two clans": one side's loss in it
    for harm in (kinds.get("kill"), kinds.get("attack")):
        if harm is None or not _told_harm(harm.token) or _described(harm.token):
            continue
        sides = sides_of(harm)
        doers = sides.doers or _piled_doers(harm.token)
        if doers and sides.targets & civilians and not armed_victims(roles, harm):
            return True
    return False


def _piled_doers(token: Token) -> frozenset[str]:
    """The nouns piled before a headline's noun trigger ("militia" of "militia attack
    civilians")."""
    if token.pos_ == "VERB":
        return frozenset()
    return frozenset(triggers.lemma(c) for c in token.children if c.dep_ == "compound")


def _described(token: Token) -> bool:
    """The verb is in a relative clause ("the MP, who was targeted last week"): it
    describes someone, it is not the sentence's news."""
    return any(t.dep_ == "relcl" for t in (token, *token.ancestors))


def _told_harm(token: Token) -> bool:
    """A harming verb, or a headline's noun pile read as one ("militia attack
    civilians": the trigger a compound on its victims, its doers before it)."""
    return token.pos_ == "VERB" or (token.dep_ == "compound" and token.head.i > token.i)
