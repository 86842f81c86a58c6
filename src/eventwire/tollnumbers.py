"""Numbers a toll is told in: digits, words ("twenty-one"), and vague quantities.

Vague words follow the design notes: "several" 3, "dozens" 12, "hundreds" 100. A figure
the sentence revises in passing gives way to its revision (`revised`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["VAGUE", "figure", "parse_count", "parse_number", "revised"]

# Vague quantities (design.md: "several" 3, "dozens" 12, "hundreds" 100).
VAGUE = {
    "several": 3,
    "few": 3,
    "some": 3,
    "number": 3,
    "dozen": 12,
    "dozens": 12,
    "scores": 20,
    "score": 20,
    "both": 2,
    "hundreds": 100,
    "thousands": 1000,
    "many": 10,
}
_UNIT_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty"
)
_UNITS = tuple(_UNIT_WORDS.split())
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}


def figure(token: Token) -> int | None:
    """A number token, with a tens word split off by the tokenizer ("twenty" "-" "one")."""
    value = parse_number(token.lower_)
    tens = [_TENS.get(c.lower_, 0) for c in token.children if c.dep_ == "compound"]
    return value + sum(tens) if value is not None and value < 10 else value


def parse_count(word: str) -> int | None:
    """A number written in digits or words ("12", "twelve", "twenty-one"), or None."""
    return parse_number(word.lower())


def parse_number(word: str) -> int | None:
    word = word.replace(",", "")
    if word.isdigit():
        return int(word)
    if word in VAGUE:
        return VAGUE[word]
    if word in _UNITS:
        return _UNITS.index(word)
    if word in _TENS:
        return _TENS[word]
    tens, _, unit = word.partition("-")
    if tens in _TENS and unit in _UNITS:
        return _TENS[tens] + _UNITS.index(unit)
    return None


# A figure and its revision in one sentence: "a crew of four (later put at six)", "three
# herders, later confirmed to be four,".
_REVISED = re.compile(
    r"(?P<before>(?:\w+ ){0,2})\s*[(,]\s*(?:but |and |which was |a figure )?later "
    r"(?:determined|confirmed|found|revised|raised|updated|corrected|put|established) "
    r"(?:to be |to |at )?(?P<new>\w+)",
    re.IGNORECASE,
)


def revised(deaths: int, text: str) -> int:
    """The toll once a figure the sentence revises in passing is replaced by its later one
    (ACLED revises its figures when later information confirms another): "killing a
    crew of four (later put at six) guards" is six."""
    found = _REVISED.search(text)
    if found is None:
        return deaths
    new = parse_number(found.group("new").lower())
    olds = [parse_number(w) for w in found.group("before").lower().split()]
    old = next((n for n in olds if n is not None), None)
    if old is None or new is None or deaths < old:
        return deaths
    return deaths - old + new
