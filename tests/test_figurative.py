"""Violence and protest words in their everyday senses (`eventwire.figurative`)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire import api
from eventwire.figurative import cyber, figurative_protest, idle
from eventwire.triggers import Trigger, find_triggers


def _triggers(model: Any, text: str, kind: str) -> list[Trigger]:
    return [t for t in find_triggers(model(text)) if t.kind == kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Two monkeys were fighting over a banana.", "clash"),
        ("The retailer fought the new sales tax for a year.", "clash"),
        ("The museum has fought to acquire the portrait for its collection.", "clash"),
        ("The build server executed the nightly job without errors.", "kill"),
        ("The plant is burning less coal than it did.", "loot"),
    ],
)
def test_a_word_with_no_one_in_it_is_idle(model: Any, text: str, kind: str) -> None:
    found = _triggers(model, text, kind)
    assert found
    assert all(idle(t, []) for t in found)


@pytest.mark.parametrize(
    ("text", "kind", "placed"),
    [
        ("Herders fought over a water point.", "clash", False),
        ("Two were killed in the night.", "kill", False),
        ("Fighting took place north of the river on Monday.", "clash", True),
        ("Clashes between the two camps went on all night.", "clash", False),
        ("The raid left the market stalls in ruins.", "attack", False),
        ("They then killed them with knives.", "kill", False),
    ],
)
def test_a_word_with_someone_in_it_is_an_incident(
    model: Any, text: str, kind: str, placed: bool
) -> None:
    found = _triggers(model, text, kind)
    assert found
    assert not any(idle(t, [], placed) for t in found)


def test_an_incident_told_before_is_never_idle(model: Any) -> None:
    (found,) = _triggers(model, "The clash lasted an hour.", "clash")
    assert not idle(found, [])


@pytest.mark.parametrize(
    "text",
    [
        "The survey demonstrates that prices rose.",
        "The two cases demonstrate the range of symptoms.",
        "Fans are rallying around the new coach.",
        "The mayor helped rally support for the bond.",
    ],
)
def test_demonstrate_and_rally_in_their_other_senses(model: Any, text: str) -> None:
    found = _triggers(model, text, "protest")
    assert found
    assert all(figurative_protest(t) for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "Nurses demonstrated outside the ministry over unpaid wages.",
        "Hundreds demonstrated against the fuel tax.",
        "Traders demonstrated their anger at the new levy.",
        "Supporters rallied in the port city on Sunday.",
    ],
)
def test_demonstrators_demonstrate(model: Any, text: str) -> None:
    found = _triggers(model, text, "protest")
    assert found
    assert not any(figurative_protest(t) for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "The retailer fought the new sales tax for a year, its filings show.",
        "The study demonstrates that the new vaccine works in older adults.",
        "Two monkeys were fighting over a banana at the zoo.",
    ],
)
def test_general_news_codes_no_event(text: str) -> None:
    assert api.extract_text(text, published_at=date(2021, 3, 4)) == []


def test_a_fight_with_its_sides_is_still_coded() -> None:
    text = "Herders and farmers fought over a water point near the river on Tuesday."
    events = api.extract_text(text, published_at=date(2021, 3, 4))
    assert [e.event_type for e in events] == ["Battles"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A ransomware attack shut the county's payroll servers on Monday.", True),
        ("Hackers launched a wave of attacks on the ministry's websites.", True),
        ("Gunmen attacked the county offices on Monday.", False),
    ],
)
def test_attacks_on_computers_are_no_acled_event(model: Any, text: str, expected: bool) -> None:
    found = _triggers(model, text, "attack")
    assert found
    assert any(cyber(t) for t in found) is expected


def test_a_cyberattack_codes_no_event() -> None:
    text = "Hackers attacked the port authority's booking servers in the harbour town on Monday."
    assert api.extract_text(text, published_at=date(2021, 3, 4)) == []
