"""Sentences that tell a side event of a report, not its main incident.

A short report leads with its incident and may go on to tell other violence around it.
Some of those later sentences say, in their own words, that what they tell is not the
news the report is about:

- an addition: "The raiders also burnt a granary", "Traders marched in Tirrin
  too, and a second crowd also gathered at the depot" (one more deed or place beside
  the incident told first);
- a reaction: "In retaliation, the herders raided a village the next day", "In an act
  of revenge ..." (what answered the incident told first);
- a continuation: "The raiders then torched two huts", "The gunmen fled with a
  hostage" (the perpetrators of the incident told first, named back with "the": one
  more deed of the same incident, which ACLED codes once, as the incident the report
  leads with; `confidence` leaves a clash told so alone, since an attack met by armed
  resistance is what ACLED codes as the clash);
- a state of affairs rather than one incident: "Herders of both sides have lately been
  feuding over pasture", "Youths continued to block the road" (the setting the
  incident happened in).

ACLED codes the report's incident; `confidence` lowers such a sentence's event only
when an event of the same report was told before it, so that the incident the report
leads with stays its top event. Pure regular expressions over the sentence text.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["CONTINUATION", "side_marker"]

CONTINUATION: Final = "a continuation"

_MARKERS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("an addition", re.compile(r"\balso\b", re.IGNORECASE)),
    (
        "a reaction",
        re.compile(
            r"^\W*(?:in (?:an? (?:act|bid) of )?(?:retaliation|revenge|reprisal)|"
            r"retaliating|avenging)\b",
            re.IGNORECASE,
        ),
    ),
    (
        CONTINUATION,
        re.compile(
            r"^\W*the\W+(?:\w+\W+)?(?:attackers|assailants|raiders|militants|bandits|gunmen)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "a state of affairs",
        re.compile(
            r"\b(?:ha(?:ve|s) (?:\w+ ){0,2}been \w+ing|continu(?:e|es|ed|ing) to \w+)\b",
            re.IGNORECASE,
        ),
    ),
)


def side_marker(text: str) -> str:
    """How the sentence tells its event as a side event ("an addition", "a reaction",
    "a state of affairs"), or "" when it does not."""
    return next((name for name, pattern in _MARKERS if pattern.search(text)), "")
