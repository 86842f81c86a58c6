"""A headline's event dated by the story under it.

A headline names the story's main incident without its day ("Drone strike on hospital
kills dozens"); the lede below it gives the day ("... on Friday, killing at least 67").
Coded alone, the headline's event takes the document's date, a day or more after the
incident, and so stands beside the lede's event as a second incident: the duplicate
that analysts distrust most in automated event data. `dated_by_lede` gives the
headline's event the day of the first event of the same type that the story dates
itself, when that day falls in the week before the headline's; `fuse` then joins the
two as one incident, as ACLED codes it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwire.cues import words
from eventwire.records import Analysis, Event

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["dated_by_lede", "noun_read_verb", "verb_objects"]

_LEDE_DAYS = 7  # a lede's incident this many days before the headline's date at most
_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'")


def dated_by_lede(events: Sequence[Event], analysis: Analysis) -> list[Event]:
    """The events, a headline's undated one given the day of the story's own (see the
    module docstring)."""
    out = list(events)
    start = _headline_start(analysis)
    if start is None:
        return out
    for i, event in enumerate(out):
        if not event.evidence or event.evidence[0].start != start:
            continue
        if not event.date_inferred or event.background:
            continue
        lede = next((e for e in out[i + 1 :] if _dates(e, event)), None)
        if lede is not None:
            out[i] = dataclasses.replace(
                event,
                event_date=lede.event_date,
                time_precision=lede.time_precision,
                date_inferred=False,
            )
    return out


_HEAD_SENTENCES = 3  # a kicker or a section name may stand above the headline


def _headline_start(analysis: Analysis) -> int | None:
    """Where the document's headline starts: the sentence that is the document's title
    (a page's kicker may come first), else a first sentence with no closing
    punctuation (a plain text's headline line). None when the document has neither."""
    head = analysis.sentences[:_HEAD_SENTENCES]
    title = (analysis.document.title or "").strip()
    if title:
        return next((s.start for s in head if s.text.strip() == title), None)
    if head and not head[0].text.rstrip().endswith(_SENTENCE_END):
        return head[0].start
    return None


def _dates(lede: Event, headline: Event) -> bool:
    """Whether a later event is the one the headline names, dated by the story."""
    if lede.date_inferred or lede.background or lede.event_type != headline.event_type:
        return False
    days = (headline.event_date - lede.event_date).days
    return 0 <= days <= _LEDE_DAYS


# Deeds a headline writes as bare verbs that the tagger may take for nouns.
_DEED_VERBS = words("attack raid ambush assault storm abduct kidnap rape torch loot beat lynch")
# What the parser makes of the doer and of the done-to around such a noun.
_OBJECT_DEPS = words("appos npadvmod dobj")
_NOUNS = words("NN NNS")


def noun_read_verb(token: Token) -> Token | None:
    """The doer of a headline's verb that the tagger read as a noun, or None: "Local
    police attack fisherman" parsed as the noun phrase "police attack" with the
    fisherman in apposition, "Gang attacks protesting traders" as the plural "attacks".
    Only the root of a line with no verb at its root (a headline, never a sentence
    whose verb the parser found), with a noun before it for its doer and one after it
    for its object."""
    if token.lemma_.lower() not in _DEED_VERBS or token.tag_ not in _NOUNS:
        return None
    if token.pos_ != "NOUN" or token.i != token.sent.root.i:
        return None
    doers = [
        c
        for c in token.children
        if c.dep_ == "compound" and c.i < token.i and c.pos_ in ("NOUN", "PROPN")
    ]
    if not doers or not verb_objects(token):
        return None
    # "The police attack victim": a noun phrase with its article, no headline's deed
    near = (*token.children, *doers[-1].children)
    return None if any(c.dep_ == "det" and c.i < token.i for c in near) else doers[-1]


def verb_objects(token: Token) -> list[Token]:
    """The objects of a headline's verb read as a noun (see `noun_read_verb`): the
    noun set beside it, the one a participle on it governs ("attacks
    protesting traders": "traders"), or the one it shares with a verb joined to it
    ("police assault and detain a reporter": "reporter")."""
    out = [c for c in token.children if c.dep_ in _OBJECT_DEPS and c.i > token.i]
    out += [
        o
        for c in token.children
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > token.i
        for o in c.children
        if o.dep_ == "dobj"
    ]
    out += [
        o
        for c in token.children
        if c.dep_ == "acl" and c.tag_ == "VBG" and c.i == token.i + 1
        for o in c.children
        if o.dep_ == "dobj"
    ]
    return out
