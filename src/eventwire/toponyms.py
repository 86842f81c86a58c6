"""Candidate toponyms: the names in a text that may be places, before resolution.

Three sources: the NER's GPE/LOC/FAC mentions (candidate sentences only), capitalised
n-grams of the WHOLE text looked up in the gazetteer in one indexed query, and
demonyms ("Iraqi"), which link to their country but never locate an event. Each
candidate carries the cues `geo` scores with: "in X", "the town of X", "X province",
"X border crossing", and whether a country name only modifies an actor ("U.S.-backed").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from eventwire import countries
from eventwire.gazetteer import Gazetteer, Match
from eventwire.records import Analysis, Mention, Place

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
BLOCK_LABELS = frozenset({"PERSON", "ORG", "NORP", "DATE", "TIME"})

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][\w’']*\w|[A-Z]")
_PARTICLE = frozenset(re.findall(r"\w+", "al el an as ar ad at ash az de del la le of upon"))
# Capitalised only because they open a sentence: they break a run of capitalised words.
_FUNCTION = frozenset(
    """a an the this that these those he she it we they i you his her its our their
    there here when where what who which while after before during since until but and or
    if as at by for from in into of on to with without over under about against between
    meanwhile however also yesterday today tomorrow around near outside inside across
    throughout along beyond toward towards amid among despite following""".split()
)
# Capitalised words that are never taken as places by string matching alone.
_COMMON = _FUNCTION | frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december president minister general
    army police forces force government state court news officials official people city
    town province district region north south east west central western eastern northern
    southern new old sources source reuters mr mrs ms dr security islamic national united
    republic democratic party ministry council border""".split()
)
_DIVISION_WORDS = frozenset(
    "county province district state region governorate prefecture municipality".split()
)
_CUE_BEFORE = re.compile(
    r"(?:\b(?:town|city|village|district|province|region|governorate|county|state|area)"
    r"\s+of|\b(?:in|at|near|outside|from|into|around)\b)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CUE_AFTER = re.compile(
    r"\s+(?:border\s+crossing|crossing|district|province|governorate|county|state|region|"
    r"area|town|city|village)\b",
    re.IGNORECASE,
)
# "X in Y province": X is a place inside a named division, whatever the NER thought.
_IN_DIVISION = re.compile(
    r"\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
    r"(?:province|district|governorate|county|state|region|prefecture)\b"
)
_ADMIN_AFTER = re.compile(
    r"\s+(?:district|province|governorate|county|state|region|prefecture)\b", re.IGNORECASE
)
_TOWN_BEFORE = re.compile(r"\b(?:town|city|village)\s+of\s+(?:the\s+)?$", re.IGNORECASE)

# After a country or demonym naming an actor, not a place ("U.S.-backed", "Iraqi forces").
MODIFIER_AFTER = re.compile(
    r"(?:-(?:led|backed|based|funded|trained|made|brokered|allied|aligned|supported)\b"
    r"|(?:['’]s)?\s+(?:[a-z]+\s+)?(?:forces|troops?|soldiers?|military|army|navy|air force"
    r"|aircraft|jets?|warplanes?|drones?|artillery|missiles?|officials?|government"
    r"|authorities|embassy|president|envoy|ministry|diplomats?|border)\b)",
)


@dataclass(slots=True)
class Span:
    """A name in the text with its gazetteer candidates."""

    start: int
    end: int
    text: str
    ner: bool
    matches: list[Match]
    parent: int | None = None  # index of the span that contains this one ("X, Y")
    admin_hint: bool = False  # followed by "province", "district", ...
    town_hint: bool = False  # preceded by "the town of"
    part_of_town: bool = False  # "Y's X", "the X of Y": X may be a part of town Y
    cue: bool = False  # "in X", "the town of X", "X border crossing"
    modifier: bool = False  # "U.S.-backed", "Russian-led", "U.S. forces": an actor, not a place
    best: tuple[float, Match | None, str] = (0.0, None, "")


def candidate_spans(
    analysis: Analysis, gaz: Gazetteer, demonyms: list[tuple[int, int]]
) -> list[Span]:
    """NER place mentions with gazetteer matches, then capitalised n-grams elsewhere."""
    text = analysis.document.text
    blocked = mask(
        len(text), [(m.start, m.end) for m in analysis.mentions if m.label in BLOCK_LABELS]
    )
    ner = [_trimmed(m) for m in analysis.mentions if m.label in PLACE_LABELS]
    grams = list(_ngrams(text))
    found = gaz.matches(list(dict.fromkeys([n for _, _, n in ner] + [g.text for g in grams])))
    spans: list[Span] = []
    for start, end, name in ner:
        if found.get(name):
            spans.append(Span(start, end, name, True, found[name]))
    taken = mask(len(text), [(s.start, s.end) for s in spans] + demonyms)
    for gram in sorted(grams, key=lambda g: (g.start - g.end, g.start)):
        if any(taken[gram.start : gram.end]) or not _keep(gram, found.get(gram.text), text):
            continue
        if any(blocked[gram.start : gram.end]) and not _has_cue(text, gram.start, gram.end):
            continue
        spans.append(Span(gram.start, gram.end, gram.text, False, found[gram.text]))
        taken[gram.start : gram.end] = b"\x01" * (gram.end - gram.start)
    _add_country_names(spans, gaz)
    spans.sort(key=lambda s: s.start)
    for span in spans:
        span.cue = _has_cue(text, span.start, span.end)
        span.modifier = bool(MODIFIER_AFTER.match(text, span.end))
        span.admin_hint = bool(_ADMIN_AFTER.match(text, span.end))
        span.town_hint = bool(_TOWN_BEFORE.search(text[max(0, span.start - 30) : span.start]))
    return spans


class _Gram(NamedTuple):
    start: int
    end: int
    text: str
    partial: bool  # part of a longer run of capitalised words ("Tal" of "Tal Afar")


def _ngrams(text: str) -> list[_Gram]:
    """Capitalised runs (with Arabic/Romance particles) and all their sub-n-grams."""
    runs: list[list[tuple[int, int]]] = []
    prev_end: int | None = None
    for token in _TOKEN.finditer(text):
        start, end = token.span()
        word = token.group()
        possessive = word.endswith(("'s", "’s"))
        end -= 2 if possessive else 0
        adjacent = runs and prev_end is not None and text[prev_end:start] in (" ", "-")
        if word[0].isupper() and word.casefold() not in _FUNCTION:
            if adjacent:
                runs[-1].append((start, end))
            else:
                runs.append([(start, end)])
        elif adjacent and word.casefold() in _PARTICLE:
            runs[-1].append((start, end))
        else:
            prev_end = None
            continue
        prev_end = None if possessive else end
    grams = []
    for run in runs:
        core = len(run) - 1  # a trailing "County", "Province" does not make "X" partial
        while core > 0 and text[run[core][0] : run[core][1]].casefold() in _DIVISION_WORDS:
            core -= 1
        for i in range(len(run)):
            for j in range(i, min(i + 4, len(run))):
                if text[run[i][0]].isupper() and text[run[j][0]].isupper():
                    partial = i > 0 or j < core
                    grams.append(_Gram(run[i][0], run[j][1], text[run[i][0] : run[j][1]], partial))
    return grams


def _keep(gram: _Gram, matches: list[Match] | None, text: str) -> bool:
    """Whether a string match may stand as a candidate place.

    Common capitalised words never do. A word that only opens a sentence, or a piece
    of a longer capitalised name ("Tal" of "Tal Afar", "Baghdad" of "Baghdad
    International Airport"), needs a big candidate: a country or a city of 100,000.
    """
    if not matches or gram.text.casefold() in _COMMON or len(gram.text) <= 2:
        return False
    initial = " " not in gram.text and _sentence_initial(text, gram.start)
    if not (gram.partial or initial):
        return True
    return any(
        (m.entry.feature_class == "P" and m.entry.population >= 100_000)
        or m.entry.feature_code == "PCLI"
        or (not gram.partial and m.entry.feature_class == "A")
        for m in matches
    )


def _add_country_names(spans: list[Span], gaz: Gazetteer) -> None:
    """Put the country first for spans that name one ("U.S.", "DRC")."""
    for span in spans:
        info = countries.by_name(span.text)
        entry = gaz.country_entry(info.iso2) if info else None
        if entry is not None:
            span.matches = [Match(entry, 2)] + [
                m for m in span.matches if m.entry.geonameid != entry.geonameid
            ]


def find_demonyms(analysis: Analysis, gaz: Gazetteer) -> list[Place]:
    """Demonym places: capitalised words naming a people, linked to their country."""
    text = analysis.document.text
    taken = mask(
        len(text), [(m.start, m.end) for m in analysis.mentions if m.label in PLACE_LABELS]
    )
    out = []
    for token in re.finditer(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b", text):
        if any(taken[token.start() : token.end()]):
            continue
        info = countries.by_demonym(token.group())
        entry = gaz.country_entry(info.iso2) if info else None
        if entry is not None:
            out.append(
                Place(token.start(), token.end(), token.group(), entry, 0.9, "demonym",
                      f"demonym of {entry.name}")
            )  # fmt: skip
    return out


def _trimmed(mention: Mention) -> tuple[int, int, str]:
    """A NER mention's span without a leading "the", a trailing possessive, or trailing
    lowercase words the small model sometimes takes in ("Timbuktu at"; not "county")."""
    start, name = mention.start, mention.text
    for prefix in ("the ", "The "):
        if name.startswith(prefix):
            start, name = start + len(prefix), name[len(prefix) :]
    name = name.removesuffix("'s").removesuffix("’s")
    words = name.split(" ")
    while len(words) > 1 and words[-1][:1].islower() and words[-1] not in _DIVISION_WORDS:
        words.pop()
    name = " ".join(words)
    return start, start + len(name), name


def mask(size: int, ranges: list[tuple[int, int]]) -> bytearray:
    """One byte per character, set inside `ranges`: overlap tests in O(span length)."""
    mask = bytearray(size)
    for start, end in ranges:
        mask[start:end] = b"\x01" * (end - start)
    return mask


def _sentence_initial(text: str, start: int) -> bool:
    """Whether `start` begins a sentence (where every word is capitalised)."""
    before = text[max(0, start - 4) : start].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?\n"


def _has_cue(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    return bool(
        _CUE_BEFORE.search(before) or _CUE_AFTER.match(text, end) or _IN_DIVISION.match(text, end)
    )
