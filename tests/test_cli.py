"""The CLI end to end: JSONL on stdout, one-line errors, exit codes, bad input counted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.settings import Settings

REPORT = (
    "MOGADISHU, March 3, 2024 (Wire) - Al-Shabaab militants attacked an army base near "
    "Afgooye on Saturday, killing four soldiers, officials said.\n"
)


@pytest.fixture
def runner(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("EVENTWIRE_DB_URL", settings.db_url)
    monkeypatch.setenv("EVENTWIRE_GAZETTEER_PATH", settings.gazetteer_path)
    return CliRunner()


def _lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_read_prints_documents_and_counts_bad_input(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x89PNG" * 50)
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 bombing".encode("latin-1"))
    (tmp_path / "batch.jsonl").write_text(
        json.dumps({"id": "j1", "text": REPORT}) + "\n{not json\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["read", str(tmp_path)])
    assert result.exit_code == 1, result.output
    docs = _lines(result.stdout)
    assert sorted(str(d["id"]) for d in docs) == ["good", "j1"]
    assert docs[0]["duplicate_of"] is None or docs[1]["duplicate_of"] is not None
    for reason in ("empty", "binary", "encoding", "malformed"):
        assert f": {reason}:" in result.stderr, result.stderr
    assert "4 failed" in result.stderr


def test_extract_needs_no_database(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    events = _lines(result.stdout)
    assert events and all(e["doc_id"] == "report" for e in events)
    assert {"event_type", "sub_event_type", "actor1", "evidence", "confidence"} <= set(events[0])


def test_ingest_is_idempotent_and_events_can_be_queried(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    first = _lines(runner.invoke(app, ["ingest", str(path)]).stdout)[0]
    second = _lines(runner.invoke(app, ["ingest", str(path)]).stdout)[0]
    assert first["events_new"] and not second["events_new"]
    listed = runner.invoke(app, ["events", "--country", "Somalia"])
    assert listed.exit_code == 0 and _lines(listed.stdout)
    csv = runner.invoke(app, ["export", "--format", "acled-csv"])
    assert csv.stdout.splitlines()[0].startswith("event_id_cnty,event_date,year")


def test_python_dash_m_runs_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "eventwire", "settings"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert '"name": "gazetteer_path"' in done.stdout


def test_usage_errors_exit_2(runner: CliRunner) -> None:
    assert runner.invoke(app, ["extract", "x.txt", "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["events", "--since", "yesterday"]).exit_code == 2
    assert runner.invoke(app, ["no-such-command"]).exit_code == 2


def test_missing_file_is_reported_not_raised(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "unreadable" in result.stderr and "Traceback" not in result.output


def test_settings_command_lists_every_setting(runner: CliRunner) -> None:
    names = {row["name"] for row in _lines(runner.invoke(app, ["settings"]).stdout)}
    assert {"db_url", "gazetteer_path", "batch_size"} <= names


def test_every_kind_of_bad_input_is_counted_and_nothing_else_lost(
    runner: CliRunner, tmp_path: Path
) -> None:
    """The foundation issue's list: empty, binary, 50 MB, invalid UTF-8, malformed JSONL,
    HTML with no article, a directory entry that cannot be read."""
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 4)
    with (tmp_path / "huge.txt").open("wb") as handle:  # sparse: no 50 MB written to disk
        handle.truncate(50 * 1024 * 1024)
    (tmp_path / "bad-utf8.txt").write_bytes(b"Troops \xff\xfe clashed")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "ok-line", "text": "Police arrested six men in Kano on Monday."})
        + "\n[1, 2]\n",
        encoding="utf-8",
    )
    (tmp_path / "menu.html").write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing-target.txt")
    result = runner.invoke(app, ["read", str(tmp_path)])
    assert result.exit_code == 1
    assert sorted(str(d["id"]) for d in _lines(result.stdout)) == ["good", "ok-line"]
    for reason in ("empty", "binary", "too-large", "encoding", "malformed", "no-article"):
        assert f": {reason}:" in result.stderr, (reason, result.stderr)
    assert "gone.txt: unreadable:" in result.stderr
    assert "7 failed" in result.stderr and "Traceback" not in result.output


def test_any_setting_can_be_set_on_the_command_line(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["--set", "min_confidence=0.5", "--set", "languages=en,fr", "settings"]
    )
    values = {row["name"]: row["value"] for row in _lines(result.stdout)}
    assert (values["min_confidence"], values["languages"]) == (0.5, "en,fr")
    bad = runner.invoke(app, ["--set", "colour=red", "settings"])
    assert bad.exit_code == 1 and "unknown setting(s): colour" in bad.stderr
    assert runner.invoke(app, ["--set", "novalue", "settings"]).exit_code == 2


def test_a_corrupt_gazetteer_is_rebuilt_not_fatal(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventwire import cli_common

    broken = tmp_path / "gazetteer.sqlite"
    broken.write_bytes(b"not a database at all")
    built: list[Path] = []
    monkeypatch.setattr(
        cli_common, "_build_gazetteer", lambda state, s: built.append(Path(s.gazetteer_path)) or {}
    )
    result = runner.invoke(app, ["--gazetteer", str(broken), "gazetteer", "build"])
    assert result.exit_code == 0 and built == [broken]
