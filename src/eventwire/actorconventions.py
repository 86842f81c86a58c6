"""ACLED's conventions for an event's actors, applied to the roles a sentence gives.

`final_roles` applies ACLED's conventions per event type: protesters or rioters are
actor1 of demonstrations and the force that met them actor2; the victims of violence
against civilians, of explosions that hit no armed target and of mob violence, and the
owners of destroyed homes are "Civilians (country)"; property destroyed and bombs found
or defused with no doer named were an "Unidentified Armed Group"'s; generic actors are
named after the event's country; an "X-led Coalition" is coded as X's military forces
with the coalition as associate.
"""

from __future__ import annotations

from eventwire import countries, cues
from eventwire.actors import state_actor
from eventwire.cues import words
from eventwire.forces import UNPLACED_FORCES, country_before, unplaced_forces
from eventwire.genericactors import generic_actor, is_generic
from eventwire.records import Actor, ActorMention, Inter
from eventwire.roles import ARMED, Roles, targets_armed, targets_civilians

__all__ = ["final_roles"]

_NON_STATE = frozenset({Inter.REBEL, Inter.POLITICAL_MILITIA, Inter.IDENTITY_MILITIA})
_DEMONSTRATIONS = frozenset({"Protests", "Riots"})
_CROWDS = frozenset({Inter.PROTESTERS, Inter.RIOTERS})
_CIVILIAN_TARGETS = frozenset({"Violence against civilians", "Explosions/Remote violence"})


def final_roles(
    event_type: str, sub_event_type: str, roles: Roles, code: str | None
) -> tuple[Actor | None, Actor | None, tuple[str, ...], bool]:
    """(actor1, actor2, extra associates of actor1, civilian targeting) as ACLED codes them."""
    a1 = _home(roles.actor1.actor, code, roles.actor1.text) if roles.actor1 else None
    a2 = _home(roles.actor2.actor, code, roles.actor2.text) if roles.actor2 else None
    if event_type in _DEMONSTRATIONS:
        crowd, force = _crowd_roles(event_type, sub_event_type, roles, a1, a2, code)
        if sub_event_type == "Mob violence" and force is None and not targets_armed(roles):
            force = generic_actor("Civilians", Inter.CIVILIANS, code)
        return crowd, force, (), False
    civilian = event_type == "Violence against civilians" or (
        event_type == "Explosions/Remote violence" and targets_civilians(roles)
    )
    if civilian and a2 is not None and roles.actor2 and _community_civilians(roles.actor2):
        a2 = generic_actor("Civilians", Inter.CIVILIANS, code)
    if a2 is None and event_type in _CIVILIAN_TARGETS:
        a2 = next((m.actor for m in roles.mentions if m.actor.inter == Inter.CIVILIANS), None)
        a2 = _home(a2, code) if a2 else None
        civilian = civilian or a2 is not None
    if a2 is None and (civilian or _civilian_property(sub_event_type, roles)):
        a2 = generic_actor("Civilians", Inter.CIVILIANS, code)
    if a2 is None and event_type in _ARMED_TARGETS:
        a2 = _struck_forces(roles, a1, code)
    if a2 is None and event_type == "Explosions/Remote violence" and not targets_armed(roles):
        a2 = generic_actor("Civilians", Inter.CIVILIANS, code)  # no armed target: people nearby
        civilian = True
    if sub_event_type == "Arrests":
        a1, a2 = _arresting(a1, a2, code)
        a2 = a2 or _arrested_group(roles, a1)
    if civilian and a1 is not None and a2 == a1:
        # "a militia commander's driver was shot": the group named is not its own victim
        a2 = generic_actor("Civilians", Inter.CIVILIANS, code)
    unknown = generic_actor("Unidentified Armed Group", Inter.POLITICAL_MILITIA, code)
    if a1 is None and (event_type != "Strategic developments" or sub_event_type in _DOERS):
        a1 = unknown  # property destroyed or a bomb found: someone's, if unknown
    elif sub_event_type == "Disrupted weapons use" and a1 and not a2 and a1.inter not in _NON_STATE:
        a2 = unknown  # "police defused a bomb": the unknown group whose bomb it was
    a1, extra = _coalition_leader(a1)
    return a1, a2, extra, civilian


def _crowd_roles(
    event_type: str,
    sub_event_type: str,
    roles: Roles,
    a1: Actor | None,
    a2: Actor | None,
    code: str | None,
) -> tuple[Actor, Actor | None]:
    """Protesters or rioters as actor1, the force that met them (if any) as actor2."""
    inter = Inter.PROTESTERS if event_type == "Protests" else Inter.RIOTERS
    crowd = next((a for a in (a1, a2) if a and a.inter in _CROWDS), None)
    present = (a1, a2, *(m.actor for m in roles.mentions))
    victims = {m.actor for m in roles.assoc2}
    forces = [a for a in present if a and a is not crowd and a.inter in ARMED and a not in victims]
    # the police who met the crowd before the armed group it marched against
    forces.sort(key=lambda a: a.inter not in {Inter.STATE, Inter.EXTERNAL})
    # the force that met the crowd, not the government it protested against
    other = next((a for a in forces if not a.name.startswith("Government of")), None)
    if sub_event_type == "Peaceful protest":
        other = None  # nobody intervened
    name = "Protesters" if inter == Inter.PROTESTERS else "Rioters"
    if crowd is None or is_generic(crowd.name):
        return generic_actor(name, inter, _nationality(crowd or a1, code) or code), other
    return Actor(crowd.name, inter, crowd.country_code), other


def _nationality(crowd: Actor | None, code: str | None) -> str | None:
    """The country of a crowd the text names by nationality ("Somali residents
    protested", "hundreds of Somalis marched"): ACLED's "Protesters (Somalia)" though
    the protest was in Kenya. `_home` kept a generic actor's foreign country only where
    the text named it."""
    if crowd is None or not is_generic(crowd.name) or crowd.country_code == code:
        return None
    return crowd.country_code if crowd.inter in {*_CROWDS, Inter.CIVILIANS} else None


_ARMED_TARGETS = frozenset({"Battles", "Explosions/Remote violence"})
# Strategic developments that always have a doer, an unidentified group where none is named.
_DOERS = frozenset({"Looting/property destruction", "Disrupted weapons use"})
_POLICE_TARGETS = words("police policeman policemen officer constable reservist gendarme")
_ARMY_TARGETS = words("soldier troop army military barracks trooper serviceman")


def _struck_forces(roles: Roles, a1: Actor | None, code: str | None) -> Actor | None:
    """ "attacked a police station, killing three officers": the attacked side is the
    state's police (or army), named after the event's country (bare where none is
    known), though the text names them only as a target; never where the attacker is
    itself a state force."""
    if a1 is not None and a1.inter == Inter.STATE:
        return None
    for police, nouns in ((True, _POLICE_TARGETS), (False, _ARMY_TARGETS)):
        if roles.target_words & nouns:
            return state_actor(code, police=police) if code else unplaced_forces(police)
    return None


def _arresting(a1: Actor | None, a2: Actor | None, code: str | None) -> tuple[Actor, Actor | None]:
    """ACLED's arrests are made by state forces: with none named, the country's police
    ("the governor was arrested"); a non-state group read as the doer ("police operation
    nets 50 militants") is the one arrested."""
    if a1 is not None and a1.inter in {Inter.STATE, Inter.EXTERNAL}:
        return a1, a2
    if a1 is not None and a2 is None:
        a2 = a1
    police = state_actor(code, police=True) if code else unplaced_forces(police=True)
    return police, a2


def _arrested_group(roles: Roles, police: Actor | None) -> Actor | None:
    """ "troops arrest X fighters": the non-state armed group the sentence names, when
    the parse gave the arrests no object, is the one arrested."""
    return next(
        (m.actor for m in roles.mentions if m.actor.inter in _NON_STATE and m.actor != police),
        None,
    )


def _civilian_property(sub_event_type: str, roles: Roles) -> bool:
    """Homes, shops and villages burned or looted belong to civilians."""
    return sub_event_type == "Looting/property destruction" and bool(
        roles.target_words & cues.CIVILIAN_NOUNS
    )


def _home(actor: Actor, code: str | None, text: str = "") -> Actor:
    """A generic actor ("Civilians (X)") named after the country where the event happened,
    unless the text named its country ("Ethiopian raiders", "Kenyan villagers")."""
    if code and actor.country_code is None and actor.name in UNPLACED_FORCES:
        return state_actor(code, police=actor.name == UNPLACED_FORCES[1])
    if code and actor.country_code is None and actor.name.endswith(" Ethnic Militia"):
        return generic_actor(actor.name, actor.inter, code)
    if text and country_before(text + " ", len(text) - len(text.split()[-1])) is not None:
        return actor
    if text and actor.country_code and _opens_with_country(text, actor.country_code):
        return actor  # "Sudanese tribal militia": Unidentified Ethnic Militia (Sudan)
    if code and is_generic(actor.name) and actor.country_code != code:
        base = actor.name.rsplit(" (", 1)[0]
        return generic_actor(base, actor.inter, code)
    return actor


_UNARMED_MEMBERS = words("herders herdsmen pastoralists farmers villagers residents women children")


def _community_civilians(mention: ActorMention) -> bool:
    """A community's herders or villagers ("Samburu herders") attacked are civilians of
    that community, not its militia: ACLED's violence against civilians has a civilian
    actor2."""
    last = mention.text.split()[-1].lower() if mention.text.split() else ""
    return mention.actor.inter == Inter.IDENTITY_MILITIA and last in _UNARMED_MEMBERS


def _opens_with_country(text: str, code: str) -> bool:
    """The mention's first word names the actor's own country ("Somali clan militia")."""
    first = text.split()[0].removesuffix("'s").removesuffix("’s")
    info = countries.by_demonym(first) or countries.by_name(first)
    return info is not None and info.iso2 == code


def _coalition_leader(actor: Actor | None) -> tuple[Actor | None, tuple[str, ...]]:
    """ACLED codes a coalition's strikes to its leading state's forces, the coalition
    kept as associate: "Saudi Arabia-led Coalition" -> Military Forces of Saudi Arabia."""
    if actor is None or not actor.name.endswith("-led Coalition") or not actor.country_code:
        return actor, ()
    return state_actor(actor.country_code), (actor.name,)
