"""`eventwire gazetteer build|import|lookup`: the embedded gazetteer and GeoNames imports."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress, TextColumn, TimeElapsedColumn

from eventwire import cli_common as common
from eventwire.cli_common import _emit, _ready, _state

gazetteer_app = typer.Typer(help="Build and query the embedded gazetteer.", no_args_is_help=True)


@gazetteer_app.command("build")
def gazetteer_build(
    ctx: typer.Context,
    force: Annotated[bool, typer.Option(help="Rebuild even if it exists.")] = False,
) -> None:
    """Build the embedded gazetteer from the installed GeoNames packages.

    Example: eventwire gazetteer build --force
    """
    state = _state(ctx)
    settings = state.settings()
    path = Path(settings.gazetteer_path)
    if not force and common._usable(path):
        _emit({"gazetteer": str(path), "built": False, "reason": "exists (use --force)"})
        return
    _emit({"gazetteer": str(path), "built": True, **common._build_gazetteer(state, settings)})


@gazetteer_app.command("import")
def gazetteer_import(
    ctx: typer.Context,
    files: Annotated[list[Path], typer.Argument(help="GeoNames dump files (.zip or .txt).")],
    classes: Annotated[str, typer.Option(help="GeoNames feature classes kept.")] = "PASLTHVR",
    again: Annotated[bool, typer.Option(help="Re-import files already imported.")] = False,
) -> None:
    """Add GeoNames dump files to the gazetteer (resumable; importing twice changes nothing).

    Example: eventwire gazetteer import IQ.zip SY.zip admin1CodesASCII.txt admin2Codes.txt
    """
    from rich.progress import BarColumn, DownloadColumn

    from eventwire import gazetteer_import as importer

    state = _state(ctx)
    settings = _ready(state, state.settings())
    console = Console(stderr=True)
    columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn())
    hidden = state.quiet or not console.is_terminal
    with Progress(*columns, TimeElapsedColumn(), console=console, disable=hidden) as bar:
        task = bar.add_task("import", total=None)

        def step(name: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=f"import: {name}")

        stats = importer.import_files(
            Path(settings.gazetteer_path), files, classes=classes, force=again, progress=step
        )
    _emit({"gazetteer": str(stats.path), "imported": True, **stats.as_dict()})


@gazetteer_app.command("lookup")
def gazetteer_lookup(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Place name.")],
    country: Annotated[str | None, typer.Option(help="ISO 3166 alpha-2 code.")] = None,
    limit: Annotated[int, typer.Option(help="Most candidates shown.")] = 10,
) -> None:
    """Show the gazetteer's candidates for a name, best first.

    Example: eventwire gazetteer lookup Garissa --country KE
    """
    from eventwire import gazetteer

    state = _state(ctx)
    settings = _ready(state, state.settings())
    gaz = gazetteer.Gazetteer.open(Path(settings.gazetteer_path))
    for entry in gaz.lookup(name, country=country, limit=limit):
        _emit(_entry_json(entry))


def _entry_json(entry: Any) -> dict[str, Any]:
    data: dict[str, Any] = asdict(entry)
    return data
