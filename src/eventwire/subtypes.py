"""The sub-event decision: which ACLED event and sub-event type a sentence reports.

Written from ACLED's public codebook. Each of the 25 sub-event types has its own test
of what the sentence says, and the readers run in ACLED's order of precedence, so that
when two types apply the one higher in the hierarchy wins and the other is kept as an
alternative that lost (for `Event.explanation`):

1. Chemical weapon: any violence with a chemical agent.
2. Territory: Government regains territory (state forces retaking ground), Non-state
   actor overtakes territory, or Non-violent transfer of territory (handed over,
   withdrawal, "without a fight").
3. Demonstrations: Violent demonstration (a protest whose crowd throws stones, burns,
   loots, fights; people hurt in it), Mob violence (a crowd, mob or vigilantes attacking
   people or property with no demonstration, mob justice, rival crowds fighting each
   other), Excessive force against protesters (live fire, killing), Protest with
   intervention (tear gas, arrests, dispersal), Peaceful protest (an effigy burnt).
4. Armed clash: two armed sides fighting ("clashed", "exchange of fire"); unarmed
   partisans, politicians or traders fighting are a riot.
5. Remote violence: Air/drone strike (an aerial means), Suicide bomb (a suicide
   attacker), Grenade, Shelling/artillery/missile attack, Remote explosive/landmine/IED.
6. Violence against civilians: Sexual violence, Abduction/forced disappearance (by
   anyone but state agents arresting), Attack (unarmed victims); an attack on an armed
   target (armed men, a police post) or armed men taken in a fight is an Armed clash.
   Who was hit is read from the harming trigger's own arguments too (`sides`), so the
   doers' words ("armed bandits attacked traders") never count as victims.
7. Strategic developments: Arrests (state agents detaining), Disrupted weapons use
   (bombs defused, weapons seized), Looting/property destruction, Agreement,
   Headquarters or base established, Change to group/activity, Other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire import crowdacts, crowdvictims, cues, settingharm, tolls, triggerparse, triggers
from eventwire.armedsides import armed_fight
from eventwire.civiltargets import beating, civil_target
from eventwire.crowdmilitias import CIVIL_CROWDS, civilians_fight, lynching, organised
from eventwire.crowdvictims import hurt_by_police
from eventwire.diplomatic import diplomatic
from eventwire.grievance import grievance, masked
from eventwire.harms import arrested_by_state, harmed
from eventwire.protestforce import serious_injuries
from eventwire.records import Inter
from eventwire.remotemeans import grenade_fight
from eventwire.roles import ARMED, Roles, targets_armed, targets_civilians
from eventwire.sides import (
    armed_victims,
    crowd_of,
    demonstrators_arrested,
    executed,
    sides_of,
    vehicles_burnt,
)
from eventwire.triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Incident", "protesters_arrested", "read_incident"]

BATTLES, EXPLOSIONS, VAC = "Battles", "Explosions/Remote violence", "Violence against civilians"
PROTESTS, RIOTS, STRATEGIC = "Protests", "Riots", "Strategic developments"
_VIOLENT = cues.VIOLENT_KINDS
_NON_STATE = frozenset({Inter.REBEL, Inter.POLITICAL_MILITIA, Inter.IDENTITY_MILITIA})


@dataclass(frozen=True, slots=True)
class Incident:
    """What a sentence reports, before roles, date and place are attached.

    `alternatives` are the other codings the sentence supported, each with why it lost.
    """

    event_type: str
    sub_event_type: str
    trigger: Trigger
    rule: str
    alternatives: tuple[str, ...] = ()


Kinds = dict[str, Trigger]
Reader = Callable[[Kinds, str, Roles], "Incident | None"]


def read_incident(doc: Doc, found: Sequence[Trigger], roles: Roles) -> Incident | None:
    """The ACLED type of the incident a sentence reports, or None when it reports none.

    `found` are the asserted triggers; `roles` (read from the first violent trigger)
    tell state from non-state actors and civilian from armed targets.
    """
    kinds = _kinds(found, references=False) or _kinds(found, references=True)
    if "kill" in kinds and not (_VIOLENT - {"kill"}) & kinds.keys():
        # "killed following skirmishes", "died after an attack": what killed them
        for kind, trig in _kinds(found, references=True).items():
            if kind in _VIOLENT:
                kinds.setdefault(kind, trig)
    if not kinds:
        return None
    kinds, text = crowdacts.reread(doc, kinds)  # a demand carried in, threats
    chosen: Incident | None = None
    lost: list[str] = []
    for reader in _READERS:
        incident = reader(kinds, text, roles)
        if incident is None:
            continue
        if chosen is None:
            chosen = incident
        elif incident.sub_event_type != chosen.sub_event_type:
            lost.append(
                f"{incident.sub_event_type} ({incident.rule}, from {incident.trigger.text!r}):"
                f" lost to {chosen.sub_event_type}, higher in ACLED's hierarchy"
            )
    if chosen is None:
        return None
    return Incident(chosen.event_type, chosen.sub_event_type, chosen.trigger, chosen.rule, (*lost,))


def _kinds(found: Sequence[Trigger], *, references: bool) -> Kinds:
    """The first trigger of each kind; without `references`, events only referred to
    ("arrested over the bombing") are left out."""
    kinds: Kinds = {}
    for trig in found:
        kind = triggerparse.refine_kind(trig)
        if kind is not None and (references or not triggerparse.is_reference(trig.token)):
            kinds.setdefault(kind, Trigger(trig.token, kind, trig.rule))
    return kinds


def _chemical(kinds: Kinds, text: str, roles: Roles) -> Incident | None:
    violent = [kinds[k] for k in ("attack", "kill", "strike", "shell", "bomb") if k in kinds]
    if violent and cues.CHEMICAL.search(text):
        return Incident(EXPLOSIONS, "Chemical weapon", violent[0], "chemical")
    return None


def _territory(kinds: Kinds, text: str, roles: Roles) -> Incident | None:
    """Ground changing hands: by force to the state or to a non-state actor, or without
    a fight (handed over, a withdrawal with no capture verb)."""
    trig = kinds.get("territory")
    if trig is None:
        return None
    forced = trig.rule.startswith("lemma")  # captured, seized, overran: force was used
    # "insurgents took over the area and hoisted their flag": no fight told
    over = trig.token.lemma_ == "take" and any(c.lower_ == "over" for c in trig.token.children)
    actor = roles.actor1.actor if roles.actor1 else None
    if over and not (roles.doer_words & cues.ARMED_NOUNS or (actor and actor.inter in ARMED)):
        return None  # "the company took over the station": no armed actor, no territory
    quiet = over and not forced and not _FOUGHT.search(text)
    withdrawn = cues.WITHDRAWAL.search(text) and not forced
    if cues.NONVIOLENT.search(text) or withdrawn or quiet:
        return Incident(STRATEGIC, "Non-violent transfer of territory", trig, "territory-peaceful")
    if actor is not None:
        state = actor.inter in {Inter.STATE, Inter.EXTERNAL}
    else:
        state = bool(
            triggers.lemma(trig.token) in cues.REGAIN_LEMMAS
            or trig.token.lower_ in cues.REGAIN_LEMMAS
            or roles.doer_words & cues.STATE_NOUNS
        )
    if state:
        return Incident(BATTLES, "Government regains territory", trig, "territory-state")
    return Incident(BATTLES, "Non-state actor overtakes territory", trig, "territory-nonstate")


_FOUGHT = cues.flag(
    r"fight|fought|clash|battl|attack|assault|kill|dead|shell|bomb|fir(?:e|ed|ing)\b|gunfire"
    r"|storm|overr[au]n|captur|seiz|forc(?:e|ed|ing)\b"
)


def _demonstration(kinds: Kinds, text: str, roles: Roles) -> Incident | None:
    """Protests and riots: a demonstration trigger, or a crowd's violence."""
    trig = kinds.get("riot") or kinds.get("protest")
    # "gunmen attacked a rally": the attack is the event; "killed in riots" is the riot
    pobj = trig is not None and trig.token.dep_ == "pobj" and trig.token.head.lower_ not in _AMID
    # a lynching is a crowd's act wherever the parse puts it, never a rally attacked
    pobj = pobj and trig is not None and not cues.LYNCH.match(trig.token.text)
    crowd = bool(roles.doer_words & cues.CROWD_NOUNS) or settingharm.crowd_actor(roles)
    if pobj and not crowd and not cues.POLICE.search(text) and _VIOLENT & kinds.keys():
        return None
    if trig is not None and (
        diplomatic(trig)
        or settingharm.armed_group_harmed(kinds)
        or _armed_not_crowd(roles, text)
        or crowdvictims.on_demonstrators(kinds, trig)
    ):
        return None  # an armed group's attack on the crowd, or its own blockade, is no protest
    if trig is None and not organised(kinds, text, roles):
        trig = _crowd_anchor(kinds, text, roles)  # armed groups' violence is no riot
    if trig is None:
        arrest = kinds.get("arrest")
        if arrest is not None and demonstrators_arrested(arrest):
            # "arrested 40 protesters when they tried to lay siege to the office": the
            # demonstration, broken up (protesters arrested alone stay arrests)
            return Incident(PROTESTS, "Protest with intervention", arrest, "protest-arrests")
        return None
    if trig.kind == "protest":
        # "protested the killing of a student by a mob", "demonstrated after their stalls
        # were destroyed": the violence the protest is about is not the crowd's own
        about = grievance(trig)
        kinds = {k: t for k, t in kinds.items() if t.token.i not in about}
        text = masked(trig.token.doc, about, text)  # keeping what `crowdacts` blanked
    if settingharm.outsiders_harmed(kinds, roles, _UNRULY | cues.MOB_NOUNS | _THEY) and not (
        crowdacts.violent(text) or cues.MOB.search(text)
    ):
        return None  # "police kicked reporters filming the march"
    protest = "protest" in kinds or cues.PROTEST_CONTEXT.search(text) is not None
    # "held a peaceful march": the report says the crowd was not violent, unless it
    # tells the crowd's own violence ("a peaceful march turned into a riot", stones)
    peaceful = trig.kind == "protest" and "riot" not in kinds and _PEACEFUL.search(text)
    if not peaceful and _riot(kinds, text, roles, trig):
        mob = _mob(kinds, text, roles, protest=protest) or crowdvictims.turned_on_people(trig)
        sub = "Mob violence" if mob else "Violent demonstration"
        return Incident(RIOTS, sub, trig, "riot")
    if _excessive(kinds, text) or hurt_by_police(trig) or serious_injuries(text):
        return Incident(PROTESTS, "Excessive force against protesters", trig, "protest-force")
    if (
        cues.INTERVENTION.search(text)
        or cues.POLICE_STOPPED.search(text)
        or protesters_arrested(kinds.get("arrest"))
    ):
        return Incident(PROTESTS, "Protest with intervention", trig, "protest-intervention")
    return Incident(PROTESTS, "Peaceful protest", trig, "protest")


_PEACEFUL = cues.flag(r"peaceful(?:ly)?\b")


def _armed_not_crowd(roles: Roles, text: str) -> bool:
    """ "Gunmen set vehicles on fire and blocked the main roads": an armed group's acts,
    with no crowd or demonstration told, are no demonstration (ACLED: demonstrators are
    unarmed)."""
    doers = roles.doer_words
    if not doers & cues.NON_STATE_NOUNS or doers & (cues.CROWD_NOUNS | cues.MOB_NOUNS):
        return False
    return _DEMONSTRATION_TOLD.search(text) is None


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
    if _WARNING_SHOTS.search(text):
        return False
    if cues.EXCESSIVE.search(text):
        return True
    trig = kinds.get("kill")
    if trig is None or tolls.is_cause(trig.token):
        return False
    token = trig.token
    if token.pos_ != "VERB" and token.dep_ not in {"nsubj", "nsubjpass", "ROOT"}:
        return False  # "behind the murder of a driver", "a murder suspect": what it is about
    return token.dep_ != "dobj" or triggers.lemma(token.head) not in _PROTESTED


# Shots fired in the air disperse a crowd: an intervention, not lethal force.
_WARNING_SHOTS = cues.flag(r"(?:shot|shots|fired|firing|fire) (?:\S+ )?in(?:to)? the air")


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
    if _mob_justice(kinds, text) and not _crowd_doers(kinds, roles) & _ARMED_DOERS:
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
    return bool(crowd & unruly) and not crowd & _ARMED_DOERS


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
    a demonstration's crowd attacking civilians, or any crowd's violence with no
    demonstration going on (its barricades, bonfires or burning tyres say one is), even
    to property alone. A demonstration's own violence is a violent demonstration."""
    if cues.LYNCH.search(text):
        return True
    if crowdvictims.unspecified(kinds.get("riot"), text):
        return False  # "post-election violence was reported": no one it turned on
    police = cues.POLICE.search(text) is not None
    if "clash" in kinds and bool(roles.doer_words & cues.CROWD_NOUNS) and not police:
        return True  # rival crowds
    if "clash" in kinds and _rivals(text) and cues.PARTISANS.search(text):
        return True  # "clashes between rival supporters; police fired tear gas"
    if protest:
        # a demonstration's crowd that turns on civilians (journalists, a rival rally)
        # interacts with civilians: mob violence, not the demonstration's violence; a
        # death in it whose doer is not the crowd ("one killed during the protest",
        # "shot by warders") is the demonstration's violence
        civilians = roles.target_words & _CIVILIANS
        doers = _crowd_doers(kinds, roles)
        armed = doers & _ARMED_DOERS  # "shot dead by police": no mob
        crowd = doers & (_UNRULY | cues.CROWD_NOUNS | _THEY)
        return bool(civilians and crowd and {"kill", "attack"} & kinds.keys()) and not armed
    return True  # no demonstration: a crowd's violence, even to property, is a mob's


_THEY = cues.words("they")


def _mob_justice(kinds: Kinds, text: str) -> bool:
    """ "Residents attacked and killed a man they suspected of theft": a community
    punishing a suspect, unarmed (ACLED: mob violence)."""
    suspected = cues.SUSPECTED_BY_LOCALS.search(text) is not None
    return "kill" in kinds and suspected and not cues.ARMED_WORDS.search(text)


def _rivals(text: str) -> bool:
    """Crowds fighting each other, not the police."""
    return bool(cues.RIVALS.search(text)) and not cues.POLICE_SIDE.search(text)


_AMID = cues.words("in during amid amidst")
_PROTESTED = cues.words("protest demonstrate march rally condemn decry oppose denounce")
_PLACES = cues.words(
    "village market school church mosque hospital home house camp bus wedding funeral"
    " checkpoint base convoy position stronghold barracks outpost prison jail station"
)
_PEOPLE = (cues.CIVILIAN_NOUNS | cues.ARMED_NOUNS) - _PLACES
_CIVILIANS = cues.CIVILIAN_NOUNS - _PLACES


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
    if harm and mob and (not doers & _ARMED_DOERS or lynching(text)):
        # "a crowd beat him to death", "set on fire by an irate mob", "stoned to death by
        # villagers", a vigilante militia's lynching; gunmen who kill a witch are no mob
        return harm
    if harm and _unarmed_crowd(harm, text):
        return harm
    if roles.doer_words & cues.CROWD_NOUNS and violent:
        return anchor
    if "loot" in kinds and (
        (roles.doer_words & cues.MOB_NOUNS and not cues.ARMED_WORDS.search(text))
        or _unarmed_crowd(kinds["loot"], text, property_only=True)
    ):
        # "angry residents burned a truck", "students burnt their school": a crowd's
        # destruction
        return kinds["loot"]
    if (
        "loot" in kinds
        and "kill" not in kinds
        and not _in_fight(kinds)
        and vehicles_burnt(kinds["loot"])
        and not cues.ARMED_WORDS.search(text)
        and not roles.doer_words & _GUNMEN
    ):
        return kinds["loot"]  # "assailants torched a bus": the road's unrest, a riot
    if not cues.CROWD.search(text):
        return None
    if _excessive(kinds, text):
        return anchor
    return anchor if crowdacts.violent(text) else None


def _in_fight(kinds: Kinds) -> bool:
    """ "Vehicles got burnt in the fighting": damage done in a fight is the fight's."""
    fight = kinds.get("clash")
    return fight is not None and fight.token.dep_ == "pobj" and fight.token.head.lower_ in _AMID


def _battle(kinds: Kinds, text: str, roles: Roles) -> Incident | None:
    trig = kinds.get("clash")
    if trig is None or settingharm.civilians_attacked_amid(kinds, trig, roles, _CIVILIANS):
        return None
    armed = cues.ARMED_WORDS.search(text) or armed_fight(text)
    civil = cues.PARTISANS.search(text) or civilians_fight(trig)
    if civil and not (armed or organised(kinds, text, roles)):
        # party activists or rival villagers fighting with sticks and stones: a riot;
        # a demonstration's crowd fighting the police is a violent demonstration,
        # crowds fighting each other or with no demonstration going on, mob violence
        demo = cues.PROTEST_CONTEXT.search(text) is not None
        sub = "Violent demonstration" if demo and not _rivals(text) else "Mob violence"
        return Incident(RIOTS, sub, trig, "riot")
    return Incident(BATTLES, "Armed clash", trig, "clash")


def _remote(kinds: Kinds, text: str, roles: Roles) -> Incident | None:
    """Explosions and remote violence, by the means the sentence names."""
    violent = [
        kinds[k] for k in ("strike", "bomb", "shell", "grenade", "attack", "kill") if k in kinds
    ]
    if not violent:
        return None
    if cues.SUICIDE.search(text) and ({"bomb", "attack", "kill"} & kinds.keys()):
        return Incident(EXPLOSIONS, "Suicide bomb", violent[0], "suicide-bomb")
    if cues.AERIAL.search(text) and ({"strike", "bomb"} & kinds.keys() or "drone" in text.lower()):
        return Incident(EXPLOSIONS, "Air/drone strike", violent[0], "air-strike")
    if "grenade" in kinds or (cues.GRENADE.search(text) and "bomb" in kinds):
        trig = kinds.get("grenade") or kinds["bomb"]
        if grenade_fight(trig, text, roles):  # grenades and guns at armed men
            return Incident(BATTLES, "Armed clash", trig, "grenade-clash")
        return Incident(EXPLOSIONS, "Grenade", trig, "grenade")
    if "shell" in kinds or (cues.SHELLING.search(text) and "strike" in kinds):
        return Incident(EXPLOSIONS, "Shelling/artillery/missile attack", violent[0], "shelling")
    if "bomb" in kinds:
        return Incident(EXPLOSIONS, "Remote explosive/landmine/IED", kinds["bomb"], "explosive")
    if "strike" in kinds and kinds["strike"].token.pos_ == "NOUN":
        return Incident(EXPLOSIONS, "Air/drone strike", kinds["strike"], "strike")
    return None


def _civilian(kinds: Kinds, text: str, roles: Roles) -> Incident | None:
    """Violence against civilians; an attack on armed men is an armed clash."""
    if "sexual" in kinds:
        return Incident(VAC, "Sexual violence", kinds["sexual"], "sexual-violence")
    if "abduct" in kinds:
        taken = kinds["abduct"]
        if _VIOLENT & kinds.keys() and armed_victims(roles, taken) and not executed(taken):
            # "attacked the post, killing an officer and abducting two reservists": men
            # taken in a fight between armed sides are part of the clash (ACLED codes
            # abductions of civilians as violence against them)
            return Incident(BATTLES, "Armed clash", taken, "abduct-armed")
        if executed(taken) or harmed(kinds, text):  # deaths or injuries (`harms`)
            return Incident(VAC, "Attack", taken, "abduction+killed")
        return Incident(VAC, "Abduction/forced disappearance", taken, "abduction")
    if "arrest" in kinds and _non_state(roles) and not arrested_by_state(kinds["arrest"]):
        return Incident(VAC, "Abduction/forced disappearance", kinds["arrest"], "abduction")
    trig = kinds.get("kill") or kinds.get("attack")
    if trig is None:
        return None
    if trig.token.lemma_ == "raid" and "kill" not in kinds and {"arrest", "weapons"} & kinds.keys():
        return None  # a raid that seized or arrested: a strategic development
    if cues.FIRE_EXCHANGED.search(text):
        # "the police fired back", "killed in a shoot-out": both sides fought
        return Incident(BATTLES, "Armed clash", trig, "clash")
    unarmed = cues.UNARMED.search(text) is not None
    state = _state_doer(roles) or bool(sides_of(trig).doers & cues.STATE_NOUNS)
    if state and _RESPONSE.search(text) and not unarmed and not _civilians_named(roles, trig):
        # "police responded, killing two": forces answering an attack fight its attackers
        return Incident(BATTLES, "Armed clash", trig, "attack-armed")
    if _state_doer(roles) and roles.target_words & _CRIMINALS and not unarmed:
        # police or troops killing suspected criminals or a group's members: ACLED codes
        # an armed clash unless the report says the victims were unarmed
        return Incident(BATTLES, "Armed clash", trig, "attack-armed")
    # "a civilian was killed and several policemen wounded": armed men were hit too
    harms = [kinds[k] for k in ("kill", "attack") if k in kinds]  # "killed when X attacks"
    armed_hit = any(armed_victims(roles, t) for t in harms)
    civilians = targets_civilians(roles) or bool(
        _own_targets(roles, trig) & (_CIVILIANS | _CIVILIAN_PLACES)
    )
    if (civilians and not armed_hit) or unarmed or civil_target(roles, trig):
        return Incident(VAC, "Attack", trig, "attack-civilians")
    if armed_hit or _armed_actor2(roles):
        return Incident(BATTLES, "Armed clash", trig, "attack-armed")
    armed = _state_doer(roles) or triggers.lemma(trig.token) in _ASSAULTS
    if trig.kind == "attack" and armed and not beating(trig):
        # state forces attacking, storming or on an offensive fight armed men (not beaters)
        return Incident(BATTLES, "Armed clash", trig, "attack-armed")
    return Incident(VAC, "Attack", trig, "attack")


_ASSAULTS = cues.words("storm offensive")
# Places where civilians live, work and gather: an attack on one is on them (a camp may
# be a militant camp, so it is left out).
_CIVILIAN_PLACES = (_PLACES - cues.ARMED_NOUNS - cues.words("camp")) | cues.words(
    "homestead farm hotel shop store restaurant bar club office manyatta estate"
)
# Doers that make a killing an armed actor's, not a mob's ("armed youths", "police").
_ARMED_DOERS = cues.NON_STATE_NOUNS | cues.STATE_NOUNS | cues.words("armed officer policeman")
# Armed doers whose arson is their attack; "assailants" and "attackers" are who burns
# buses in a blockade.
_GUNMEN = _ARMED_DOERS - cues.words("assailant attacker miscreant")
_CRIMINALS = cues.words("suspect criminal thief robber thug gang gangster member")


# Forces answering an attack on the spot.
_RESPONSE = cues.flag(
    r"respond(?:ed|s|ing)?\b|interven(?:ed|es|ing)\b|pursu(?:ed|ing)\b|gave chase|repuls|repel"
)


def _civilians_named(roles: Roles, trig: Trigger) -> bool:
    return bool(_own_targets(roles, trig) & _CIVILIANS)


def _own_targets(roles: Roles, trig: Trigger) -> frozenset[str]:
    """Who the chosen trigger itself harmed, with the sentence's victims."""
    return roles.target_words | sides_of(trig).targets


def _armed_actor2(roles: Roles) -> bool:
    """An armed side named as the target ("attacked Al Shabaab")."""
    return roles.actor2 is not None and targets_armed(roles)


def _state_doer(roles: Roles) -> bool:
    actor = roles.actor1.actor if roles.actor1 else None
    if actor is not None:
        return actor.inter in {Inter.STATE, Inter.EXTERNAL}
    return bool(roles.doer_words & cues.STATE_NOUNS)


def _non_state(roles: Roles) -> bool:
    actor = roles.actor1.actor if roles.actor1 and roles.actor1_parsed else None
    armed_doer = bool(roles.doer_words & cues.NON_STATE_NOUNS)
    return (actor is not None and actor.inter in _NON_STATE) or armed_doer


_STRATEGIC_KINDS = (
    ("arrest", "Arrests"),
    ("weapons", "Disrupted weapons use"),
    ("loot", "Looting/property destruction"),
    ("agreement", "Agreement"),
    ("base", "Headquarters or base established"),
    ("change", "Change to group/activity"),
    ("other", "Other"),
)


def _strategic(kinds: Kinds, text: str, roles: Roles) -> Incident | None:
    for kind, sub in _STRATEGIC_KINDS:
        if kind == "loot" and kind in kinds and harmed(kinds, text) and not targets_armed(roles):
            return Incident(VAC, "Attack", kinds[kind], "loot-harm")
        if kind in kinds:
            return Incident(STRATEGIC, sub, kinds[kind], kind)
    return None


_READERS: tuple[Reader, ...] = (
    _chemical,
    _territory,
    _demonstration,
    _battle,
    _remote,
    _civilian,
    _strategic,
)
