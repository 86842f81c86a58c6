"""Coreference of armed groups: a later "the militants" or "the suspect" is the named
armed group the story just told of.

ACLED codes the named actor, and "Unidentified Armed Group" only when the article names
none. `coreferent` rewrites the definite generic mentions ("the militants") after a
named non-state group; `suspects` adds "the suspect(s)" and "the group" as a mention of
that group where one was named shortly before ("an X fighter fled the raid ... police
shot the suspect").
The group may be named in a sentence that was not parsed: `named_in`, the actor table's
search over any text, finds it there.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Sequence

from eventwire.doctext import text_of
from eventwire.records import Actor, ActorMention, Inter, Parse

__all__ = ["NON_STATE", "coreferent", "named_before", "suspects"]

NamedIn = Callable[[str], list[Actor]]  # the named actors a text mentions, in order

NON_STATE = frozenset({Inter.REBEL, Inter.POLITICAL_MILITIA, Inter.IDENTITY_MILITIA})
_DEFINITE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)
_SUSPECT_REACH = 300  # characters back to the group "the suspect" belongs to
# "the suspects", and "the group" after a named one: "an Al Shabaab
# commander said the group destroyed the masts" (ACLED codes the named group).
_THE_SUSPECTS = re.compile(
    r"\b(?:the|these|those) suspects?\b|\bthe (?:militant |armed |jihadist )?group\b",
    re.IGNORECASE,
)


def coreferent(
    mentions: Sequence[ActorMention],
    text: str,
    is_generic: Callable[[str], bool],
    named_in: NamedIn | None = None,
) -> Iterator[ActorMention]:
    """ "the militants" after a named armed group are that group."""
    named: Actor | None = None
    for mention in mentions:
        actor = mention.actor
        if actor.inter in NON_STATE and not is_generic(actor.name):
            named = actor
        elif actor.name.startswith("Unidentified Armed Group") and _DEFINITE.search(
            text[max(0, mention.start - 8) : mention.start]
        ):
            if named is None and named_in is not None:
                named = named_before(named_in, text, mention.start)
            if named is not None:
                mention = dataclasses.replace(mention, actor=named)
        yield mention


def suspects(
    text: str, parse: Parse, named_in: NamedIn, found: Sequence[ActorMention]
) -> list[ActorMention]:
    """ "the suspect(s)", "the group" of a parsed sentence, where a named non-state armed
    group was told of just before, as a mention of that group; never over another
    mention."""
    out = []
    for hit in _THE_SUSPECTS.finditer(text_of(parse.doc)):
        start, end = hit.start() + parse.offset, hit.end() + parse.offset
        if any(m.start < end and start < m.end for m in found):
            continue
        recent = max(0, start - _SUSPECT_REACH)  # the story just told, not the archive
        named = named_before(named_in, text[recent:start], start - recent)
        if named is not None:
            out.append(ActorMention(start, end, hit.group(), named, parse.sentence))
    return out


def named_before(named_in: NamedIn, text: str, end: int) -> Actor | None:
    """The last named non-state armed group found in text[:end]."""
    found = [a for a in named_in(text[:end]) if a.inter in NON_STATE]
    return found[-1] if found else None
