"""``veille export``: the knowledge base as JSONL records, CSV or Parquet tables, or a GraphML network."""
from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

from veille.commands.extract import err
from veille.commands.kb import db_option, open_or_exit


class Format(str, Enum):
    """Export formats."""

    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    graphml = "graphml"


def export_command(
    fmt: Format = typer.Option(..., "--format", help="jsonl (records), csv or parquet (a folder of tables), "
                                                    "graphml (the actor network, for Gephi)"),
    out: Path = typer.Option(..., "--out", help="Output file (jsonl, graphml) or folder (csv, parquet)"),
    db: str = db_option(),
) -> None:
    """Export the knowledge base."""
    from veille.store.export import export

    path = export(open_or_exit(db, create_missing=False), fmt.value, out)
    err(f"wrote {path}")


def register(app: typer.Typer) -> None:
    """Add the command to the CLI."""
    app.command("export")(export_command)
