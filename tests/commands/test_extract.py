"""``veille extract`` driven as a user would: a real subprocess, real files."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED

VEILLE = [sys.executable, "-m", "veille"]


def run(*args, cwd=None):
    """Run the CLI; returns the completed process."""
    return subprocess.run(VEILLE + [str(a) for a in args], capture_output=True, text=True, cwd=cwd, timeout=600)


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """One extract run over good and bad files, written to --out."""
    d = tmp_path_factory.mktemp("inputs")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 10)
    (d / "english.txt").write_text(
        "The president said on Tuesday that the government would not back down on the reform, "
        "and that the talks with the unions would resume next week in Washington.", encoding="utf-8")
    (d / "latin1.txt").write_bytes("Le ministre français a reçu mardi son homologue à Paris.".encode("cp1252"))
    (d / "quotes.txt").write_text('Le maire a déclaré : « Nous ne céderons pas. Il a ajouté "jamais.',
                                  encoding="utf-8")
    out = d / "out"
    proc = run("extract", SEED, d / "empty.txt", d / "binary.txt", d / "english.txt", d / "latin1.txt",
               d / "quotes.txt", "--date", "2019-12-17", "--out", out)
    return proc, out


def test_bad_files_reported_others_processed(batch):
    proc, out = batch
    assert proc.returncode == 1
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 2
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("binary.txt" in e and "binary" in e for e in errors)
    names = sorted(p.name for p in out.glob("*.json"))
    assert names == ["english.json", "latin1.json", "quotes.json", "seed-000.json"]


def test_warnings_for_encoding_and_language(batch):
    proc, out = batch
    assert any("latin1.txt" in ln and "not UTF-8" in ln for ln in proc.stderr.splitlines())
    assert any("english" in ln and "'en'" in ln for ln in proc.stderr.splitlines())
    assert json.loads((out / "english.json").read_text())["doc"]["lang"] == "en"


def test_seed_record_written(batch):
    _, out = batch
    d = json.loads((out / "seed-000.json").read_text(encoding="utf-8"))
    assert d["schema"] == "veille.record/1" and d["doc"]["date"] == "2019-12-17"
    assert d["text"] == Path(SEED).read_text(encoding="utf-8")


def test_stdout_jsonl(tmp_path):
    (tmp_path / "a.txt").write_text("Emmanuel Macron a reçu lundi Angela Merkel à Paris.", encoding="utf-8")
    proc = run("extract", tmp_path / "a.txt", "--format", "jsonl", "--date", "2020-01-06")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["doc"]["id"] == "a"


def test_invalid_date_rejected(tmp_path):
    proc = run("extract", SEED, "--date", "17/12/2019")
    assert proc.returncode == 2 and "invalid date" in proc.stderr
