"""The sub-event decision: which ACLED event and sub-event type a sentence reports.

Written from ACLED's public codebook. Each of the 25 sub-event types has its own test
of what the sentence says, and the readers run in ACLED's order of precedence, so that
when two types apply the one higher in the hierarchy wins and the other is kept as an
alternative that lost (for `Event.explanation`):

1. Chemical weapon: any violence with a chemical agent.
2. Territory: Government regains territory (state forces retaking ground), Non-state
   actor overtakes territory, or Non-violent transfer of territory (handed over,
   withdrawal, "without a fight").
3. Demonstrations (`eventwire.demosubtypes`): Violent demonstration (a protest whose
   crowd throws stones, burns, loots, fights; people hurt in it), Mob violence (a
   crowd, mob or vigilantes attacking people or property with no demonstration, mob
   justice, rival crowds fighting each other), Excessive force against protesters
   (live fire, killing), Protest with intervention (tear gas, arrests, dispersal),
   Peaceful protest (an effigy burnt).
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
from typing import TYPE_CHECKING

from eventwire import crowdacts, cues, settingharm, triggerparse, triggers
from eventwire.armedsides import armed_fight, sides_between
from eventwire.civiltargets import armed_group_hit, beating, civil_target
from eventwire.crowdmilitias import (
    civilians_fight,
    faceless_police_fight,
    organised,
    party_factions,
)
from eventwire.demosubtypes import demonstration, rivals
from eventwire.doctext import text_of
from eventwire.harms import arrested_by_state, harmed
from eventwire.incident import (
    BATTLES,
    CIVILIANS,
    EXPLOSIONS,
    PLACES,
    RIOTS,
    STRATEGIC,
    VAC,
    VIOLENT,
    Incident,
    Kinds,
)
from eventwire.notelabels import label_of
from eventwire.records import Inter
from eventwire.remotemeans import aerial_attack, grenade_fight
from eventwire.roles import ARMED, Roles, targets_armed, targets_civilians
from eventwire.sides import (
    armed_victims,
    executed,
    fought_armed_men,
    sides_of,
    suspects_harmed,
)
from eventwire.triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["read_incident"]

_NON_STATE = frozenset({Inter.REBEL, Inter.POLITICAL_MILITIA, Inter.IDENTITY_MILITIA})


Reader = Callable[[Kinds, str, Roles], "Incident | None"]


def read_incident(doc: Doc, found: Sequence[Trigger], roles: Roles) -> Incident | None:
    """The ACLED type of the incident a sentence reports, or None when it reports none.

    `found` are the asserted triggers; `roles` (read from the first violent trigger)
    tell state from non-state actors and civilian from armed targets. A line that opens
    with a Strategic development's label ("Movement of forces: ...", `notelabels`) is
    that development, whatever the words after the label tell in passing.
    """
    incident = _read_incident(doc, found, roles)
    label = label_of(text_of(doc))
    if label is None or not found:
        return incident
    event_type, sub, end = label
    told = [t for t in found if t.token.idx >= end]
    trig = (told or list(found))[0]
    changed = incident is not None and incident.sub_event_type != sub
    lost = (_lost(incident, "the line's own label"),) if incident and changed else ()
    return Incident(event_type, sub, trig, "label", lost)


def _lost(incident: Incident, winner: str) -> str:
    return (
        f"{incident.sub_event_type} ({incident.rule}, from {incident.trigger.text!r}):"
        f" lost to {winner}"
    )


def _read_incident(doc: Doc, found: Sequence[Trigger], roles: Roles) -> Incident | None:
    kinds = _kinds(found, references=False) or _kinds(found, references=True)
    if "kill" in kinds and not (VIOLENT - {"kill"}) & kinds.keys():
        # "killed following skirmishes", "died after an attack": what killed them
        for kind, trig in _kinds(found, references=True).items():
            if kind in VIOLENT:
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
            lost.append(_lost(incident, f"{chosen.sub_event_type}, higher in ACLED's hierarchy"))
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
    forced = trig.rule.startswith(
        ("lemma", "spelling")
    )  # captured, seized, overran: force was used
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


def _battle(kinds: Kinds, text: str, roles: Roles) -> Incident | None:
    trig = kinds.get("clash")
    if trig is None or settingharm.civilians_attacked_amid(kinds, trig, roles, CIVILIANS):
        return None
    armed = cues.ARMED_WORDS.search(text) or armed_fight(text)
    civil = (
        cues.PARTISANS.search(text)
        or civilians_fight(trig)
        or faceless_police_fight(trig, text, roles)
        or party_factions(text, roles)
    )
    if civil and not (armed or organised(kinds, text, roles)):
        # party activists or rival villagers fighting with sticks and stones: a riot;
        # a demonstration's crowd fighting the police is a violent demonstration,
        # crowds fighting each other or with no demonstration going on, mob violence
        demo = cues.PROTEST_CONTEXT.search(text) is not None
        sub = "Violent demonstration" if demo and not rivals(text) else "Mob violence"
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
    # "jets attacked the camps", "military planes pounded the hideouts": the aircraft's
    aerial = next((kinds[k] for k in ("attack", "shell") if k in kinds), None)
    if aerial is not None and aerial_attack(aerial):
        return Incident(EXPLOSIONS, "Air/drone strike", aerial, "air-attack")
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
        harms = [kinds[k] for k in ("kill", "attack") if k in kinds]
        armed_hit = any(armed_victims(roles, t) for t in (taken, *harms))
        if VIOLENT & kinds.keys() and armed_hit and not executed(taken):
            # "attacked the post, killing an officer and abducting two reservists", "one
            # officer shot dead and two herders abducted": men taken or killed in a fight
            # between armed sides are part of the clash (ACLED codes abductions of
            # civilians alone as violence against them)
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
    if cues.FIRE_EXCHANGED.search(text) or cues.RESISTED.search(text) or _ARMED_UP.search(text):
        # "the police fired back", "killed in a shoot-out", "residents took up arms
        # against the gang": both sides fought
        return Incident(BATTLES, "Armed clash", trig, "clash")
    if trig.kind == "kill" and not sides_of(trig).doers and sides_between(trig.token):
        # "found dead after a land dispute between two communities": no one named who
        # killed, two sides named who fought
        return Incident(BATTLES, "Armed clash", trig, "between-sides")
    if _state_doer(roles) and armed_group_hit(roles, text):
        return Incident(BATTLES, "Armed clash", trig, "attack-armed")  # a group's men
    unarmed = cues.UNARMED.search(text) is not None
    state = _state_doer(roles) or bool(sides_of(trig).doers & cues.STATE_NOUNS)
    if state and _RESPONSE.search(text) and not unarmed and not _civilians_named(roles, trig):
        # "police responded, killing two": forces answering an attack fight its attackers
        return Incident(BATTLES, "Armed clash", trig, "attack-armed")
    suspects = roles.target_words & _CRIMINALS or suspects_harmed(trig)
    if _state_doer(roles) and suspects and not unarmed:
        # police or troops killing suspected criminals or a group's members: ACLED codes
        # an armed clash unless the report says the victims were unarmed
        return Incident(BATTLES, "Armed clash", trig, "attack-armed")
    if _state_doer(roles) and _own_targets(roles, trig) & _FELLOWS and not unarmed:
        # "a constable gunned down two of his colleagues": men of the doer's own force
        return Incident(BATTLES, "Armed clash", trig, "attack-armed")
    # "a civilian was killed and several policemen wounded": armed men were hit too
    harms = [kinds[k] for k in ("kill", "attack") if k in kinds]  # "killed when X attacks"
    armed_hit = any(armed_victims(roles, t) for t in harms) or fought_armed_men(
        trig, _state_doer(roles)
    )
    civilians = targets_civilians(roles) or bool(
        _own_targets(roles, trig) & (CIVILIANS | _CIVILIAN_PLACES)
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
_CIVILIAN_PLACES = (PLACES - cues.ARMED_NOUNS - cues.words("camp")) | cues.words(
    "homestead farm hotel shop store restaurant bar club office manyatta estate"
)
_CRIMINALS = cues.words("suspect criminal thief robber thug gang gangster member")
# The doer's fellows: a soldier's or an officer's colleagues are of the same armed force.
_FELLOWS = cues.words("colleague comrade")


# People arming to fight: the side that "took up arms" is no unarmed victim.
_ARMED_UP = cues.flag(r"\b(?:t[ao]ok|takes?|taking) up arms\b|\barmed themselves\b")
# Forces answering an attack on the spot.
_RESPONSE = cues.flag(
    r"respond(?:ed|s|ing)?\b|interven(?:ed|es|ing)\b|pursu(?:ed|ing)\b|gave chase|repuls|repel"
)


def _civilians_named(roles: Roles, trig: Trigger) -> bool:
    return bool(_own_targets(roles, trig) & CIVILIANS)


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
    demonstration,
    _battle,
    _remote,
    _civilian,
    _strategic,
)
