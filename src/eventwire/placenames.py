"""Place-name keys: how the gazetteer stores and looks up a name.

`normalize_name` is the one key of a name (casefolded, without diacritics or
apostrophes, separators as single spaces); `name_variants` adds the Arabic article
unified and dropped; `name_keys` and `division_keys` give the index keys of a place's
names and of a division's names without their type word. `gazetteer.build`,
`gazetteer_import` and every lookup use them alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

__all__ = [
    "ARTICLES",
    "COMPASS_WORDS",
    "base_name",
    "division_keys",
    "name_keys",
    "name_variants",
    "normalize_name",
]


_FOLD = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i", "þ": "th", "ð": "d", "ħ": "h"}
)
_QUOTES = re.compile(r"['’‘`´ʼʻʿʾ′ʹ\"“”]")
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_./,()]+")
_LATIN = re.compile(r"^[a-z0-9 ]+$")
_DIVISION_WORD = re.compile(
    r"^(?:qada|muhafazat|province of|district of)\s(?=\S{3})"
    r"|(?<=\S{3})\s(?:district|governorate|province|county|region|state|prefecture|"
    r"municipality|department|division|qada)$"
)
ARTICLES = frozenset("al el ar as at ad ash an az ath adh ul".split())  # Arabic, transliterated
# Compass words that open place names ("North Texas", "Western Province", "South Sulawesi")
COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest".split()
)
_ARTICLE = re.compile(rf"^(?:{'|'.join(sorted(ARTICLES))})\s(?=\S{{4}})")


@lru_cache(maxsize=1 << 16)
def normalize_name(text: str) -> str:
    """The one key under which names are stored and looked up (remembered: the geo stage
    asks it of the same names many times a text).

    Casefolds, strips diacritics and apostrophe variants, and turns hyphens, dots
    and runs of whitespace into single spaces: "Ra’s al-Khaymah" -> "ras al khaymah".
    """
    if text.isascii():  # most names: nothing to fold, no diacritics (same result, faster)
        bare = text.lower()
    else:
        folded = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
        bare = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(_SEPARATORS.sub(" ", _QUOTES.sub("", bare)).split())


def name_variants(norm: str) -> tuple[str, ...]:
    """Transliteration variants of a normalised name, the name itself first.

    Arabic article prefixes (Al-, El-, Ar-, As-, Ash-, ...) are unified to "al" and
    also dropped, so "As Sulaymaniyah", "Al-Sulaymaniyah" and "Sulaymaniyah" meet.
    Used identically when building and when querying.
    """
    match = _ARTICLE.match(norm)
    if match is None:
        return (norm,)
    rest = norm[match.end() :]
    return tuple(dict.fromkeys((norm, "al " + rest, rest)))


def name_keys(name: str, alternates: Iterable[str] = ()) -> dict[str, int]:
    """Index keys of a place's names (Latin script only) -> their `names.quality`.

    Shared by `build` and `eventwire.gazetteer_import`, so both index names alike.
    """
    keys: dict[str, int] = {}
    for raw, quality in ((name, 2), *((alt, 1) for alt in alternates)):
        norm = normalize_name(raw)
        if not norm or len(norm) > 60 or not _LATIN.match(norm):
            continue
        for i, variant in enumerate(name_variants(norm)):
            keys[variant] = max(keys.get(variant, -1), quality if i == 0 else 0)
    return keys


def base_name(norm: str) -> str:
    """A normalised name without its division word ("dekalb county" -> "dekalb"): a
    county and the town of its name are one name said twice, not two places that
    happen to lie together."""
    return _DIVISION_WORD.sub("", norm)


def division_keys(raw_names: Iterable[str]) -> list[str]:
    """Derived names of a division without its type word: "Hit District" -> "hit"."""
    keys: list[str] = []
    for raw in raw_names:
        base = base_name(normalize_name(raw))
        if base and _LATIN.match(base):
            keys.extend(name_variants(base))
    return keys
