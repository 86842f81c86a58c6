"""The trigger words: each lemma that reports an incident, and its *kind*.

`LEMMAS` maps a lemma (or a form the lemmatiser keeps, "killing", "raped") to a coarse
class the event coder (`events`) maps to ACLED types. `triggers.find_triggers` looks
a parsed token's lemma up here; `misspellings` reads a misspelt form as one of them.
"""

from __future__ import annotations

__all__ = ["LEMMAS"]


def _kinds(text: str, kind: str) -> dict[str, str]:
    return dict.fromkeys(text.split(), kind)


# Trigger kinds (the coder in `events` maps them to ACLED types):
#   clash, attack, kill, territory, bomb, shell, strike, grenade, chemical, abduct,
#   sexual, protest, riot, loot, arrest, agreement, base, change, weapons, other
LEMMAS: dict[str, str] = {
    **_kinds(
        "clash fight fighting battle skirmish firefight gunfight confrontation scuffle brawl"
        " fracas melee crossfire",
        "clash",
    ),
    # "the attackers overpowered the guards": a fight won against those who held out
    **_kinds("attack assault raid ambush storm offensive overpower", "attack"),
    **_kinds(
        "kill murder slay massacre behead execute assassinate shoot stab gun eliminate", "kill"
    ),
    **_kinds("killing shooting", "kill"),
    **_kinds(
        "capture seize retake retook recapture regain overrun overran liberate overtake overtook",
        "territory",
    ),
    **_kinds("bomb bombing explode explosion blast detonate ied landmine", "bomb"),
    **_kinds("shell shelling bombard bombardment mortar rocket missile projectile pound", "shell"),
    **_kinds("strike airstrike airstrikes", "strike"),
    "grenade": "grenade",
    # seizing a vehicle with the people in it takes them (ACLED: abduction)
    **_kinds("abduct kidnap abduction kidnapping hijack hijacking", "abduct"),
    **_kinds("rape raped rapes raping", "sexual"),
    **_kinds(
        "protest demonstrate demonstration demo demos rally march sit-in picket agitation vigil",
        "protest",
    ),
    **_kinds("riot rioting lynch vandalize vandalise rampage pelt", "riot"),
    **_kinds("loot plunder ransack torch burn destroy demolish raze", "loot"),
    **_kinds("arrest detain apprehend", "arrest"),
    **_kinds("ceasefire cease-fire truce", "agreement"),
    **_kinds("defuse intercept", "weapons"),
    # a deployment too: ACLED codes movements of forces as a Change to group/activity
    **_kinds("defect disband surrender deploy", "change"),
    "hit": "strike",
    **_kinds("beat torture whip flog thrash slash", "attack"),
    "target": "strike",
    "disperse": "protest",
    "confiscate": "weapons",
}
