"""Where the parser tied two clauses of a sentence together: a semicolon or a dash
between them, or a bracketed aside. A negation or modal in one says nothing of the
other (`triggers.is_asserted`): past a clause break nothing above the trigger counts,
and an aside's own words are passed over."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["across_clauses", "in_aside"]

_CLAUSE_BREAKS = frozenset(";-\u2013\u2014")
_OPENING, _CLOSING = frozenset("(["), frozenset(")]")


def across_clauses(token: Token, ancestor: Token) -> bool:
    """A semicolon or dash between the trigger and its ancestor: the parser tied two
    clauses of a note together ("man killed in a fight; motive not known")."""
    low, high = sorted((token.i, ancestor.i))
    return any(t.text in _CLAUSE_BREAKS and t.pos_ == "PUNCT" for t in token.doc[low + 1 : high])


def in_aside(token: Token, ancestor: Token) -> bool:
    """The ancestor stands inside a bracketed aside that the trigger is not in ("In May
    (the day was not given), herders clashed"): the aside's words say nothing of the
    trigger. A trigger inside an aside stays under the clause around it ("apps may
    draw on the screen (a bomb crater, a cracked glass)")."""
    low, high = sorted((token.i, ancestor.i))
    brackets = _OPENING | _CLOSING
    if not any(t.text in brackets and t.pos_ == "PUNCT" for t in token.doc[low + 1 : high]):
        return False
    return _aside_depth(ancestor) > _aside_depth(token)


def _aside_depth(token: Token) -> int:
    """How many brackets are open where `token` stands."""
    depth = 0
    for t in token.doc[: token.i]:
        if t.text in _OPENING:
            depth += 1
        elif t.text in _CLOSING:
            depth = max(0, depth - 1)
    return depth
