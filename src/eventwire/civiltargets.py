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
  not call armed commit an Attack, not an Armed clash (`beating`).

Pure functions of a parsed sentence's roles; no parse of their own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwire.cues import ARMED_NOUNS, words
from eventwire.records import Inter
from eventwire.sides import sides_of
from eventwire.triggers import Trigger, is_asserted, lemma

if TYPE_CHECKING:
    from eventwire.roles import Roles

__all__ = ["beating", "civil_target"]

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
