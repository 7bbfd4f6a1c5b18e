"""``veille extract``: articles in, ``veille.record/1`` records out."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from veille import show
from veille.read import DEFAULT_MAX_CHARS, InputError, read_all


class Format(str, Enum):
    """Output formats."""

    json = "json"
    jsonl = "jsonl"


def err(message: str) -> None:
    """One line on stderr."""
    print(message, file=sys.stderr, flush=True)


def safe_name(ident: str) -> str:
    """A file name for a record id (no path separators, no leading dot)."""
    name = "".join(c if c.isalnum() or c in "-_." else "_" for c in ident).lstrip(".")
    return name or "record"


def write_atomic(path: Path, data: str) -> None:
    """Write a file so that a reader never sees it half-written."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(data, encoding="utf-8")
    tmp.replace(path)


def extract_command(
    paths: list[Path] = typer.Argument(..., help="Files or folders: .txt, .html, .json, .jsonl, .jsonl.gz"),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date YYYY-MM-DD (overrides the input's)"),
    out: Optional[Path] = typer.Option(None, "--out", help="Write DIR/<id>.json per record instead of stdout"),
    fmt: Format = typer.Option(Format.json, "--format", help="json (indented) or jsonl (one record a line)"),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", help="Reject articles longer than this"),
    batch_size: int = typer.Option(16, "--batch-size", help="Articles per nlp.pipe batch"),
    summary: bool = typer.Option(False, "--summary", help="Print readable tables instead of JSON"),
) -> None:
    """Extract entities, roles, quotes, events and dates from French articles."""
    from veille.pipeline import extract_many, parse_date

    if date is not None:
        try:
            parse_date(date)
        except ValueError as exc:
            err(f"error: {exc}")
            raise typer.Exit(2)
    failures = 0

    def articles():
        nonlocal failures
        for item in read_all(paths, max_chars):
            if isinstance(item, InputError):
                failures += 1
                err(f"error: {item}")
                continue
            for w in item.warnings:
                err(f"warning: {w}")
            if date is not None:
                item.date = date
            yield item

    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    def failed(article, exc) -> None:
        nonlocal failures
        failures += 1
        err(f"error: {exc}")

    for rec in extract_many(articles(), batch_size=batch_size, on_error=failed):
        if rec.doc.lang != "fr":
            err(f"warning: {rec.doc.source or rec.doc.id}: text looks like '{rec.doc.lang}', not French; "
                "results will be poor")
        d = rec.to_dict()
        if out is not None:
            write_atomic(out / f"{safe_name(rec.doc.id)}.json", json.dumps(d, ensure_ascii=False, indent=1))
        elif not summary:
            indent = None if fmt is Format.jsonl else 2
            sys.stdout.write(json.dumps(d, ensure_ascii=False, indent=indent) + "\n")
            sys.stdout.flush()
        if summary:
            show.summary(rec)
    if failures:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the command to the CLI."""
    app.command("extract")(extract_command)
