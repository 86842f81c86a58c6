"""Deaths a sentence tells that are not its event's toll: the cause of the event
("protested after a boy was killed", "lynched for killing a trader"), a death recalled
from long before, and what was only attempted, meant or threatened ("nearly killed",
"vowed to kill").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire import tollsyntax
from eventwire.triggers import LEMMAS, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["attempted", "cause_of_event", "is_cause", "trigger_in_cause"]

# What links a clause or phrase that gives the event's cause: "after a boy was killed",
# "over the killing of", "for killing", "following the deaths of".
_CAUSE_MARKS = frozenset("after because since".split())
_CAUSE_PREPS = frozenset("after following over against for".split())


def is_cause(token: Token) -> bool:
    """The word sits in a clause or phrase that tells what led to the event: "after a
    boy was killed", "over the killing of", "for killing"."""
    return cause_of_event(token, None)


def cause_of_event(token: Token, trigger: Token | None) -> bool:
    """The word sits in a clause or phrase that tells what led to the event, and the
    event's own trigger is not in it; or the word itself is dated a week or more
    before ("five patients had died there in the previous month")."""
    if token is not trigger and tollsyntax.long_before(token):
        return trigger is None or trigger not in token.subtree
    if token is not trigger and tollsyntax.believed_deed(token):
        return True  # "beat to death a porter they believed killed a classmate"
    node = token
    while (dep := node.dep_) != "ROOT" and node.head is not node:
        if _misattached(node):
            return False  # the sentence's own verb, hung inside a phrase by the parser
        if dep == "dobj" and lemma(node.head) in _MOURNED:
            return trigger is None or trigger not in node.subtree
        if dep not in _CAUSE_DEPS:  # each test below needs one of these relations
            node = node.head
            continue
        marked = dep == "advcl" and _marked(node)
        linked = dep in {"pobj", "pcomp"} and node.head.lower_ in _CAUSE_PREPS
        linked = linked and not tollsyntax.own_deed(node)
        recalled = dep in {"relcl", "advcl"} and tollsyntax.long_before(node)
        if marked or linked or recalled or tollsyntax.alleged(node) or _victims_deed(node, trigger):
            return trigger is None or trigger not in node.subtree
        node = node.head
    return False


def trigger_in_cause(trigger: Token) -> bool:
    """The event's own word sits in a clause that tells what led to the event, so its
    deaths are the cause's: "houses were torched after a rider was killed", "a mob beat a
    man who had killed his father". Only a clause opened by "after", "because" or "since",
    one telling a victim's deed and one telling what someone is suspected or accused of
    ("a youth suspected of joining a raid that killed six was stoned") count here:
    phrases the parser builds wrongly more often ("raiders dressed as traders hacked a
    headman to death") do not; nor does a clause on a verb that tells no event ("police
    sealed off the road after ...") or arrests ("held a man suspected of killing two")."""
    node = trigger
    while node.dep_ != "ROOT" and node.head.i != node.i and not _misattached(node):
        cause = node.dep_ == "advcl" and _marked(node)
        cause = cause or (node.dep_ in _CAUSE_DEPS and _victims_deed(node, None))
        if cause:
            return _event_above(node)
        if node.dep_ in _CAUSE_DEPS and tollsyntax.alleged(node):
            return _punished(_alleging(node))  # "a youth suspected of a raid that killed six"
        node = node.head
    return False


def _alleging(clause: Token) -> Token:
    """The word that tells `clause` as an allegation: "suspected" of "suspected of
    joining a raid" or of "suspected to have stabbed"; the clause itself for one that
    says "allegedly"."""
    if clause.dep_ in {"pobj", "pcomp"}:
        return clause.head.head
    return clause.head if clause.dep_ == "xcomp" else clause


def _punished(alleging: Token) -> bool:
    """The one suspected or accused suffers an event of his own: the verb above tells one
    ("was lynched", "was shot"), or a death ("was stoned to death"); not an arrest ("held
    a man suspected of killing two": the killing is the news)."""
    verb = next((a for a in alleging.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return False
    if lemma(verb) in LEMMAS:
        return lemma(verb) not in _ARRESTS
    return any(
        c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in verb.children
    )


def _victims_deed(clause: Token, trigger: Token | None) -> bool:
    """`clause` tells a deed of `trigger`'s victim, or, when the event's word is not
    known (a sentence read for its toll alone, a trigger in the clause itself), of whoever
    suffers the event verb the clause's noun hangs on ("a mob beat a man who had killed
    his father")."""
    verb = trigger if trigger is not None else clause.head.head
    known = trigger is not None or lemma(verb) in LEMMAS
    return known and tollsyntax.victims_deed(clause, verb)


def _event_above(clause: Token) -> bool:
    """The clause hangs on a verb that tells an event of its own ("houses were torched
    after ..."); "police sealed off the road after gunmen killed two" tells none, so the
    killing in the clause is the news, as it is when the verb arrests someone."""
    verb = next((a for a in clause.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and lemma(verb) in LEMMAS and lemma(verb) not in _ARRESTS


# An arrest after a deed is its aftermath, not an event the deed led to: "a guard was
# arrested after he shot a trader dead" tells the shooting.
_ARRESTS = frozenset("arrest detain apprehend".split())


def _marked(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _CAUSE_MARKS for c in clause.children)


# Verbs whose object is dead mourned or honoured: "a rally to honour 60 people killed
# since the vote" tells of past deaths, not the rally's.
_MOURNED = frozenset("honour honor commemorate mourn remember memorialise memorialize".split())
# Tags of a finite verb, and of one that cannot head it as a conjunct.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_NON_FINITE = frozenset({"VB", "VBG"})


def _misattached(verb: Token) -> bool:
    """A clause's main verb the parser hung on a noun or an infinitive inside a phrase:
    "fighting over water points left four dead" ("left" on "points"), "vendors who
    were marching against the order to close the stalls and killed three of them" (a
    past tense cannot be the conjunct of "to close")."""
    if verb.dep_ == "acl" and lemma(verb) == "leave":
        return any(c.dep_ in {"oprd", "dobj", "ccomp"} for c in verb.children)
    return verb.dep_ == "conj" and verb.tag_ in _FINITE and verb.head.tag_ in _NON_FINITE


# The relations of a clause or phrase that may tell a cause: the tests of
# `cause_of_event`, `tollsyntax.alleged` and `tollsyntax.victims_deed` all need one of them.
_CAUSE_DEPS = frozenset({"advcl", "pobj", "pcomp", "relcl", "xcomp"})


# An attempt or a near miss is not a death: "nearly killed", "tried to lynch".
_NEAR_MISS = frozenset("nearly almost narrowly".split())
_ATTEMPTS = frozenset("try attempt".split())
# Words of an intent or a threat: what they tell is not done ("vowed to kill").
_INTENTS = frozenset("vow threaten plan intend promise".split())


def attempted(token: Token) -> bool:
    """A near miss, an attempt, a purpose ("stormed the station to lynch two suspects":
    what they meant to do, not a death told), or a question ("whether rioters were
    killed")."""
    if any(c.dep_ == "advmod" and c.lower_ in _NEAR_MISS for c in token.children):
        return True
    if token.tag_ == "VB" and token.dep_ == "advcl" and lemma(token.head) != "go":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in token.children):
        return True
    if any(lemma(node) in _INTENTS for node in _own_ancestors(token)):
        return True  # "vowed to stay until they wipe out the herders", "threatened to kill"
    return token.dep_ == "xcomp" and lemma(token.head) in _ATTEMPTS


def _own_ancestors(token: Token) -> list[Token]:
    """The words above `token` up to a verb the parser hung where it cannot belong
    (`_misattached`): "killed" of "marching against the plan to relocate the market and
    killed two" is not under "plan"."""
    above = []
    node = token
    while node.head.i != node.i and not _misattached(node):
        node = node.head
        above.append(node)
    return above
