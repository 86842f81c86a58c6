"""Targets that look armed but are civilians (ACLED: violence against them is an Attack).

`sides` and `roles` take an officer, a guard, a party or a militia named near a death
as an armed side. ACLED's line runs through what the victims were:

- an office holder who carries no arms ("a presiding officer", "electoral officers",
  "a crossing guard", "a district officer", an aid agency's officer) is a civilian,
  unlike a police officer;
- a political party named as the side hit ("attacked an ODM caravan", "a party's
  director was attacked") is its civilian members: a party is a political actor, and
  only its armed wing fights (ACLED codes party supporters attacked as civilians);
- a body found, a person found dead, tells a killing whose victim is not said to have
  fought: ACLED codes it as an Attack unless armed men are among the dead;
- a beating ("beaten by police during the raids", "police assaulted a reporter"): the
  side beaten does not fight back, so state forces beating people whom the report does
  not call armed commit an Attack, not an Armed clash (`beating`);
- a killing by state forces first read as their fight with armed suspects, which the
  report then calls the killing of an innocent or unarmed man, an execution, or which
  the victim's kin or neighbours accuse the police of (`disputed_killing`): ACLED codes
  alleged extrajudicial killings as an Attack on civilians.

Pure functions of a parsed sentence's roles or of an event and its text; no parse of
their own.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from eventwire import taxonomy
from eventwire.cues import ARMED_NOUNS, flag, words
from eventwire.eventassembly import CIVILIAN_TARGETING
from eventwire.genericactors import generic_actor
from eventwire.records import Event, Inter
from eventwire.sides import sides_of
from eventwire.triggers import Trigger, is_asserted, lemma

if TYPE_CHECKING:
    from eventwire.roles import Roles

__all__ = [
    "armed_group_hit",
    "as_civilians_killed",
    "beating",
    "civil_target",
    "disputed_killing",
]

# Posts that are armed only when the force they belong to is (a police officer, a
# security guard); their civilian kinds are named by `_CIVIL_OFFICES`.
_POSTS = words("officer guard official")
# Places and columns armed only by their modifier ("a police post", "an army convoy").
_PLACES = words("station post convoy")
_CIVIL_OFFICES = words(
    "electoral preside presiding return returning poll polling tally tallying election"
    " education health medical"
    " clinical agricultural extension court probation revenue welfare information"
    " administrative administration crossing district planning"
    # aid workers: "a relief officer", "a Red Cross officer", "a Red Crescent official"
    " aid relief humanitarian charity cross crescent"
)
# Parties, named as such: a party is a political actor whose members are civilians.
_PARTY = re.compile(
    r"\b(?:party|parties|democratic|congress|alliance|coalition|union|league)\b", re.IGNORECASE
)
_FOUND = words("find discover recover dump")


def civil_target(roles: Roles, trig: Trigger) -> bool:
    """The side the trigger hit is civilian though its words look armed: an unarmed
    office holder, a political party, or the found dead (see the module docstring)."""
    hit = roles.target_words | sides_of(trig).targets
    armed = (hit & ARMED_NOUNS) - _POSTS - _PLACES
    if armed:
        return False
    if hit & _POSTS and hit & _CIVIL_OFFICES:
        return True
    return _party_hit(roles) or (trig.kind == "kill" and lemma(trig.token) in _FOUND)


def armed_group_hit(roles: Roles, text: str) -> bool:
    """The side hit is a named rebel group or militia ("police shot dead three members
    of the Kelvale Front"), not a party, and `text` tells no execution and no unarmed
    victims: state forces against an organised armed group fight it (ACLED: an armed
    clash), though some of the dead may be called innocent."""
    actor = roles.actor2.actor if roles.actor2 is not None else None
    if actor is None or actor.inter not in {Inter.REBEL, Inter.POLITICAL_MILITIA}:
        return False
    return not _party_hit(roles) and _EXECUTED.search(text) is None


def _party_hit(roles: Roles) -> bool:
    """The actor hit is a political party (its members are civilians)."""
    actor = roles.actor2.actor if roles.actor2 is not None else None
    if actor is None or actor.inter != Inter.POLITICAL_MILITIA:
        return False
    return bool(_PARTY.search(actor.name))


# Violence done by hand to someone held or overpowered: one-sided by its nature.
_BEATINGS = words("beat torture whip flog harass cane slap kick brutalise brutalize")
# "beat back", "fought off": repelling an attack, the opposite of a beating.
_REPELLED = words("back off")


def beating(trig: Trigger) -> bool:
    """The trigger's sentence tells someone beaten, tortured or assaulted ("beaten by
    police during the raids", "police assault and arrest a reporter")."""
    for token in trig.token.sent:
        name = lemma(token)
        if name not in _BEATINGS and not (name == "assault" and token.pos_ == "VERB"):
            continue
        if any(c.dep_ == "prt" and c.lower_ in _REPELLED for c in token.children):
            continue
        if token.pos_ == "VERB" and is_asserted(token):
            return True
    return False


# The victims told unarmed or the killing an execution (`cues.UNARMED` less bystanders
# and the off duty, who may be others hurt beside the fight).
_EXECUTIONS = r"\bunarmed\b|\bextra-?\s?judicial|\bin cold blood\b|\bexecut(?:ed|ing|ion)\b"
_EXECUTED = flag(_EXECUTIONS)
_NOT_A_FIGHT = flag(_EXECUTIONS + r"|\binnocent\b")
# "relatives blame the officers for the shooting": the killing is
# told as the state's doing against the report's own account of a fight.
_ACCUSED = flag(r"\baccus(?:ed|es|ing|ation)|\bblam(?:e|ed|es|ing)\b")


def disputed_killing(event: Event, told: str, *, blamed: bool = False) -> bool:
    """State forces' killing coded as their fight with armed men (`attack-armed`: no
    exchange of fire told) that `told`, the report's next words, calls the killing of
    an unarmed or innocent man or an execution; with `blamed` (the state named as the
    doer only by `told`), an accusation against it does as well."""
    if event.sub_event_type != "Armed clash" or "/attack-armed" not in event.rule:
        return False
    if event.inter1 != Inter.STATE:
        return False
    return _NOT_A_FIGHT.search(told) is not None or (blamed and _ACCUSED.search(told) is not None)


def as_civilians_killed(event: Event) -> Event:
    """The event as the state's Attack on civilians (`disputed_killing`)."""
    vac = "Violence against civilians"
    actor = generic_actor("Civilians", Inter.CIVILIANS, event.country_code or None)
    return dataclasses.replace(
        event,
        event_type=vac,
        sub_event_type="Attack",
        disorder_type=taxonomy.disorder_type(vac, "Attack"),
        actor2=actor.name,
        inter2=int(Inter.CIVILIANS),
        civilian_targeting=CIVILIAN_TARGETING,
        rule=event.rule + "+disputed",
    )
