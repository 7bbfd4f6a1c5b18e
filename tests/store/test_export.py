"""Exports: JSONL records, CSV and Parquet tables, GraphML network."""
from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

import pyarrow.parquet as pq
import pytest
from sqlalchemy import func, select

from veille.record import DocInfo, Entity, Event, Record, sha256
from veille.store import open_store
from veille.store.export import GRAPHML_NS, export
from veille.store.ingest import store
from veille.store.schema import TABLES

NS = {"g": GRAPHML_NS}


@pytest.fixture
def engine(filled):
    return filled


def rows(engine, table) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar()


def test_jsonl_gives_back_the_records(engine, corpus, tmp_path):
    out = export(engine, "jsonl", tmp_path / "records.jsonl")
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    texts = {json.loads(p.read_text(encoding="utf-8"))["text"] for p in corpus.glob("*.json")}
    assert {r["text"] for r in recs} == texts
    for r in recs:
        rec = Record.from_dict(r)
        assert rec.doc.sha256 == sha256(rec.text)
        assert all(isinstance(e["kb_id"], int) for e in r["entities"])


def test_csv_and_parquet_hold_every_table(engine, tmp_path):
    export(engine, "csv", tmp_path / "csv")
    export(engine, "parquet", tmp_path / "parquet")
    for table in TABLES:
        with (tmp_path / "csv" / f"{table.name}.csv").open(encoding="utf-8", newline="") as fh:
            assert sum(1 for _ in csv.DictReader(fh)) == rows(engine, table)
        back = pq.read_table(tmp_path / "parquet" / f"{table.name}.parquet")
        assert back.num_rows == rows(engine, table)
        assert back.column_names == [c.name for c in table.columns]
    docs = pq.read_table(tmp_path / "parquet" / "documents.parquet").to_pylist()
    assert any("DROP TABLE documents" in d["text"] for d in docs)


def test_graphml_parses_and_escapes(db_url, tmp_path):
    """Names with XML specials (and a control character) survive the round trip."""
    text = "AT&T <Holding> et « Smith & Fils » se sont rencontrés."
    ents = [Entity(id="e1", type="ORG", name="AT&T <Holding>"), Entity(id="e2", type="ORG", name="Smith & Fils\x01")]
    rec = Record(doc=DocInfo(id="x", date="2020-05-01", sha256=sha256(text)), text=text, entities=ents,
                 events=[Event(type="CONSULT", source=["e1"], target=["e2"], start=0, end=len(text))])
    engine = open_store(db_url)
    with engine.begin() as conn:
        store(conn, rec)
    root = ET.parse(export(engine, "graphml", tmp_path / "net.graphml")).getroot()
    labels = {d.text for d in root.iterfind(".//g:node/g:data[@key='node_label']", NS)}
    assert labels == {"AT&T <Holding>", "Smith & Fils\ufffd"}
    [edge] = root.iterfind(".//g:edge", NS)
    data = {d.get("key"): d.text for d in edge.iterfind("g:data", NS)}
    assert data == {"edge_type": "CONSULT", "edge_count": "1", "edge_first": "2020-05-01", "edge_last": "2020-05-01"}


def test_graphml_of_the_corpus(engine, tmp_path):
    root = ET.parse(export(engine, "graphml", tmp_path / "net.graphml")).getroot()
    nodes = {n.get("id") for n in root.iterfind(".//g:node", NS)}
    for edge in root.iterfind(".//g:edge", NS):
        assert edge.get("source") in nodes and edge.get("target") in nodes


def test_unknown_format(engine, tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        export(engine, "xlsx", tmp_path / "x")
