"""The demonstration readers of the sub-event decision (`eventwire.subtypes`, step 3).

Violent demonstration (a protest whose crowd throws stones, burns, loots, fights,
whoever it hits; people hurt in it), Mob violence (a crowd, mob or vigilantes attacking people or
property with no demonstration, mob justice, rival crowds fighting each other),
Excessive force against protesters (live fire, killing), Protest with intervention
(tear gas, arrests, dispersal), Peaceful protest (an effigy burnt).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire import crowdacts, crowdvictims, cues, settingharm, tolls, triggerparse, triggers
from eventwire.armedsides import armed_fight
from eventwire.civiltargets import civil_target
from eventwire.crowdmilitias import (
    CIVIL_CROWDS,
    lone_rampage,
    lynching,
    organised,
    shooters,
    victims_told,
)
from eventwire.crowdvictims import hurt_by_police
from eventwire.diplomatic import diplomatic
from eventwire.grievance import grievance, masked, reasons
from eventwire.incident import (
    AMID,
    ARMED_DOERS,
    CIVILIANS,
    GUNMEN,
    PLACES,
    PROTESTS,
    RIOTS,
    VAC,
    VIOLENT,
    Incident,
    Kinds,
)
from eventwire.protestforce import (
    carried_out,
    forces_hurt,
    less_lethal_fire,
    live_fire,
    serious_injuries,
    shot_at_unharmed,
)
from eventwire.sides import crowd_of, demonstrators_arrested, sides_of, vehicles_burnt
from eventwire.triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from eventwire.roles import Roles

__all__ = ["demonstration", "protesters_arrested", "rivals"]


def demonstration(kinds: Kinds, text: str, roles: Roles) -> Incident | None:
    """Protests and riots: a demonstration trigger, or a crowd's violence."""
    if "riot" in kinds and lone_rampage(kinds["riot"]):
        kinds = {k: t for k, t in kinds.items() if k != "riot"}  # one man's killings
    harm = kinds.get("kill") or kinds.get("attack")
    if (
        "riot" in kinds
        and harm
        and _doers_told(kinds["riot"], harm)
        and organised(kinds, text, roles)
    ):
        # two guards "gunned down by a band who were stripping cables": the stripping
        # tells who the armed band was; its killing is the event
        kinds = {k: t for k, t in kinds.items() if k != "riot"}
    if "protest" in kinds and harm and kinds["protest"].token.i in victims_told(harm):
        # "attacked traders who shunned the strike": the victims' strike, not the doers'
        kinds = {k: t for k, t in kinds.items() if k != "protest"}
    trig = kinds.get("riot") or kinds.get("protest")
    # "gunmen attacked a rally": the attack is the event; "killed in riots" is the riot
    pobj = trig is not None and trig.token.dep_ == "pobj" and not _setting(trig.token)
    # a lynching is a crowd's act wherever the parse puts it, never a rally attacked
    pobj = pobj and trig is not None and not cues.LYNCH.match(trig.token.text)
    crowd = bool(roles.doer_words & cues.CROWD_NOUNS) or settingharm.crowd_actor(roles)
    if pobj and not crowd and not cues.POLICE.search(text) and VIOLENT & kinds.keys():
        return None
    if trig is not None and (
        diplomatic(trig)
        or settingharm.armed_group_harmed(_not_protested(kinds, trig))
        or _armed_not_crowd(roles, text)
        or crowdvictims.on_demonstrators(kinds, trig)
        or (trig.kind == "riot" and shooters(kinds, text))
    ):
        return None  # an armed group's attack on the crowd, or its own blockade, is no protest
    if trig is None and not organised(kinds, text, roles):
        trig = _crowd_anchor(kinds, text, roles)  # armed groups' violence is no riot
    if trig is not None and crowdvictims.gassed_bystanders(trig):
        return Incident(VAC, "Attack", trig, "attack-civilians")  # no crowd was there
    if trig is None:
        arrest = kinds.get("arrest")
        if arrest is not None and demonstrators_arrested(arrest):
            # "arrested 40 protesters when they tried to lay siege to the office": the
            # demonstration, broken up (protesters arrested alone stay arrests)
            return Incident(PROTESTS, "Protest with intervention", arrest, "protest-arrests")
        return None
    if trig.kind == "protest" or triggers.lemma(trig.token) == "riot":
        # "protested the killing of a student by a mob", "demonstrated after their stalls
        # were destroyed", "riots after the lynching of a thief": the violence the
        # protest or riot is about is not the crowd's own
        about = grievance(trig) if trig.kind == "protest" else reasons(trig.token)
        kinds = {k: t for k, t in kinds.items() if t.token.i not in about}
        text = masked(trig.token.doc, about, text)  # keeping what `crowdacts` blanked
    if settingharm.outsiders_harmed(kinds, roles, _UNRULY | cues.MOB_NOUNS | _THEY) and not (
        crowdacts.violent(text) or cues.MOB.search(text)
    ):
        return None  # "police kicked reporters filming the march"
    protest = "protest" in kinds or cues.PROTEST_CONTEXT.search(text) is not None
    protest = protest or crowdacts.resisting(trig, text)  # "to halt the demolition"
    # "held a peaceful march", "dispersed without incident": the report says the crowd
    # was not violent, unless it tells the crowd's own violence ("a peaceful march
    # turned into a riot", stones)
    said = _PEACEFUL.search(text) or cues.NO_VIOLENCE.search(text)
    peaceful = trig.kind == "protest" and "riot" not in kinds and said
    if not peaceful and _riot(kinds, text, roles, trig):
        mob = not _demonstrators_did(kinds, roles, trig) and (
            _mob(kinds, text, roles, protest=protest) or crowdvictims.turned_on_people(trig)
        )
        sub = "Mob violence" if mob else "Violent demonstration"
        return Incident(RIOTS, sub, trig, "riot")
    if _excessive(kinds, text) or hurt_by_police(trig) or serious_injuries(text):
        return Incident(PROTESTS, "Excessive force against protesters", trig, "protest-force")
    if (
        carried_out(trig.token.doc, cues.INTERVENTION, text)
        or carried_out(trig.token.doc, cues.POLICE_STOPPED, text)
        or shot_at_unharmed(text)
        or protesters_arrested(kinds.get("arrest"))
    ):
        if _rival_crowds(trig.token.doc):
            # "police teargassed the rival supporters at the rally": it broke up crowds
            # set against each other (ACLED: rioters against rioters)
            return Incident(RIOTS, "Mob violence", trig, "riot-rivals")
        return Incident(PROTESTS, "Protest with intervention", trig, "protest-intervention")
    return Incident(PROTESTS, "Peaceful protest", trig, "protest")


_PEACEFUL = cues.flag(r"peaceful(?:ly)?\b")


def _setting(token: Token) -> bool:
    """The riot or protest word names when the harm happened, not what was attacked:
    "killed during the riots", "killed in the context of the protests" (ACLED codes
    deaths in a riot, no one else named, to the riot)."""
    head = token.head
    if head.lower_ in AMID:
        return True
    return head.lower_ == "of" and head.head.lower_ in _CONTEXTS


_CONTEXTS = cues.words("context course midst")


def _doers_told(riot: Trigger, harm: Trigger) -> bool:
    """The riot word only describes the harm's doers, in a relative clause ("a group that
    was looting shops")."""
    doers, _ = triggerparse.arguments(harm.token)
    token = riot.token
    return token.dep_ == "relcl" and any(token.head == d for d in doers)


def _armed_not_crowd(roles: Roles, text: str) -> bool:
    """ "Gunmen set vehicles on fire and blocked the main roads": an armed group's acts,
    with no crowd or demonstration told, are no demonstration (ACLED: demonstrators are
    unarmed)."""
    doers = roles.doer_words
    if not doers & cues.NON_STATE_NOUNS or doers & (cues.CROWD_NOUNS | cues.MOB_NOUNS):
        return False
    if not doers & (cues.NON_STATE_NOUNS - _DEED_NAMES):
        return False  # "vandalised by assailants": named by their deed, no arms told
    return _DEMONSTRATION_TOLD.search(text) is None


# Doers named only by what they did, not by the arms they bear.
_DEED_NAMES = cues.words("assailant attacker")


# A demonstration named (not its tactics, which an armed group's blockade shares).
_DEMONSTRATION_TOLD = cues.flag(
    r"protest|demonstrat|march(?:ed|ing|ers)?\b|rall(?:y|ies|ied)\b|sit-in|picket|riot"
    r"|hartal|bandh|dharna|strik(?:e|ers|ing)\b"
)


def _excessive(kinds: Kinds, text: str) -> bool:
    """Police used lethal force on the protest (ACLED: Excessive force against
    protesters): live fire, protesters shot, or a killing that is not the protest's
    cause ("protested the killing of a driver by police" is a peaceful protest)."""
    if cues.POLICE.search(text) is None:
        return settingharm.shot_unarmed(text) and cues.PROTEST_CONTEXT.search(text) is not None
    if _WARNING_SHOTS.search(text) or shot_at_unharmed(text):
        return False  # shots in the air, or shots that hit no one: an intervention
    if live_fire(text):
        return True
    trig = kinds.get("kill")
    if trig is None or tolls.is_cause(trig.token):
        return False
    if triggers.lemma(trig.token) == "fire" and less_lethal_fire(text):
        return False  # "officers fired at the mourners with tear gas": an intervention
    token = trig.token
    if token.pos_ != "VERB" and token.dep_ not in {"nsubj", "nsubjpass", "ROOT"}:
        return False  # "behind the murder of a driver", "a murder suspect": what it is about
    return token.dep_ != "dobj" or triggers.lemma(token.head) not in _PROTESTED


# Shots fired in the air disperse a crowd: an intervention, not lethal force.
_WARNING_SHOTS = cues.flag(
    r"(?:shoot|shooting|shots?|fired|firing|fire) (?:\S+ )?in(?:to)? the air"
)


def _not_protested(kinds: Kinds, trig: Trigger) -> Kinds:
    """The triggers that are not what the protest `trig` is about: "villagers protested
    the killing of two herders by gunmen" tells the gunmen's harm as the grievance, not
    as an armed group's attack on the crowd."""
    if trig.kind != "protest":
        return kinds
    about = grievance(trig)
    return {k: t for k, t in kinds.items() if t.token.i not in about}


def protesters_arrested(trig: Trigger | None) -> bool:
    """Arrests made at the protest, not the arrest it is about: "the arrest of the MP"
    that a crowd protested, or "an MP who was arrested last week"."""
    if trig is None:
        return False
    token = trig.token
    if token.dep_ == "relcl" or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False
    return token.dep_ not in {"dobj", "pobj"} or triggers.lemma(token.head) not in _PROTESTED


def _riot(kinds: Kinds, text: str, roles: Roles, trig: Trigger) -> bool:
    """The crowd itself was violent: rioting, stones, fire, looting, fighting; a crowd's
    own destruction ("supporters damaged property") is its violence too."""
    if trig.kind in {"riot", "loot"} or cues.MOB.search(text) or crowdacts.violent(text):
        return True
    if trig.kind == "protest" and forces_hurt(text):
        return True  # "two officers were injured at the march": the crowd hurt them
    if _mob_justice(kinds, text) and not _crowd_doers(kinds, roles) & ARMED_DOERS:
        return True
    if cues.HURT_IN_DEMO.search(text) and not cues.POLICE.search(text):
        return not settingharm.shot_unarmed(text)  # "two were injured during a street protest"
    if "clash" in kinds and settingharm.rival_partisans(text):
        return True  # "rival party supporters traded blows at the campaign event"
    harmed = {"kill", "attack"} & kinds.keys()
    crowds_clash = "clash" in kinds and bool(roles.doer_words & cues.CROWD_NOUNS)
    crowd = _crowd_doers(kinds, roles) & (cues.MOB_NOUNS | cues.CROWD_NOUNS)
    harm = kinds.get("kill") or kinds.get("attack")
    if harm is not None and (
        _unarmed_crowd(harm, text) or crowdvictims.by_demonstrators(harm, trig)
    ):
        return True
    return bool(crowd and harmed) or (crowds_clash and not cues.POLICE.search(text))


# Many people of one walk of life who may turn on someone together: their violence,
# with no weapon named, is a riot (ACLED's rioters: "a violent group ... not organised",
# whose violence against others is mob violence). A party's supporters, activists or
# enforcers who attack someone act for it (ACLED: a political militia's attack).
_UNRULY = (
    cues.MOB_NOUNS
    | cues.CROWD_NOUNS
    | cues.words("voter fan parent")
    | CIVIL_CROWDS  # traders, workers, miners, ...
) - cues.words("supporter activist enforcer cadre")


def _unarmed_crowd(harm: Trigger, text: str, *, property_only: bool = False) -> bool:
    """ "Voters beat up an official", "a group of traders attacked a council officer":
    the harming trigger's own doers are many unarmed people, and the sentence names no
    weapon or armed men. Partisans who only destroy property ("supporters destroyed
    ballot papers") riot too."""
    if cues.ARMED_WORDS.search(text):
        return False
    crowd = crowd_of(harm)
    unruly = _UNRULY | cues.CROWD_NOUNS if property_only else _UNRULY
    return bool(crowd & unruly) and not crowd & ARMED_DOERS


def _crowd_doers(kinds: Kinds, roles: Roles) -> frozenset[str]:
    """Who did the harm: the sentence's doers and the harming trigger's own subject
    ("a group of students attack and kill a man"), never its victims."""
    harm = kinds.get("kill") or kinds.get("attack")
    if harm is None:
        return roles.doer_words
    sides = sides_of(harm)
    return (roles.doer_words | sides.doers) - roles.target_words - sides.targets


def _mob(kinds: Kinds, text: str, roles: Roles, *, protest: bool) -> bool:
    """Mob violence, not a violent demonstration (ACLED: rioters violently interacting
    with other rioters, an armed group or civilians): a lynching, rival crowds fighting,
    a crowd at a demonstration attacking civilians, or any crowd's violence with no
    demonstration going on (its barricades, bonfires or burning tyres say one is), even
    to property alone. A demonstration's own violence, and its demonstrators' named as
    such whoever they hit (`_demonstrators_did`), is a violent demonstration."""
    if cues.LYNCH.search(text):
        return True
    if crowdvictims.unspecified(kinds.get("riot"), text):
        return False  # "post-election violence was reported": no one it turned on
    police = cues.POLICE.search(text) is not None
    if "clash" in kinds and bool(roles.doer_words & cues.CROWD_NOUNS) and not police:
        return True  # rival crowds
    if "clash" in kinds and rivals(text) and cues.PARTISANS.search(text):
        return True  # "clashes between rival supporters; police fired tear gas"
    if protest and _told_by_victims(kinds, text):
        return True
    if protest:
        # a crowd at a demonstration that turns on civilians (journalists, a rival
        # rally) interacts with civilians: mob violence, not the demonstration's; a
        # death in it whose doer is not the crowd ("one killed during the protest",
        # "shot by warders") is the demonstration's violence
        harm = kinds.get("kill") or kinds.get("attack")
        if harm is None:
            return False
        # an unarmed office holder ("a returning officer") is a civilian too
        civilians = bool(roles.target_words & CIVILIANS) or civil_target(roles, harm)
        doers = _crowd_doers(kinds, roles)
        armed = doers & ARMED_DOERS  # "shot dead by police": no mob
        crowd = doers & (_UNRULY | cues.CROWD_NOUNS | _THEY)
        return civilians and bool(crowd) and not armed
    return True  # no demonstration: a crowd's violence, even to property, is a mob's


_THEY = cues.words("they")


def _told_by_victims(kinds: Kinds, text: str) -> bool:
    """ "Their stalls were destroyed by rioters", "passengers were set upon by a rioting crowd":
    the harm is told from its victims' side, a crowd only its agent, and nothing but the
    riot word says a demonstration was going on (no protest, march or strike, no
    barricades or tear gas): rioters turning on people or their property (ACLED: mob
    violence)."""
    if "protest" in kinds or cues.PROTEST_CONTEXT.search(_RIOT_WORDS.sub(" ", text)):
        return False
    return any(_crowd_agent(kinds[k].token) for k in ("attack", "kill", "loot") if k in kinds)


def _crowd_agent(verb: Token) -> bool:
    """A crowd is the passive's agent and its subject is no force ("an officer was
    killed by rioters": rioters fighting the state)."""
    if any(c.dep_ == "nsubjpass" and triggers.lemma(c) in ARMED_DOERS for c in verb.children):
        return False
    agents = (g for c in verb.children if c.dep_ == "agent" for g in c.children)
    return any(g.dep_ == "pobj" and triggers.lemma(g) in _AGENT_CROWDS for g in agents)


_RIOT_WORDS = cues.flag(r"riot\w*")
_AGENT_CROWDS = (cues.CROWD_NOUNS | cues.MOB_NOUNS) - cues.DEMONSTRATORS

_FIGHTS = ("clash", "attack", "kill")


def _demonstrators_did(kinds: Kinds, roles: Roles, trig: Trigger) -> bool:
    """The violence is a demonstration's own crowd's, told as such: "protesters clashed
    with a rival group", "demonstrators stoned a journalist", "students marched and
    clashed with youths" (the march's verb and the fight's share their subject). ACLED
    codes a demonstration whose crowd turns violent, on anyone, as a violent
    demonstration; a lynching stays a mob's."""
    if cues.LYNCH.search(trig.token.doc.text):
        return False
    harms = [kinds[k] for k in _FIGHTS if k in kinds]
    # "two groups of protesters clashed": a group's members are its doers
    if any((roles.doer_words | sides_of(h).doers) & cues.DEMONSTRATORS for h in harms):
        return True
    if trig.kind != "protest" or trig.token.pos_ != "VERB":
        return False
    return any(_joined(h.token, trig.token) for h in harms)


def _joined(one: Token, other: Token) -> bool:
    """Two verbs coordinated in one clause ("marched and clashed"): the same doers."""
    return (one.dep_ == "conj" and one.head == other) or (
        other.dep_ == "conj" and other.head == one
    )


def _rival_crowds(doc: Doc) -> bool:
    """A crowd named as a rival one: "rival youths", "rival supporters", "rival groups"
    (not "rival parties held rallies": parties are no crowd), told doing no
    demonstrating of their own ("dispersed two rival groups, one protesting the result":
    a protest and its counter-protest, broken up)."""
    if any(t.pos_ == "VERB" and triggers.lemma(t) in _PROTESTED for t in doc):
        return False
    return any(
        t.lower_ == "rival" and t.dep_ == "amod" and triggers.lemma(t.head) in _CROWDS for t in doc
    )


_CROWDS = cues.CROWD_NOUNS | cues.MOB_NOUNS | cues.words("group camp faction gang")


def _mob_justice(kinds: Kinds, text: str) -> bool:
    """ "Villagers beat to death a herder whom they accused of theft", "a man was beaten
    to death for stealing a goat": a community punishing a suspect, unarmed (ACLED: mob
    violence)."""
    suspected = cues.SUSPECTED_BY_LOCALS.search(text) or cues.KILLED_FOR_THEFT.search(text)
    return "kill" in kinds and suspected is not None and not cues.ARMED_WORDS.search(text)


def rivals(text: str) -> bool:
    """Crowds fighting each other, not the police: "violence between them" after "police
    engaged the students" is the police's fight with the students."""
    if cues.POLICE.search(text):
        text = _BETWEEN_THEM.sub(" ", text)
    return bool(cues.RIVALS.search(text)) and not cues.POLICE_SIDE.search(text)


_BETWEEN_THEM = cues.flag(r"between them\b")


_PROTESTED = cues.words("protest demonstrate march rally condemn decry oppose denounce")
_PEOPLE = (cues.CIVILIAN_NOUNS | cues.ARMED_NOUNS) - PLACES


def _crowd_anchor(kinds: Kinds, text: str, roles: Roles) -> Trigger | None:
    """The violent trigger of a demonstration told without a protest verb: protesters
    shot at by police, or a crowd ("youths", "a mob") that rioted or lynched."""
    anchor = next((kinds[k] for k in ("kill", "attack", "clash", "loot") if k in kinds), None)
    if anchor is None or (armed_fight(text) and not cues.MOB.search(text)):
        return None  # herders exchanging fire, tribesmen attacking: armed (`armedsides`)
    violent = crowdacts.violent(text) or cues.MOB.search(text)
    harm = kinds.get("kill") or kinds.get("attack")
    doers = _crowd_doers(kinds, roles)
    mob = doers & cues.MOB_NOUNS or cues.MOB.search(text) or _mob_justice(kinds, text)
    if harm and mob and (not doers & ARMED_DOERS or lynching(text)):
        # "a crowd beat him to death", "set on fire by an irate mob", "stoned to death by
        # villagers", a vigilante militia's lynching; gunmen who kill a witch are no mob
        return harm
    if harm and _unarmed_crowd(harm, text):
        return harm
    if roles.doer_words & cues.CROWD_NOUNS and violent:
        return anchor
    unarmed = not cues.ARMED_WORDS.search(text)
    if "loot" in kinds and (
        (roles.doer_words & cues.MOB_NOUNS and unarmed)
        or _unarmed_crowd(kinds["loot"], text, property_only=True)
        or (cues.LYNCH.search(text) and unarmed and not roles.doer_words & ARMED_DOERS)
    ):
        # "angry residents burned a truck", "students burnt their school": a crowd's
        # destruction; "homes burnt after claims of witchcraft": mob justice, whoever did
        # it, unless armed men are named
        return kinds["loot"]
    if (
        "loot" in kinds
        and "kill" not in kinds
        and not _in_fight(kinds)
        and vehicles_burnt(kinds["loot"])
        and not cues.ARMED_WORDS.search(text)
        and not roles.doer_words & GUNMEN
    ):
        return kinds["loot"]  # "assailants torched a bus": the road's unrest, a riot
    if not cues.CROWD.search(text):
        return None
    if _excessive(kinds, text):
        # protesters or a crowd shot by the police; "youths" alone, with no demonstration
        # told, are who the police shot in a raid or a fight ("shot dead two youths")
        told = cues.GATHERING.search(text) or cues.PROTEST_CONTEXT.search(text)
        return anchor if told else None
    return anchor if crowdacts.violent(text) else None


def _in_fight(kinds: Kinds) -> bool:
    """ "Vehicles got burnt in the fighting": damage done in a fight is the fight's."""
    fight = kinds.get("clash")
    return fight is not None and fight.token.dep_ == "pobj" and fight.token.head.lower_ in AMID
