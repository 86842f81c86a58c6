"""Deaths nobody caused are no killing trigger (`eventwire.mishaps`)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.triggers import find_triggers


def _kill_words(model: Any, text: str) -> list[str]:
    return [t.token.text for t in find_triggers(model(text)) if t.kind == "kill"]


@pytest.mark.parametrize(
    "text",
    [
        "Lightning killed three goatherds near the river on Sunday.",
        "A blaze at the timber yard killed four workers overnight.",
        "A fire in the bus depot killed two mechanics on Friday.",
        "Six quarry workers were killed when the pit wall collapsed on Thursday.",
        "Two children were killed in a road accident outside the school on Monday.",
        "A buffalo gored a ranger to death in the reserve on Saturday.",
    ],
)
def test_an_accident_nature_or_an_animal_kills_no_one_in_an_event(model: Any, text: str) -> None:
    assert _kill_words(model, text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police fire killed two marchers outside the depot on Friday.", "killed"),
        ("Fire from the soldiers killed three herders near the river.", "killed"),
        ("Bandits killed four workers at the timber yard overnight.", "killed"),
        ("Two drivers were killed when gunmen opened fire on the convoy.", "killed"),
        ("Three guards were killed by raiders after the wall collapsed.", "killed"),
    ],
)
def test_shooting_and_killings_with_a_doer_stay_killings(model: Any, text: str, word: str) -> None:
    assert word in _kill_words(model, text)
