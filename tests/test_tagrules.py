"""The indexed attribute rules (`tagrules`) annotate exactly as spaCy's own ruler does."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire import tagrules
from eventwire.nlp import _load

# Sentences that reach every kind of rule: tags alone, tag and word, word sets,
# regular expressions, two-word patterns with either token changed, dependency labels,
# runs of spaces, contractions.
SENTENCES = [
    "Gunmen killed three villagers near the market on Monday, police said.",
    "I ain't gonna go, y'all, and he gotta wait; let's see.",
    "There is a man who does not know it, and there were two who did.",
    "C'mon, nothin' here is what that which they've got would've been.",
    "Give it to me and you, and they'll give it to him.",
    "He does what he did.  Then   he left, because he'd had enough.",
    "They're here; we're fine, isn't it?  I'm sure he gets it and got it.",
    "Whether or not the protesters return, the curfew stays unless it's lifted.",
]


@pytest.fixture(scope="module")
def models() -> tuple[Any, Any]:
    stock, indexed = _load("en_core_web_sm"), _load("en_core_web_sm")
    assert tagrules.install(indexed)
    return stock, indexed


def _annotations(doc: Any) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.mark.parametrize("text", SENTENCES)
def test_indexed_rules_annotate_as_the_matcher_does(models: tuple[Any, Any], text: str) -> None:
    stock, indexed = models
    assert _annotations(indexed(text)) == _annotations(stock(text))


@pytest.mark.parametrize("text", SENTENCES)
def test_indexed_rules_find_the_matchers_matches(models: tuple[Any, Any], text: str) -> None:
    stock, indexed = models
    doc = stock(text, disable=["attribute_ruler", "lemmatizer", "ner"])
    ours = indexed.get_pipe("attribute_ruler").match(doc)
    assert ours == stock.get_pipe("attribute_ruler").match(doc)
    assert ours  # every token has a tag rule


def test_a_pattern_it_cannot_read_leaves_the_ruler_alone() -> None:
    nlp = _load("en_core_web_sm")
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "x", "OP": "+"}]], {"LEMMA": "x"})
    before = ruler.match
    assert not tagrules.install(nlp)
    assert ruler.match == before
