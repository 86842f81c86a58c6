"""General words for an incident ("violence", "unrest", "chaos") that report one when the
sentence says it happened.

Short reports often name an incident only in general terms: "Violence erupted in the
village after the results", "Election violence between rival supporters", "Two were
injured during the violence". The same words also name what is not a new incident:
violence people flee, condemn, fear or survived, a region's violence over the years. So
such a noun is a trigger only where the parse puts it in a reporting position: the
subject of a verb of happening or harm ("violence broke out", "the unrest left three
dead") or of a relative clause on it ("calmed the chaos that broke out"), the thing
reported or witnessed, a headline that is only the noun ("Clan violence in the north",
also before a dash and a note: "Clan violence - no details"),
violence "between" two sides, or the occasion of a harm
("injured during the violence"). A war, feud or conflict is such an incident only
when it is between communities ("a clan war", "warring between two clans"). Negation
and hedges are left to `triggers.is_asserted`, history to the event's date. A sentence
whose only trigger is property destroyed reads the noun too: "homes burnt in the
unrest" is the unrest's.

Violence between communities is their clash (ACLED: communal militias fighting);
any other is the crowd's violence, a riot. Pure functions of a parsed spaCy sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["incident_nouns", "told_happening"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# "Chaos erupted at the polling station": disorder that broke out is a crowd's violence.
_DISORDER = _words("chaos mayhem pandemonium commotion")
_NOUNS = _words("violence unrest") | _DISORDER
# Verbs whose subject is an incident that took place or did harm.
_HAPPENED = _words(
    "erupt break continue flare rock hit cause claim leave see spread persist occur happen"
    " escalate resume spill engulf grip rage kill injure displace mar follow ensue"
    " result"
)
# Verbs whose object is an incident that took place ("police reported violence",
# "gangs committed acts of violence").
_WITNESSED = _words("report witness record experience see commit perpetrate unleash continue")
# Nouns for one or more occurrences of it: "acts of violence", "an outbreak of unrest".
_OCCURRENCES = _words("act incident outbreak wave spate bout flare-up episode")
# Harms whose occasion the noun names: "injured during the violence".
_HARMED = _words("injure wound hurt kill die displace flee burn torch destroy loot")
_OCCASION_PREPS = _words("during in amid amidst")
# Kinds of violence that are no ACLED event.
_PRIVATE = _words("domestic gender gender-based family intimate sexual school-based")
# Violence between communities: their clash.
_COMMUNAL = _words(
    "ethnic clan tribal communal sectarian inter-ethnic inter-clan inter-tribal inter-communal"
    " intercommunal interethnic intertribal"
)
# Words for a war between communities, an incident only as theirs: "a clan war",
# "warring between two clans" (a war or conflict of anyone else is too broad a word).
_WARS = _words("war warfare feud conflict hostility warring")
_COMMUNITIES = _words("clan community tribe")
_QUICK = re.compile(r"violen|unrest|chaos|mayhem|pandemonium|commotion|war|feud|conflict|hostil")
# A toll summed over time: "since December", "so far", "in total".
_CUMULATIVE = re.compile(r"\b(?:since|so far|to date|in total|a total of)\b")
# A stretch of time the violence is said to have lasted: no single incident.
_SPANS = _words("year years month months decade decades week weeks")


def incident_nouns(doc: Doc, lower: str) -> list[tuple[Token, str]]:
    """(token, kind) for each general incident noun the sentence reports as happening;
    `lower` is the sentence's text in lower case."""
    if not _QUICK.search(lower):
        return []  # most sentences: no need to look at each word
    if _CUMULATIVE.search(lower):
        return []  # "32 have died in the unrest since December": a running toll, no incident
    return [(token, _kind(token)) for token in doc if _incident_word(token) and _reported(token)]


def _incident_word(token: Token) -> bool:
    word = token.lemma_.lower()
    if word in _NOUNS:
        return token.pos_ in {"NOUN", "PROPN"}
    if word in _WARS or token.lower_ in _WARS:  # "warring" may be read as a verb
        return token.pos_ in {"NOUN", "PROPN", "VERB"} and _communal(token)
    return False


def _kind(token: Token) -> str:
    return "clash" if _communal(token) else "riot"


def _communal(token: Token) -> bool:
    """ "Clan violence", "an inter-clan feud", "warring between two clans": the
    incident is between communities."""
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in _COMMUNAL for c in token.children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "between" and any(_community(g) for g in c.children)
        for c in token.children
    )


def _community(token: Token) -> bool:
    return token.lemma_.lower() in _COMMUNITIES or any(
        c.dep_ in {"amod", "compound"} and c.lower_ in _COMMUNAL for c in token.children
    )


def _reported(token: Token) -> bool:
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in _PRIVATE for c in token.children):
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "of" and _occurrence(token.head.head):
        token = token.head.head  # "acts of violence were reported": read the acts
    head, dep = token.head, token.dep_
    if dep in {"nsubj", "nsubjpass"} and head.lemma_.lower() in _HAPPENED | _WITNESSED:
        return not _lasting(head)
    if dep in {"dobj", "nsubjpass"} and head.lemma_.lower() in _WITNESSED:
        return True
    if dep == "ROOT" or (dep in {"appos", "conj"} and head.dep_ == "ROOT" and head.pos_ != "VERB"):
        return True  # a headline that is the incident: "Clan violence in the north"
    if _headline_before_dash(token):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in token.children):
        return True
    if told_happening(token):
        return True  # "to calm the chaos that broke out": it broke out, whoever calmed it
    return dep == "pobj" and head.lower_ in _OCCASION_PREPS and head.head.lemma_.lower() in _HARMED


def told_happening(noun: Token) -> bool:
    """A relative clause of the noun tells it happened: "(chaos) that erupted after the
    results", "(violence) which broke out on Monday"; not negated or hedged ("that
    could erupt"), nor long-lasting ("that has continued for years")."""
    return any(_happened_clause(c) for c in noun.children)


def _happened_clause(clause: Token) -> bool:
    if clause.dep_ != "relcl" or clause.lemma_.lower() not in _HAPPENED:
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in clause.children):
        return False
    return not _lasting(clause) and any(
        c.dep_ == "nsubj" and c.tag_ == "WDT" for c in clause.children
    )


_MODALS = _words("will would could can may might should shall must 'll")


def _lasting(verb: Token) -> bool:
    """ "Violence has continued for years": a long run, not one incident."""
    return any(
        c.dep_ == "prep" and any(g.lower_ in _SPANS for g in c.children) for c in verb.children
    )


def _occurrence(token: Token) -> bool:
    return token.lemma_.lower() in _OCCURRENCES and token.pos_ == "NOUN"


_DASHES = _words("- \u2013 \u2014")


def _headline_before_dash(token: Token) -> bool:
    """ "Market violence - details unclear": a note's headline that is only the
    noun, then a dash and another clause, which the parser takes the noun into (as a
    compound of "details"); the words before the dash have no verb of their own (a
    participle qualifying the noun, "renewed violence", is none)."""
    doc = token.doc
    dash = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if dash is None or dash.text not in _DASHES or dash.pos_ != "PUNCT":
        return False
    before = doc[token.sent.start : token.i]
    return not any(t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod" for t in before)
