"""Whether the past date found in an event's sentence dates the event or something else.

`timex.when` dates an event by the time expressions of its sentence. A sentence that
reports today's incident often recalls an older one in another clause: "parents
protested outside the station over two activists who disappeared four years ago",
"workers, who staged protests, said they have not been paid since 2014", "students
protested ... despite the building being renovated after a blast four years ago". Read
that way, the protest is history and drops out. The date only tells when the event
happened if the parse ties it to the event's own clause: the trigger itself, a clause
above it (the report or the main clause), a clause joined to the trigger ("attacked
the village in 2014 and burned it"), or a clause describing the trigger noun ("the
attack, which happened in 2014"). A past date held by any other clause (a relative
clause about someone, what a demand or a grievance is about) is not the event's date:
the event then takes the document's, as a sentence with no date does.

Only past dates that would make the event history are checked: a date that keeps the
event current is kept as `timex` chose it. Pure functions of the parse and the dates.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from eventwire.doctext import text_of
from eventwire.records import DocumentDate, Parse, When

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["own_date"]

_VERBS = frozenset({"VERB", "AUX"})
_DESCRIBING = frozenset({"relcl", "acl"})


def own_date(
    when: When,
    trigger: Token,
    parse: Parse,
    doc_date: DocumentDate | None,
    is_background: Callable[[When, DocumentDate | None], bool],
) -> When:
    """`when`, or the document's date when `when` is a past date another clause holds."""
    expression = when.expression
    if expression is None or doc_date is None or not is_background(when, doc_date):
        return when
    start, end = expression.start - parse.offset, expression.end - parse.offset
    if start < 0 or end > len(text_of(parse.doc)):
        return when  # a date of the sentence before: it tells the story on
    span = parse.doc.char_span(start, end, alignment_mode="expand")
    if span is None or _dates(span.root, trigger):
        return when
    return When(doc_date.value, doc_date.precision, inferred=True)


def _dates(root: Token, trigger: Token) -> bool:
    """The clause holding the date expression is the trigger's, or one above or joined
    to it, or one describing the trigger noun."""
    verb = next((t for t in (root, *root.ancestors) if t.pos_ in _VERBS), None)
    if verb is None:
        return True  # no clause of its own: a headline, the sentence's only one
    while verb.dep_ == "conj" and verb != trigger:
        verb = verb.head  # "killed five and burned houses in 2014": the first verb's too
    if verb == trigger or verb in trigger.ancestors:
        return True
    return verb.dep_ in _DESCRIBING and verb.head == trigger
