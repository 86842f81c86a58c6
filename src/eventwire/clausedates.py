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

A past date can also belong to what the event is about rather than to a clause of its
own: a protest's grievance the trigger is no part of ("dockers marched against the
sacking of their leader in 2021", `grievance.grievances`), or an event remembered ("a
vigil in memory of the floods of 1999"). The event then takes a date of the sentence's
own, if it has one, else the document's.

Only past dates that would make the event history are checked: a date that keeps the
event current is kept as `timex` chose it.

Where the chosen date belongs to another clause and the sentence holds a date of the
event's own ("declared mourning on Sunday after a bomb went off the day before, killing
30"), that date is the event's (`clause_date`). Pure functions of the parse and the dates.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from eventwire.doctext import text_of
from eventwire.grievance import grievances
from eventwire.records import DocumentDate, Parse, TimeExpression, When

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["clause_date", "own_date"]

_VERBS = frozenset({"VERB", "AUX"})
_DESCRIBING = frozenset({"relcl", "acl"})
# Nouns whose phrase names an event remembered: "in memory of", "on the anniversary of".
_REMEMBERING = frozenset(
    {"remembrance", "memory", "commemoration", "honour", "honor", "tribute", "anniversary"}
)


def own_date(
    when: When,
    trigger: Token,
    parse: Parse,
    doc_date: DocumentDate | None,
    is_background: Callable[[When, DocumentDate | None], bool],
    times: Sequence[TimeExpression] = (),
) -> When:
    """`when`, or the document's date when `when` is a past date another clause holds,
    or a past date of what the event is about (`_told_about`): then a date of the
    sentence's own, if it has one, else the document's."""
    expression = when.expression
    if expression is None or doc_date is None or not is_background(when, doc_date):
        return when
    root = _root(expression, parse)
    if root is None:
        return when  # a date of the sentence before: it tells the story on
    if _told_about(root, trigger):
        own = [t for t in times if (r := _root(t, parse)) is not None and _owned(r, trigger)]
        if own:
            return When(own[0].value, own[0].precision, when.inferred, own[0])
    elif _dates(root, trigger):
        return when
    return When(doc_date.value, doc_date.precision, inferred=True)


def clause_date(when: When, trigger: Token, parse: Parse, times: Sequence[TimeExpression]) -> When:
    """`when`, or the sentence's date of a clause nearer the trigger (a date with a
    clause of its own, not a dateline's) that dates it too."""
    chosen = when.expression
    root = _root(chosen, parse) if chosen is not None else None
    if root is None or _verb(root) is None:
        return when  # a date of the sentence before or none, or a dateline's
    far = len(list(trigger.ancestors)) + 1
    now = _distance(root, trigger) if _dates(root, trigger) else far
    found = [(o, r) for o in times if o is not chosen and (r := _root(o, parse)) is not None]
    own = [(_distance(r, trigger), o) for o, r in found if _verb(r) and _dates(r, trigger)]
    nearer = [(d, o) for d, o in own if d < now]
    if not nearer:
        return when
    other = min(nearer, key=lambda pair: pair[0])[1]
    return When(other.value, other.precision, when.inferred, other)


def _distance(root: Token, trigger: Token) -> int:
    """How many clauses up from the trigger the date's clause is (0: its own); a clause
    joined to it or describing it counts as the farthest (never preferred)."""
    chain = [trigger, *trigger.ancestors]
    verb = _verb(root)
    return chain.index(verb) if verb in chain else len(chain)


def _root(expression: TimeExpression, parse: Parse) -> Token | None:
    """The head token of a date expression of the parsed sentence (None elsewhere)."""
    start, end = expression.start - parse.offset, expression.end - parse.offset
    if start < 0 or end > len(text_of(parse.doc)):
        return None
    span = parse.doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None else None


def _verb(root: Token) -> Token | None:
    """The verb of the clause a date expression belongs to (None in a dateline)."""
    return next((t for t in (root, *root.ancestors) if t.pos_ in _VERBS), None)


def _owned(root: Token, trigger: Token) -> bool:
    return _dates(root, trigger) and not _told_about(root, trigger)


def _told_about(root: Token, trigger: Token) -> bool:
    """The date belongs to what the event is about, not to the event: to a protest's
    grievance the trigger is no part of ("marched against the sacking of a leader"),
    or to an event remembered ("a vigil in memory of the floods of 1999")."""
    about = grievances(root.doc)
    if root.i in about and trigger.i not in about:
        return True
    for token in root.ancestors:
        if token == trigger or token.pos_ in _VERBS:
            return False
        if token.lemma_.lower() in _REMEMBERING:
            return True
    return False


def _dates(root: Token, trigger: Token) -> bool:
    """The clause holding the date expression is the trigger's, or one above or joined
    to it, or one describing the trigger noun."""
    verb = _verb(root)
    if verb is None:
        return True  # no clause of its own: a headline, the sentence's only one
    while verb.dep_ == "conj" and verb != trigger:
        verb = verb.head  # "killed five and burned houses in 2014": the first verb's too
    if verb == trigger or verb in trigger.ancestors:
        return True
    return verb.dep_ in _DESCRIBING and verb.head == trigger
