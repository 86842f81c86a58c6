"""`eventwire explain` and `extract --explain`: every decision of an event in words."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.explain import explanation_json, explanation_of, headline, sections
from eventwire.records import Event, Evidence, Explanation, TimePrecision
from eventwire.settings import Settings

REPORT = "Gunmen shot dead three traders at a market in Garissa, Kenya, on Monday, police said.\n"


def _event(**changes: object) -> Event:
    text = REPORT.strip()
    base = Event(
        event_id_cnty="KEN1",
        event_date=date(2024, 5, 6),
        time_precision=TimePrecision.DAY,
        disorder_type="Political violence",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        actor1="Unidentified Armed Group (Kenya)",
        inter1=3,
        actor2="Civilians (Kenya)",
        inter2=7,
        civilian_targeting="Civilian targeting",
        country="Kenya",
        admin1="Garissa",
        location="Garissa",
        geo_precision=1,
        geonameid=197745,
        fatalities=3,
        doc_ids=("d1",),
        evidence=(Evidence("d1", text, 0, len(text)),),
        trigger="shot",
        rule="lemma:kill/attack-civilians",
        confidence=0.71,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_fields_explain_an_event_without_stage_notes() -> None:
    full = explanation_of(_event())
    assert full.trigger == "shot"
    assert full.rule.startswith("rule 'attack-civilians': a killing or attack whose victims")
    assert "trigger found by lemma:kill" in full.rule
    assert full.roles[0].startswith("actor1 'Unidentified Armed Group (Kenya)' (political militia)")
    assert full.roles[1].startswith("actor2 'Civilians (Kenya)' (civilians)")
    assert "civilian targeting: the victims are civilians" in full.roles
    assert full.steps[0] == "date 2024-05-06 (the exact day): read from the text"
    assert full.steps[1].startswith("place Garissa, Garissa, Kenya (geo_precision 1")
    assert full.steps[2] == "fatalities 3: the lowest figure reported"
    assert full.steps[-1] == "confidence 0.71"
    assert full.alternatives == ()


def test_inferred_date_missing_place_and_no_deaths_are_said() -> None:
    steps = explanation_of(
        _event(date_inferred=True, location="", admin1="", geonameid=None, fatalities=0)
    ).steps
    assert "inferred" in steps[0] and steps[1] == "place: country only: Kenya"
    assert steps[2] == "fatalities 0: no death reported"


def test_stage_notes_win_over_fields() -> None:
    noted = Explanation(
        trigger="shot dead",
        roles=("actor1 'gunmen' is the subject of 'shot'",),
        alternatives=("Armed clash: lost, the victims are traders, not armed",),
        steps=("rule 'attack-civilians': prior 0.75", "confidence 0.71"),
    )
    full = explanation_of(_event(explanation=noted))
    assert full.trigger == "shot dead" and full.roles == noted.roles
    assert full.alternatives == noted.alternatives
    assert full.steps[-2:] == noted.steps and full.steps[0].startswith("date ")
    assert sum(step.startswith("confidence") for step in full.steps) == 1
    dated = Explanation(steps=("date 2024-05-06: 'on Monday' before the report's date",))
    steps = explanation_of(_event(explanation=dated)).steps
    assert [s for s in steps if s.startswith("date")] == list(dated.steps)


def test_json_and_sections_carry_the_same_account() -> None:
    event = _event(explanation=Explanation(alternatives=("model agrees: Attack (p=0.90)",)))
    data = explanation_json(event)
    assert set(data) == {"trigger", "rule", "roles", "alternatives", "steps"}
    assert data["alternatives"] == ["model agrees: Attack (p=0.90)"]
    titles = [s.title for s in sections(event)]
    assert titles == [
        "Evidence",
        "Decision",
        "Roles",
        "Alternatives considered",
        "Date, place, fatalities, confidence",
    ]
    assert sections(event)[0].lines[0].startswith("[d1 0-")
    assert headline(event) == (
        "2024-05-06  Violence against civilians / Attack  in Garissa, Garissa, Kenya"
    )
    assert "background" in headline(_event(background=True))


@pytest.fixture
def runner(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("EVENTWIRE_DB_URL", settings.db_url)
    monkeypatch.setenv("EVENTWIRE_GAZETTEER_PATH", settings.gazetteer_path)
    return CliRunner()


@pytest.mark.slow
def test_extract_explain_adds_the_explanation(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "report.jsonl"
    path.write_text(
        json.dumps({"id": "r1", "text": REPORT, "published_at": "2024-05-07"}) + "\n",
        encoding="utf-8",
    )
    plain = runner.invoke(app, ["extract", str(path)])
    explained = runner.invoke(app, ["extract", "--explain", str(path)])
    assert plain.exit_code == 0 and explained.exit_code == 0, explained.output
    [bare] = [json.loads(line) for line in plain.stdout.splitlines()]
    [full] = [json.loads(line) for line in explained.stdout.splitlines()]
    assert "explanation" not in bare and "rule" not in bare
    assert full["rule"] and full["explanation"]["trigger"]
    steps = full["explanation"]["steps"]
    assert any(step.startswith("date 2024-05-06") for step in steps)
    assert steps[-1] == f"confidence {full['confidence']:g}"


@pytest.mark.slow
def test_explain_command_prints_each_section(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "report.jsonl"
    rows = [
        {"id": "r1", "text": REPORT, "published_at": "2024-05-07"},
        {
            "id": "quiet",
            "text": "The minister opened a new bridge on Monday.",
            "published_at": "2024-05-07",
        },
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = runner.invoke(app, ["explain", str(path)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    for title in ("Evidence", "Decision", "Roles", "Alternatives considered", "confidence"):
        assert title in out
    assert "Violence against civilians / Attack" in out and "Garissa" in out
    assert "quiet: no events" in out
