"""Trigger kinds that only a verb carries: words that report an incident as verbs and
name a thing as nouns.

- "injured by rioters", "wounded by armed rustlers": a harm with its doer named is an
  attack (a toll alone, "five were injured", is no trigger);
- "youths stoned passing vehicles": stoning is an attack, while "stones" alone is a
  thing thrown (read as a crowd's violence by `triggers.VIOLENT_CROWD`);
- "students smashed windows", "the crowd shattered the glass doors": smashing is
  property destruction (a crowd doing it riots, `subtypes`), while "a smash" is not.

`verb_kind` is asked by `triggers.find_triggers` for every verb, noun or adjective
that is no trigger by its lemma. Pure function of a parsed token.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["verb_kind"]

_HURT_LEMMAS = frozenset({"injure", "wound", "hurt"})
_VERB_KINDS = {"stone": "attack", "smash": "loot", "shatter": "loot"}


def verb_kind(token: Token) -> str:
    """The trigger kind of a verb that is no trigger as a noun, or ""."""
    if token.pos_ != "VERB":
        return ""
    word = token.lemma_.lower()
    if word in _HURT_LEMMAS:
        return "attack" if any(c.dep_ == "agent" for c in token.children) else ""
    return _VERB_KINDS.get(word, "")
