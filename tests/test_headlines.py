"""A headline's undated event takes the day the story under it gives (`headlines`), so
that `fuse` codes the incident once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from eventwire import headlines, triggerparse, triggers
from eventwire.fuse import fuse_events
from eventwire.records import Analysis, TimePrecision, When
from test_events import DAY, code

HEADLINE = "Car bomb at market kills nine"
STORY = (
    f"{HEADLINE}\n\nA car bomb exploded at a crowded market in the town on Tuesday, killing"
    " nine traders, police said."
)


def story_dated(analysis: Analysis, start: int, end: int) -> When:
    """The lede names Tuesday (the day before the page's date); the headline names none."""
    if start == 0:
        return When(DAY, TimePrecision.DAY, True)
    return When(DAY - timedelta(days=1), TimePrecision.DAY, False)


def test_a_headline_is_dated_by_its_lede_and_fused_with_it(model: Any) -> None:
    found = code(model, STORY, when=story_dated)
    assert len(found) == 2 and found[0].event_date == found[1].event_date == DAY - timedelta(1)
    assert not found[0].date_inferred
    (event,) = fuse_events(found)
    assert event.fatalities == 9 and len(event.evidence) == 2


def test_a_headline_keeps_its_date_when_the_story_tells_another_kind(model: Any) -> None:
    text = f"{HEADLINE}\n\nPolice arrested two men at a checkpoint outside the town on Tuesday."
    found = code(model, text, when=story_dated)
    assert found[0].event_date == DAY and found[0].date_inferred


def test_a_story_without_a_headline_is_left_alone(model: Any) -> None:
    text = STORY.replace(f"{HEADLINE}\n\n", "Elsewhere, a bomb went off at a bus stop.\n\n")
    found = code(model, text, when=story_dated)
    assert found[0].event_date == DAY


# --- a headline's verb the tagger read as a noun ----------------------------------------


def _deed(model: Any, text: str, word: str) -> Any:
    return next(t for t in model(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "doer", "target"),
    [
        # "attack" a noun at the root, its object set beside it
        ("Local police attack elderly fisherman", "attack", "police", "fisherman"),
        # the plural "attacks" a noun, its object governed by a participle on it
        ("Gang attacks protesting traders", "attacks", "Gang", "traders"),
        # the object shared with a verb joined to the noun
        ("Police assault and detain a reporter.", "assault", "Police", "reporter"),
    ],
)
def test_a_headline_verb_read_as_a_noun_has_its_doer_and_object(
    model: Any, text: str, word: str, doer: str, target: str
) -> None:
    doers, targets = triggerparse.arguments(_deed(model, text, word))
    assert [d.text for d in doers] == [doer] and target in [t.text for t in targets]


def test_a_participle_on_a_headline_verb_is_its_objects_word(model: Any) -> None:
    token = _deed(model, "Gang attacks protesting traders", "protesting")
    assert not triggers.is_asserted(token)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a sentence with its verb: the noun is a noun
        ("The police attack on the fishermen was condemned by elders.", "attack"),
        ("Residents said the gang attacks left traders afraid.", "attacks"),
        # a noun phrase with its article: a title, no deed
        ("The police attack victim", "attack"),
        ("The police assault and the arrests angered residents.", "assault"),
    ],
)
def test_a_noun_in_a_sentence_or_with_its_article_stays_a_noun(
    model: Any, text: str, word: str
) -> None:
    assert headlines.noun_read_verb(_deed(model, text, word)) is None
