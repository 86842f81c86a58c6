"""Targets that look armed but are civilians (ACLED: violence against them is an Attack).

`sides` and `roles` take an officer, a guard, a party or a militia named near a death
as an armed side. ACLED's line runs through what the victims were:

- an office holder who carries no arms ("a presiding officer", "electoral officers",
  "a crossing guard", "a district officer") is a civilian, unlike a police officer;
- a political party named as the side hit ("attacked an ODM caravan", "a party's
  director was attacked") is its civilian members: a party is a political actor, and
  only its armed wing fights (ACLED codes party supporters attacked as civilians);
- a body found, a person found dead, tells a killing whose victim is not said to have
  fought: ACLED codes it as an Attack unless armed men are among the dead.

Pure functions of a parsed sentence's roles; no parse of their own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwire.records import Inter
from eventwire.sides import sides_of
from eventwire.triggers import ARMED_NOUNS, Trigger, lemma, words

if TYPE_CHECKING:
    from eventwire.roles import Roles

__all__ = ["civil_target"]

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
