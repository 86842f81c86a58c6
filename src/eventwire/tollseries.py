"""Tolls shared by several incidents, and suicide bombers who died with their bomb.

A report may give one toll for a series of attacks ("nine were killed across the three
bombings"): ACLED divides such a total evenly among the events it covers, and spreads
a total over several days over those days ("17 were killed over two days"). A suicide
bombing that reports no other death still killed its bomber.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

from eventwire.cues import flag
from eventwire.doctext import text_of
from eventwire.tollfigures import UNCOUNTED_ATTACKERS, besides_uncounted
from eventwire.tolls import fatalities, parse_count

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from eventwire.records import Event

__all__ = [
    "bombers_besides",
    "days_spanned",
    "in_series",
    "series_size",
    "series_told",
    "series_total",
    "share",
    "shared_by",
    "shared_toll",
    "suicide_bombers",
    "toll",
    "with_bombers",
    "with_this",
]


_BOMBERS = flag(
    r"(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) )?(?:\w+ )?"
    r"suicide (?:car )?(?P<who>bombers?|attackers?)\b|blew (?P<self>himself|herself|themselves) up"
)
# The bombers set beside others: counted with the dead where the sentence tells deaths
# ("apart from the bomber, two guards died"), not where it tells only the wounded.
_BOMBERS_BESIDE = flag(
    r"(?:in addition to|besides|aside from|apart from|including|excluding) (?:the )?(?:\w+ )?"
    r"(?:suicide )?(?:bombers?|attackers?|assailants?)"
)
_DEATHS_TOLD = flag(r"kill|dead\b|died\b|deaths?\b|fatalit|lives\b")
_BOMBERS_COUNTED = flag(
    r"(?:bombers?|attackers?|assailants?) (?:\w+ ){0,4}(?:killed|dead|died)"
    r"|(?:killed|killing|shot) (?:\w+ ){0,4}(?:bombers?|attackers?|assailants?)"
    r"|(?:arrested|captured|detained|defused|failed"
    r"|foiled|thwarted|before (?:he|she|they) could)"
)


def suicide_bombers(texts: list[str]) -> int:
    """Suicide attackers who died in a suicide bombing, the toll of one that reports no
    other death: "a suicide bomber" 1, "three suicide bombers" 3; plural with no figure,
    none (their number is unknown). None when the report counts them itself ("the
    bomber was killed") or the bomb never went off ("arrested", "defused")."""
    if any(_bombers_counted(text) for text in texts):
        return 0
    return _bombers_named(texts)


def _bombers_counted(text: str) -> bool:
    """The sentence counts the bombers itself: "the bomber was killed", "apart from the
    bomber, two guards died". "Aside from the bomber, a sentry was hurt" counts
    only the wounded: the bomber's death is still to add."""
    if _BOMBERS_COUNTED.search(text):
        return True
    return _BOMBERS_BESIDE.search(text) is not None and _DEATHS_TOLD.search(text) is not None


def bombers_besides(texts: list[str]) -> int:
    """Bombers to add where a toll sets them beside its dead with no figure ("Three
    suicide bombers hit the depot. Apart from the bombers, nine guards died"): those
    the report counted, beyond the `UNCOUNTED_ATTACKERS` the toll already holds."""
    if not any(besides_uncounted(text) for text in texts):
        return 0
    return max(0, _bombers_named(texts) - UNCOUNTED_ATTACKERS)


def _bombers_named(texts: list[str]) -> int:
    """The most suicide attackers a sentence of the report names ("three suicide
    bombers" 3, "a suicide bomber" 1; a plural with no figure, none)."""
    best = 0
    for text in texts:
        for found in _BOMBERS.finditer(text):
            plural = (found.group("who") or found.group("self") or "").lower()
            many = plural.endswith("s") or plural == "themselves"
            number = parse_count(found.group("n") or "")
            if found.group("n") and found.group("n").lower() in {"a", "an"}:
                number = 1
            best = max(best, number if number is not None else (0 if many else 1))
    return best


_INCIDENTS = (
    r"(?:attacks|bombings|blasts|explosions|incidents|events|raids|assaults|clashes|strikes"
    r"|villages|towns|locations|sites)"
)
_ACROSS = flag(
    r"across (?:all |both |each of |of |the )*(?:(?P<n>\w+) )?(?:of (?:the )?)?(?:\S+ ){0,2}"
    rf"{_INCIDENTS}\b|across (?:which|them|these)\b"
    r"|\b(?:in|at) (?:both|all (?P<all>\w+)|the (?P<the>two|three|four|five|six|seven|eight|nine"
    rf"|ten)) (?:\S+ ){{0,2}}{_INCIDENTS}\b"
    r"|\bin (?P<bare>two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:\S+ ){0,2}"
    r"(?:attacks|bombings|blasts|explosions|raids|assaults|strikes)\b"
)


# "during this and four other raids", "between this ambush and a later blast"
_WITH_THIS = flag(
    r"(?:across|between|in|during) this (?:\w+ )?and (?P<n>an?|another|\w+) (?:(?:other|similar"
    r"|more|subsequent|such) )*(?:\S+ ){0,2}?(?:(?:attack|bombing|blast|explosion|incident|event"
    r"|raid|assault|strike)s?|clash(?:es)?)\b"
)


def with_this(text: str) -> int | None:
    """How many incidents a toll told for this one and others totals ("during this and
    four other raids" 5, "dead in this and another similar raid" 2), None when the
    sentence tells none: such a toll goes on telling this incident, however its words
    ("another", "similar") would open a new one elsewhere."""
    found = _WITH_THIS.search(text)
    if found is None:
        return None
    word = found.group("n").lower()
    others = 1 if word in {"a", "an", "another"} else parse_count(word)
    return others + 1 if others else None


def shared_by(text: str) -> int | None:
    """How many incidents a toll in the sentence totals: "across all three attacks" 3,
    "in both blasts" 2, "during this and four other raids" 5; 0 when it is a total but
    the sentence does not say of how many ("across the attacks"); None when it is one
    incident's toll."""
    if (parts := with_this(text)) is not None:
        return parts
    found = _ACROSS.search(text)
    if found is None:
        return None
    if "both" in found.group(0).lower():
        return 2
    word = found.group("n") or found.group("all") or found.group("the") or found.group("bare") or ""
    return parse_count(word) or 0


# Incidents named in the plural, as a toll that sums them names them: "in the blasts",
# "during the attacks", "repelled both assaults".
_PLURAL_INCIDENTS = flag(rf"(?:the|both|these|all(?: the)?) (?:\w+ )?{_INCIDENTS}\b")


def series_total(text: str, series: int) -> bool:
    """A toll told, once the report has placed the incident in a series (`series`
    incidents), for incidents named in the plural ("One of four raids on the
    valley that week ... the clashes left six dead"): the plural takes up the series just told,
    so the figure is the series' total. Told before any series, the plural names the
    incident's own parts ("Two car bombs went off. Six were killed in the blasts")."""
    return series > 1 and _PLURAL_INCIDENTS.search(text) is not None


def share(total: int, parts: int) -> int:
    """One incident's share of a toll reported for several (ACLED divides a total
    evenly among the events it covers), rounded up: each of them had deaths."""
    return math.ceil(total / parts) if parts > 1 else total


_SERIES = flag(
    r"(?:was|is|were|are) (?:one|part|the first|the second|the last) of (?:the )?(?:\w+ ){0,4}"
    r"(?:attacks|bombings|incidents|raids|blasts|explosions|assaults|clashes|strikes|killings"
    r"|attempts)"
)
_SERIES_SIZE = flag(
    r"(?:was|is|were|are) (?:one|the first|the second|the last) of"
    r" (?:at least |approximately |about |some )?(?P<n>\w+)"
)


def series_told(texts: Iterable[str]) -> list[int]:
    """For each sentence, the size of the series the report has placed its incident in
    by that sentence (0 before any): a toll reads "the attacks" as the series only once
    the series is told (`series_total`)."""
    told, size = [], 0
    for text in texts:
        size = size or series_size([text])
        told.append(size)
    return told


def in_series(text: str) -> bool:
    """ "This was one of three coordinated attacks in the city": the sentence places the
    incident in a series (the other attacks are not told, so it codes nothing)."""
    return _SERIES.search(text) is not None


def series_size(texts: Iterable[str]) -> int:
    """How many incidents the report's series holds ("one of three attacks": 3), 0 when
    it places the incident in none."""
    for text in texts:
        if in_series(text):
            found = _SERIES_SIZE.search(text)
            size = parse_count(found.group("n")) if found else None
            if size:
                return size
    return 0


# A toll that spans several days: "over two days", "over a 36-hour period", "during
# three days of clashes", "in a two-day raid", "following three days of fighting".
_SPAN = flag(
    r"(?:over|during|in|across|within) (?:the (?:course of (?:the )?)?|a |an )?(?:past |last )?"
    r"(?P<n>\w+)[- ](?P<unit>days?|hours?)\b"
    r"|following (?P<n2>\w+)[- ](?P<unit2>days?|hours?) of\b"
)


def days_spanned(text: str) -> int:
    """How many days a toll told in the sentence covers ("over two days" 2, "over a
    36-hour period" 2), 1 when it names no span of more than a day."""
    found = _SPAN.search(text)
    if found is None:
        return 1
    number = parse_count(found.group("n") or found.group("n2")) or 0
    if (found.group("unit") or found.group("unit2")).lower().startswith("hour"):
        return max(1, math.ceil(number / 24))
    return max(1, number)


def toll(doc: Doc, series: int, trigger: Token | None = None) -> int | None:
    """The sentence's toll (`fatalities`), this incident's share where it is a total
    over several ("dead across all four raids"; "across the attacks" or "in the
    blasts" of a series of three told before: `series`), and one day's share of a toll
    over several days ("the fighting left seventeen dead over two days": ACLED spreads such a total
    over the days, it never pins it on one)."""
    deaths = fatalities(doc, trigger)
    if not deaths:
        return deaths
    parts = shared_by(text_of(doc))
    if parts is None and series_total(text_of(doc), series):
        parts = series
    if parts is not None:
        return share(deaths, parts or series)
    # the report's day is mostly the span's last; ACLED gives the remainder to the first
    # ("19 over two days": 10 coded for the first day, 9 for the second)
    return max(1, deaths // days_spanned(text_of(doc)))


def with_bombers(event: Event, shared: bool = False) -> Event:
    """A suicide bombing killed its bombers too ("a bomber detonated his vest at the
    gate"; "a suicide bomber struck ... Nine people were killed"): ACLED counts
    attackers who die, unless the report already counts them ("in addition to the
    bomber", "the assailants were killed": `suicide_bombers` gives none then). A share
    of a toll told across a series (`shared`: "killed across both attacks") is left as
    it is: whom the total counts is not known."""
    if event.sub_event_type != "Suicide bomb" or (event.fatalities and shared):
        return event
    texts = [e.text for e in event.evidence]
    bombers = suicide_bombers(texts) + bombers_besides(texts)
    return dataclasses.replace(event, fatalities=event.fatalities + bombers) if bombers else event


def shared_toll(event: Event, doc: Doc, series: int) -> Event:
    """The series sentence's own toll ("across which five people were killed"), the
    incident's share, where the incident had none."""
    if (
        event.fatalities
        or shared_by(text_of(doc)) is None
        or event.event_type == "Strategic developments"
    ):
        return event
    return dataclasses.replace(event, fatalities=toll(doc, series) or 0)
