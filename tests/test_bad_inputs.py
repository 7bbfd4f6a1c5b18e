"""The bad-input matrix: every class of bad input through ``veille extract`` and ``veille ingest``, beside
good files that must still be processed; one line per problem on stderr, the exit code asserted."""
from __future__ import annotations

import gzip
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from veille.cli import app

GOOD = "Le président Emmanuel Macron a reçu lundi à Paris la chancelière allemande Angela Merkel."
ARABIC = "قال الرئيس الفرنسي إيمانويل ماكرون يوم الاثنين إن الحكومة لن تتراجع عن إصلاح نظام التقاعد"

#: Bad inputs: file name -> (content, what the one error line about it must say).
BAD: dict[str, tuple[bytes, str]] = {
    "huge-int.json": (b'{"text": "Le ministre.", "n": ' + b"7" * 5001 + b"}", "invalid JSON"),
    "deep.json": (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "bad-date.json": (json.dumps({"text": GOOD, "date": "hier"}).encode(), "invalid date 'hier'"),
    "garbage-date.json": (json.dumps({"text": GOOD, "date": "2019-12-17garbage"}).encode(), "invalid date"),
    "surrogate.json": (b'{"text": "Le ministre \\ud800 a parl\\u00e9."}', "lone surrogate U+D800"),
    "date-type.json": (json.dumps({"text": GOOD, "date": 20191217}).encode(), "'date' is not a string"),
    "empty.txt": (b"", "empty article"),
    "binary.txt": (b"\x00\x01\x02PK\x03\x04" * 20, "binary data"),
}


def _corrupt_gzip() -> bytes:
    """A .jsonl.gz with bytes flipped in the middle of its compressed stream."""
    lines = "".join(json.dumps({"id": f"z{i}", "text": f"{GOOD} Paragraphe {i}."}) + "\n" for i in range(400))
    data = bytearray(gzip.compress(lines.encode()))
    middle = len(data) // 2
    data[middle:middle + 16] = bytes(b ^ 0xFF for b in data[middle:middle + 16])
    return bytes(data)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    """The bad files, a FIFO, a corrupt gzip, and good files (UTF-16, Arabic, a 300-character id, two
    folders with the same file name), in a folder whose path is long (a wrapped line would split it)."""
    d = tmp_path_factory.mktemp("bad-inputs-" + "x" * 60)
    files = {name: d / name for name in BAD}
    for name, (content, _) in BAD.items():
        files[name].write_bytes(content)
    files["fifo.txt"] = d / "fifo.txt"
    os.mkfifo(files["fifo.txt"])
    files["corrupt.jsonl.gz"] = d / "corrupt.jsonl.gz"
    files["corrupt.jsonl.gz"].write_bytes(_corrupt_gzip())
    good = {"good.txt": GOOD.encode(), "utf16.txt": GOOD.encode("utf-16"), "arabic.txt": ARABIC.encode(),
            "long-id.json": json.dumps({"id": "i" * 300, "text": GOOD + " Encore."}).encode()}
    for name, content in good.items():
        files[name] = d / name
        files[name].write_bytes(content)
    for folder in ("one", "two"):
        (d / folder).mkdir()
        (d / folder / "same.txt").write_text(f"{GOOD} Dossier {folder}.", encoding="utf-8")
        files[f"{folder}/same.txt"] = d / folder / "same.txt"
    return files


EXPECTED_BAD = {**{name: needle for name, (_, needle) in BAD.items()}, "fifo.txt": "not a regular file",
                "corrupt.jsonl.gz": "cannot read the rest of the file"}


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


def _check_errors(stderr: str, files: dict[str, Path]) -> None:
    """One error line per bad file, whole (not wrapped), saying why; no traceback."""
    assert "Traceback" not in stderr
    errors = _error_lines(stderr)
    for name, needle in EXPECTED_BAD.items():
        about = [line for line in errors if str(files[name]) in line]
        assert len(about) == 1, (name, errors)
        assert needle in about[0], (name, about[0])
    assert len(errors) == len(EXPECTED_BAD), errors


def test_extract_reports_each_bad_input_and_processes_the_good_ones(inputs, tmp_path):
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "veille", "extract", *map(str, inputs.values()), "--out", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 1
    _check_errors(proc.stderr, inputs)
    records = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in out.glob("*.json")}
    texts = {r["text"] for r in records.values()}
    assert GOOD in texts  # good.txt and utf16.txt, the same text
    assert sum(r["doc"]["id"] == "utf16" for r in records.values()) == 1
    assert any(r["doc"]["id"] == "i" * 300 for r in records.values())
    assert all(len(name) < 150 for name in records)
    assert {f"{GOOD} Dossier one.", f"{GOOD} Dossier two."} <= texts  # the same id twice: both kept
    assert any("already written by this run" in line for line in proc.stderr.splitlines())
    assert [r["doc"]["lang"] for r in records.values() if r["doc"]["id"] == "arabic"] == ["ar"]
    assert any("arabic.txt" in line and "'ar', not French" in line for line in proc.stderr.splitlines())
    assert any(r["doc"]["id"] == "z0" for r in records.values())  # the lines before the damage


def test_ingest_reports_each_bad_input_and_stores_the_good_ones(inputs, tmp_path):
    db = tmp_path / "kb.db"
    result = CliRunner().invoke(app, ["ingest", *map(str, inputs.values()), "--db", f"sqlite:///{db}"])
    assert result.exit_code == 1
    _check_errors(result.stderr, inputs)
    assert any("arabic.txt" in line and "'ar', not French" in line for line in result.stderr.splitlines())
    with sqlite3.connect(db) as conn:
        texts = [t for (t,) in conn.execute("SELECT text FROM documents")]
    assert texts.count(GOOD) == 1 and f"{GOOD} Dossier two." in texts and ARABIC in texts


@pytest.mark.parametrize("args, needle", [
    (["--max-chars", "-1"], "--max-chars"),
    (["--max-chars", "0"], "--max-chars"),
    (["--batch-size", "0"], "--batch-size"),
])
def test_out_of_range_options_are_refused(args, needle, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    for command in (["extract"], ["ingest", "--db", f"sqlite:///{tmp_path / 'kb.db'}"]):
        result = CliRunner().invoke(app, [*command, str(tmp_path / "a.txt"), *args])
        assert result.exit_code == 2 and needle in result.stderr


@pytest.mark.parametrize("value", ["2019-12-17garbage", "17/12/2019", "2019-13-01", "hier"])
def test_a_bad_date_option_is_refused_in_one_line(value, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "--date", value])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [f"error: invalid date {value!r}: expected YYYY-MM-DD"]


def test_articles_above_spacy_default_length_are_parsed(nlp):
    """--max-chars above 1,000,000 (spaCy's nlp.max_length) is honoured: the pipeline takes any length the
    reader let through."""
    from veille.pipeline import _make_doc
    from veille.read import Article

    text = "mot " * 300_000
    assert len(_make_doc(nlp, Article(text=text, id="long")).text) == len(text) > 1_000_000


def test_a_foreign_sqlite_database_is_refused_and_left_untouched(tmp_path):
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO users (name) VALUES ('alice')")
    before = db.read_bytes()
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", f"sqlite:///{db}"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"error: sqlite:///{db} is not a Veille knowledge base (it holds other tables: users); nothing written"]
    assert db.read_bytes() == before


@pytest.mark.parametrize("url", ["sqlite:///", "sqlite://", "sqlite:///:memory:"])
def test_a_store_without_a_file_is_refused(url, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", url])
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "stored" not in result.stderr
