"""Harm done along with a strategic or abduction act: when the act is an Attack.

ACLED codes an abduction or forced disappearance as such only when no further violence
is reported: "if fatalities or serious injuries are reported during the abduction, the
event is coded as an Attack". Likewise looting or destroying property is a strategic
development only outside other violence: people killed or wounded as their homes are
burnt were attacked. These tests read one parsed sentence: a killing it asserts (not
one that only came before, "abducted two engineers after killing their driver") or
people it says were injured or tortured. Pure functions of a parsed sentence.
"""

from __future__ import annotations

from collections.abc import Mapping

from eventwire.triggers import Trigger, flag, words

__all__ = ["harmed"]

# People hurt: injuries, wounds, torture (a beating alone is not a serious injury).
_HURT = flag(
    r"(?:injur(?:ed|ies|ing|y)|wound(?:ed|ing|s)?|tortur(?:ed|ing|e)|maim(?:ed|ing)"
    r"|hospitali[sz]ed)"
)
# Prepositions that put a killing before or apart from the act told.
_BEFORE = words("after following before")


def harmed(kinds: Mapping[str, Trigger], text: str) -> bool:
    """The sentence reports people killed, injured or tortured in the act it tells."""
    killed = kinds.get("kill")
    if killed is not None and not _earlier(killed):
        return True
    return _HURT.search(text) is not None


def _earlier(trig: Trigger) -> bool:
    """ "after killing their driver": a killing that came before the act, told as its
    time, not as part of it."""
    token = trig.token
    return token.dep_ in {"pcomp", "pobj"} and token.head.lower_ in _BEFORE
