"""Fusing events that report one incident: within a document and across documents."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from eventwire import events, fuse, nlp, triggers
from eventwire.pipeline import Context
from eventwire.records import (
    Actor,
    ActorMention,
    Analysis,
    Document,
    DocumentDate,
    Event,
    Evidence,
    GazetteerEntry,
    Inter,
    Location,
    Parse,
    Sentence,
    TimePrecision,
    When,
)
from eventwire.settings import Settings

DAY = date(2024, 3, 14)
TOWN = GazetteerEntry(101, "Sampletown", 9.5, 7.25, "NG", "P", "PPL", 5000, "01", "North", "East")
REBELS = Actor("Northern Liberation Front", Inter.REBEL, "NG")
ARMY = Actor("Military Forces of Nigeria (2023-)", Inter.STATE, "NG")


def event(**fields: Any) -> Event:
    """A hand-made event: an armed clash on DAY unless told otherwise."""
    base = Event(
        event_id_cnty="NGA1",
        event_date=DAY,
        time_precision=TimePrecision.DAY,
        disorder_type="Political violence",
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1=REBELS.name,
        inter1=2,
        doc_ids=("a",),
        evidence=(Evidence("a", "One.", 0, 4),),
        notes="One.",
        confidence=0.5,
    )
    return replace(base, **fields)


def placed(ev: Event, geonameid: int, precision: int = 1) -> Event:
    return replace(ev, geonameid=geonameid, location=f"place-{geonameid}", geo_precision=precision)


def test_two_sentences_about_one_attack_become_one_event(model: Any) -> None:
    text = (
        "Rebels of the Northern Liberation Front attacked an army base in Sampletown on"
        " Thursday. Four soldiers and two rebels were killed in the attack, the army said."
    )
    sentences = tuple(
        Sentence(i, s, e, text[s:e], triggers.is_candidate(text[s:e]))
        for i, (s, e) in enumerate(nlp.split_sentences(text))
    )
    start = text.index("Northern")
    army = text.index("army")
    analysis = Analysis(
        Document("doc-1", text),
        sentences=sentences,
        parses=tuple(Parse(s.index, s.start, model(s.text)) for s in sentences),
        doc_date=DocumentDate(DAY, "meta"),
        actors=(
            ActorMention(start, start + 25, "Northern Liberation Front", REBELS, 0),
            ActorMention(army, army + 4, "army", ARMY, 0),
        ),
    )
    here = Location(TOWN, 1)
    resolvers = events.Resolvers(
        when=lambda a, s, e: When(DAY, TimePrecision.DAY),
        is_background=lambda w, d: False,
        locate=lambda a, s, e: here if s == 0 else None,
        focus_country=lambda a: "NG",
    )
    settings = Settings.load(config_file=None, environ={}, overrides={"db_url": "x"})
    coded = events.code_events(analysis, resolvers, settings)
    # the toll sentence already continues the attack in the coder (events._continues);
    # fusing leaves that one event as it is
    assert len(coded) == 1
    ctx = Context(settings)
    (done,) = fuse.fuse_stage([replace(analysis, events=coded)], ctx)
    (fused,) = done.events
    assert fused.event_type == "Battles"
    assert fused.fatalities == 6
    assert [ev.start for ev in fused.evidence] == [s.start for s in sentences]
    assert fused.location == "Sampletown" and fused.geonameid == 101
    assert (fused.actor1, fused.actor2) == (REBELS.name, ARMY.name)
    assert fused.event_id_cnty == coded[0].event_id_cnty
    assert fused.confidence > max(e.confidence for e in coded) - 1e-9


def test_different_places_stay_apart() -> None:
    a, b = placed(event(), 1), placed(event(), 2)
    assert len(fuse.fuse_events([a, b])) == 2


def test_unknown_place_merges_with_known_and_takes_it() -> None:
    known = placed(event(notes="Two.", evidence=(Evidence("a", "Two.", 5, 9),)), 7, 2)
    (fused,) = fuse.fuse_events([event(), known])
    assert fused.geonameid == 7 and fused.geo_precision == 2
    assert len(fused.evidence) == 2 and fused.notes == "One. Two."


@pytest.mark.parametrize(
    "other",
    [
        event(event_date=date(2024, 3, 13)),
        event(event_type="Riots", sub_event_type="Violent demonstration"),
        event(
            event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike",
        ),
        event(background=True),
        event(country_code="ML"),
        event(actor1="Some Other Group", actor2="Another Group"),
    ],
)
def test_different_incidents_stay_apart(other: Event) -> None:
    assert len(fuse.fuse_events([event(country_code="NG"), other])) == 2


def test_explosion_sub_types_do_not_mix() -> None:
    strike = event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")
    bomb = replace(strike, sub_event_type="Remote explosive/landmine/IED")
    assert len(fuse.fuse_events([strike, bomb])) == 2


def test_battle_sub_types_merge_to_the_higher_one() -> None:
    retaken = event(
        sub_event_type="Government regains territory",
        actor1=ARMY.name,
        inter1=1,
        actor2=REBELS.name,
        inter2=2,
    )
    (fused,) = fuse.fuse_events([event(), retaken])
    assert fused.sub_event_type == "Government regains territory"


def test_named_actor_beats_generic_one() -> None:
    generic = event(actor1="Unidentified Armed Group (Nigeria)", inter1=3)
    (fused,) = fuse.fuse_events([generic, event(actor2=ARMY.name, inter2=1)])
    assert (fused.actor1, fused.inter1, fused.actor2) == (REBELS.name, 2, ARMY.name)


def test_fatalities_highest_within_a_document_lowest_across() -> None:
    same_doc = fuse.fuse_events([event(fatalities=3), event(fatalities=5)])
    assert [e.fatalities for e in same_doc] == [5]
    across = fuse.fuse_events(
        [
            event(fatalities=9),
            event(fatalities=7, doc_ids=("b",), evidence=(Evidence("b", "x", 0, 1),)),
            event(fatalities=0, doc_ids=("c",), evidence=(Evidence("c", "y", 0, 1),)),
        ]
    )
    (fused,) = across
    assert fused.fatalities == 7
    assert fused.doc_ids == ("a", "b", "c")


def told(text: str, deaths: int) -> Event:
    return event(fatalities=deaths, evidence=(Evidence("a", text, 0, len(text)),))


def test_a_hedged_figure_of_one_report_gives_way_to_a_lower_plain_one() -> None:
    plain = told("One trader was killed by the gang in Kelvale.", 1)
    feared = told("Two more are feared dead, though this was not confirmed.", 3)
    (fused,) = fuse.fuse_events([plain, feared])
    assert fused.fatalities == 1
    # a toll read into a bare plural ("several") is no figure to hold against it
    vague = told("Raiders killed villagers near Kelvale.", 3)
    (fused,) = fuse.fuse_events([vague, told("Eight herders were feared to have died.", 8)])
    assert fused.fatalities == 8


def test_more_precise_date_wins() -> None:
    week = event(time_precision=TimePrecision.WEEK, date_inferred=True)
    (fused,) = fuse.fuse_events([week, event()])
    assert fused.time_precision == TimePrecision.DAY and not fused.date_inferred


def test_order_and_empty_input() -> None:
    assert fuse.fuse_events([]) == []
    protest = event(event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters")
    result = fuse.fuse_events([event(), protest, event(fatalities=2)])
    assert [e.event_type for e in result] == ["Battles", "Protests"]
    assert result[0].fatalities == 2


def test_pipeline_runs_events_then_fuse(model: Any) -> None:
    """The registered stages, fed by the real sentence splitter and parser."""
    from eventwire import pipeline

    text = (
        "Militants attacked a police post on Thursday. The weather was cold. "
        "Three policemen were killed in the attack. Separately, students rallied in the city."
    )
    resolvers = events.Resolvers(
        when=lambda a, s, e: When(DAY, TimePrecision.DAY),
        is_background=lambda w, d: False,
        locate=lambda a, s, e: None,
        focus_country=lambda a: "NG",
    )
    settings = Settings.load(config_file=None, environ={}, overrides={"db_url": "x"})
    ctx = Context(settings, {"nlp": model, "event-resolvers": resolvers})
    stages = ("sentences", "nlp", "events", "fuse")
    assert pipeline.get_stage("fuse").requires == ("events",)
    (done,) = pipeline.run([Document("doc-9", text)], ctx, stages=stages)
    assert [(e.event_type, e.fatalities, len(e.evidence)) for e in done.events] == [
        ("Battles", 3, 2),
        ("Protests", 0, 1),
    ]


def test_a_protest_and_a_riot_on_one_day_are_one_riot() -> None:
    protest = event(
        event_type="Protests",
        sub_event_type="Peaceful protest",
        disorder_type="Demonstrations",
        actor1="Protesters (Nigeria)",
        inter1=6,
    )
    riot = event(
        event_type="Riots",
        sub_event_type="Violent demonstration",
        disorder_type="Demonstrations",
        actor1="Protesters (Nigeria)",
        inter1=6,
        evidence=(Evidence("a", "Two.", 5, 9),),
    )
    (fused,) = fuse.fuse_events([protest, riot])
    assert (fused.event_type, fused.sub_event_type) == ("Riots", "Violent demonstration")
    assert (fused.actor1, fused.inter1) == ("Rioters (Nigeria)", 5)
    clash = event(evidence=(Evidence("a", "Three.", 10, 16),))
    assert len(fuse.fuse_events([protest, clash])) == 2


def test_the_police_that_met_a_crowd_do_not_tell_its_reports_apart() -> None:
    riot = event(
        event_type="Riots",
        sub_event_type="Mob violence",
        actor1="Rioters (Nigeria)",
        inter1=5,
        actor2="Sample Party",
        inter2=3,
    )
    protest = event(
        event_type="Protests",
        sub_event_type="Protest with intervention",
        actor1="Protesters (Nigeria)",
        inter1=6,
        actor2="Police Forces of Nigeria",
        inter2=1,
        evidence=(Evidence("a", "Two.", 5, 9),),
    )
    assert fuse.same_incident(riot, protest)


def test_a_peaceful_protest_once_fused_has_no_fatalities() -> None:
    # the death a peaceful march is held over is its grievance, not its toll
    kw = {"event_type": "Protests", "disorder_type": "Demonstrations", "fatalities": 1}
    marched = event(sub_event_type="Peaceful protest", **kw)
    assert [e.fatalities for e in fuse.fuse_events([marched])] == [0]
    # a report of the same protest with police killing two makes it excessive force
    shot = replace(marched, sub_event_type="Excessive force against protesters", fatalities=2)
    assert [e.fatalities for e in fuse.fuse_events([marched, shot])] == [2]


# --- damage nobody is named for, told with the incident it belongs to -----------------


def _damage(**fields: Any) -> Event:
    damage = {
        "event_type": "Strategic developments",
        "sub_event_type": "Looting/property destruction",
        "actor1": "Unidentified Armed Group (Nigeria)",
        "inter1": 3,
        "evidence": (Evidence("a", "Part of the hall was set on fire.", 40, 73),),
    }
    return event(**{**damage, **fields})


def test_unattributed_damage_on_a_riots_day_and_place_is_the_riots() -> None:
    riot = placed(
        event(event_type="Riots", sub_event_type="Violent demonstration", actor1="Rioters"), 7
    )
    fused = fuse.fuse_events([riot, placed(_damage(), 7)])
    assert [e.sub_event_type for e in fused] == ["Violent demonstration"]
    assert len(fused[0].evidence) == 2


def test_damage_stays_its_own_event_elsewhere_by_a_named_actor_or_after_a_takeover() -> None:
    clash = placed(event(), 7)
    assert len(fuse.fuse_events([clash, placed(_damage(), 8)])) == 2  # another place
    later = placed(_damage(event_date=date(2024, 3, 15)), 7)
    assert len(fuse.fuse_events([clash, later])) == 2  # another day
    named = placed(_damage(actor1=REBELS.name, inter1=2), 7)
    assert len(fuse.fuse_events([placed(event(actor1=ARMY.name), 7), named])) == 2
    taken = placed(event(sub_event_type="Government regains territory", actor1=ARMY.name), 7)
    assert len(fuse.fuse_events([taken, placed(_damage(), 7)])) == 2


def test_an_event_placed_at_a_country_or_division_holds_one_in_its_towns() -> None:
    # Regression: a headline placed in the country and its lede's town were two events.
    country = replace(
        placed(event(), 1, precision=3), location="Nigeria", country="Nigeria", admin1=""
    )
    state = replace(
        placed(event(), 2, precision=3), location="North", country="Nigeria", admin1="North"
    )
    town = replace(placed(event(), 7), location="Sampletown", country="Nigeria", admin1="North")
    assert len(fuse.fuse_events([country, town])) == 1
    assert fuse.fuse_events([country, town])[0].location == "Sampletown"
    assert len(fuse.fuse_events([state, town])) == 1
    elsewhere = replace(town, admin1="South", geonameid=8)
    assert len(fuse.fuse_events([state, elsewhere])) == 2
    other_town = replace(placed(event(), 9), location="Othertown", country="Nigeria")
    assert len(fuse.fuse_events([town, other_town])) == 2
