"""Place names too doubtful, alone, to say which country a text's actors belong to.

Small towns share their names across borders, and the gazetteer's favourite for a
village it lacks is often a namesake abroad, or a place abroad that bears the name only
as an alternate one. ACLED names state forces and generic actors after the country of
the event ("Police Forces of Kenya", "Protesters (Kenya)"), so such a guess names the
wrong state. A toponym the geoparser resolved with little confidence (`SURE_PLACE`),
whose resolution is in doubt (reached by another name than the place's own, or a
namesake in another country scored nearly as well) and whose country nothing else in
the text names (no country name, demonym or other place of that country) is a lone
guess (`lone_guess`): it still locates the event, but it gives the actors no country.
The document's focus country, read from the other places, does instead; failing one,
the actors go without one. A town alone whose resolution is not in doubt keeps its
country: the text offers nothing better.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

from eventwire.records import Analysis, Location, Place

__all__ = ["SURE_PLACE", "actor_country", "lone_guess", "weighed_places"]

# Below this geoparser score a town's resolution rests on its name alone: a lone town
# (scores about 0.45-0.6) against a county town confirmed by its division or a city of
# weight (0.7 and up).
SURE_PLACE = 0.65
# A namesake abroad scored within this of the chosen place makes the choice a toss-up.
_CLOSE = 0.15


def lone_guess(place: Place, places: Sequence[Place]) -> bool:
    """A toponym scored under `SURE_PLACE` whose country no other name in the text
    (another place, the country's name, a demonym) shares, and whose resolution is in
    doubt (`_doubtful`).

    "Riot in Brackwell" where the gazetteer reached Brackwell only by another name, or
    a namesake abroad scored nearly as well: a lone guess; "Riot in Brackwell, Dunmore
    County" where both lie in one country: not; the same name twice does not confirm it.
    """
    if place.kind != "toponym" or place.score >= SURE_PLACE:
        return False
    code, name = place.entry.country_code, place.text.casefold()
    if any(p.entry.country_code == code and p.text.casefold() != name for p in places):
        return False
    return _doubtful(place)


def _doubtful(place: Place) -> bool:
    """Found under another name than the entry's own ("Tana" for the capital whose
    alternate name it is), or a namesake in another country scored within `_CLOSE`."""
    if _folded(place.text) != _folded(place.entry.name):
        return True
    return any(
        entry.country_code != place.entry.country_code and score >= place.score - _CLOSE
        for entry, score in place.alternatives
    )


def _folded(name: str) -> str:
    """ "Yaţţā" -> "yatta": case and accents aside."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def weighed_places(places: Sequence[Place]) -> list[Place]:
    """The places that count as evidence of a country: all but the lone guesses."""
    return [p for p in places if not lone_guess(p, places)]


def actor_country(
    analysis: Analysis, location: Location | None, focus: Callable[[Analysis], str | None]
) -> str | None:
    """The country to name an event's actors after: its location's, unless that rests on
    a lone guess, then the document's focus country (`focus`), as with no location."""
    place = location.place if location else None
    if location is None or (place is not None and lone_guess(place, analysis.places)):
        return focus(analysis)
    return location.entry.country_code
