"""Which stretches of a text have lost their capitals, and the words in them.

A document, or a long stretch of one, whose sentences open in lower case and that holds
almost no capital letter, or a line written all in capitals, says nothing by its case:
`caseless_stretches` finds such stretches (a text written normally has none), and
`stretch_words` splits one into words for `toponym_caseless`, once per text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

__all__ = ["Words", "caseless_stretches", "stretch_words"]

_LETTER = re.compile(r"[^\W\d_]")
_OPENING = re.compile(r"(?:^|[.!?][\"'”’)]*\s+)[\"'“‘(]*([^\W\d_])", re.MULTILINE)
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]+")  # "u.s." one word
_WORDS = re.compile(f"({_WORD.pattern})")  # to split a text at its words
_ASCII_WORDS = re.compile(r"((?:[A-Za-z]\.){2,}|[A-Za-z]+)")  # the same in ASCII text, faster
_LINE = re.compile(r"[^\n]+")
_MIN_TEXT = 40  # letters: a shorter text says too little by its case
_MIN_LINE = 200  # letters of a lower-case line inside a text otherwise written normally
_MIN_CAPS_LINE = 20  # letters of an ALL-CAPS line
_MAX_CAPITALS = 0.015  # share of capital letters in a lower-cased stretch
_MAX_LOWER = 0.02  # share of lower-case letters in an ALL-CAPS line


@lru_cache(maxsize=256)  # asked by names and demonyms of the same text
def caseless_stretches(text: str) -> tuple[tuple[int, int], ...]:
    """Spans whose case says nothing: the whole text when its sentences open in lower
    case and almost no letter is a capital; else each long line of that kind, and each
    line written all in capitals (a wire headline)."""
    if _lower_cased(text, _MIN_TEXT):
        return ((0, len(text)),)
    out = []
    for line in _LINE.finditer(text):
        part = line.group()
        if _lower_cased(part, _MIN_LINE) or _all_caps(part):
            out.append(line.span())
    return tuple(out)


def _lower_cased(text: str, min_letters: int) -> bool:
    letters, capitals, _ = _letter_counts(text)
    if letters < min_letters:
        return False
    if capitals > _MAX_CAPITALS * letters:
        return False
    openings = [m.group(1) for m in _OPENING.finditer(text)]
    lower = sum(1 for c in openings if c.islower())
    return lower * 2 > len(openings) if len(openings) > 1 else capitals <= 1


def _all_caps(line: str) -> bool:
    letters, _, lower = _letter_counts(line)
    if letters < _MIN_CAPS_LINE or lower > _MAX_LOWER * letters:
        return False
    return len(_WORD.findall(line)) >= 3


_ASCII = bytes(range(128))
_NOT_LETTER = bytes(b for b in range(256) if b > 127 or not chr(b).isalpha())
_NOT_CAPITAL = bytes(b for b in range(256) if not 65 <= b <= 90)
_NOT_LOWER = bytes(b for b in range(256) if not 97 <= b <= 122)


def _letter_counts(text: str) -> tuple[int, int, int]:
    """A text's letters, capitals and lower-case letters. The ASCII characters are
    counted on the text's bytes (a regular expression over each character costs ten
    times more), the others, few in English, one by one."""
    raw = text.encode("utf-8", "surrogatepass")
    rest = raw.translate(None, _ASCII).decode("utf-8", "surrogatepass")
    letters = len(raw.translate(None, _NOT_LETTER)) + len(_LETTER.findall(rest))
    capitals = len(raw.translate(None, _NOT_CAPITAL)) + sum(1 for c in rest if c.isupper())
    lower = len(raw.translate(None, _NOT_LOWER)) + sum(1 for c in rest if c.islower())
    return letters, capitals, lower


# the words of a stretch, casefolded; their spans; whether each is joined to the one before
Words = tuple[tuple[str, ...], tuple[tuple[int, int], ...], tuple[bool, ...]]


@lru_cache(maxsize=64)  # read by names, common nouns and demonyms of the same text
def stretch_words(text: str, start: int, end: int) -> Words:
    """The words of a stretch: each casefolded, its span, and whether a space or a
    hyphen joins it to the word before. One split of the stretch: words at odd places,
    the text between them at even ones, their offsets summed from the lengths."""
    parts = (_ASCII_WORDS if text.isascii() else _WORDS).split(text[start:end])
    offsets = list(accumulate(map(len, parts), initial=start))
    spans = tuple(zip(offsets[1::2], offsets[2::2], strict=False))
    joined = (False, *(gap in (" ", "-") for gap in parts[2:-1:2])) if spans else ()
    return tuple(map(str.casefold, parts[1::2])), spans, joined
