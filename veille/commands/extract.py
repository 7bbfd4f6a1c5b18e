"""``veille extract``: articles in, ``veille.record/1`` records out."""
from __future__ import annotations

import hashlib
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from veille import show
from veille.read import DEFAULT_MAX_CHARS, InputError, parse_date, read_all
from veille.show import clean


class Format(str, Enum):
    """Output formats."""

    json = "json"
    jsonl = "jsonl"
    parquet = "parquet"


def err(message: str) -> None:
    """One line on stderr (line breaks and terminal controls of article-derived text made harmless)."""
    print(clean(message), file=sys.stderr, flush=True)


#: The longest record file name kept whole (most file systems allow 255 bytes).
MAX_NAME = 120


def safe_name(ident: str) -> str:
    """A file name for a record id (no path separators, no leading dot, short enough for any file system)."""
    name = "".join(c if c.isascii() and c.isalnum() or c in "-_." else "_" for c in ident).lstrip(".")
    if len(name) > MAX_NAME:
        name = name[:MAX_NAME - 13] + "-" + hashlib.sha256(ident.encode("utf-8", "replace")).hexdigest()[:12]
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
    fmt: Format = typer.Option(Format.json, "--format", help="json (indented) or jsonl (one record a line); "
                               "parquet: a Parquet dataset DIR/part-*.parquet (needs --out)"),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", min=1, help="Reject articles longer than this"),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles per nlp.pipe batch"),
    summary: bool = typer.Option(False, "--summary", help="Print readable tables instead of JSON"),
    cluster: Optional[str] = typer.Option(None, "--cluster", help="Extract on Dask: local:N workers here, or "
                                          "tcp://HOST:8786 (a running scheduler); see docs/scale.md"),
) -> None:
    """Extract entities, roles, quotes, events and dates from French articles."""
    from veille.pipeline import extract_many, language_warning

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

    written: dict[str, str] = {}  # file name -> the source of the record written there by this run
    records = extract_many(articles(), batch_size=batch_size, on_error=failed)
    if cluster:
        from veille import cluster as dask

        try:
            dask.check_spec(cluster)
        except dask.ClusterError as exc:
            raise typer.BadParameter(str(exc), param_hint="--cluster") from None

        def cluster_failed(message: str) -> None:
            nonlocal failures
            failures += 1
            err(f"error: {message}")

        records = dask.extract(paths, cluster, batch_size=batch_size, max_chars=max_chars, date=date,
                               on_error=cluster_failed, on_warning=lambda w: err(f"warning: {w}"))
    if fmt is Format.parquet:
        from veille.dataset import write_records

        if out is None:
            err("error: --format parquet writes a dataset folder: give --out DIR")
            raise typer.Exit(2)
        records = write_records(records, out)
    for rec in records:
        warning = language_warning(rec)
        if warning:
            err(f"warning: {warning}")
        d = rec.to_dict()
        if out is not None and fmt is not Format.parquet:
            name, where = safe_name(rec.doc.id), rec.doc.source or rec.doc.id
            if name in written:
                name = f"{name}-{rec.doc.sha256[:12]}"
                err(f"warning: {where}: id {rec.doc.id[:60]!r} already written by this run (from "
                    f"{written[safe_name(rec.doc.id)]}); record written as {name}.json")
            written[name] = where
            try:
                write_atomic(out / f"{name}.json", json.dumps(d, ensure_ascii=False, indent=1))
            except OSError as exc:
                failures += 1
                err(f"error: {where}: cannot write {out / name}.json ({exc.strerror or exc})")
        elif not summary and out is None:
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
