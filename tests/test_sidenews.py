from __future__ import annotations

import pytest

from eventwire.sidenews import side_marker


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("The raiders also burnt a granary near the river.", "an addition"),
        ("A second crowd also gathered at the Tirrin depot.", "an addition"),
        ("In retaliation, herders from Besara raided a homestead.", "a reaction"),
        ("In revenge, Besara elders ordered two huts torched.", "a reaction"),
        ("The raiders then torched two huts at the well.", "a continuation"),
        ('The "gunmen" fled with a hostage.', "a continuation"),
        ("Both herding camps have lately been feuding over a borehole.", "a state of affairs"),
        ("Youths continued to block the road to Kelvale.", "a state of affairs"),
    ],
)
def test_sentences_that_tell_a_side_event(text: str, marker: str) -> None:
    assert side_marker(text) == marker


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead two traders in Kelvale on Monday.",
        "Three herders have been shot dead near the Dunmore borehole.",
        "Raiders torched two huts at the well.",
        "The police chased the raiders into the hills.",
        "Wardens retaliated by firing tear gas at stone-throwers.",
    ],
)
def test_sentences_that_tell_the_incident_itself(text: str) -> None:
    assert side_marker(text) == ""
