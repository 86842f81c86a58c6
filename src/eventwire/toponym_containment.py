"""Which of a text's names contains which, read from the words between them, for `geo`.

"X, Y", "X district of Y", "in X, Y province", "X town, Y governorate", "the X of Y"
and "Y's western X" mark Y as containing X (`Span.parent`); "the X of Y" and "Y's X"
also mark X as maybe a part of town Y (`Span.part_of_town`: "Aleppo's Old City");
"X village in Y" puts X in the country of Y (`host_country`).
Not two countries or two divisions of one level in a list ("Chile, Peru"), and not a
country's or first-level division's own name after a possessive ("Smith's Texas plant":
a division is never part of a town).
"""

from __future__ import annotations

import re

from eventwire.toponyms import Span

__all__ = ["host_country", "link_containment"]

_KIND = (
    r"(?:town|city|village|district|sub-?district|province|governorate|county|state|region"
    r"|area|districts|provinces|governorates|counties|parishes)"
)
_CONTAINED_BY_NEXT = re.compile(
    rf"^\s*(?:(?:{_KIND}\s*)?,\s*(?:(?:located\s+)?in\s+)?"
    rf"|\s+(?:{_KIND}\s+)?(?:(?:located|situated)\s+)?(?:of|in)\s+)(?:the\s+)?$",
    re.IGNORECASE,
)
_CONTAINED_BY_PREVIOUS = re.compile(
    r"^['’]s\s+(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+|central\s+)?$",
    re.IGNORECASE,
)
_OF = re.compile(r"^\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "X village in Y", "X town of Y": a settlement said in so many words to lie in Y
_SAID_IN = re.compile(
    r"\s(?:village|town|settlement|hamlet)\s+(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE
)


def link_containment(text: str, spans: list[Span]) -> None:
    """Mark "X, Y", "X district of Y", "the X of Y" and "Y's X": Y contains X."""
    for i, span in enumerate(spans):
        gap = text[span.end : spans[i + 1].start] if i + 1 < len(spans) else ""
        if gap and _CONTAINED_BY_NEXT.match(gap) and not _same_level(span, spans[i + 1]):
            span.parent, span.part_of_town = i + 1, bool(_OF.match(gap))
        previous = i > 0 and _CONTAINED_BY_PREVIOUS.match(text[spans[i - 1].end : span.start])
        if previous and not _wide_own_name(span):
            span.parent, span.part_of_town = i - 1, True


def _wide_own_name(span: Span) -> bool:
    """A country's or first-level division's own name: never part of a town or county
    ("Smith's Texas company" is a person's, not a Texas inside Smith)."""
    return any(m.quality == 2 and m.entry.feature_code in ("PCLI", "ADM1") for m in span.matches)


def _same_level(a: Span, b: Span) -> bool:
    """ "Chile, Peru", "Idaho, Maine", "Mahaska, Keokuk and Linn counties": two countries
    or two divisions of one level in a list, not a place inside another."""
    codes = {span.matches[0].entry.feature_code for span in (a, b)}
    surely = all(span.matches[0].quality >= 1 for span in (a, b))
    return surely and len(codes) == 1 and codes <= {"PCLI", "ADM1", "ADM2"}


def host_country(text: str, span: Span, spans: list[Span]) -> str | None:
    """The country of the place a settlement is said to lie in ("X village in Y"), where
    all places bearing Y's name as their own lie in one country: a village inside
    another place lies in its country, whatever namesake abroad is bigger."""
    if span.parent is None or not _SAID_IN.search(text[span.end : spans[span.parent].start]):
        return None
    homes = {m.entry.country_code for m in spans[span.parent].matches if m.quality == 2}
    return homes.pop() if len(homes) == 1 else None
