"""Objects shared by coordinated verbs: "rebels ambushed and torched three army lorries"
tells what was ambushed only through the verb joined after it.

English lets verbs joined by "and" share the object that follows the last of them. A
verb that has nothing of its own after it but the verb joined to it takes that verb's
object; a verb with a complement of its own ("rioted in town and blocked roads") or a
passive ("were attacked and robbed") does not, nor does a verb take the object of one
joined before it ("stormed the camp and killed two" does not say the camp was killed).

A pure function of a parsed sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.cues import words

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["shared_objects"]

_JOINING = words("cc conj punct prt advmod")
_PASSIVE = words("nsubjpass auxpass")


def shared_objects(verb: Token) -> list[Token]:
    """The direct objects `verb` shares with the verbs joined after it, or [] where
    it has a complement of its own."""
    if verb.pos_ != "VERB" or any(c.dep_ in _PASSIVE for c in verb.children):
        return []
    after = [c for c in verb.children if c.i > verb.i]
    if not any(c.dep_ == "conj" and c.pos_ == "VERB" for c in after):
        return []
    if not all(c.dep_ in _JOINING for c in after):
        return []
    return [o for v in verb.conjuncts if v.i > verb.i for o in v.children if o.dep_ == "dobj"]
