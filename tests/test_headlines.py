"""A headline's undated event takes the day the story under it gives (`headlines`), so
that `fuse` codes the incident once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

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
