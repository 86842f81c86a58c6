"""Docs that cannot drift: docs/cli.md is the CLI's own --help output, and the README
names every command. Regenerate with `EVENTWIRE_UPDATE_DOCS=1 make test`."""

from __future__ import annotations

import os
from pathlib import Path

from typer.testing import CliRunner

from eventwire.cli import app

ROOT = Path(__file__).resolve().parents[1]
CLI_DOC = ROOT / "docs" / "cli.md"
COMMANDS = (
    (),
    ("read",),
    ("extract",),
    ("explain",),
    ("train",),
    ("geoparse",),
    ("ingest",),
    ("watch",),
    ("events",),
    ("export",),
    ("gazetteer",),
    ("gazetteer", "build"),
    ("gazetteer", "import"),
    ("gazetteer", "lookup"),
    ("settings",),
)


def _help(command: tuple[str, ...]) -> str:
    env = {"COLUMNS": "100", "TERM": "dumb", "NO_COLOR": "1", "_TYPER_FORCE_DISABLE_TERMINAL": "1"}
    result = CliRunner(env=env).invoke(app, [*command, "--help"], prog_name="eventwire")
    assert result.exit_code == 0, result.output
    return "\n".join(line.rstrip() for line in result.stdout.splitlines()).strip()


def render() -> str:
    parts = [
        "# eventwire command-line reference",
        "",
        "Generated from `--help` by tests/test_docs.py; do not edit by hand.",
    ]
    for command in COMMANDS:
        parts += [
            "",
            f"## eventwire {' '.join(command)}".rstrip(),
            "",
            "```",
            _help(command),
            "```",
        ]
    return "\n".join(parts) + "\n"


def test_cli_reference_is_current() -> None:
    text = render()
    if os.environ.get("EVENTWIRE_UPDATE_DOCS"):
        CLI_DOC.write_text(text, encoding="utf-8")
    assert CLI_DOC.read_text(encoding="utf-8") == text, "run EVENTWIRE_UPDATE_DOCS=1 make test"


def test_readme_names_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        if command:
            assert f"eventwire {command[0]}" in readme, command
