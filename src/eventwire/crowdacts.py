"""A crowd's acts that sound violent and are not: a demand carried into a building, and
violence only threatened or planned.

ACLED codes a demonstration by what its crowd did. Two kinds of wording make an unarmed
crowd look violent to the sub-event decision (`subtypes`) when it was not:

- "Farmers stormed the commission's headquarters to demand a report", "traders stormed
  the county offices protesting the demolition": a crowd entering a building to press
  a demand, with no harm told, is the demonstration itself (ACLED: a peaceful protest,
  or a protest with intervention when the police stop it), not an attack on the
  building's people;
- "students threatened to destroy property", "vowed to burn the offices": violence
  only threatened or planned is no violence of the crowd's. Violence tried ("attempted
  to storm the offices") stays violence: ACLED codes an attempt as the act;
- but an entry tried and told as failed ("tried to storm the ministry but officers
  blocked them", "tried to invade the hall but were unable to") or only aimed at
  ("gathered with the intention of storming the palace") entered nothing: the
  crowd harmed no one and nothing, so its demonstration is a protest (with
  intervention when the police stopped it).

`reread` gives the sentence's triggers and text as the sub-event decision should read
them; `told` gives the text alone (for the sentence after a protest, `followups`).
Both read an unarmed crowd's sentences only: an armed group's storming is its attack.
Pure functions of a parsed sentence; a precompiled precheck keeps them cheap.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwire import cues
from eventwire.cues import words
from eventwire.doctext import text_of
from eventwire.grievance import grievances, masked
from eventwire.triggers import Trigger, lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["not_done", "reread", "resisting", "told", "violent"]

# Cheap precheck: a storming, a threat or a plan is written in the sentence.
_CUES = cues.flag(r"storm|invad|threat|vow|plan|intend|effig|coffin")
_ENTRY = words("storm invade")
# The purpose of the entry, told by its clause: "to demand", "demanding", "protesting".
_DEMANDS = words(
    "demand protest seek ask press petition complain oppose agitate voice express present"
    " deliver submit meet see air register call"
)
# Heads under which a deed is only threatened or planned. A deed tried ("attempted to
# storm the offices", "tried to attack the MP") is coded as done (ACLED codes attempts).
_THREATS = words("threaten vow plan intend")
# Doers whose storming is an armed assault, whatever it demands.
_ARMED = cues.NON_STATE_NOUNS | cues.STATE_NOUNS | words("armed officer guard")


# What is burnt in a protest as a symbol: an effigy, or a mock coffin with a name on it.
_SYMBOLS = re.compile(r"\S*\s+(?:\S+\s+){0,3}(?:effig(?:y|ies)|coffins?)\b", re.IGNORECASE)


_BURNING = re.compile(r"burn|torch|set(?:ting|s)? fire|alight|ablaze", re.IGNORECASE)


# Violence said not to have happened: "ended without clashes", "no violence".
_NONE_BEFORE = re.compile(r"\b(?:without|no|free of)\s+(?:any\s+)?$", re.IGNORECASE)


# The police's own violence, told with "violent": "police violently dispersed the
# march", "a violent crackdown on the marchers" (ACLED: the force that met a protest is
# its intervention, not the crowd's violence).
_VIOLENT_WORD = re.compile(r"violent(?:ly)?\b", re.IGNORECASE)
_FORCES_BEFORE = re.compile(
    r"\b(?:police(?:m[ae]n)?|officers|security (?:forces|officers)|troops|soldiers|askaris)"
    r"\s+(?:(?:were|was|had|have|then|later|also|reportedly|allegedly)\s+)?$",
    re.IGNORECASE,
)
_FORCES_ACT_AFTER = re.compile(
    r"\s+(?:dispers|suppress|crack|broke|break|evict|repress|quell)", re.IGNORECASE
)


def violent(text: str) -> bool:
    """The crowd's violence told in the text, burning an effigy or a coffin aside: a
    symbol burnt harms no one and nothing of anyone's (ACLED: a protest's act); nor
    violence said not to have happened ("the march ended without clashes"), nor the
    police's ("police violently dispersed them", "a violent crackdown")."""
    return any(
        not (_BURNING.match(m.group()) and _SYMBOLS.match(text, m.end()))
        and not _NONE_BEFORE.search(text, max(0, m.start() - 20), m.start())
        and not _forces_violence(text, m)
        for m in cues.VIOLENT_CROWD.finditer(text)
    )


def _forces_violence(text: str, match: re.Match[str]) -> bool:
    """A "violent" that tells what the police did: its doer named just before it, or a
    dispersal or crackdown just after it."""
    if not _VIOLENT_WORD.fullmatch(match.group()):
        return False
    before = _FORCES_BEFORE.search(text, max(0, match.start() - 40), match.start())
    return before is not None or _FORCES_ACT_AFTER.match(text, match.end()) is not None


def reread(doc: Doc, kinds: dict[str, Trigger]) -> tuple[dict[str, Trigger], str]:
    """The triggers and text the sub-event decision reads: a crowd's storming to press a
    demand becomes its protest trigger, and violence only threatened or planned is
    blanked out of the text (its trigger is not asserted, `triggers.is_asserted`)."""
    text = text_of(doc)
    if not _CUES.search(text):
        return kinds, text
    missed = _entries_not_made(doc)
    demands = _demand_entries(doc, kinds) if _unarmed(doc) else frozenset()
    entries = demands | missed
    # "stormed the offices following a hawker's killing": what the entry answers
    # is the crowd's grievance, blanked out with its triggers
    reacted = _reactions(doc, demands)
    hidden = entries | reacted | _threatened(doc)
    if not hidden:
        return kinds, text
    kept = {k: t for k, t in kinds.items() if t.token.i not in entries | reacted}
    dropped = [t for t in kinds.values() if t.token.i in entries]
    if dropped and "protest" not in kept and "riot" not in kept:
        kept["protest"] = Trigger(dropped[0].token, "protest", dropped[0].rule)
    return kept, masked(doc, hidden)


def told(doc: Doc) -> str:
    """The sentence's text with a crowd's demand-entry and its threatened violence
    blanked out: what the crowd did."""
    hidden = not_done(doc)
    return masked(doc, hidden) if hidden else text_of(doc)


def not_done(doc: Doc) -> frozenset[int]:
    """Tokens of an unarmed crowd's demand-entry and of its violence only threatened or
    planned; of an entry tried and failed; of a symbol burnt."""
    if not _CUES.search(text_of(doc)):
        return frozenset()
    # a deed threatened is none, whoever else the sentence names ("police were brought
    # in after they threatened to burn the library")
    done_not = _entries_not_made(doc) | _symbols_burnt(doc) | _threatened(doc)
    if not _unarmed(doc):
        return done_not
    return _demand_entries(doc, None) | done_not


def _unarmed(doc: Doc) -> bool:
    """No weapon, armed men or armed doer in the sentence."""
    if cues.ARMED_WORDS.search(text_of(doc)):
        return False
    return not any(lemma(t) in _ARMED for t in doc if t.dep_ in {"nsubj", "nsubjpass"})


def _demand_entries(doc: Doc, kinds: dict[str, Trigger] | None) -> frozenset[int]:
    """Storming verbs whose own clause tells a demand ("stormed the offices demanding
    his attention"), in a sentence that tells no other violence of the crowd."""
    entries = frozenset(
        t.i
        for t in doc
        if t.pos_ == "VERB" and lemma(t) in _ENTRY and (_demanding(t) or _reaction(t))
    )
    if not entries:
        return entries
    reacted = _reactions(doc, entries)
    if kinds is not None:
        if "attack" not in kinds or kinds["attack"].token.i not in entries:
            return frozenset()
        harms = {k for k, t in kinds.items() if t.token.i not in reacted}
        if (cues.VIOLENT_KINDS - {"attack"}) & harms:
            return frozenset()  # "stormed the station, killing an officer": harm told
    # "to protest the looting of stalls", "after their stalls were looted"
    rest = masked(doc, entries | reacted | grievances(doc))
    if cues.VIOLENT_CROWD.search(rest) or cues.MOB.search(rest):
        return frozenset()  # "stormed the polling station and burnt ballot boxes"
    return entries


def _demanding(token: Token) -> bool:
    """The verb's purpose or accompanying act is a demand: "to demand", "demanding",
    "protesting", "in protest"."""
    # "stormed the offices protesting ...": the parser may hang the participle on the
    # object
    objects = [c for c in token.children if c.dep_ == "dobj"]
    acts = [g for o in objects for g in o.children if g.dep_ == "acl" and g.tag_ == "VBG"]
    for child in (*token.children, *acts):
        if child.dep_ in {"xcomp", "advcl", "conj", "acl"} and lemma(child) in _DEMANDS:
            return True
        in_protest = any(lemma(g) == "protest" for g in child.children)
        if child.dep_ == "prep" and child.lower_ == "in" and in_protest:
            return True
    # "stormed the hospital after the death of a patient to protest ...": the parser may
    # hang the infinitive of purpose on a noun inside the verb's phrase
    return any(_purpose(t) for t in token.subtree if t.i > token.i)


def _reaction(token: Token) -> frozenset[int]:
    """The harm the entry answers, told in its "after" or "following" phrase or clause:
    "stormed the offices following a hawker's killing", "storm the school after
    gunmen kill a guard" (ACLED: a crowd pressing a grievance, a demonstration; the
    harm it answers is an event of its own)."""
    for child in token.children:
        reason = (child.dep_ == "prep" and child.lower_ in _REACTING) or (
            child.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in _REACTING for m in child.children)
        )
        if reason and any(lemma(t) in _HARMED for t in child.subtree):
            return frozenset(t.i for t in child.subtree)
    return frozenset()


def _reactions(doc: Doc, entries: frozenset[int]) -> frozenset[int]:
    """The harms the entries answer (`_reaction`)."""
    return frozenset(i for e in entries for i in _reaction(doc[e]))


_REACTING = words("after following")
_HARMED = words(
    "kill killing death die murder shoot shooting disappearance abduct abduction"
    " assault beat beating lynch lynching"
)


def _purpose(token: Token) -> bool:
    """An infinitive of demand: "to demand", "to protest"."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return to and token.pos_ == "VERB" and lemma(token) in _DEMANDS


# Heads under which an entry is tried, nouns under which it is only aimed at, and what
# tells that the try failed ("were barred", "police repulsed them", "were unable").
_TRIES = words("attempt try")
_AIMS = words("aim intention intent bid")
_FAILS = words("bar prevent stop repulse repel block thwart foil fail")


def _entries_not_made(doc: Doc) -> frozenset[int]:
    """Storming verbs, with their objects, that an unarmed crowd only tried and failed
    ("tried to storm the ministry but were stopped") or only aimed at ("with the
    intention of storming the palace"): no entry was made."""
    if cues.ARMED_WORDS.search(text_of(doc)):
        return frozenset()
    out: set[int] = set()
    for token in doc:
        if token.pos_ != "VERB" or lemma(token) not in _ENTRY:
            continue
        head = token.head
        aimed = token.dep_ == "pcomp" and head.lower_ == "of" and lemma(head.head) in _AIMS
        failed = token.dep_ == "xcomp" and lemma(head) in _TRIES and _failed(head)
        doers = {lemma(c) for c in head.children if c.dep_ == "nsubj"}
        if (aimed or failed) and not doers & _ARMED:
            out.update(t.i for t in token.subtree)
    return frozenset(out)


def _failed(attempt: Token) -> bool:
    """The attempt's own conjunct tells it failed: "but officers blocked them", "but
    guards repelled them", "but were unable to get in", "but failed"."""
    for conj in (c for c in attempt.children if c.dep_ == "conj"):
        if lemma(conj) in _FAILS or any(c.lower_ == "unable" for c in conj.children):
            return True
    return False


_SYMBOL_NOUNS = words("effigy coffin")


def _symbols_burnt(doc: Doc) -> frozenset[int]:
    """Verbs whose object is a symbol ("burnt a coffin with his name on it")."""
    return frozenset(
        t.i
        for t in doc
        if t.pos_ == "VERB"
        and any(c.dep_ == "dobj" and lemma(c) in _SYMBOL_NOUNS for c in t.children)
    )


def _threatened(doc: Doc) -> frozenset[int]:
    """Deeds only threatened or planned, with what they would be done to: "threatened to
    destroy property", "vowed to burn the offices"."""
    out: set[int] = set()
    for token in doc:
        if lemma(token) not in _THREATS:
            continue
        for deed in token.children:
            if deed.dep_ in {"xcomp", "acl"} and deed.pos_ == "VERB":
                out.add(deed.i)
                for part in deed.children:
                    if part.dep_ in {"dobj", "prt"}:
                        out.update(t.i for t in part.subtree)
    return frozenset(out)


# An official act a crowd's violence is told to resist: "to halt the demolition", "to
# block the auction of their land"; the officers it is aimed at.
_RESIST = words("resist stop prevent halt block oppose obstruct thwart")
_AUTHORITY = cues.flag(
    r"police|officers?\b|officials?\b|askaris?\b|rangers?\b|authorities|enforcement"
    r"|constables?\b|wardens?\b"
    r"|council\b|county\b|bailiffs?\b|auctioneers?\b"
)


def resisting(trig: Trigger, text: str) -> bool:
    """A crowd's violence told with its purpose of stopping the authorities' act
    ("hurled rocks at the bailiffs to halt the demolition", "stoned the constables to
    resist their removal"): a crowd pressing a grievance against the authorities by
    force, ACLED's violent demonstration, not a mob's violence."""
    purpose = any(
        c.dep_ in {"advcl", "xcomp"}
        and lemma(c) in _RESIST
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in trig.token.children
    )
    return purpose and _AUTHORITY.search(text) is not None
