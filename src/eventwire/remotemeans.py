"""Remote means used in a gunfight: when a grenade attack is an armed clash.

ACLED's Explosions/Remote violence are one-sided: the means (a grenade, a bomb, a
shell) leave the target no chance to respond. Attackers who hurl grenades and fire their
guns at police or soldiers are fighting armed men, who can fire back: ACLED codes such
an attack as an Armed clash, the grenades part of it. Grenades thrown with gunfire at
civilians ("opened fire and threw grenades into a night club") stay a grenade attack.
Pure functions of one parsed sentence and its roles.
"""

from __future__ import annotations

from eventwire.cues import flag
from eventwire.roles import Roles, targets_armed
from eventwire.sides import armed_victims
from eventwire.triggers import Trigger

__all__ = ["GUNFIRE", "grenade_fight"]

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
