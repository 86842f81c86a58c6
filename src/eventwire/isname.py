"""Whether "IS" in a text is the Islamic State's name or the verb "is".

"IS" is the Islamic State only where it is a name ("IS fighters", "fell to IS", "drove
IS out"), never the verb of an all-caps headline or of emphatic text ("This IS the end").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc

__all__ = ["IS", "is_a_name", "mostly_capitals"]


def _words(text: str) -> frozenset[str]:
    """A set of words written as one string (keeps long word lists readable)."""
    return frozenset(text.split())


# "IS" as a name: the words around it that only a name can have.
IS = re.compile(r"\bIS\b")
_IS_NOUNS = _words(
    "fighters fighter militants militant jihadists jihadist group stronghold strongholds"
    " positions position territory forces insurgents members member commander commanders"
    " leader leaders emir cell cells attack attacks suicide sniper snipers gunmen remnants"
    " bastion holdouts defenders propaganda caliphate control"
)
_IS_VERBS = _words(
    "claimed took seized captured overran stormed launched executed killed attacked controlled"
    " controls holds withdrew retreated fled lost has had is was still also"
)
_IS_PREV = _words(
    "to from against by with of the fought fighting battled battling defeated expelled ousted"
    " routed drove targeted attacked"
)
_OPENS = re.compile(
    r"(?:[,;:(\"“]|\b(?:and|but|after|before|when|since|as|while|until|once))\s*$", re.IGNORECASE
)
_IS_LINKED = re.compile(r"-(?:held|controlled|linked|affiliated|allied|inspired|claimed|run)\b")


def mostly_capitals(text: str) -> bool:
    """An all-caps headline or shout, where "IS" is just a capitalised verb."""
    words = re.findall(r"[A-Za-z]{2,}", text)
    return bool(words) and sum(w.isupper() for w in words) * 2 > len(words)


def is_a_name(text: str, start: int, end: int, doc: SpacyDoc | None) -> bool:
    """True where "IS" at text[start:end] is the Islamic State and not the verb."""
    before, after = text[:start], text[end:]
    prev = re.search(r"([\w']+)\W*$", before)
    nxt = re.match(r"\s*([\w']+)", after)
    prev_word = prev.group(1).lower() if prev else ""
    if after.startswith(("'s", "’s")) or _IS_LINKED.match(after) or before.endswith("anti-"):
        return True
    if before.rstrip().endswith("(") and after.lstrip().startswith(")"):
        return True
    if prev_word in _IS_PREV and re.search(r"\w\s*$", before):
        return True
    if doc is not None and _token_is_object(doc, start):
        return True
    following = nxt.group(1).lower() if nxt else ""
    if following in _IS_NOUNS:
        return True
    # "IS took" only where no subject precedes it ("It IS finished" is a verb).
    return following in _IS_VERBS and (prev is None or _OPENS.search(before) is not None)


def _token_is_object(doc: SpacyDoc, start: int) -> bool:
    """The parser puts "IS" as the object of a verb or preposition ("drove IS out")."""
    for token in doc:
        if token.idx == start:
            return str(token.dep_) in {"dobj", "pobj"}
    return False
