"""Objects shared by coordinated verbs (`sharedobjects`), and what they change in the
sub-event decision; sentences written by the team, parsed by the real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.sharedobjects import shared_objects
from test_subtypes import one


def _objects(model: Any, text: str, verb: str) -> list[str]:
    doc = model(text)
    token = next(t for t in doc if t.text == verb)
    return [t.text for t in shared_objects(token)]


def test_verbs_joined_before_one_object_share_it(model: Any) -> None:
    text = "Rebels ambushed and torched three army lorries outside Kelvale."
    assert _objects(model, text, "ambushed") == ["lorries"]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a verb with an object of its own, or a complement: nothing shared
        ("Gunmen stormed the camp and killed two.", "stormed"),
        ("Traders rioted in town and blocked the roads.", "rioted"),
        # a verb joined before the trigger lends it nothing
        ("Gunmen stormed the camp and killed two.", "killed"),
    ],
)
def test_nothing_shared(model: Any, text: str, verb: str) -> None:
    assert _objects(model, text, verb) == []


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Rebels ambushed and torched three army lorries outside Kelvale.", "Armed clash"),
        ("Rebels ambushed and torched three lorries outside Kelvale.", "Attack"),
    ],
)
def test_an_ambush_on_what_was_burnt(model: Any, text: str, sub_event_type: str) -> None:
    assert one(model, text).sub_event_type == sub_event_type
