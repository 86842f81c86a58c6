"""What the command modules share: the invocation state, progress, the run summary,
JSON output, and making sure the gazetteer is usable before a command geoparses."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from eventwire.errors import GazetteerError
from eventwire.pipeline import RunReport
from eventwire.settings import Settings


@dataclass
class State:
    config: Path | None = None
    overrides: dict[str, Any] | None = None
    quiet: bool = False

    def settings(self, **more: Any) -> Settings:
        overrides = dict(self.overrides or {})
        overrides.update({k: v for k, v in more.items() if v is not None})
        return Settings.load(config_file=self.config, overrides=overrides)


def _state(ctx: typer.Context) -> State:
    state = ctx.obj
    assert isinstance(state, State)
    return state


@contextmanager
def _progress(state: State, label: str) -> Iterator[Any]:
    """A spinner with a document count on stderr (only on a terminal)."""
    console = Console(stderr=True)
    enabled = not state.quiet and console.is_terminal
    columns = (SpinnerColumn(), TextColumn("{task.description} {task.completed} docs"))
    with Progress(*columns, TimeElapsedColumn(), console=console, disable=not enabled) as bar:
        task = bar.add_task(label, total=None)
        yield lambda: bar.advance(task)


def _build_gazetteer(state: State, settings: Settings) -> dict[str, Any]:
    """Build the embedded gazetteer with a progress bar on stderr."""
    from eventwire import gazetteer

    path = Path(settings.gazetteer_path)
    if not state.quiet:
        typer.echo(f"eventwire: building the embedded gazetteer at {path} (once)", err=True)
    console = Console(stderr=True)
    with Progress(console=console, disable=state.quiet or not console.is_terminal) as bar:
        task = bar.add_task("gazetteer", total=4)

        def step(stage: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=f"gazetteer: {stage}")

        stats = gazetteer.build(path, min_population=settings.min_city_population, progress=step)
    return stats.as_dict()


def _usable(path: Path) -> bool:
    """Whether the gazetteer file opens (present, not corrupt, current schema)."""
    from eventwire.gazetteer import Gazetteer

    try:
        Gazetteer.open(path).close()
    except GazetteerError:
        return False
    return True


def _ready(state: State, settings: Settings) -> Settings:
    """Settings for a command that geoparses: a missing, corrupt or outdated gazetteer
    is (re)built first, visibly, rather than failing or building inside a batch."""
    if not _usable(Path(settings.gazetteer_path)):
        _build_gazetteer(state, settings)
    return settings


def _finish(state: State, report: RunReport) -> None:
    """Print the run summary and failures to stderr; exit 1 if anything failed."""
    if not state.quiet:
        typer.echo(f"eventwire: {report.summary()}", err=True)
    for failure in report.failures:
        where = failure.source or failure.doc_id
        typer.echo(f"  failed {where}: {failure.reason}: {failure.message}", err=True)
    if report.failures:
        raise typer.Exit(1)


def _emit(obj: dict[str, Any], out: TextIO | None = None) -> None:
    (out or sys.stdout).write(json.dumps(obj, ensure_ascii=False) + "\n")
