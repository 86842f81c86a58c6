"""Demonym places: words naming a people ("Iraqi", "Sri Lankan") linked to their
country, as written (`toponym_countries.demonym_tokens`) or in text that has lost its
capitals (`toponym_caseless.caseless_demonyms`). They tell the document's focus and an
actor's country; they never locate an event."""

from __future__ import annotations

from eventwire import countries
from eventwire.records import Analysis, GazetteerEntry, Place
from eventwire.toponym_caseless import caseless_demonyms
from eventwire.toponym_countries import demonym_tokens
from eventwire.toponyms import PLACE_LABELS, Country, mask


def find_demonyms(analysis: Analysis, country: Country, *, caseless: bool = True) -> list[Place]:
    """Demonym places: words naming a people ("Iraqi", "Sri Lankan", the "Israeli" of
    "Arab-Israeli"), linked to their country; also where the NER took one for a place."""
    text = analysis.document.text
    places = [m for m in analysis.mentions if m.label in PLACE_LABELS]
    taken = mask(
        len(text), [(m.start, m.end) for m in places if countries.by_demonym(m.text) is None]
    )
    entries: dict[str, GazetteerEntry | None] = {}
    out = []
    lower = caseless_demonyms(text) if caseless else []
    for start, end in sorted([*demonym_tokens(text), *lower]):
        if any(taken[start:end]):
            continue
        info = countries.by_demonym(text[start:end])
        if info is not None and info.iso2 not in entries:
            entries[info.iso2] = country(info.iso2)
        entry = entries[info.iso2] if info else None
        if entry is not None:
            why = f"demonym of {entry.name}"
            out.append(Place(start, end, text[start:end], entry, 0.9, "demonym", why))
    return out
