"""Exports: records as JSONL, tables as CSV or Parquet, the actor network as GraphML (Gephi)."""
from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import Connection, Engine, Float, Integer, Table, select

from veille.store.schema import TABLES, document_entities, documents, entities, event_actors, events

FORMATS = ("jsonl", "csv", "parquet", "graphml")
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # no XML 1.0 for these


def records(conn: Connection) -> Iterator[dict[str, Any]]:
    """The stored records in storage order, each entity with its knowledge-base id (``kb_id``)."""
    kb: dict[int, dict[str, int]] = defaultdict(dict)
    for r in conn.execute(select(document_entities.c.document_id, document_entities.c.local_id,
                                 document_entities.c.entity_id)):
        kb[r.document_id][r.local_id] = r.entity_id
    for doc in conn.execute(select(documents.c.id, documents.c.text, documents.c.record).order_by(documents.c.id)):
        rec = json.loads(doc.record)
        for ent in rec.get("entities", []):
            ent["kb_id"] = kb[doc.id].get(ent["id"])
        yield {"schema": rec["schema"], "doc": rec["doc"], "text": doc.text,
               **{k: v for k, v in rec.items() if k not in ("schema", "doc")}}


def write_jsonl(conn: Connection, out: Path) -> Path:
    """All records, one JSON object a line."""
    with out.open("w", encoding="utf-8") as fh:
        for rec in records(conn):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


def _rows(conn: Connection, table: Table) -> Iterator[dict[str, Any]]:
    pk = list(table.primary_key.columns)
    yield from (dict(r._mapping) for r in conn.execute(select(table).order_by(*pk)))


def write_csv(conn: Connection, out: Path) -> Path:
    """One CSV file per table in the folder ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        with (out / f"{table.name}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=[c.name for c in table.columns])
            writer.writeheader()
            writer.writerows(_rows(conn, table))
    return out


def _arrow_schema(table: Table):
    import pyarrow as pa

    def kind(col):
        if isinstance(col.type, Integer):
            return pa.int64()
        return pa.float64() if isinstance(col.type, Float) else pa.string()

    return pa.schema([(c.name, kind(c)) for c in table.columns])


def write_parquet(conn: Connection, out: Path) -> Path:
    """One Parquet file per table in the folder ``out``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        pq.write_table(pa.Table.from_pylist(list(_rows(conn, table)), schema=_arrow_schema(table)),
                       out / f"{table.name}.parquet")
    return out


def network(conn: Connection) -> tuple[dict[int, dict[str, Any]], dict[tuple[int, int, str], dict[str, Any]]]:
    """Actors (entities in events) and edges source -> target per event type with count and first/last date."""
    src, tgt = event_actors.alias("src"), event_actors.alias("tgt")
    when = events.c.date.label("date")
    q = (select(src.c.entity_id.label("source"), tgt.c.entity_id.label("target"), events.c.type, when,
                documents.c.date.label("doc_date"))
         .join(events, events.c.id == src.c.event_id)
         .join(tgt, (tgt.c.event_id == src.c.event_id) & (tgt.c.side == "target"))
         .join(documents, documents.c.id == events.c.document_id)
         .where(src.c.side == "source", src.c.entity_id != tgt.c.entity_id))
    edges: dict[tuple[int, int, str], dict[str, Any]] = {}
    for r in conn.execute(q):
        date = r.date or r.doc_date
        e = edges.setdefault((r.source, r.target, r.type), {"count": 0, "first": date, "last": date})
        e["count"] += 1
        if date:
            e["first"], e["last"] = min(e["first"] or date, date), max(e["last"] or date, date)
    actors = select(entities).where(entities.c.id.in_(select(event_actors.c.entity_id)))
    nodes = {r.id: {"name": r.name, "type": r.type, "country": r.country} for r in conn.execute(actors)}
    return nodes, edges


def write_graphml(conn: Connection, out: Path) -> Path:
    """The actor network as GraphML: nodes with label, type and country; edges with type, count, first, last."""
    nodes, edges = network(conn)
    ET.register_namespace("", GRAPHML_NS)
    root = ET.Element(f"{{{GRAPHML_NS}}}graphml")
    keys = [("label", "node", "string"), ("type", "node", "string"), ("country", "node", "string"),
            ("type", "edge", "string"), ("count", "edge", "int"), ("first", "edge", "string"),
            ("last", "edge", "string")]
    for name, domain, kind in keys:
        ET.SubElement(root, f"{{{GRAPHML_NS}}}key", id=f"{domain}_{name}", attrib={
            "for": domain, "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, f"{{{GRAPHML_NS}}}graph", id="veille", edgedefault="directed")

    def data(parent: ET.Element, key: str, value: Any) -> None:
        if value is not None:
            ET.SubElement(parent, f"{{{GRAPHML_NS}}}data", key=key).text = _NOT_XML.sub("\ufffd", str(value))

    for i, n in sorted(nodes.items()):
        node = ET.SubElement(graph, f"{{{GRAPHML_NS}}}node", id=f"n{i}")
        data(node, "node_label", n["name"])
        data(node, "node_type", n["type"])
        data(node, "node_country", n["country"])
    for k, ((s, t, type_), e) in enumerate(sorted(edges.items())):
        edge = ET.SubElement(graph, f"{{{GRAPHML_NS}}}edge", id=f"x{k}", source=f"n{s}", target=f"n{t}")
        data(edge, "edge_type", type_)
        data(edge, "edge_count", e["count"])
        data(edge, "edge_first", e["first"])
        data(edge, "edge_last", e["last"])
    ET.indent(root)
    ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=True)
    return out


_WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet, "graphml": write_graphml}


def export(engine: Engine, fmt: str, out: Path) -> Path:
    """Write the knowledge base to ``out`` (a file for jsonl/graphml, a folder for csv/parquet)."""
    if fmt not in _WRITERS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with engine.connect() as conn:
        return _WRITERS[fmt](conn, Path(out))
