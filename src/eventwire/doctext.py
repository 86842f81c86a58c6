"""A parsed sentence's text, and its lower-cased form, read once per parse.

spaCy joins a `Doc`'s tokens anew on every read of `Doc.text`, and the rule modules
(triggers, roles, tolls, follow-ups, crowd rules, ...) read the same sentence's text
many times. `text_of` keeps it in the doc's `user_data` the first time it is read.
A parse is never changed once made, and its text could not change anyway (spaCy's
tokenisation keeps every character); the entry also records which `Doc` it was read
from, so that user data copied into another doc (`Span.as_doc(copy_user_data=True)`,
unpickling) is never taken for that doc's own text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["lower_of", "text_of"]

_TEXT = "eventwire.text"
_LOWER = "eventwire.lower"


def text_of(doc: Doc) -> str:
    """`doc.text`, joined once per parse."""
    cached = doc.user_data.get(_TEXT)
    if cached is not None and cached[0] == id(doc):
        return str(cached[1])
    text = str(doc.text)
    doc.user_data[_TEXT] = (id(doc), text)
    return text


def lower_of(doc: Doc) -> str:
    """`doc.text.lower()`, computed once per parse."""
    cached = doc.user_data.get(_LOWER)
    if cached is not None and cached[0] == id(doc):
        return str(cached[1])
    lower = text_of(doc).lower()
    doc.user_data[_LOWER] = (id(doc), lower)
    return lower
