"""Deaths that are not the event's toll (`tollcauses`, through `tolls.fatalities`), and
the main verbs the small parser hangs inside such a phrase, on hand-written sentences."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire import tolls


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # "left ... dead" hung on the noun of an "over" phrase is the sentence's own toll
        ("Fighting over water points left at least three dead after a week of tension.", 3),
        # a past tense the parser joined to an infinitive inside a "against" phrase
        (
            "Riot police charged at traders who were marching against the plan to relocate"
            " the market and killed two of them in Eldama.",
            2,
        ),
    ],
)
def test_a_main_verb_hung_inside_a_cause_phrase_still_counts(
    model: Any, text: str, deaths: int
) -> None:
    assert tolls.fatalities(model(text)) == deaths


@pytest.mark.parametrize(
    "text",
    [
        "Residents rioted over an attack that left two dead.",
        "Residents rioted after gunmen stormed the market and killed two traders.",
        "Gunmen vowed to kill the chief.",
    ],
)
def test_a_cause_or_an_intent_is_still_no_toll(model: Any, text: str) -> None:
    assert not tolls.fatalities(model(text))


def test_dead_a_rally_honours_are_no_toll_of_the_rally(model: Any) -> None:
    text = "Supporters gathered for a rally to honour nearly 40 people killed by police in May."
    assert not tolls.fatalities(model(text))
