"""Toponyms in text that has lost its capitals: lower-cased archives, ALL-CAPS wire copy.

Every other toponym source (`toponym_grams`, the NER) reads a place name by its capital
letters. A document, or a long stretch of one, whose sentences open in lower case and
that holds almost no capital letter, or a line written all in capitals, says nothing by
its case; `caseless_stretches` finds such stretches (a text written normally has none;
`caseless_text`).
There `caseless_names` looks every run of up to four words up in the gazetteer, case
folded, and keeps only what can be trusted without case:

* the kind of place: countries, first-level divisions, continents and world regions,
  towns of `TOWN_POPULATION` people; smaller towns (down to `CUED_POPULATION`) and
  second-level divisions only where the words around say a place follows ("in X", "near
  X", "X district", "X police station", a dateline's "x:"); a name known only as another
  place's alternate name (often a code, "LAL") only when long and big or cued;
* never an ordinary English word: spaCy's stop words, the verbs, adjectives and
  adverbs of its English lemmatiser's word lists (WordNet's: "nice", "split"; only a
  country's name among them stands, "japan"), any inflected form of an English word
  ("states", "lakes", "arrived"), and a word joined by a hyphen to another ("sea-front")
  unless cued. The lists hold nouns too, common ("van", "sale") and proper ("atlanta")
  alike, so a noun must name a country, continent or world region, or a place of
  `NOUN_POPULATION` people (20,000 where cued), and the text must give no sign that it
  is a common noun: an article or a possessive before it and a stop word or a stop
  after it ("the van was", "a sale."), or its plural;
* not a person: a town name after a title ("mr", "officer"), before a verb of saying
  with no cue ("webb said"; "police in x said" is a place), or right next to a word no
  English lexicon or gazetteer knows ("john kamau") needs a cue.

Demonyms ("kenyan", "sri lankan") are read there too (`caseless_demonyms`). In an
ALL-CAPS line the capitalised n-grams still come first; caseless names only fill what
they leave. The names go to `geo` as string matches (the NER reads lower-cased text
poorly, and `geoparse` parses no sentence of it), where the usual scoring and thresholds
resolve them; a text written normally never takes this path.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from eventwire import countries
from eventwire.caseless_text import caseless_stretches, stretch_words
from eventwire.englishwords import Lexicon, english_lexicon, word_kind
from eventwire.gazetteer import Match
from eventwire.placenames import ARTICLES
from eventwire.records import GazetteerEntry
from eventwire.toponym_cues import has_cue
from eventwire.toponym_index import (
    REGION_CODES,
    continent,
    division_alias,
    wide_keys,
    world_region,
)

__all__ = [
    "CUED_POPULATION",
    "NOUN_POPULATION",
    "TOWN_POPULATION",
    "CaselessName",
    "caseless_demonyms",
    "caseless_names",
    "caseless_stretches",
]

Lookup = Callable[[Sequence[str]], dict[str, list[Match]]]
Country = Callable[[str], GazetteerEntry | None]

TOWN_POPULATION = 50_000  # a town trusted by its name alone
CUED_POPULATION = 1_000  # a town trusted where the words around it say a place follows
NOUN_POPULATION = 500_000  # a city whose name is also an English noun ("phoenix")
_ALTERNATE_POPULATION = 100_000  # a town known only by another name, uncued
_WIDE = frozenset({"PCLI", "ADM1", "CONT"}) | REGION_CODES

_MAX_WORDS = 4
_INSIDE = frozenset("of and the on upon de la le du des da do al el".split())  # within names


@dataclass(frozen=True, slots=True)
class CaselessName:
    """A name found in a caseless stretch, with the gazetteer entries it may stand for."""

    start: int
    end: int
    text: str
    matches: list[Match]
    cue: bool


_Run = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class _Gram:
    start: int
    end: int
    words: tuple[str, ...]  # casefolded
    name: str  # the words joined by single spaces


def _runs(
    text: str,
    stretches: Sequence[tuple[int, int]],
    lex: Lexicon,
    openings: frozenset[str] | None,
) -> list[_Run]:
    """Runs of up to four words (joined by a space or a hyphen) inside the stretches,
    that neither open nor close on a stop word, nor open otherwise than a known name
    of several words (`_may_open`), longest first: (start, end, the words casefolded
    and joined by single spaces). Plain tuples: a text has hundreds."""
    runs = []
    stop = lex.stop
    for start, end in stretches:
        words, spans, joined = stretch_words(text, start, end)
        for i, word in enumerate(words):
            if word in stop and i and words[i - 1] == "the" and _wide_name(f"the {word}"):
                runs.append((spans[i][0], spans[i][1], f"the {word}"))  # "the" is no pronoun's
            if word in stop or len(word) < 2:
                continue
            if len(word) > 2 or _wide_name(word) is not None:  # a country's initials
                runs.append((spans[i][0], spans[i][1], word))
            if i + 1 == len(words) or not joined[i + 1]:
                continue
            if not _may_open(word, words[i + 1], openings):
                continue
            for j in range(i + 1, min(i + _MAX_WORDS, len(words))):
                last = words[j]
                if not joined[j] or (last in stop and last not in _INSIDE):
                    break  # "trinidad and tobago", "gulf of aden"; not "arrested in x"
                if last not in stop:
                    runs.append((spans[i][0], spans[j][1], " ".join(words[i : j + 1])))
    runs.sort(key=lambda run: (run[0] - run[1], run[0]))
    return runs


def _may_open(first: str, second: str, openings: frozenset[str] | None) -> bool:
    """Whether a name of several words may open with these two words: any name, where
    `openings` is None or a word is not plain lower-case ASCII letters, or opens with an
    article that a lookup also drops ("al" of "al hasakah": `name_variants`); else only
    one of `openings`."""
    if openings is None or f"{first} {second}" in openings or first in ARTICLES:
        return True
    return not (first + second).isalpha() or not (first + second).isascii()


def caseless_names(
    text: str,
    lookup: Lookup,
    country: Country,
    taken: bytearray,
    openings: Callable[[], frozenset[str]] | None = None,
) -> list[CaselessName]:
    """The names of a text's caseless stretches that may be trusted as places, outside
    `taken` (one byte per character, set where another source found a name). A second
    pass trusts smaller towns, and nouns, that lie in a first-level division the names
    of the first pass point to (`_Reading.regions`). With `openings` (the first two words
    of the names of several words of the gazetteer and of `_wide_name`'s indexes:
    `GeoIndex.openings`), a run of words that opens otherwise is not looked up: nine in
    ten runs of a text, and none a name."""
    stretches = caseless_stretches(text)
    if not stretches:
        return []
    runs = _runs(text, stretches, english_lexicon(), openings() if openings else None)
    kinds = {name: _kind(name) for name in dict.fromkeys(r[2] for r in runs)}
    found = _lookup(kinds, lookup, country)
    grams = [_Gram(start, end, tuple(name.split(" ")), name)
             for start, end, name in runs if found.get(name)]  # fmt: skip
    reading = _Reading(text, stretches, lookup, found, kinds)
    out = [n for g in grams if (n := reading.name(g, taken))]
    reading.regions = regions = _regions(out)
    # the regions change only what a gram with a candidate inside them may stand for
    again = [g for g in grams if any(_region(m) in regions for m in found[g.name])]
    out += [n for g in again if (n := reading.name(g, taken))]
    return sorted(out, key=lambda n: n.start)


def _region(match: Match) -> Region:
    return match.entry.country_code, match.entry.admin1_code


Region = tuple[str, str]  # (country code, first-level division code)


@dataclass(slots=True)
class _Reading:
    """One text's caseless names: what each gram may stand for, in its context."""

    text: str
    stretches: Sequence[tuple[int, int]]
    lookup: Lookup
    found: dict[str, list[Match]]
    kinds: dict[str, str]
    regions: frozenset[Region] = frozenset()
    common: set[str] | None = None
    cued: dict[tuple[int, int], bool] = field(default_factory=dict)  # for the second pass

    def name(self, gram: _Gram, taken: bytearray) -> CaselessName | None:
        """The gram as a trusted name (and marked in `taken`), or None."""
        text, matches = self.text, self.found.get(gram.name)
        if not matches or any(taken[gram.start : gram.end]):
            return None
        cue = self.cued.get((gram.start, gram.end))
        if cue is None:
            cue = self.cued[gram.start, gram.end] = _cued(text, gram.start, gram.end)
        kind = self.kinds[gram.name]
        if kind and not cue and _hyphened(text, gram.start, gram.end):
            kind = "word"  # "sea-front": a piece of an English compound
        if kind and self.common is None:
            self.common = _common_nouns(text, self.stretches, english_lexicon())
        common = self.common is not None and gram.name in self.common
        common = common and not _plural_country(gram.name)  # "the comoros." is no noun's
        kept = _trusted(matches, gram.name, kind, _Cues(cue, common, self.regions))
        wide = any(m.entry.feature_code in _WIDE for m in kept)
        if not kept or (not wide and _person(text, gram.start, gram.end, cue)):
            return None
        if not (cue or wide) and _beside_unknown(text, gram, english_lexicon(), self.lookup):
            return None
        taken[gram.start : gram.end] = b"\x01" * (gram.end - gram.start)
        return CaselessName(gram.start, gram.end, text[gram.start : gram.end], kept, cue)


def _regions(names: list[CaselessName]) -> frozenset[Region]:
    """The first-level divisions the names point to: each name's, where its candidates
    lie in at most two."""
    out: set[Region] = set()
    for name in names:
        regions = {(m.entry.country_code, m.entry.admin1_code) for m in name.matches
                   if m.entry.admin1_code and m.entry.feature_code != "PCLI"}  # fmt: skip
        if len(regions) <= 2:
            out |= regions
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class _Cues:
    cue: bool  # the words around say a place follows
    common: bool  # the text uses the word as a common noun
    regions: frozenset[Region]  # divisions the text's other names point to


def _lookup(kinds: dict[str, str], lookup: Lookup, country: Country) -> dict[str, list[Match]]:
    """Gazetteer candidates of names (by their English kind: a verb, adjective or adverb
    may only be a country, an inflected form nothing), continents, world regions and
    countries (by any of their names; a short form only where it is no English word:
    "uk", never "car") and divisions by the English names news copy gives them
    (`division_alias`) put first."""
    found = lookup([n for n, kind in kinds.items() if kind not in ("stop", "word", "inflected")])
    wides = {name: wide for name in kinds if (wide := _wide_name(name)) is not None}
    own = [w[2] for w in wides.values() if isinstance(w, tuple) and w[0] == "alias"]
    official = lookup(own) if own else {}
    for name, wide in wides.items():
        entry = wide if isinstance(wide, GazetteerEntry) else None
        if isinstance(wide, tuple) and wide[0] == "country":
            entry = country(wide[1])
        elif isinstance(wide, tuple):
            entry = next((m.entry for m in official.get(wide[2], [])
                          if m.entry.country_code == wide[1]
                          and m.entry.feature_code == "ADM1"), None)  # fmt: skip
        if entry is not None:
            rest = [m for m in found.get(name, []) if m.entry.geonameid != entry.geonameid]
            found[name] = [Match(entry, 2), *rest]
    return found


@lru_cache(maxsize=1 << 16)
def _wide_name(name: str) -> GazetteerEntry | tuple[str, str, str] | None:
    """A continent or world region by its name; ("country", ISO2, "") for a country's
    name; ("alias", ISO2, the gazetteer's name) for a division's English name; or None
    (remembered: the same word runs come back in text after text)."""
    if _PLAIN.fullmatch(name) and not name.startswith("the ") and name not in _wide_keys():
        return None  # its own key, and no continent's, region's, country's or division's
    wide = continent(name) or world_region(name)
    if wide is not None:
        return wide
    short = len(name.replace(".", "")) <= 3
    info = countries.by_name(name.upper() if short else name)
    if info is not None:
        return ("country", info.iso2, "")
    alias = division_alias(name)
    return ("alias", *alias) if alias is not None else None


_PLAIN = re.compile(r"[a-z]+(?: [a-z]+)*")  # a name its own key in every index


@lru_cache(maxsize=1)
def _wide_keys() -> frozenset[str]:
    """The keys under which `_wide_name` finds anything."""
    return wide_keys() | countries.name_keys()


@lru_cache(maxsize=1 << 16)
def _kind(name: str) -> str:
    """A name's English kind: one word's own; for several, "noun" when all are English
    words ("fort worth", "north carolina", "police station": a noun's rules ask a big
    place or a cue), else "" (one word no English lexicon knows: "north kivu").
    Remembered: every run of words of every text asks it."""
    if " " not in name:
        return word_kind(name)
    words = name.split(" ")
    kinds = [word_kind(word) for word in words]
    if words[-1] in _DIVISION_WORDS and kinds[-2] not in ("stop", "word"):
        return ""  # "laurel county": the division word makes a name of it
    return "noun" if all(kinds) else ""


def _trusted(matches: list[Match], name: str, kind: str, cues: _Cues) -> list[Match]:
    """The candidates a caseless name may stand for, or none when it may not stand."""
    if kind in ("stop", "inflected") or (cues.common and kind and not _initialism(name)):
        return []  # "the qx had": initials, not "the van was"
    kept = [m for m in matches if _trusted_place(m, name, cues)]
    wide = any(m.entry.feature_code in _WIDE for m in kept)
    if len(name) <= 3 and kind and not (_initialism(name) and wide):
        return []  # "car" is no Central African Republic; "qx", "bvt" are initials
    if kind == "word":
        return [m for m in kept if m.entry.feature_code == "PCLI"]
    if kind == "noun" and not any(_big_enough(m, cues) for m in kept):
        return []
    return kept


def _plural_country(name: str) -> bool:
    """A country's name in the plural form English writes with "the" ("the comoros"):
    "the" before it, and a stop after, are no sign of a common noun."""
    wide = _wide_name(name) if name.endswith("s") else None
    return isinstance(wide, tuple) and wide[0] == "country"


def _initialism(name: str) -> bool:
    """A short name no English word is spelled like: two letters ("qx"), or three with
    no vowel ("bvt"). English words of two letters that name places are stop words."""
    return name.isalpha() and (len(name) == 2 or not set(name) & set("aeiouy"))


def _trusted_place(match: Match, name: str, cues: _Cues) -> bool:
    """A country, first-level division, continent or region by its own or another name;
    a second-level division where cued or in a division the text points to; a town of
    its own name big enough (smaller where cued or in such a division), or of another
    name (not a code: five letters at least) bigger still or cued."""
    e = match.entry
    near = _region(match) in cues.regions
    if e.feature_code in _WIDE:
        return match.quality >= 1 or cues.cue
    if e.feature_code == "ADM2":
        return cues.cue or (near and match.quality >= 1)
    if e.feature_class != "P":
        return False
    if match.quality == 2:
        small = cues.cue or near
        return e.population >= (CUED_POPULATION if small else TOWN_POPULATION)
    floor = CUED_POPULATION if cues.cue else _ALTERNATE_POPULATION
    return match.quality == 1 and len(name) >= 5 and e.population >= floor


def _big_enough(match: Match, cues: _Cues) -> bool:
    """Whether a name that is also an English noun may stand for this candidate."""
    e = match.entry
    if e.feature_code in _WIDE and e.feature_code != "ADM1":
        return True
    if _region(match) in cues.regions:
        return e.population >= _NOUN_CUED_POPULATION
    return e.population >= (_NOUN_CUED_POPULATION if cues.cue else NOUN_POPULATION)


_NOUN_CUED_POPULATION = 20_000
_DETERMINER = re.compile(
    r"\b(?:the|a|an|this|these|those|his|her|its|their|our|my|your|every|each"
    r"|another|no)\s+([^\W\d_]+)(?:\s*[.,;:!?)]|\s+([^\W\d_]+)\b)",
    re.IGNORECASE,
)
_CONJUNCTIONS = frozenset({"and", "or"})


def _common_nouns(text: str, stretches: Sequence[tuple[int, int]], lex: Lexicon) -> set[str]:
    """Words the text uses as common nouns: after an article or a possessive and before
    a stop word or a stop ("the van was", "a sale of"; not "the nairobi police"), or in
    the plural ("vans")."""
    out: set[str] = set()
    words: set[str] = set()
    for start, end in stretches:
        for m in _DETERMINER.finditer(text, start, end):
            after = (m.group(2) or "").casefold()
            if not after or (after in lex.stop and after not in _CONJUNCTIONS):
                out.add(m.group(1).casefold())
        words.update(stretch_words(text, start, end)[0])
    for word in words:
        if word.endswith("s") and len(word) > 4:
            out.update((word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],))
    return out


_DIVISION_WORDS = frozenset(
    "county parish district province governorate prefecture state region".split()
)
_DIVISION_LAST = re.compile(rf"\s(?:{'|'.join(_DIVISION_WORDS)})$")
_DATELINE = re.compile(r"(?:,\s*[^\W\d_]+(?:\s[^\W\d_]+)?)?\s*(?::|\s[-—–])")


def _cued(text: str, start: int, end: int) -> bool:
    """Whether the words around a name say it is a place ("in x", "x district", "x
    police station", "x-based") or it opens a line before a colon or a dash (a
    dateline: "x:", "x, state -")."""
    if has_cue(text, start, end) or _DIVISION_LAST.search(text, start, end):
        return True
    if not _DATELINE.match(text, end):
        return False
    return start == 0 or not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _beside_unknown(text: str, gram: _Gram, lex: Lexicon, lookup: Lookup) -> bool:
    """Whether a one-word name stands next to a word no English lexicon knows and no
    gazetteer holds: a piece of a person's name ("john kamau"), not a place."""
    if len(gram.words) > 1:
        return False
    before = re.search(r"([^\W\d_]+) $", text[max(0, gram.start - 30) : gram.start])
    after = re.match(r" ([^\W\d_]+)", text[gram.end : gram.end + 30])
    near = [m.group(1).casefold() for m in (before, after) if m is not None]
    unknown = [w for w in near if len(w) > 2 and not lex.kind(w)]
    return bool(unknown) and not all(lookup(unknown).get(w) for w in unknown)


# A title, then maybe a first name; an office's "of" names a place ("the mayor of x"),
# a kin word's a person ("the son of x").
_TITLE_BEFORE = re.compile(
    r"\b(?:(?:mr|mrs|ms|dr|prof|sen|gov|rep|sgt|lt|capt|col|gen|det|officer|judge|justice"
    r"|coach|president|minister|chief|deputy|sheriff|mayor|shri|smt|sri)\.?\s+"
    r"(?:(?!of\s)[^\W\d_]+\s+)?"
    r"|(?:brother|sister|son|daughter|wife|husband)\s+(?:[^\W\d_]+\s+)?)$"
)
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|told|added|asked|stated|wrote)\b")


def _person(text: str, start: int, end: int, cue: bool) -> bool:
    """Whether a name is a person's: after a title ("mr", "officer"), with or without a
    first name, or before a verb of saying where nothing says it is a place ("webb
    said"; not "police in x said")."""
    before = text[max(0, start - 40) : start].casefold()
    speaks = not cue and _SPEAKS_AFTER.match(text, end)
    return bool(_TITLE_BEFORE.search(before) or speaks)


def caseless_demonyms(text: str) -> list[tuple[int, int]]:
    """Spans of the words of a text's caseless stretches that name a people ("iraqi",
    "sri lankan"), two-word ones first; not one that opens a longer place name ("indian
    ocean", "american samoa")."""
    out = []
    openers = _pair_openers()
    for start, end in caseless_stretches(text):
        words, spans, _ = stretch_words(text, start, end)
        unique = set(words)
        known = unique & _demonym_words()
        known |= {w for w in unique if "." in w and len(w) > 3 and _demonym(w)}  # "u.s."
        skip = -1
        for i, first in enumerate(words):
            if i <= skip or first not in known:
                continue  # most words: no demonym, nor the first word of one
            pair = _pair(text, spans, i)
            if pair and first in openers and countries.by_demonym(pair):
                out.append((spans[i][0], len(pair) + spans[i][0]))
                skip = i + 1
            elif len(first) > 3 and _demonym(first) and not (pair and _wide_name(pair.casefold())):
                out.append(spans[i])
    return out


def _pair(text: str, spans: Sequence[tuple[int, int]], i: int) -> str:
    """The i-th word and the next, where a single space joins them; else ""."""
    if i + 1 >= len(spans) or text[spans[i][1] : spans[i + 1][0]] != " ":
        return ""
    return text[spans[i][0] : spans[i + 1][1]]


@lru_cache(maxsize=1)
def _pair_openers() -> frozenset[str]:
    """First words of the demonyms of several words ("sri" of "sri lankan")."""
    return frozenset(
        d.split()[0].casefold() for c in countries.all_countries() for d in c.demonyms if " " in d
    )


@lru_cache(maxsize=1)
def _demonym_words() -> frozenset[str]:
    """The words `caseless_demonyms` reads on: the first words of the demonyms of several
    words, and the demonyms of more than three letters (a word of letters alone is its
    own key: `countries.demonym_keys`)."""
    return _pair_openers() | {k for k in countries.demonym_keys() if len(k) > 3}


@lru_cache(maxsize=1 << 16)
def _demonym(word: str) -> bool:
    """Whether a word is a demonym (remembered: news repeats its words)."""
    return countries.by_demonym(word) is not None


def _hyphened(text: str, start: int, end: int) -> bool:
    """Whether a name is joined by a hyphen to a word before or after it."""
    return text[start - 1 : start] == "-" or text[end : end + 1] == "-"
