"""Countries' names beside other words, for `toponyms`.

`demonym_tokens`: the capitalised words that may be demonyms ("Iraqi", "Sri Lankan"),
but not the first word of a country's own name ("French Polynesia" and "American Samoa"
are the territories, not France or the United States).

`names_a_part`: a country's other name that one of its own divisions or cities bears.

News calls a country by many names, and a few of them are also the own name of a part
of that country: "Gaza" and "West Bank" name Palestine in `countries`, yet the
gazetteer has a city and a division of those names, which are what the words name. Such
a name is not put first as the country; the country's own name ("Palestine") still is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from eventwire import countries
from eventwire.gazetteer import Match
from eventwire.placenames import normalize_name
from eventwire.records import GazetteerEntry

__all__ = ["demonym_tokens", "names_a_part"]

_CITY = 100_000  # a city big enough that the country's other name means it


def names_a_part(
    text: str, country_name: str, country: GazetteerEntry, matches: Sequence[Match]
) -> bool:
    """Whether `text`, a name of `country` other than its own (`country_name`, the
    gazetteer's), is the own name of a first- or second-level division or a city of
    100,000 people inside it, among `matches`."""
    own = normalize_name(text)
    if own in (normalize_name(country_name), normalize_name(country.name)):
        return False
    return any(
        m.quality == 2
        and m.entry.country_code == country.country_code
        and m.entry.feature_code != "PCLI"
        and (m.entry.feature_code in ("ADM1", "ADM2") or m.entry.population >= _CITY)
        for m in matches
    )


_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def demonym_tokens(text: str) -> Iterator[tuple[int, int]]:
    """Spans of capitalised words that may be demonyms, two-word ones first; none that
    opens a country's name ("French Polynesia", "American Samoa": the territory)."""
    words = list(_WORD.finditer(text))
    skip = -1
    for i, word in enumerate(words):
        if i <= skip:
            continue
        demonym = countries.by_demonym(word.group()) is not None
        if demonym and (named := _country_named_from(text, words, i)) > i:
            skip = named
            continue
        if i + 1 < len(words) and text[word.end() : words[i + 1].start()] == " ":
            pair = text[word.start() : words[i + 1].end()]
            if countries.by_demonym(pair) is not None:
                skip = i + 1
                yield word.start(), words[i + 1].end()
                continue
        if demonym and word.group() not in ("US", "UK"):
            yield word.span()


def _country_named_from(text: str, words: list[re.Match[str]], i: int) -> int:
    """The index of the last word of a country's name of two or three words that opens
    at word `i` ("French Southern Territories"), or -1."""
    for j in (i + 2, i + 1):
        if j >= len(words) or any(
            text[words[k].end() : words[k + 1].start()] != " " for k in range(i, j)
        ):
            continue
        if countries.by_name(text[words[i].start() : words[j].end()]) is not None:
            return j
    return -1
