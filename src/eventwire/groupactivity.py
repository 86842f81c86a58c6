"""Phrases that report a Change to group/activity: an armed group acting without violence.

ACLED's Strategic developments record what is not violence but changes the conflict.
Its Change to group/activity covers a group recruiting, arming or re-arming, its forces
moving or being sighted on the move, and security measures: patrols or security
stepped up, troops on standby, a new unit formed. Reports tell these with no violent
word at all ("The group is said to be recruiting youths", "Rebels were sighted near
the border"), so without these phrases the sentence is never even parsed.

The patterns keep to conflict actors where the words alone do not: a sighting or a
border crossing counts only when armed men or a group's members are the ones seen, and
a recruitment of officers, staff or teachers is a state hiring, no conflict event.
`triggerphrases` adds the patterns to its table and `triggers` their stems to the
candidate filter. Pure data: nothing here loads a resource.
"""

from __future__ import annotations

import re

__all__ = ["CHANGE_PHRASES", "CHANGE_STEMS"]

# Who an armed group is in a report: its fighters or its members.
_ARMED = (
    r"(?:militants?|rebels?|fighters?|militias?|militiamen|gunmen|raiders|bandits|insurgents"
    r"|terrorists?|jihadists?|warriors|guerrillas?|members|operatives|recruits|sect)"
)
# Whom the police or an army hire: their own recruitment is no conflict event.
_HIRED = r"(?:officers|constables|police|soldiers|teachers|staff|workers|nurses|doctors)"

# Stems for the candidate filter (`triggers.CANDIDATE`, matched on the lower-cased
# sentence): every pattern below holds one. Each is narrow ("stepped up", not
# "security"), since every sentence a stem matches is parsed.
CHANGE_STEMS = (
    r"recruit|sighted|spotted|sightings? of|up arms|re-?arm"
    r"|arm(?:ed|ing|s)? (?:themselves|their|its)"
    r"|cross(?:ed|ing) (?:the border )?into|mobili[sz]|massing|amassing|regroup"
    r"|heightened|tightened|beefed up|stepped up|intensif|boosted|standby"
    r"|(?:unit|squad|force|battalion|brigade|militia) (?:\S+ ){0,5}(?:formed|established|created)"
)

CHANGE_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), "change")
    for pattern in (
        # recruiting fighters or youths, not the police hiring officers
        rf"\brecruit(?:s|ed|ing)?\b(?! (?:\S+ ){{0,3}}{_HIRED}\b)"
        r"|\brecruitment (?:drives?|campaigns?|of)\b(?! (?:\S+ ){0,3}(?:officers|constables))",
        # a group arming itself, taking up arms or re-arming; "since it took up arms in
        # 2009" only dates a toll
        r"\b(?:arm(?:ed|ing|s)?) themselves\b|\bre-?arm(?:ed|ing|s)?\b"
        r"|\barm(?:ed|ing|s)? (?:their|its) (?:own )?(?:group|members|fighters|men|youths?"
        r"|supporters|followers|militias?)\b"
        r"|(?<!since it )(?<!since they )(?<!since the group )"
        r"\b(?:take|takes|taking|took|taken) up arms\b",
        # armed men sighted or on the move
        rf"\b{_ARMED} (?:\S+ ){{0,6}}?(?:sighted|spotted)\b|\bsightings? of\b",
        rf"\b{_ARMED} (?:\S+ ){{0,6}}?(?:crossed|crossing) (?:the border )?into\b",
        r"\b(?:mobili[sz](?:ed|ing|es?)|massing|amassing|regroup(?:ed|ing|s)?)"
        r" (?:\S+ ){0,3}(?:fighters|troops|militias?|warriors|raiders|forces|gunmen)\b"
        rf"|\b{_ARMED} (?:\S+ ){{0,3}}regroup(?:ed|ing|s)?\b",
        # security measures: patrols or security stepped up, troops on standby
        r"\b(?:heightened|tightened|beefed up|stepped up|intensif(?:y|ied|ies|ying)"
        r"|boosted) (?:\S+ ){0,3}(?:security|patrols|surveillance)\b",
        r"\b(?:put|placed|kept|are|were|remain(?:ed)?) on (?:high )?standby\b",
        # a new armed unit or force formed
        r"\b(?:new|special) (?:\S+ ){0,3}(?:unit|squad|force|battalion|brigade|militia)"
        r" (?:\S+ ){0,3}(?:has been |have been |was |were )?(?:formed|established|created)\b",
    )
)
