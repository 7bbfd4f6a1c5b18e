"""``veille ingest``: extract articles and store them in the knowledge base (skipping those already there)."""
from __future__ import annotations

import itertools
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeElapsedColumn,
                           TimeRemainingColumn)
from rich.text import Text

from veille.commands.kb import db_option, open_or_exit
from veille.read import DEFAULT_MAX_CHARS, read_all
from veille.show import clean


class RateColumn(ProgressColumn):
    """Articles per second since the start (a batch is reported at once, so a windowed speed jumps)."""

    def render(self, task: Task) -> Text:
        rate = task.completed / task.elapsed if task.elapsed else 0.0
        return Text(f"{rate:.1f} articles/s", style="progress.data.speed")


def ingest_command(
    paths: list[Path] = typer.Argument(..., help="Files or folders: .txt, .html, .json, .jsonl, .jsonl.gz"),
    db: str = db_option(),
    workers: int = typer.Option(1, "--workers", min=1, help="Extraction processes (each loads the model once)"),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N articles of the input"),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles per extraction batch and transaction"),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", min=1, help="Reject articles longer than this"),
    cluster: Optional[str] = typer.Option(None, "--cluster", help="Extract on Dask: local:N workers here, or "
                                          "tcp://HOST:8786 (a running scheduler); see docs/scale.md"),
) -> None:
    """Extract articles and store them; articles already stored (same text) are skipped."""
    from veille.store.ingest import ingest

    if cluster:
        from veille import cluster as dask

        try:
            dask.check_spec(cluster)
        except dask.ClusterError as exc:
            raise typer.BadParameter(str(exc), param_hint="--cluster") from None
    engine = open_or_exit(db, create_missing=True)
    # No counting pass: reading the input twice doubles the work and delays the first stored article.
    total = limit
    console = Console(stderr=True, soft_wrap=True)  # one message, one line, whatever the width
    columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeElapsedColumn(),
               TextColumn("ETA"), TimeRemainingColumn())
    with Progress(*columns, console=console) as progress:
        task = progress.add_task("ingest", total=total)

        def notify(kind: str, message: str) -> None:
            if kind in ("bad", "warning"):
                progress.console.print(f"{'error' if kind == 'bad' else 'warning'}: {clean(message)}", markup=False,
                                       highlight=False)
            if kind != "warning":
                progress.advance(task)

        if cluster:
            report = dask.ingest(engine, paths, cluster, batch_size=batch_size, max_chars=max_chars, limit=limit,
                                 notify=notify, on_total=lambda n: progress.update(task, total=n))
        else:
            report = ingest(engine, itertools.islice(read_all(paths, max_chars), limit), batch_size=batch_size,
                            workers=workers, notify=notify)
    console.print(f"stored {report.stored}, already stored {report.skipped}, bad {len(report.bad)} "
                  f"({engine.url.render_as_string(hide_password=True)})", markup=False, highlight=False)
    if report.bad:
        console.print("bad articles (not stored):", markup=False)
        for p in report.bad:
            console.print(clean(f"  {p.source}: {p.message}"), markup=False, highlight=False)
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the command to the CLI."""
    app.command("ingest")(ingest_command)
