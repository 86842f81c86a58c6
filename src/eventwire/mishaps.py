"""Deaths that nobody caused: accidents, disasters, animals, illness.

ACLED codes political violence and unrest; "lightning killed two herders", "four
miners were killed when the tunnel collapsed", "a fire in the market killed five
traders" and "an elephant trampled a farmer to death" are news of deaths with no one
acting against anyone, and no event.

`mishap_killing` is asked by `triggers.find_triggers` of every killing word: it is a
mishap when

- its subject is a mishap, a force of nature or an animal ("lightning killed",
  "the crash killed", "a blaze killed"), or
- it has no doer (a passive without "by", or "died") and a clause of its own tells a
  mishap as its cause ("were killed when the tunnel collapsed", "died after their
  boat capsized", "killed in a road accident").

A fire counts only as "a fire" or "the fire" alone: "police fire", "sniper fire" and
"fire from the army" are shooting. Pure function of a parsed token.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["mishap_killing"]

# What kills without anyone doing it: accidents, nature, animals, illness.
_MISHAP_CAUSES = frozenset(
    "accident crash collision pile-up derailment stampede blaze inferno flood floods"
    " flooding landslide mudslide avalanche earthquake quake storm cyclone hurricane"
    " typhoon tornado lightning drought famine heatwave collapse cholera malaria disease"
    " illness epidemic outbreak elephant lion leopard buffalo hippo hippopotamus crocodile"
    " snake hyena"
    " tree wall roof building bridge".split()
)
# What a mishap does, told in a clause of its own ("when the tunnel collapsed").
_MISHAP_VERBS = frozenset(
    "collapse cave capsize sink overturn crash derail burst topple plunge drown"
    " electrocute trample maul".split()
)
# A fire alone: "police fire", "sniper fire", "fire from troops" are gunfire.
_FIRE_WORDS = frozenset({"fire"})
_FIRE_MARKS = frozenset({"compound", "poss", "amod", "nmod"})
_FIRE_SOURCES = frozenset({"from", "by"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def mishap_killing(token: Token) -> bool:
    """Whether a killing word reports a death nobody caused (see the module)."""
    subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.dep_ == "nsubj" and _mishap_noun(subject):
        return True
    if any(c.dep_ == "agent" for c in token.children):
        return False
    return any(_mishap_clause(c) for c in token.children)


def _mishap_noun(noun: Token) -> bool:
    word = noun.lemma_.lower()
    if word in _FIRE_WORDS:
        return not any(c.dep_ in _FIRE_MARKS or c.lower_ in _FIRE_SOURCES for c in noun.children)
    return word in _MISHAP_CAUSES


def _mishap_clause(child: Token) -> bool:
    """ "when the tunnel collapsed", "after their boat capsized", "in a road accident"."""
    if child.dep_ == "advcl":
        return child.lemma_.lower() in _MISHAP_VERBS or any(
            c.dep_ in _SUBJECTS and _mishap_noun(c) for c in child.children
        )
    if child.dep_ == "prep" and child.lower_ in ("in", "after", "during"):
        return any(c.dep_ == "pobj" and _mishap_noun(c) for c in child.children)
    return False
