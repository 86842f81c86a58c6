"""Misspelt trigger words, read as the trigger they misspell: "gunmen ambushd a bus",
"a demonstartion outside the court", "a proteston Monday" (a space dropped).

News, and analysts' notes above all, misspell words, and a misspelt trigger would leave
its sentence uncoded. A word of five letters or more that no English word list knows
(`englishwords`) and that is one edit (a letter inserted, dropped or changed, or two
adjacent letters swapped) from a form of a trigger word (`triggerwords.LEMMAS` and
their inflections) is read as that trigger; when it is one edit from triggers of
different kinds, it is read as none. A real word is never corrected ("attach" is not
"attack", "stake" is not "stabbed").

The forms are filed once in a deletion neighbourhood (SymSpell): every form under
itself and under each of its one-letter deletions. A word is looked up under itself
and its own one-letter deletions, and the few forms found are checked by edit distance:
a handful of dictionary lookups a word, so the candidate filter (`triggers`) can ask it
about every sentence its patterns reject.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from eventwire.englishwords import english_lexicon, irregular_inflections
from eventwire.triggerwords import LEMMAS

__all__ = ["mentions_misspelt_trigger", "misspelt_kind"]

MIN_LETTERS = 5  # shorter words are too often abbreviations, names or other languages
LONG_LETTERS = 6  # from here, a letter added or changed is read as a slip too
_WORD = re.compile(rf"[a-z]{{{MIN_LETTERS},}}")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True, slots=True)
class _Index:
    """Trigger forms filed under themselves and their one-letter deletions."""

    forms: dict[str, tuple[str, ...]]  # a form or a deletion -> the forms it comes from
    kinds: dict[str, str]  # a form -> its trigger kind

    def kind(self, word: str) -> str:
        """The kind of the trigger `word` is one edit from, or "" (none, or several)."""
        found = {
            self.kinds[form]
            for key in (word, *_deletions(word))
            for form in self.forms.get(key, ())
            if _one_edit(word, form)
        }
        return found.pop() if len(found) == 1 else ""


@functools.cache
def _index() -> _Index:
    kinds = {form: kind for lemma, kind in LEMMAS.items() for form in _forms(lemma)}
    forms: dict[str, list[str]] = {}
    for form in kinds:
        for key in {form, *_deletions(form)}:
            forms.setdefault(key, []).append(form)
    return _Index({k: tuple(v) for k, v in forms.items()}, kinds)


@functools.lru_cache(maxsize=1 << 16)
def misspelt_kind(word: str) -> str:
    """The trigger kind a misspelt word stands for ("ambushd": "attack"), or "" for an
    English word, a short one, or one that no single trigger, or also another English
    word, is one edit from ("murmer" is "murmur" as well as "murder")."""
    word = word.lower()
    if len(word) < MIN_LETTERS or not word.isalpha():
        return ""
    kind = _index().kind(word) or _glued_kind(word)
    if not kind or english_lexicon().knows(word) or _derived(word) or _near_other_word(word):
        return ""
    return kind


# Short words a trigger is often run into when a space is dropped ("a proteston Monday",
# "demonstratedagainst the levy").
_GLUED = ("against", "outside", "over", "on", "in", "at")


def _glued_kind(word: str) -> str:
    """The kind of the trigger form the word is with a short word run into its end."""
    kinds = _index().kinds
    for tail in _GLUED:
        stem = word[: -len(tail)]
        if word.endswith(tail) and len(stem) >= MIN_LETTERS and stem in kinds:
            return kinds[stem]
    return ""


# Suffixes that make a person or a doer of a verb ("abductee", "protestor", "looters").
_PERSON_SUFFIXES = ("ees", "ee", "ers", "er", "ors", "or", "ists", "ist")


def _derived(word: str) -> bool:
    """A person named from a trigger or an English verb that the word lists lack
    ("abductees", "protestors"): a word of its own, not a slip."""
    lexicon = english_lexicon()
    for suffix in _PERSON_SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and any(
            s in LEMMAS or s in lexicon.closed for s in (stem, stem + "e")
        ):
            return True
    return False


def mentions_misspelt_trigger(sentence: str) -> bool:
    """True when a word of the (lower-case) sentence is a misspelt trigger."""
    return any(misspelt_kind(word) for word in _WORD.findall(sentence))


def _near_other_word(word: str) -> bool:
    """An English word that is no trigger form is one edit from the word too."""
    lexicon = english_lexicon()
    triggers = _index().kinds
    return any(
        near not in triggers
        and (near in lexicon.closed or near in lexicon.nouns or near in lexicon.irregular)
        for near in _neighbours(word)
    )


def _neighbours(word: str) -> Iterator[str]:
    """The words one edit from `word` (as `_one_edit` reads an edit)."""
    for i in range(1, len(word) + 1):
        yield from (word[:i] + c + word[i:] for c in _LETTERS)  # a letter it lacks
    for i in range(1, len(word) - 1):
        yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if len(word) >= LONG_LETTERS:
        for i in range(1, len(word)):
            yield word[:i] + word[i + 1 :]
            yield from (word[:i] + c + word[i + 1 :] for c in _LETTERS if c != word[i])


def _forms(lemma: str) -> Iterator[str]:
    """The lemma and its inflections: by the English lemmatiser's suffix rules read
    backwards ("raid": "raids", "raided", "raiding") and its irregular forms ("stab":
    "stabbed")."""
    yield lemma
    lexicon = english_lexicon()
    for pos, rules in lexicon.rules:
        if lemma not in (lexicon.nouns if pos == "noun" else lexicon.closed) or pos == "adj":
            continue
        for old, new in rules:
            if lemma.endswith(new) and not _e_before_vowel(lemma, old, new):
                yield lemma[: len(lemma) - len(new)] + old
    yield from irregular_inflections().get(lemma, ())


def _e_before_vowel(lemma: str, old: str, new: str) -> bool:
    """A rule that would keep a final "e" before a vowel ("razeing", "razeed")."""
    return lemma.endswith("e") and not new and old[0] in "aeiou"


def _deletions(word: str) -> Iterator[str]:
    return (word[:i] + word[i + 1 :] for i in range(len(word)))


def _one_edit(word: str, form: str) -> bool:
    """At most one edit apart, after the first letter (typing seldom slips there): a
    letter of the form dropped or two adjacent letters swapped, or, in a word of
    `LONG_LETTERS` or more, a letter added or changed (in a short word, those make
    slang, names and other languages' words: "merch")."""
    if word == form:
        return True
    if abs(len(word) - len(form)) > 1:
        return False
    i = 0
    while i < min(len(word), len(form)) and word[i] == form[i]:
        i += 1
    if i == 0:
        return False
    if len(word) < len(form):
        return word[i:] == form[i + 1 :]
    short = len(word) < LONG_LETTERS
    if len(word) > len(form):
        return not short and word[i + 1 :] == form[i:]
    swapped = word[i + 1 : i + 2] == form[i : i + 1] and word[i : i + 1] == form[i + 1 : i + 2]
    changed = not short and word[i + 1 :] == form[i + 1 :]
    return changed or (swapped and word[i + 2 :] == form[i + 2 :])
