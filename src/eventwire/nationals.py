"""Foreign nationals a text names as a group: ACLED's "Civilians (<their country>)".

ACLED names a group of people by their nationality where the report gives it:
Somali residents of a Kenyan town who demonstrate are "Protesters (Somalia)", and
Nigerians attacked abroad are "Civilians (Nigeria)". A demonym before a civilian noun
("Somali residents") is read by the actor table itself; this module reads the two other
ways reports name a nationality's people: a plural demonym used as a noun ("hundreds of
Somalis", "two Ethiopians") and a demonym before a word for a national community
("the Somali community", "Nigerian citizens"). A plural that is also the adjective
("Sudanese", "Chinese") is left out: "Sudanese troops" names no people.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from eventwire import countries

__all__ = ["nationals"]

_PLURAL = re.compile(r"\b([A-Z][a-z]{2,})s\b")
_COMMUNITY = re.compile(
    r"\b([A-Z][a-z]{2,}) (?:community|communities|citizens|nationals|migrants|immigrants"
    r"|diaspora|expatriates)\b"
)


def nationals(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, ISO2) of each group of foreign nationals the text names."""
    for found in _PLURAL.finditer(text):
        info = countries.by_demonym(found.group(1))
        if info is not None and countries.people(found.group(1)) is None:
            yield found.start(), found.end(), info.iso2
    for found in _COMMUNITY.finditer(text):
        info = countries.by_demonym(found.group(1))
        if info is not None and countries.people(found.group(1)) is None:
            yield found.start(), found.end(), info.iso2
