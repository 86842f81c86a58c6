"""Claims and attributions: who a sentence says claimed, carried out or was blamed for
an attack ("X claimed the attack", "X said it carried out the bombing", "officials
blamed X", "the attack was claimed by X", "police suspect X"). ACLED codes the group
that claims or is credibly blamed as actor1 of the attack; `roles.claimant` picks the
actor mention at the heads read here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire import triggers
from eventwire.cues import words
from eventwire.triggers import lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["PRONOUNS", "SAY", "SAYERS", "claimed_heads"]

# Verbs of saying: their subject is a source of the report, not a party to the event.
SAY = words("say tell report confirm add state announce cite note estimate quote")
PRONOUNS = words("it they we he she")
_POSSESSIVES = words("its their our his her")
# What a group claims ("claimed responsibility", "claimed the bombing").
_CLAIMED = words(
    "responsibility credit attack bombing blast explosion assault killing ambush raid strike"
    " abduction kidnapping massacre operation shooting"
)
# "said it carried out / staged / was behind the attack".
# Verbs whose subject accuses someone else: a source, not the perpetrator.
_ACCUSE = words("accuse blame")
_DID = words("carry conduct stage launch execute perpetrate mount")
_BEHIND = words("behind responsible")
# Every verb `_claimed_by` reads: other tokens are skipped before their children are.
_CLAIM_VERBS = words("claim admit attribute suspect") | _ACCUSE | SAY
SAYERS = SAY | _ACCUSE  # their subjects are sources, not parties to the event


def claimed_heads(doc: Doc) -> list[Token]:
    """The heads of the phrases naming who claimed, did or is blamed for an attack."""
    return [head for token in doc for head in _claimed_by(token)]


def _claimed_by(token: Token) -> list[Token]:
    word = lemma(token)
    if word not in _CLAIM_VERBS:
        return []
    kids = list(token.children)
    objects = [c for c in kids if c.dep_ in {"dobj", "nsubjpass"}]
    preps = {
        p.lower_: [o for o in p.children if o.dep_ == "pobj"]
        for p in kids
        if p.dep_ in {"prep", "agent"}
    }
    if word in {"claim", "admit"} and any(_is_claimed(o) for o in objects):
        subjects = [c for c in kids if c.dep_ == "nsubj"]
        if not subjects and token.dep_ in {"ccomp", "xcomp", "conj"}:
            # "X confirmed (and) claimed responsibility": the subject of the verb before
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
        return subjects + preps.get("by", [])
    if word in {"blame", "accuse"}:
        return preps.get("on", []) or [o for o in objects if not _is_claimed(o)]
    if word == "suspect" and token.pos_ == "VERB":
        return _suspected(token, kids, objects)
    if word == "attribute":
        return preps.get("to", [])
    if word in SAY and any(_said_it_did(c) for c in kids if c.dep_ == "ccomp"):
        return [c for c in kids if c.dep_ == "nsubj"]
    return []


def _suspected(token: Token, kids: list[Token], objects: list[Token]) -> list[Token]:
    """ "police suspect X", "X is suspected", a terse note's "X suspected.", "they
    suspect X was behind the attack": the group suspected of the incident just told."""
    if objects:
        return [o for o in objects if not _is_claimed(o)]
    if all(c.dep_ in {"nsubj", "punct"} for c in kids):  # "X suspected."
        return [c for c in kids if c.dep_ == "nsubj"]
    clauses = [c for c in kids if c.dep_ == "ccomp" and _was_behind(c)]
    return [c for clause in clauses for c in clause.children if c.dep_ == "nsubj"]


def _was_behind(clause: Token) -> bool:
    """ "X carried out the attack", "X was behind the attack"."""
    if lemma(clause) in _DID:
        return True
    return lemma(clause) == "be" and any(c.lower_ in _BEHIND for c in clause.subtree)


def _is_claimed(token: Token) -> bool:
    return lemma(token) in _CLAIMED or lemma(token) in triggers.LEMMAS


def _said_it_did(clause: Token) -> bool:
    """ "it carried out the bombing", "they were behind the attack", "its fighters
    carried out the assault" (the group's own members, told by a possessive)."""
    if not any(c.dep_ == "nsubj" and _the_sayer(c) for c in clause.children):
        return False
    return _was_behind(clause)


def _the_sayer(subject: Token) -> bool:
    """Whether a clause's subject is the one who said it: a pronoun ("it", "they"),
    or what a possessive pronoun owns ("its fighters", "their men")."""
    if subject.lower_ in PRONOUNS:
        return True
    return any(c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in subject.children)
