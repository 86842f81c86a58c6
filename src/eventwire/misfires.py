"""Explosives that never reached a target: ACLED's Disrupted weapons use.

ACLED codes an attack with explosives that was stopped before it hit anyone as a
strategic development, Disrupted weapons use: bombs defused or seized (`triggers`), and
also bombs that go off in the hands of those making, carrying or planting them ("the
device he was assembling detonated", "bombers died when the explosives they were
carrying went off"), or that fail to explode. The dead, if any, are the bomb makers:
no one was attacked.

`MISFIRE_PHRASES` report such a bomb (kind "weapons"); `misfired` tells `triggerparse`
to drop the sentence's explosion and death triggers, which are no attack of their own.
Pure data and regular expressions; nothing here loads a resource.
"""

from __future__ import annotations

import re

__all__ = ["MISFIRE_PHRASES", "misfired"]

_BOMB = r"(?:bombs?|explosives?|(?:explosive )?devices?|ieds?|grenades?|suicide vests?)"
# What the bomb's own people were doing with it.
_HANDLING = (
    r"(?:assembl(?:e|es|ed|ing)|mak(?:e|es|ing)|made|build(?:s|ing)?|built"
    r"|carr(?:y|ies|ied|ying)|transport(?:s|ed|ing)?|plant(?:s|ed|ing)?|handl(?:e|es|ed|ing)"
    r"|fix(?:es|ed|ing)?|prim(?:e|ed|ing)|wir(?:e|ed|ing)|mount(?:s|ed|ing)?)"
)
_MISFIRE = re.compile(
    # "the explosive device he was assembling detonated", "explosives they were carrying"
    rf"\b{_BOMB} (?:he|she|they|the \w+) (?:was|were|had been) {_HANDLING}\b"
    # "exploded while they were assembling it", "went off as he was planting it"
    rf"|\b(?:while|as|when) (?:\w+ ){{0,2}}(?:was |were |had been )?{_HANDLING} (?:it|them"
    rf"|(?:the |a |an )?{_BOMB})\b"
    # "exploded prematurely", "failed to explode", "did not go off"
    r"|\b(?:detonated|exploded|went off|blew up) prematurely\b|\bpremature (?:detonation|blast)"
    r"|\b(?:failed to|did not|didn't) (?:explode|detonate|go off)\b",
    re.IGNORECASE,
)

MISFIRE_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = ((_MISFIRE, "weapons"),)


def misfired(sentence: str) -> bool:
    """The sentence tells a bomb that went off in its handlers' hands or never did."""
    return _MISFIRE.search(sentence) is not None
