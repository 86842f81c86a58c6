"""Trigger kinds that only a verb carries: words that report an incident as verbs and
name a thing as nouns.

- "injured by rioters", "wounded by armed rustlers", "gunmen wounded two herders": a
  harm with its doer named (an agent, or a subject hurting an object) is an attack (a
  toll alone, "five were injured", is no trigger, nor an incident's or a mishap's,
  "clashes injured five", "the accident injured four");
- "youths stoned passing vehicles": stoning is an attack, while "stones" alone is a
  thing thrown (read as a crowd's violence by `cues.VIOLENT_CROWD`);
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
        return "attack" if _doer_named(token) else ""
    return _VERB_KINDS.get(word, "")


def _doer_named(verb: Token) -> bool:
    """The hurt has a doer: a passive's agent, or an active subject that hurt an object
    and is no incident, mishap or thing ("clashes injured five", "the crash injured
    four", "debris hurt two")."""
    deps = {c.dep_: c for c in verb.children}
    if "agent" in deps:
        return True
    subject = deps.get("nsubj")
    return subject is not None and "dobj" in deps and subject.lemma_.lower() not in _NO_DOERS


# Subjects that hurt people but are no doer: an incident whose toll it is ("clashes
# injured five": the clash is the event), an accident, nature, falling things.
_NO_DOERS = frozenset(
    "clash fighting fight violence battle skirmish unrest riot chaos melee explosion blast"
    " accident crash collision stampede fire flood storm lightning collapse debris wall roof"
    " building vehicle car bus lorry truck tree it this that which".split()
)
