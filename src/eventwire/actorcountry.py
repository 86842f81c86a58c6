"""The country to name a text's generic actors after when the geoparser placed nothing.

ACLED names its generic actors after the country of the event: "Protesters (Kenya)",
"Civilians (Kenya)". The geoparser keeps a lone small town out of the event's location
when nothing else in the text confirms it ("residents of Xtown protested"), which is right
for coding a location but leaves the actors without a country. A name that the words
around it present as a place ("in X", "residents of X", "X town") and that only one
country's towns or divisions bear as their own name is still good evidence of the
country the text is about, though not of the exact spot. `cued_country` reads that
evidence; it is consulted only where the text names no place and no home actor.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from eventwire import countries
from eventwire.gazetteer import Match
from eventwire.records import Mention

__all__ = ["MIN_TOWN", "cued_country"]


class _Matcher(Protocol):
    def matches(self, names: Sequence[str]) -> dict[str, list[Match]]: ...


_NAME = r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
# "in X", "residents of X", "the University of X": X is presented as a place.
_BEFORE = re.compile(
    r"(?:\b(?i:in|at|near|outside|from|into|around)"
    r"|\b(?i:residents|inhabitants|villagers|people|natives|university|town|city|village"
    r"|county|district)\s+of)\s+(?:the\s+)?" + _NAME + r"(?![\w'’-]|\s+[A-Z])"
)
# "X town", "X residents", "X county": the word after says it is a place.
_AFTER = re.compile(
    r"(?<![\w'’-])" + _NAME + r"\s+(?i:town|township|village|county|district|sub-?county"
    r"|sub-?location|location|ward|constituency|area|residents)\b"
)
# "Y (X)": the town or division a place lies in, in brackets after its name.
_WITHIN = re.compile(r"[A-Z][\w'’-]*\s+\(" + _NAME + r"\)")
# Villages share their names across borders by chance far more often than towns do: a
# smaller namesake abroad of a hamlet the gazetteer lacks would name the wrong country.
MIN_TOWN = 5_000
# Names the NER reads as dates, people, peoples or events are not places here ("in
# March", "at Christmas", "from Smith").
_NOT_PLACES = frozenset({"DATE", "TIME", "PERSON", "NORP", "EVENT", "MONEY", "LAW"})
# The same for a month or a day the NER missed: "March" is also an English town.
_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday christmas easter""".split()
)


def cued_country(text: str, mentions: Sequence[Mention], gazetteer: _Matcher) -> str | None:
    """ISO2 of the one country that the text's place-cued names point to, or None.

    Cues: "in X" (and at, near, from, ...), "residents of X", "X town", "Y (X)". A name
    the NER took, whole, for a date, a person or a people is left out.

    A name votes for a country where all the towns (`MIN_TOWN`) and divisions bearing it
    as their own name lie in that country; a name shared across borders or known only
    as an alternate name casts no vote. The most-voted country wins; a tie gives none.
    """
    names = list(dict.fromkeys(_cued_names(text, mentions)))
    if not names:
        return None
    found = gazetteer.matches(names)
    votes: Counter[str] = Counter()
    for name in names:
        homes = {m.entry.country_code for m in found.get(name, []) if _bears(m)}
        if len(homes) == 1:
            votes[homes.pop()] += 1
    top = votes.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def _bears(match: Match) -> bool:
    """A division, or a town of `MIN_TOWN` people or more, bearing the name as its own."""
    entry = match.entry
    town = entry.feature_class == "P" and entry.population >= MIN_TOWN
    return match.quality == 2 and (town or entry.feature_class == "A")


def _cued_names(text: str, mentions: Sequence[Mention]) -> list[str]:
    spans = [*_spans(_BEFORE, text), *_spans(_AFTER, text), *_spans(_WITHIN, text)]
    return [
        text[start:end]
        for start, end in sorted(spans)
        if text[start:end].casefold() not in _CALENDAR
        and countries.by_name(text[start:end]) is None  # the geoparser has every country
        and not any(m.label in _NOT_PLACES and m.start <= start and end <= m.end for m in mentions)
    ]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Where group 1 of `pattern` matches, overlapping matches included: "at the
    University of X" holds both "University" and "X"."""
    out, found = [], pattern.search(text)
    while found is not None:
        out.append((found.start(1), found.end(1)))
        # on from the name where a cue opened the match, else past the whole match
        cued = found.start(1) > found.start()
        found = pattern.search(text, found.start(1) if cued else found.end())
    return out
