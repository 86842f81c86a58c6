"""Command-line interface: each command parses its options, calls one library
function, and formats the result. Machine output is one JSON object per line on
stdout; progress and summaries go to stderr.

Exit codes: 0 success; 1 an error, or some documents failed (each is reported);
2 a usage error.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
import typer.core
from rich.console import Console
from rich.table import Table
from typer._click.core import Context as ClickContext  # typer 0.29 vendors click

from eventwire import __version__, api
from eventwire.cli_common import State, _emit, _finish, _progress, _ready, _state
from eventwire.cli_gazetteer import gazetteer_app
from eventwire.errors import EventwireError
from eventwire.pipeline import RunReport
from eventwire.records import Analysis, Event
from eventwire.settings import SETTINGS


class _Group(typer.core.TyperGroup):
    """Turns library errors into one line on stderr and exit code 1, never a traceback."""

    def invoke(self, ctx: ClickContext) -> Any:
        try:
            return super().invoke(ctx)
        except EventwireError as exc:
            typer.echo(f"eventwire: error: {exc}", err=True)
            raise typer.Exit(1) from None


app = typer.Typer(
    cls=_Group,
    help="eventwire: news in, dated and geolocated ACLED-coded events out.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(gazetteer_app, name="gazetteer")

FORMATS = ("jsonl", "acled-csv", "geojson")
Paths = Annotated[
    list[str], typer.Argument(help="Files, directories, URLs, .urls lists, or - for stdin.")
]
DbOption = Annotated[
    str | None, typer.Option("--db", help="Database URL (default: embedded SQLite).")
]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="jsonl | acled-csv | geojson")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"eventwire {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    config: Annotated[Path | None, typer.Option(help="TOML settings file.")] = None,
    gazetteer: Annotated[str | None, typer.Option(help="Gazetteer SQLite file.")] = None,
    batch_size: Annotated[int | None, typer.Option(help="Documents per batch.")] = None,
    set_: Annotated[
        list[str] | None,
        typer.Option("--set", help="Any setting as NAME=VALUE (repeatable); see `settings`."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show version.")
    ] = False,
) -> None:
    """Settings come from defaults, --config, EVENTWIRE_<NAME> variables, then flags."""
    overrides: dict[str, Any] = _pairs(set_ or [])
    overrides.update({"gazetteer_path": gazetteer, "batch_size": batch_size})
    ctx.obj = State(config=config, overrides=overrides, quiet=quiet)


def _pairs(items: list[str]) -> dict[str, Any]:
    """`--set NAME=VALUE` pairs; names are checked when the settings load."""
    pairs: dict[str, Any] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise typer.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--set")
        pairs[name.strip()] = value
    return pairs


@app.command()
def read(ctx: typer.Context, paths: Paths) -> None:
    """Read documents and print one Document per line.

    Example: eventwire read examples/ | head -n 1
    """
    state = _state(ctx)
    report = RunReport()
    with _progress(state, "reading") as tick:
        for analysis in api.extract(paths, state.settings(), report=report, stages=("dedupe",)):
            _emit(analysis.document.to_json())
            tick()
    _finish(state, report)


@app.command()
def extract(
    ctx: typer.Context,
    paths: Paths,
    fmt: FormatOption = "jsonl",
    explain: Annotated[
        bool, typer.Option(help="Add trigger, rule and an explanation to each event.")
    ] = False,
) -> None:
    """Code events from documents; no database needed.

    Example: eventwire extract examples/ --format acled-csv > events.csv
    """
    from eventwire import export

    _check_format(fmt)
    state = _state(ctx)
    report = RunReport()

    def events() -> Iterator[Event]:
        with _progress(state, "extracting") as tick:
            settings = _ready(state, state.settings())
            for analysis in api.extract(paths, settings, report=report):
                yield from analysis.events
                tick()

    if fmt == "jsonl":
        for event in events():
            _emit(_event_json(event, explain))
    else:
        export.write_events(events(), fmt, sys.stdout)  # type: ignore[arg-type]
    _finish(state, report)


def _event_json(event: Event, explain: bool) -> dict[str, Any]:
    data = event.to_json()
    data["doc_id"] = event.doc_ids[0] if event.doc_ids else None
    if not explain:
        data.pop("trigger", None)
        data.pop("rule", None)
    else:
        from eventwire.explain import explanation_json

        data["explanation"] = explanation_json(event)
    return data


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise typer.BadParameter(
            f"{fmt!r} is not one of {', '.join(FORMATS)}", param_hint="--format"
        )


@app.command("explain")
def explain_events(ctx: typer.Context, paths: Paths) -> None:
    """Code events and explain each one in words.

    For each event: its trigger, the rule that typed it, the roles, the alternatives
    considered, and why its date, place, fatalities and confidence are what they are.

    Example: eventwire explain article.txt
    """
    from eventwire import explain as explainer

    state = _state(ctx)
    report = RunReport()
    console = Console(highlight=False) if sys.stdout.isatty() else Console(width=120)
    settings = _ready(state, state.settings())
    for analysis in api.extract(paths, settings, report=report):
        if not analysis.events:
            console.print(f"[bold]{analysis.document.id}[/]: no events", markup=True)
        for event in analysis.events:
            console.rule(f"{analysis.document.id}  {event.event_id_cnty}", align="left")
            console.print(explainer.headline(event), style="bold", markup=False)
            for section in explainer.sections(event):
                console.print(section.title, style="underline", markup=False)
                for line in section.lines:
                    console.print(f"  - {line}", markup=False)
    _finish(state, report)


@app.command()
def train(
    ctx: typer.Context,
    acled: Annotated[Path, typer.Option(help="ACLED CSV export (notes, sub_event_type).")],
    out: Annotated[Path, typer.Option(help="Where to write the model file.")],
    test_fraction: Annotated[
        float, typer.Option(help="Share of rows held out to measure the model (0: none).")
    ] = 0.0,
    seed: Annotated[int, typer.Option(help="Seed of the held-out split.")] = 0,
) -> None:
    """Train a local event classifier from an ACLED export you hold.

    Use it with `--set event_model=MODEL`.

    Example: eventwire train --acled acled.csv --out events.model --test-fraction 0.2
    """
    from eventwire import train as trainer

    data = trainer.read_acled(acled)
    model, metrics = trainer.train_model(data, out, test_fraction=test_fraction, seed=seed)
    result: dict[str, Any] = {"model": str(out), "target": model.target, "rows": len(data.texts)}
    result["labels"] = trainer.label_counts(data)
    if metrics is not None:
        result["held_out"] = metrics.as_dict()
    _emit(result)


@app.command()
def geoparse(
    ctx: typer.Context,
    paths: Paths,
    explain: Annotated[
        bool, typer.Option(help="Add each place's score components and the alternatives.")
    ] = False,
) -> None:
    """Find and resolve place names; one {"id", "places": [...]} per document.

    Example: eventwire geoparse article.txt --explain
    """
    from eventwire import geoparse as geoparse_stages
    from eventwire import location

    state = _state(ctx)
    report = RunReport()
    stages = geoparse_stages.GEOPARSE_STAGES
    with _progress(state, "geoparsing") as tick:
        settings = _ready(state, state.settings())
        for analysis in api.extract(paths, settings, report=report, stages=stages):
            _emit(location.places_json(analysis, explain=explain))
            tick()
    _finish(state, report)


@app.command()
def ingest(ctx: typer.Context, paths: Paths, db: DbOption = None) -> None:
    """Extract events and store documents and events (idempotent).

    Example: eventwire ingest examples/ --db sqlite:///events.db
    """
    from eventwire.store import Store

    state = _state(ctx)
    settings = _ready(state, state.settings(db_url=db))
    store = Store.open(settings.db_url)
    store.migrate()
    report = RunReport()
    run_id = store.start_run(settings.as_dict())
    with _progress(state, "ingesting") as tick:

        def analyses() -> Iterator[Analysis]:
            for analysis in api.extract(paths, settings, report=report):
                tick()
                yield analysis

        stats = store.ingest(analyses(), run_id=run_id)
    store.finish_run(run_id, _counts(report), report.failures)
    _emit({"db": _redact(settings.db_url), **asdict(stats), "failed": report.failed})
    _finish(state, report)


def _counts(report: RunReport) -> dict[str, Any]:
    return {
        "documents": report.documents,
        "coded": report.coded,
        "events": report.events,
        "failed": report.failed,
        "skipped": dict(report.skipped),
    }


def _redact(url: str) -> str:
    """Hide a password in a database URL before printing it."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


@app.command()
def watch(
    ctx: typer.Context,
    feeds: Annotated[list[str], typer.Argument(help="Feed URLs or feed files.")],
    interval: Annotated[float, typer.Option(help="Seconds between polls.", min=1)] = 300.0,
    once: Annotated[bool, typer.Option(help="Poll once and exit (for cron).")] = False,
    db: DbOption = None,
) -> None:
    """Poll feeds and ingest only items not seen before; Ctrl-C stops with a summary.

    Example: eventwire watch https://example.org/news.rss --interval 600 --db sqlite:///n.db
    """
    from eventwire import watch as watcher
    from eventwire.store import Store

    state = _state(ctx)
    settings = _ready(state, state.settings(db_url=db))
    store = Store.open(settings.db_url)
    store.migrate()
    totals = watcher.WatchTotals()

    def polled(result: watcher.PollResult) -> None:
        _emit(result.to_json())
        sys.stdout.flush()

    try:
        watcher.watch(
            feeds, store, settings, interval=interval, once=once, totals=totals, on_poll=polled
        )
    except KeyboardInterrupt:
        pass
    finally:
        store.close()
    if not state.quiet:
        typer.echo(f"eventwire: {totals.summary()}", err=True)
    for failure in totals.failures:
        where = failure.source or failure.doc_id
        typer.echo(f"  failed {where}: {failure.reason}: {failure.message}", err=True)
    if totals.failures:
        raise typer.Exit(1)


@app.command()
def events(
    ctx: typer.Context,
    db: DbOption = None,
    since: Annotated[str | None, typer.Option(help="First event date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Last event date (YYYY-MM-DD).")] = None,
    country: Annotated[str | None, typer.Option(help="Country name or ISO code.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="ACLED event type.")] = None,
    actor: Annotated[str | None, typer.Option(help="Part of an actor's name.")] = None,
    background: Annotated[bool, typer.Option(help="Include recalled history.")] = False,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl | table")] = "jsonl",
) -> None:
    """List stored events in date order, filtered.

    Example: eventwire events --country Kenya --since 2024-01-01 --format table
    """
    found = _query(ctx, db, since, until, country, event_type, actor, background, limit)
    if fmt == "table":
        _print_table(found, _state(ctx).settings(db_url=db).db_url, background)
    elif fmt == "jsonl":
        for event in found:
            _emit(_event_json(event, explain=False))
    else:
        raise typer.BadParameter(f"{fmt!r} is not jsonl or table", param_hint="--format")


def _query(
    ctx: typer.Context,
    db: str | None,
    since: str | None,
    until: str | None,
    country: str | None,
    event_type: str | None,
    actor: str | None,
    background: bool,
    limit: int | None,
) -> list[Event]:
    from eventwire.store import EventFilter, Store

    settings = _state(ctx).settings(db_url=db)
    store = Store.open(settings.db_url)
    store.migrate()
    filters = EventFilter(
        date_from=_date(since, "--since"),
        date_to=_date(until, "--until"),
        country=country,
        event_type=event_type,
        actor=actor,
        include_background=background,
        limit=limit,
    )
    return store.events(filters)


def _date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=name) from None


def _print_table(found: list[Event], db_url: str, background: bool) -> None:
    hidden = "" if background else " (recalled history hidden: --background shows it)"
    table = Table(title=f"{len(found)} events in {_redact(db_url)}{hidden}", title_justify="left")
    for column in (
        "date",
        "type",
        "sub-event",
        "actor1",
        "actor2",
        "location",
        "country",
        "deaths",
    ):
        table.add_column(column, overflow="fold")
    for e in found:
        table.add_row(
            e.event_date.isoformat(),
            e.event_type,
            e.sub_event_type,
            e.actor1,
            e.actor2,
            e.location,
            e.country,
            str(e.fatalities),
        )
    console = Console()
    if not console.is_terminal:
        console = Console(width=160)
    console.print(table)


@app.command()
def export(
    ctx: typer.Context,
    fmt: FormatOption = "acled-csv",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File (default stdout).")
    ] = None,
    db: DbOption = None,
    since: Annotated[str | None, typer.Option(help="First event date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Last event date (YYYY-MM-DD).")] = None,
    country: Annotated[str | None, typer.Option(help="Country name or ISO code.")] = None,
    background: Annotated[bool, typer.Option(help="Include recalled history.")] = False,
) -> None:
    """Export stored events as ACLED CSV, GeoJSON or JSONL.

    Example: eventwire export --format geojson -o events.geojson
    """
    from eventwire import export as exporter

    _check_format(fmt)
    found = _query(ctx, db, since, until, country, None, None, background, None)
    if output is None:
        exporter.write_events(found, fmt, sys.stdout)  # type: ignore[arg-type]
        return
    with output.open("w", encoding="utf-8", newline="") as out:
        count = exporter.write_events(found, fmt, out)  # type: ignore[arg-type]
    if not _state(ctx).quiet:
        Console(stderr=True).print(f"wrote {count} events to {output}", highlight=False)


@app.command()
def settings(ctx: typer.Context) -> None:
    """Show every setting with its value and help."""
    resolved = _state(ctx).settings().as_dict()
    for setting in SETTINGS:
        _emit({"name": setting.name, "value": resolved.get(setting.name), "help": setting.help})


def main() -> None:
    """Entry point for the `eventwire` script.

    A bug (an exception that is not an EventwireError) is reported in one line too;
    EVENTWIRE_DEBUG=1 shows its traceback.
    """
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:
        if os.environ.get("EVENTWIRE_DEBUG"):
            raise
        typer.echo(
            f"eventwire: internal error: {type(exc).__name__}: {exc} "
            "(a bug: please report it; EVENTWIRE_DEBUG=1 shows the traceback)",
            err=True,
        )
        sys.exit(1)
