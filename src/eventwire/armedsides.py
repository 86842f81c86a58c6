"""Fights that are battles though the report names no weapon.

`subtypes` reads unarmed partisans fighting (activists, residents, youths) as a riot.
Two kinds of fight are battles all the same (ACLED: an armed clash between organised
armed sides):

- communities, clans, tribes or herders fighting each other or raiding: ACLED codes
  them as identity (communal) militias, armed by definition, unless the fight is told
  as one between political supporters ("ethnic supporters of a candidate") or between
  refugees (the clans of a camp);
- two groups of villagers or residents fighting each other over land, a boundary,
  pasture or water: a communal conflict, fought by communal militias (ACLED), not a
  riot; a crowd resisting the police over land (an eviction) stays a riot;
- an exchange of fire, or fire returned: both sides had guns;
- deaths told with no one who caused them, beside a fight, a dispute or an attack
  "between" two sides ("found dead after a land dispute between two communities", "two
  dead in a night attack between two hamlets"): the two sides fought each other, a
  communal clash, not an attack on civilians by an unknown group (`sides_between`).

Pure functions of a sentence's text, precompiled patterns only, or of its parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.cues import flag, words
from eventwire.triggers import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["armed_fight", "communal_fight", "sides_between"]

_COMMUNAL = flag(
    r"(?:pastoralists?|herders?|herdsmen|clans?|tribes(?:men)?|communities"
    r"|inter-?(?:clan|communal|ethnic|tribal)|ethnic (?:groups?|militias?))\b"
)
# A fight between parties' followers, told with a community word: a riot still.
_POLITICAL = flag(r"supporters?\b|political\b|party\b|parties\b|campaign|election|rally")
# Refugees fighting each other, in clans or not: civilians of a camp, no community's
# militia on its own land (ACLED codes their fights as riots).
_REFUGEES = flag(
    r"(?:among|between) (?:\S+ ){0,3}refugees\b|refugees (?:\S+ )?(?:clash|fought|fight)"
)
_FIRE = flag(
    r"exchang(?:ed|ing|es?) (?:of )?(?:heavy )?(?:gun)?fire\b|trad(?:ed|ing) (?:gun)?fire\b"
    r"|return(?:ed|ing|s)? (?:the )?fire\b"
)


# What communities fight over: land, boundaries, pasture, water.
_LAND_DISPUTE = flag(
    r"(?:land|boundary|border|grazing|pasture|farm|plot)(?:[- ]related)?"
    r" (?:disputes?|rows?|conflicts?|feuds?|wrangles?)\b"
    r"|over (?:a |an |the )?(?:\w+ ){0,3}(?:land|boundary|boundaries|grazing|pastures?)\b"
)
# The police as one side: an eviction resisted, not a communal fight.
_POLICE = flag(r"police|security forces|troops|soldiers|askaris?\b")


def communal_fight(text: str) -> bool:
    """Communities, clans or herders fighting, or groups fighting over land with no
    police side, not political supporters or refugees."""
    if _POLITICAL.search(text) is not None or _REFUGEES.search(text) is not None:
        return False
    land = _LAND_DISPUTE.search(text) is not None and _POLICE.search(text) is None
    return land or _COMMUNAL.search(text) is not None


def armed_fight(text: str) -> bool:
    """A fight the sentence tells as armed: fire exchanged, or communities fighting."""
    return _FIRE.search(text) is not None or communal_fight(text)


# Words for a fight or a quarrel whose "between" names its two sides.
_STRIFE = words(
    "dispute fight fighting conflict violence feud rivalry clash war battle attack"
    " confrontation skirmish hostility row wrangle"
)


def sides_between(word: Token) -> bool:
    """A fight or a quarrel in the sentence of `word` told "between" two sides:
    "a dispute over land between two communities", "fights between rival militias";
    not a place between two others ("the border between two districts")."""
    for token in word.sent:
        if token.lower_ != "between" or token.dep_ != "prep":
            continue
        sides = [c for c in token.children if c.dep_ == "pobj"]
        if not sides or sides[0].ent_type_ in _WHEN:
            continue
        head = token.head
        if head.dep_ == "pobj" and lemma(head) not in _STRIFE:  # "a dispute over land between"
            head = head.head.head
        if lemma(head) in _STRIFE:
            return True
    return False


_WHEN = frozenset({"DATE", "TIME", "CARDINAL"})
