"""A headline's present-tense deed verb after a plural doer is parsed as its past tense
(`headverbs`), so its doer, its object and its toll are read as in the past-tense line."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire import api
from eventwire.headverbs import past_twin, reparsed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Farmers storm depot over unpaid dues", "Farmers stormed depot over unpaid dues"),
        (
            "Angry traders storm depot and loot stores",
            "Angry traders stormed depot and looted stores",
        ),
        ("Farmers stormed depot over unpaid dues", None),  # already past: no twin
        ("A storm hit farmers in the valley", None),  # no plural doer opens the line
        ("Farmers Storm Depot", None),  # a title-case line: its tags tell nothing
    ],
)
def test_past_twin(model: Any, text: str, expected: str | None) -> None:
    words = past_twin(model(text))
    assert (words and " ".join(words)) == expected or words == expected


def test_a_misread_deed_takes_the_twins_parse(model: Any) -> None:
    doc = model("Farmers storm depot over unpaid dues")
    assert doc[1].pos_ != "VERB"  # the small model's reading that this module mends
    fixed = reparsed(doc, model)
    assert [t.text for t in fixed] == [t.text for t in doc]
    verb = fixed[1]
    assert verb.tag_ == "VBP" and verb.lemma_ == "storm" and verb.dep_ == "ROOT"
    assert {c.dep_: c.text for c in verb.children if c.dep_ in ("nsubj", "dobj")} == {
        "nsubj": "Farmers",
        "dobj": "depot",
    }


def test_a_line_the_model_reads_right_is_kept(model: Any) -> None:
    doc = model("Farmers stormed depot over unpaid dues")
    assert reparsed(doc, model) is doc


def test_a_crowd_storming_a_building_is_mob_violence() -> None:
    (event,) = api.extract_text(
        "Parents storm school over unpaid dues", published_at=date(2021, 3, 4)
    )
    assert event.sub_event_type == "Mob violence"
