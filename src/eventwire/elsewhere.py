"""Countries named as where people came from, not where things happened.

"Armed raiders from Tanzania attacked villagers", "militiamen who crossed from
neighbouring Ethiopia": the country after "from" is the attackers' origin, and says
the incident happened on the other side of its border, not in it. The document's focus
country (`actors.focus_country`) does not count such a mention, as it does not count a
demonym giving people's nationality ("Ethiopian raiders", `geofocus.names_people`).
"""

from __future__ import annotations

import re

from eventwire.records import Place

__all__ = ["named_as_origin"]

_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+|across\s+the\s+border\s+in\s+)?$",
    re.IGNORECASE,
)


def named_as_origin(text: str, place: Place) -> bool:
    """A country's name right after "from" ("raiders from Tanzania")."""
    return place.kind == "country" and bool(
        _FROM_BEFORE.search(text, max(0, place.start - 40), place.start)
    )
