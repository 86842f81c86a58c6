"""Sentences that talk about attacks without reporting one (`eventwire.aboutevents`),
and the date of an event's own clause (`eventwire.clausedates.clause_date`)."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from conftest import parsed
from eventwire import events, timex
from eventwire.records import Actor, Event, Inter, TimePrecision, When
from eventwire.settings import Settings
from eventwire.timex import find_times

DAY = date(2024, 3, 8)
FRONT = Actor("Northern Liberation Front", Inter.REBEL, "NG")


def code(model: Any, text: str, actors: list[tuple[str, Actor]]) -> list[Event]:
    analysis = parsed(model, text, DAY, actors, doc_id="doc-about")
    resolvers = events.Resolvers(
        when=lambda a, s, e: When(DAY, TimePrecision.DAY, False),
        is_background=lambda value, doc_date: False,
        locate=lambda a, s, e: None,
        focus_country=lambda a: "NG",
    )
    settings = Settings.load(config_file=None, environ={}, overrides={"db_url": "x"})
    return list(events.code_events(analysis, resolvers, settings))


def test_a_rise_in_attacks_is_a_trend_not_an_event(model: Any) -> None:
    text = "The northern region has seen a rise in attacks on soldiers since the spring."
    assert code(model, text, []) == []


def test_a_denied_claim_of_the_attack_told_before_is_no_new_event(model: Any) -> None:
    text = (
        "Gunmen stormed a market in the town on Tuesday, killing eleven traders. "
        "A local commander initially said his men carried out the attack, but the "
        "Northern Liberation Front denied involvement."
    )
    found = code(model, text, [("Northern Liberation Front", FRONT)])
    assert [e.sub_event_type for e in found] == ["Attack"]
    assert found[0].actor1 != FRONT.name


def test_an_agreement_ended_is_no_agreement(model: Any) -> None:
    assert code(model, "The rebels ended their truce with the army on Monday.", []) == []
    signed = code(model, "The rebels signed a truce with the army on Monday.", [])
    assert [e.sub_event_type for e in signed] == ["Agreement"]


def test_the_attack_takes_the_date_of_its_own_clause(model: Any) -> None:
    text = (
        "The governor declared a curfew on June 3 after a bomb went off at the market "
        "the day before, killing nine people."
    )
    analysis = parsed(model, text, DAY, [], doc_id="doc-clause")
    times = find_times(text, DAY)
    analysis = dataclasses.replace(analysis, times=times)
    resolvers = events.Resolvers(
        when=timex.when,
        is_background=lambda value, doc_date: False,
        locate=lambda a, s, e: None,
        focus_country=lambda a: "NG",
    )
    settings = Settings.load(config_file=None, environ={}, overrides={"db_url": "x"})
    found = events.code_events(analysis, resolvers, settings)
    assert [e.event_date for e in found] == [date(2023, 6, 2)]
