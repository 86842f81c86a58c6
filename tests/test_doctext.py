"""`doctext`: a parse's text read once, and never another doc's."""

from __future__ import annotations

import pickle

import spacy

from eventwire.doctext import lower_of, text_of

NLP = spacy.blank("en")


def test_text_and_lower_are_the_docs_own() -> None:
    doc = NLP("Crowds Marched to the  Ministry, chanting slogans.")
    assert text_of(doc) == doc.text
    assert lower_of(doc) == doc.text.lower()
    # the second read comes from the cache, and gives the same
    assert text_of(doc) == doc.text
    assert lower_of(doc) == doc.text.lower()


def test_a_doc_never_takes_another_docs_cached_text() -> None:
    doc = NLP("Police dispersed the march. Two people were hurt in the crush.")
    text_of(doc), lower_of(doc)
    part = doc[5:].as_doc(copy_user_data=True)  # user data copied with the tokens
    assert text_of(part) == part.text == "Two people were hurt in the crush."
    assert lower_of(part) == part.text.lower()
    copy = pickle.loads(pickle.dumps(doc))
    assert text_of(copy) == doc.text
    assert text_of(doc) == doc.text  # the original keeps its own


def test_an_empty_doc() -> None:
    doc = NLP("")
    assert text_of(doc) == lower_of(doc) == ""
