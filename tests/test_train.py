"""Users' own classifier: reading ACLED exports, training, the model file, the classify stage."""

from __future__ import annotations

import csv
import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire import classify, train
from eventwire.cli import app
from eventwire.errors import InputError, ModelError
from eventwire.pipeline import Context, get_stage
from eventwire.records import Analysis, Document, Event, Evidence, TimePrecision
from eventwire.settings import Settings

ACLED_SMALL = Path(__file__).resolve().parent / "data" / "acled_small.csv"


@pytest.fixture(scope="module")
def model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("model") / "events.model"
    train.train_model(train.read_acled(ACLED_SMALL), path, seed=1)
    return path


def _event(
    text: str, rule: str, sub: str = "Attack", kind: str = "Violence against civilians"
) -> Event:
    return Event(
        event_id_cnty="XXX1",
        event_date=date(2024, 5, 2),
        time_precision=TimePrecision.DAY,
        disorder_type="Political violence",
        event_type=kind,
        sub_event_type=sub,
        actor1="Unidentified Armed Group (Kenya)",
        inter1=3,
        civilian_targeting="Civilian targeting",
        doc_ids=("d1",),
        evidence=(Evidence("d1", text, 0, len(text)),),
        trigger="killed",
        rule=rule,
        confidence=0.5,
    )


def _analysis(*events: Event) -> Analysis:
    return Analysis(Document("d1", events[0].evidence[0].text if events else "x"), events=events)


@pytest.mark.parametrize(
    ("note", "clean"),
    [
        ("On 31 December 2019, a man was shot.", "a man was shot."),
        ("On December 31 2019, a man was shot.", "a man was shot."),
        ("Around 5 May 2010 (between 1-7 May), police fired.", "police fired."),
        ("01/05/2012: A bomb went off.", "A bomb went off."),
        ("In the 2017 election, two died.", "In the 2017 election, two died."),
    ],
)
def test_clean_note_strips_only_a_leading_date(note: str, clean: str) -> None:
    assert train.clean_note(note) == clean


def test_read_acled_modern_schema() -> None:
    data = train.read_acled(ACLED_SMALL)
    assert data.target == "sub_event_type"
    assert len(data.texts) == 48 and len(set(data.labels)) == 4
    assert not any(text.startswith("On ") for text in data.texts)


def test_read_acled_old_schema_trains_event_types(tmp_path: Path) -> None:
    with ACLED_SMALL.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    old = tmp_path / "old.csv"
    with old.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["EVENT_DATE", "EVENT_TYPE", "NOTES"])
        writer.writerows((r["event_date"], r["event_type"], r["notes"]) for r in rows)
    data = train.read_acled(old)
    assert data.target == "event_type"
    assert "Protests" in data.labels and "Peaceful protest" not in data.labels


def test_read_acled_refuses_other_files(tmp_path: Path) -> None:
    other = tmp_path / "other.csv"
    other.write_text("id,text\n1,hello\n", encoding="utf-8")
    with pytest.raises(InputError, match="not an ACLED export"):
        train.read_acled(other)
    tiny = tmp_path / "tiny.csv"
    tiny.write_text("notes,sub_event_type\nA march.,Peaceful protest\n", encoding="utf-8")
    with pytest.raises(InputError, match="too little"):
        train.read_acled(tiny)


def test_train_reports_held_out_metrics_and_round_trips(tmp_path: Path) -> None:
    out = tmp_path / "m.model"
    data = train.read_acled(ACLED_SMALL)
    saved, metrics = train.train_model(data, out, test_fraction=0.25, seed=3)
    assert metrics is not None and metrics.test_rows == 12 and metrics.train_rows == 36
    assert 0.5 <= metrics.accuracy <= 1.0 and 0.0 < metrics.weighted_f1 <= 1.0
    loaded = train.load_classifier(out)
    assert loaded.labels == saved.labels and loaded.target == "sub_event_type"
    texts = [
        "A bomb buried by the road blew up under a lorry.",
        "Market women marched to demand lower fees.",
    ]
    assert [label for label, _ in loaded.predict(texts)] == [
        "Remote explosive/landmine/IED",
        "Peaceful protest",
    ]


def test_split_is_seeded_and_keeps_single_rows_in_training() -> None:
    labels = ["a"] * 10 + ["b"] * 10 + ["c"]
    train_rows, test_rows = train.split(labels, 0.2, seed=5)
    assert train.split(labels, 0.2, seed=5) == (train_rows, test_rows)
    assert len(test_rows) == 4 and 20 in train_rows
    assert sorted(train_rows + test_rows) == list(range(21))


def _rewrite_header(source: Path, target: Path, **changes: object) -> None:
    head, _, body = source.read_bytes().partition(b"\n")
    header = json.loads(head[len(train.MAGIC) :])
    header.update(changes)
    target.write_bytes(train.MAGIC + json.dumps(header).encode() + b"\n" + body)


def test_load_refuses_a_header_mismatch(model_path: Path, tmp_path: Path) -> None:
    future = tmp_path / "future.model"
    _rewrite_header(model_path, future, format=99)
    with pytest.raises(ModelError, match="format 99 is not 1"):
        train.load_classifier(future)
    old = tmp_path / "old-sklearn.model"
    _rewrite_header(model_path, old, sklearn="0.1.0")
    with pytest.raises(ModelError, match=r"scikit-learn 0\.1\.0"):
        train.load_classifier(old)
    foreign = tmp_path / "foreign.model"
    foreign.write_bytes(b"\x80\x05not ours")
    with pytest.raises(ModelError, match="not an eventwire classifier"):
        train.load_classifier(foreign)
    with pytest.raises(ModelError, match="cannot read model"):
        train.load_classifier(tmp_path / "missing.model")


def test_classify_stage_does_nothing_without_a_model(settings: Settings) -> None:
    analysis = _analysis(_event("Traders marched to the county offices.", "lemma:kill/attack"))
    ctx = Context(settings)
    out = get_stage("classify").fn([analysis], ctx)
    assert out[0] is analysis
    assert ctx._resources == {}  # nothing loaded


def test_classify_stage_retypes_a_weak_rule(settings: Settings, model_path: Path) -> None:
    text = "Hundreds of traders marched peacefully to the county offices to demand lower fees."
    weak = _event(text, "lemma:kill/attack")
    ctx = Context(settings.replace(event_model=str(model_path)))
    [out] = get_stage("classify").fn([_analysis(weak)], ctx)
    [event] = out.events
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert event.disorder_type == "Demonstrations" and event.rule == "lemma:kill/attack+model"
    assert event.explanation is not None and event.explanation.rule.startswith("local model")
    assert any(
        a.startswith("Violence against civilians / Attack") for a in event.explanation.alternatives
    )
    assert event.confidence >= classify.MIN_PROBABILITY


def test_classify_keeps_a_rule_surer_than_the_model() -> None:
    strong = _event(
        "Traders marched to the county offices.",
        "lemma:bomb/explosive",
        "Remote explosive/landmine/IED",
        "Explosions/Remote violence",
    )
    kept = classify.decide(strong, "Peaceful protest", 0.8, rule_confidence=0.85)
    assert kept.sub_event_type == "Remote explosive/landmine/IED"
    assert kept.explanation is not None
    assert kept.explanation.alternatives == (
        "model prefers Peaceful protest (p=0.80): the rule is surer (0.85)",
    )
    replaced = classify.decide(strong, "Peaceful protest", 0.9, rule_confidence=0.85)
    assert replaced.sub_event_type == "Peaceful protest"


def test_protesters_become_rioters_when_retyped() -> None:
    protest = _event(
        "Traders marched and then smashed shop windows.",
        "lemma:protest/protest",
        "Peaceful protest",
        "Protests",
    )
    protest = dataclasses.replace(protest, actor1="Protesters (Kenya)", inter1=6)
    riot = classify.decide(protest, "Violent demonstration", 0.95, rule_confidence=0.8)
    assert (riot.event_type, riot.actor1, riot.inter1) == ("Riots", "Rioters (Kenya)", 5)
    assert riot.disorder_type == "Demonstrations"


def test_decide_notes_agreement_and_low_probability() -> None:
    event = _event("Gunmen shot a trader.", "lemma:kill/attack")
    agreed = classify.decide(event, "Attack", 0.9)
    assert agreed.sub_event_type == "Attack" and agreed.explanation is not None
    assert agreed.explanation.alternatives == ("model agrees: Attack (p=0.90)",)
    unsure = classify.decide(event, "Armed clash", 0.4)
    assert unsure.sub_event_type == "Attack"
    typed = classify.decide(event, "Battles", 0.99, target="event_type")
    assert typed.event_type == "Violence against civilians"


def test_classify_clears_civilian_targeting_when_retyped_as_a_battle() -> None:
    event = classify.decide(
        _event("Soldiers exchanged fire.", "lemma:kill/attack"), "Armed clash", 0.8
    )
    assert event.event_type == "Battles" and event.civilian_targeting == ""


def test_cli_train_prints_metrics(tmp_path: Path) -> None:
    out = tmp_path / "cli.model"
    result = CliRunner().invoke(
        app, ["train", "--acled", str(ACLED_SMALL), "--out", str(out), "--test-fraction", "0.25"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["target"] == "sub_event_type" and report["rows"] == 48
    assert set(report["held_out"]) == {"train_rows", "test_rows", "accuracy", "weighted_f1"}
    assert train.load_classifier(out).labels == tuple(sorted(report["labels"]))


def test_cli_train_reports_a_bad_file_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["train", "--acled", str(bad), "--out", str(tmp_path / "m")])
    assert result.exit_code == 1 and "not an ACLED export" in result.stderr


def test_event_model_setting_defaults_to_rules_only() -> None:
    assert Settings.load(environ={}).event_model == ""
    assert dataclasses.replace(Settings.load(environ={}), event_model="m").event_model == "m"
