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

from eventwire.records import Analysis, Event

__all__ = ["dated_by_lede"]

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
