"""Countries named as where people came from, not where things happened.

"Armed raiders from Tanzania attacked villagers", "militiamen who crossed from
neighbouring Ethiopia": the country after "from" is the attackers' origin, and says
the incident happened on the other side of its border, not in it; so does the
neighbour across a border ("near the border with Somalia"). A country named as an
actor's ("Tanzania's government", "U.S.-backed"), or a demonym naming whose things are
("outside the Ugandan embassy", "burned Israeli flags"), says whose, not where. The
document's focus country (`actors.focus_country`) does not count such a mention, as it
does not count a demonym giving people's nationality ("Ethiopian raiders",
`geofocus.names_people`).
"""

from __future__ import annotations

import re

from eventwire.records import Place
from eventwire.toponyms import MODIFIER_AFTER

__all__ = ["names_elsewhere"]

# A demonym before these names whose things are, not where ("the Ugandan embassy in
# Nairobi", "burned Israeli flags", "a Chinese restaurant").
_THINGS_AFTER = re.compile(
    r"\s+(?:embass(?:y|ies)|high commission|consulates?|flags?|restaurants?|shops?|stores?"
    r"|products|goods)\b",
    re.IGNORECASE,
)
_BORDER_WITH = re.compile(r"\bborders?\s+with\s+(?:the\s+)?$", re.IGNORECASE)
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+|across\s+the\s+border\s+in\s+)?$",
    re.IGNORECASE,
)


def names_elsewhere(text: str, place: Place) -> bool:
    """A demonym naming whose things are ("the Ugandan embassy"); a country's name
    right after "from" ("raiders from Tanzania"), as the neighbour
    across a border ("near the border with Somalia"), or naming an actor ("Tanzania's
    government", "U.S.-backed", `toponyms.MODIFIER_AFTER`)."""
    if place.kind == "demonym":
        return _THINGS_AFTER.match(text, place.end) is not None
    if place.kind != "country":
        return False
    before = text[max(0, place.start - 40) : place.start]
    return bool(
        _FROM_BEFORE.search(before)
        or _BORDER_WITH.search(before)
        or MODIFIER_AFTER.match(text, place.end)
    )
