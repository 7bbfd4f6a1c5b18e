"""Records as a partitioned Parquet dataset: DIR/part-00000.parquet, part-00001.parquet, ...

One row per record, one schema for every part, so that DuckDB (``read_parquet('DIR/*.parquet')``),
pandas and polars (``read_parquet(DIR)``), pyarrow.dataset and Dask read the folder as one table.
The document metadata are columns; the layers are ``veille.record/1`` JSON, one column each
(DuckDB's ``json`` functions, ``json.loads`` elsewhere): :func:`read_records` gives the records back.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from veille.record import Record

DOC_COLUMNS = ("id", "sha256", "date", "title", "source", "lang")
LAYERS = ("entities", "roles", "quotes", "events", "dates", "themes")
SCHEMA = pa.schema([*((name, pa.string()) for name in DOC_COLUMNS), ("text", pa.large_string()),
                    ("schema", pa.string()), ("doc", pa.string()),
                    *((name, pa.large_string()) for name in LAYERS),
                    *((f"n_{name}", pa.int32()) for name in LAYERS)])
#: Records per part file.
ROWS_PER_PART = 1024
PART = "part-{:05d}.parquet"


def _row(rec: Record) -> dict:
    d = rec.to_dict()
    row = {name: d["doc"].get(name) for name in DOC_COLUMNS}
    row.update(text=d["text"], schema=d["schema"], doc=json.dumps(d["doc"], ensure_ascii=False))
    for name in LAYERS:
        row[name] = json.dumps(d.get(name, []), ensure_ascii=False)
        row[f"n_{name}"] = len(d.get(name, []))
    return row


def _write_part(rows: list[dict], path: Path) -> None:
    """One part file, written under a temporary name then renamed (never seen half-written)."""
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMA), tmp)
    tmp.replace(path)


def write_records(records: Iterable[Record], out: Path, rows_per_part: int = ROWS_PER_PART) -> Iterator[Record]:
    """Write the records under ``out`` as they come, yielding each one on; part files of an earlier
    run beyond this run's last are removed at the end, so the folder holds this run's records only."""
    out.mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []
    parts = 0
    for rec in records:
        rows.append(_row(rec))
        if len(rows) >= rows_per_part:
            _write_part(rows, out / PART.format(parts))
            parts, rows = parts + 1, []
        yield rec
    if rows or not parts:
        _write_part(rows, out / PART.format(parts))
        parts += 1
    for old in out.glob("part-*.parquet"):
        if old.name[5:10].isdigit() and int(old.name[5:10]) >= parts:
            old.unlink()


def read_records(folder: Path) -> list[dict]:
    """The ``veille.record/1`` dicts of a dataset written by :func:`write_records`, in order."""
    rows = []
    for part in sorted(folder.glob("part-*.parquet")):
        rows.extend(pq.read_table(part, schema=SCHEMA).to_pylist())
    return [{"schema": r["schema"], "doc": json.loads(r["doc"]), "text": r["text"],
             **{name: json.loads(r[name]) for name in LAYERS}} for r in rows]
