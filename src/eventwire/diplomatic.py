"""A government's protest, not a crowd's: "Iran lodged a protest", "the move drew
protests from Russia".

ACLED codes demonstrations, not diplomatic objections. The sub-event decision
(`subtypes`) asks `diplomatic` of a protest noun before coding a demonstration from it:
only governments lodge, file or voice a protest, a reaction "draws" one, and protests
"from" a country are its government's; a crowd stages its own ("staged protests from
9-13 August" is a span of days, "took out a rally from the square" a march's start).
Pure function of a parsed token.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.cues import words
from eventwire.triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["diplomatic"]

# Only governments lodge or voice a protest, and a reaction "draws" one; "sparked
# protests" is a crowd's unless the protests come "from" a country (checked below).
_DIPLOMATIC_HEADS = words("lodge file voice register draw drew")


def diplomatic(trig: Trigger) -> bool:
    """A government's protest, not a crowd's: "drawing protests from Russia", "Iran
    lodged a protest". ACLED codes demonstrations, not diplomatic objections."""
    token = trig.token
    if token.pos_ != "NOUN":
        return False
    while token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head is not token:
        token = token.head  # "a protest march from <place>": read the march
    if token.head.lemma_ in _DIPLOMATIC_HEADS:
        return True
    # a crowd stages its own protest; "staged protests from 9-13 August", "took out a
    # rally from the square": a span of days or a march's starting point
    if token.dep_ == "dobj" and _staging(token.head):
        return False
    # "a rally marched from <town>": the verb's "from" is where its subject set out; a
    # protest drawn "from" a country is the verb's object
    verb = () if token.dep_ == "nsubj" else token.head.children
    return any(
        child.lower_ == "from" and any(_from_country(g) for g in child.children)
        for child in (*token.children, *verb)
    )


# Verbs of a crowd's own demonstration: "staged", "held", "took out" a protest.
_STAGING = words("stage hold take bring lead organise organize launch mount begin start")
_STAGED = words("staged stages staging")  # the lemmatiser may read "staged" as "stag"


def _staging(verb: Token) -> bool:
    return verb.lemma_ in _STAGING or verb.lower_ in _STAGED


def _from_country(token: Token) -> bool:
    if token.ent_type_ in ("DATE", "TIME", "CARDINAL") or token.like_num:
        return False
    return token.ent_type_ in ("GPE", "NORP") or token.pos_ == "PROPN"
