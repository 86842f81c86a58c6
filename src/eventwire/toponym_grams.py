"""Capitalised n-grams of a text, and whether a string match of one may stand as a place.

`_ngrams` cuts a text into runs of capitalised words (with Arabic and Romance particles)
and all their sub-n-grams; the filters here (`_allowed`, `_keep`, `_names_division`)
keep common words, sentence-initial small towns, acronyms known only as some place's
code and pieces of person or organisation names out, and a division's own name inside
an organisation's ("Douglas County Sheriff's Office") in. `candidate_hits` and
`candidate_names` use them alone, before any parse, to say where the NER is worth
running; `toponyms.candidate_spans` uses them on a parsed text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from eventwire import countries, us_states
from eventwire.gazetteer import Gazetteer, Match
from eventwire.placenames import COMPASS_WORDS
from eventwire.toponym_cues import (
    FUNCTION_WORDS,
    LOCAL_AFTER,
    dateline,
    has_cue,
    party_seat,
    residence,
)
from eventwire.toponym_index import REGION_CODES, GeoIndex, continent

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w’']*\w|[A-Z]")  # letters of any script
# Lower-case words inside a name: Arabic articles, Romance and Portuguese particles
# ("Rio Grande do Sul"), English "of" and "upon". Not "at": the Arabic article written
# so is rare in English copy, the preposition common ("the Hospital at Tralee").
_PARTICLE = frozenset(
    re.findall(r"\w+", "al el an as ar ad ash az de del do da dos das du la le of upon")
)
# Capitalised only because they open a sentence: they break a run of capitalised words.
_FUNCTION = FUNCTION_WORDS
# Capitalised words that are never taken as places by string matching alone.
_COMMON = _FUNCTION | frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december president minister general
    army police forces force government state court news officials official people city
    town province district region north south east west central western eastern northern
    southern new old sources source reuters mr mrs ms dr security islamic national united
    all every each some both
    republic democratic party ministry council border""".split()
)
_COMPASS = COMPASS_WORDS | {"upper", "lower"}
_DIVISION_WORDS = frozenset(
    "county parish province district state region governorate prefecture municipality".split()
)
_ADMIN_AFTER = re.compile(
    r"\s+(?:district|province|governorate|county|state|region|prefecture)\b", re.IGNORECASE
)


def _own_wide_name(matches: list[Match]) -> bool:
    """Whether a name is a country's or a first-level division's own name."""
    return any(m.quality == 2 and m.entry.feature_code in ("ADM1", "PCLI") for m in matches)


def _listable(gram: _Gram, matches: list[Match]) -> bool:
    """Whether a name in a list of places may stand as one: not a common word, and not
    a piece of a longer capitalised name."""
    name = gram.text.casefold()
    return len(name) > 2 and name not in _COMMON and not (gram.partial and not gram.first)


def candidate_names(text: str, gaz: Gazetteer, index: GeoIndex | None = None) -> list[int]:
    """Start offsets of the capitalised names of a text that the gazetteer knows
    (common words left out): where the NER is worth running for geoparsing."""
    return [start for start, _ in candidate_hits(text, gaz, index)]


def candidate_hits(
    text: str, gaz: Gazetteer, index: GeoIndex | None = None
) -> list[tuple[int, str]]:
    """`candidate_names` with each name: (start offset, name), in text order."""
    grams = [g for g in _ngrams(text) if len(g.text) > 2 and g.text.casefold() not in _COMMON]
    names = list(dict.fromkeys(g.text for g in grams))
    found = gaz.matches(names) if index is None else index.matches(names)
    return sorted(
        (g.start, g.text) for g in grams if g.text in found and _may_stand(g, found[g.text], text)
    )


def _may_stand(gram: _Gram, matches: list[Match], text: str) -> bool:
    """Whether a name could stand as a place whatever the NER says of it: a country,
    a division's own name, or a name `_keep` lets through. A piece of a longer name or
    a sentence's first word that only small places bear ("Smith" of "John Smith") is
    not worth parsing a sentence for."""
    if countries.by_name(gram.text) is not None or continent(gram.text) is not None:
        return True
    return bool(_names_division(gram, matches, text)) or _keep(gram, matches, text)


class _Gram(NamedTuple):
    start: int
    end: int
    text: str
    partial: bool  # part of a longer run of capitalised words ("Tal" of "Tal Afar")
    first: bool = False  # opens its run ("Minnesota" of "Minnesota State Patrol")


# "St. Paul", "Ft. Worth", a dateline's "MT. SHASTA": one name
_DOTTED = frozenset({"St", "Ste", "Ft", "Mt", "ST", "STE", "FT", "MT"})


@lru_cache(maxsize=512)
def _ngrams(text: str) -> tuple[_Gram, ...]:
    """Capitalised runs (with Arabic/Romance particles) and all their sub-n-grams
    (remembered for recent texts: the NER gate and the geo stage both need them)."""
    runs: list[list[tuple[int, int]]] = []
    prev_end: int | None = None
    for token in _TOKEN.finditer(text):
        word = token.group()
        if prev_end is None and not word[0].isupper() and word[1:2] not in _ELISIONS:
            continue  # most words: no run goes on, and none opens (`_capitalised`)
        start, end = token.span()
        possessive = word.endswith(("'s", "’s", "'S", "’S"))  # "CAMBRIDGE'S" in a headline
        end -= 2 if possessive else 0
        gap = text[prev_end:start] if prev_end is not None else ""
        adjacent = runs and prev_end is not None and gap in (" ", "-")
        adjacent = adjacent or (gap == ". " and text[runs[-1][-1][0] : prev_end] in _DOTTED)
        if _capitalised(word) and word.casefold() not in _FUNCTION:
            if adjacent:
                runs[-1].append((start, end))
            else:
                runs.append([(start, end)])
        elif adjacent and word.casefold() in _PARTICLE and not _english_gap(text, runs[-1], word):
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
        # nor does a leading compass word: "Texas" of "North Texas" stands alone
        lead = int(len(run) > 1 and text[run[0][0] : run[0][1]].casefold() in _COMPASS)
        capitalised = [_capitalised(text[start:end]) for start, end in run]
        for i in range(len(run)):
            if not capitalised[i]:
                continue  # a particle opens no n-gram
            for j in range(i, min(i + 4, len(run))):
                if capitalised[j]:
                    partial = i > lead or j < core
                    name = text[run[i][0] : run[j][1]]
                    # first: opens its run, or follows a leading compass word
                    # ("Illinois" of "Northern Illinois University")
                    grams.append(_Gram(run[i][0], run[j][1], name, partial, i <= lead))
    return tuple(grams)


_JOINERS = (" and ", " & ")


def joined_grams(grams: Sequence[_Gram], text: str) -> list[_Gram]:
    """Two capitalised names joined by "and" ("Jammu and Kashmir", "Trinidad and
    Tobago"), to look up as one name: a division's or a country's own name may join
    two, which the runs of capitalised words (broken by "and") never hold whole."""
    starts: dict[int, list[_Gram]] = {}
    for gram in grams:
        starts.setdefault(gram.start, []).append(gram)
    out = []
    for left in grams:
        joiner = next((j for j in _JOINERS if text.startswith(j, left.end)), None)
        for right in starts.get(left.end + len(joiner), []) if joiner else []:
            out.append(_Gram(left.start, right.end, text[left.start : right.end], False, True))
    return out


def _allowed(gram: _Gram, matches: list[Match], text: str, blocked: bool, person: bool) -> bool:
    """Whether a gazetteer match of capitalised words stands as a candidate place.

    A country's name always does, unless it is part of a person's name ("Chad
    Smith"); a division's own name even inside an organisation's name; else it must
    pass `_keep` and, inside another named entity, have a place cue.
    """
    if countries.by_name(gram.text) is not None and not person:
        return True
    division = _names_division(gram, matches, text)
    if not (division or _keep(gram, matches, text)):
        return False
    overruled = division == 2 or (division == 1 and not person)  # "X County" always
    return not blocked or overruled or has_cue(text, gram.start, gram.end)


_ELISIONS = frozenset("'’")  # the mark of an elided article: "d'Ivoire", "l'Est"


def _capitalised(word: str) -> bool:
    """A capitalised word, or an elided article before one ("d'Ivoire", "l'Est")."""
    return word[0].isupper() or (len(word) > 2 and word[1] in _ELISIONS and word[2].isupper())


def _keep(gram: _Gram, matches: list[Match] | None, text: str) -> bool:
    """Whether a string match may stand as a candidate place.

    Common capitalised words never do. A word that only opens a sentence, or a piece
    of a longer capitalised name ("Tal" of "Tal Afar", "Baghdad" of "Baghdad
    International Airport"), needs a big candidate: a country or a city of 100,000.
    """
    if not matches or gram.text.casefold() in _COMMON or len(gram.text) <= 2:
        return False
    acronym = gram.text.isupper() and len(gram.text) <= 4
    if acronym and all(m.quality < 2 for m in matches) and not _city_initials(gram, matches):
        return False  # an acronym that is only some place's code ("SUV", "CIA")
    initial = " " not in gram.text and _sentence_initial(text, gram.start)
    initial = initial and not dateline(text, gram.start, gram.end)  # "OTTUMWA — A town"
    initial = initial and not us_states.state_follows(text, gram.end)  # "BEAVER, Okla. Winds"
    if not (gram.partial or initial) or party_seat(text, gram.start):
        return True
    if residence(text, gram.start):  # "Jane Doe of X": X closes her name's run
        return True
    if (gram.first or not gram.partial) and LOCAL_AFTER.match(text, gram.end):
        return True  # "Ottumwa Town Council", "An Ottumwa man": the town's own
    return any(
        (m.entry.feature_class == "P" and m.entry.population >= 100_000)
        or m.entry.feature_code in ("PCLI", "CONT")
        or m.entry.feature_code in REGION_CODES
        or (not gram.partial and m.entry.feature_class == "A")
        for m in matches
    )


def _english_gap(text: str, run: list[tuple[int, int]], word: str) -> bool:
    """An Arabic article that is an English word too ("at", "as", "an") after a word
    that is no name ("on Friday at Ames Town Hall"): English, not part of a name."""
    start, end = run[-1]
    return word in _ENGLISH_PARTICLES and text[start:end].casefold() in _COMMON


_ENGLISH_PARTICLES = frozenset({"an", "as", "at"})


def _city_initials(gram: _Gram, matches: list[Match]) -> bool:
    """Dotted initials that a city of a million is known by ("L.A."): news copy writes a
    big city so, where a bare acronym ("SUV", "CIA") is only some place's code."""
    return "." in gram.text and any(
        m.entry.feature_class == "P" and m.entry.population >= _MILLION for m in matches
    )


_MILLION = 1_000_000


def _spellable(name: str) -> bool:
    """Whether a name is worth a lookup by spelling key: long enough, not a common word."""
    return len(name) >= 4 and name.casefold() not in _COMMON


def _names_division(gram: _Gram, matches: list[Match], text: str) -> int:
    """Whether a name is a division's own name even inside another name: 2 for a name
    with its division word ("Douglas County" Sheriff's Office, "Ward Parish" Fire
    District), 1 for a first-level division or a city of 100,000 opening an
    organisation's name ("Minnesota" State Patrol, "Spokane Valley" Fire Department: the
    city's own name, before the state's of "Oklahoma City Thunder"; not when the NER took it
    for a person) or closing one after "of" ("University of Vermont", "University of
    Chicago"), or opening a valley's name ("the Kora Valley"), else 0."""
    last = gram.text.rsplit(" ", 1)[-1].casefold()
    if " " in gram.text and last in _DIVISION_WORDS:
        return 2 if any(m.entry.feature_class == "A" and m.quality >= 1 for m in matches) else 0
    if _ADMIN_AFTER.match(text, gram.end):  # "Lamu" of "Lamu County Assembly"
        closing = gram.partial and not gram.first  # "East" of "Kora East district"
        return 2 if not closing and any(m.entry.feature_class == "A" for m in matches) else 0
    if _VALLEY_AFTER.match(text, gram.end) and gram.first:  # "Kora" of "the Kora Valley"
        return int(any(m.entry.feature_class == "A" and m.quality == 2 for m in matches))
    state = any(m.entry.feature_code == "ADM1" and m.quality == 2 for m in matches)
    first_division = gram.first and gram.partial
    city = any(m.entry.feature_class == "P" and m.quality == 2
               and m.entry.population >= _CITY for m in matches)  # fmt: skip
    after_of = (state or city) and _closes_name_after_of(gram, text)
    return int(after_of or ((state or city) and first_division))


_CITY = 100_000  # a city whose name an organisation may bear after "of"
# A valley that a division is named after or for ("the Kora Valley" of Kora district): the
# division's own name before "Valley" stands for the division.
_VALLEY_AFTER = re.compile(r" Valley\b(?! [A-Z])")
_OF_BEFORE = re.compile(
    r"\bof\s+(?:(?:North|South|East|West)(?:ern)?\s+|(?:Central|Greater|Metropolitan)\s+)?$"
)
_NAME_GOES_ON = re.compile(r"[ -]+[A-Z]")


def _closes_name_after_of(gram: _Gram, text: str) -> bool:
    """A name ending an organisation's name after "of" ("University of Vermont",
    "Society of Western Montana"): the organisation is named after the place."""
    before = text[max(0, gram.start - 20) : gram.start]
    return bool(_OF_BEFORE.search(before)) and not _NAME_GOES_ON.match(text, gram.end)


def _sentence_initial(text: str, start: int) -> bool:
    """Whether `start` begins a sentence (where every word is capitalised)."""
    before = text[max(0, start - 4) : start].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?\n"
