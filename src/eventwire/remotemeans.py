"""Remote means used in a gunfight: when a grenade attack is an armed clash; and an
attack whose doer is an air force or its aircraft: an air strike.

ACLED's Explosions/Remote violence are one-sided: the means (a grenade, a bomb, a
shell) leave the target no chance to respond. Attackers who hurl grenades and fire their
guns at police or soldiers are fighting armed men, who can fire back: ACLED codes such
an attack as an Armed clash, the grenades part of it. Grenades thrown with gunfire at
civilians ("opened fire and threw grenades into a night club") stay a grenade attack.
Pure functions of one parsed sentence and its roles.
"""

from __future__ import annotations

from eventwire.cues import AERIAL, flag
from eventwire.roles import Roles, targets_armed
from eventwire.sides import armed_victims
from eventwire.triggerparse import arguments
from eventwire.triggers import Trigger

__all__ = ["GUNFIRE", "aerial_attack", "grenade_fight"]

# Guns fired alongside: "firing their weapons", "opened fire", "with grenades and AK-47s".
GUNFIRE = flag(
    r"fir(?:ed|ing) (?:their |his |at |on |upon |against |indiscriminately )"
    r"|open(?:ed|s)? fire|gunfire|gunshots|shot at|ak-?47s?\b|rifles?\b|guns\b"
)


def grenade_fight(trig: Trigger, text: str, roles: Roles) -> bool:
    """Grenades and gunfire aimed at armed men (police, soldiers, their posts)."""
    if GUNFIRE.search(text) is None:
        return False
    return targets_armed(roles) or armed_victims(roles, trig)


def aerial_attack(trig: Trigger) -> bool:
    """ "Air force jets attacked the camps", "the air force launched attacks on the
    forest": the attackers are aircraft or an air force (ACLED: Air/drone strike), not
    the air force base attacked ("militants attacked an air force base")."""
    token = trig.token
    doers, _ = arguments(token)
    if not doers and token.dep_ == "dobj":  # "launched attacks": the launcher's subject
        doers = [c for c in token.head.children if c.dep_ == "nsubj"]
    return any(AERIAL.search(" ".join(w.text for w in d.subtree)) for d in doers)
