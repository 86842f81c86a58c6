"""Event trigger lexicon: which sentences may hold an event.

`is_candidate` is a cheap test run on every sentence before parsing, so that the
expensive spaCy pipeline only sees sentences that can hold an event.
"""

from __future__ import annotations

import re

_STEMS = (
    r"kill|dead|death|die[ds]?|slain|slay|murder|massacre|behead|execut|assassinat|lynch"
    r"|attack|assault|ambush|raid|storm|clash|fight|battl|skirmish|firefight|offensive|gunfight"
    r"|shoot|shot|gunm[ae]n|gunfire|fire[ds]? (?:on|at|upon)|open(?:ed)? fire"
    r"|bomb|blast|explo|ied|landmine|mine|grenade|rocket|missile|mortar|shell|artillery"
    r"|air ?strike|airstrike|drone|strike|air raid|warplane|jet"
    r"|suicide|car bomb|detonat"
    r"|captur|seiz|retak|recaptur|overr[au]n|took control|take control|fell to|liberat|drove|driven out|push"
    r"|abduct|kidnap|hostage|disappear"
    r"|rap(?:e|ed|ing)\b|sexual"
    r"|protest|demonstrat|rally|rallies|march|sit-in|strike|picket"
    r"|riot|mob|loot|arson|torch|set fire|burn|vandal|destroy"
    r"|arrest|detain|custody|round(?:ed)? up"
    r"|injur|wound|hurt|casualt"
    r"|ceasefire|cease-fire|truce|peace (?:deal|agreement|accord)"
    r"|tear ?gas|rubber bullet|water cannon|baton|disperse"
    r"|militant|insurgent|rebel|jihadist|troops|soldier|police|militia|forces"
)

CANDIDATE = re.compile(rf"\b(?:{_STEMS})", re.IGNORECASE)


def is_candidate(sentence: str) -> bool:
    """True when the sentence mentions anything that could be an ACLED event."""
    return CANDIDATE.search(sentence) is not None
