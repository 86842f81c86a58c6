"""The people of first-level divisions ("Minnesotans", "a Dagestani", "Ontarians"):
demonym places for `geo`, from a table we wrote (`data/division_demonyms.tsv`).

Like a country's demonym, a division's links to its division but never locates an
event; it tells `geo` which country, and which division, the text is about.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

from eventwire.gazetteer import Gazetteer
from eventwire.records import Place

__all__ = ["division_demonyms"]


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    """word -> (ISO2, the division's own name), and a pattern finding any of the words
    (a plural "s" allowed)."""
    text = files("eventwire").joinpath("data", "division_demonyms.tsv").read_text("utf-8")
    words: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            forms, iso2, name = line.split("\t")
            words.update({form: (iso2, name) for form in forms.split("|")})
    longest = sorted(words, key=len, reverse=True)
    return words, re.compile(rf"\b({'|'.join(map(re.escape, longest))})s?\b")


def division_demonyms(text: str, gaz: Gazetteer, taken: bytearray) -> list[Place]:
    """ "Minnesotans", "a Dagestani": demonym places of divisions outside `taken`."""
    words, pattern = _table()
    found = [m for m in pattern.finditer(text) if not any(taken[m.start() : m.end()])]
    if not found:
        return []
    wanted = {words[m.group(1)] for m in found}
    matches = gaz.matches(list({name for _, name in wanted}))
    divisions = {
        (iso2, name): entry
        for iso2, name in wanted
        for entry in [m.entry for m in matches.get(name, [])
                      if m.quality == 2 and m.entry.feature_code == "ADM1"
                      and m.entry.country_code == iso2][:1]
    }  # fmt: skip
    out = []
    for m in found:
        entry = divisions.get(words[m.group(1)])
        if entry is not None:
            why = f"demonym of {entry.name}"
            out.append(Place(m.start(), m.end(), m.group(), entry, 0.9, "demonym", why))
    return out
