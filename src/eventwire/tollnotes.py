"""Figures a coder's note sets apart: "police intervened killing 4 (coded separately)".

ACLED's own notes, and the analysts' summaries built like them, say when a toll told in
one record belongs to another event: "(coded separately)", "- recorded in another
event". The figure told just before such a note is that other event's, not this one's;
figures told elsewhere in the sentence still count ("three civilians killed (and two
police - coded separately)" keeps the three).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["kept_here", "note_starts"]

_APART = re.compile(
    r"\b(?:coded|recorded|counted)\s+(?:separately|seperately|elsewhere"
    r"|(?:in|as|under)\s+(?:an?\s+)?(?:other|another|separate|different)\s+events?)\b",
    re.IGNORECASE,
)


def note_starts(doc: Doc) -> list[int]:
    """Token indices where a note setting a figure apart starts ("coded separately")."""
    starts = []
    for match in _APART.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            starts.append(span.start)
    return starts


def kept_here(counted: list[tuple[Token, Token, int]], doc: Doc) -> list[tuple[Token, Token, int]]:
    """The (death word, victims, count) figures of a sentence less the one each note sets
    apart: the figure told last before it. "Bandits killed 5 (coded separately) and
    police killed 4 bandits" keeps the 4."""
    apart: set[int] = set()
    ends = [max(word.i, noun.i) for word, noun, _ in counted]
    for start in note_starts(doc):
        before = [i for i, end in enumerate(ends) if end < start]
        if not before:
            continue
        last = max(before, key=lambda i: ends[i])
        if not _own_figure(doc[ends[last] + 1 : start]):
            apart.add(last)
    return [figure for i, figure in enumerate(counted) if i not in apart]


def _own_figure(between: Span) -> bool:
    """A number between the last figure told and the note: the note's own figure ("and
    2 police - coded separately"), the one it sets apart, which no death word counted."""
    return any(t.tag_ == "CD" for t in between)
