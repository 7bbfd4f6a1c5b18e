"""The dates layer alone (on spaCy's parse) against the gold files of ../shared, with the reference scorer.

Its floors are those of the whole pipeline on the same gold sets, in tests/floors.json (the one
place for accuracy thresholds): the component must reach them without the other layers' help.
"""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest
import spacy

from tests.test_floors import load_floors
from veille.components.dates import find_dates


@pytest.fixture(scope="module")
def model():
    """spaCy's French parse alone: the dates component needs the parse, not the other layers."""
    return spacy.load("fr_core_news_md")


def _score(model, gold: list[Path], tmp: Path, shared: Path) -> dict:
    """Predict the dates of each gold text and run shared/tools/score.py on them."""
    gold_dir, pred_dir = tmp / "gold", tmp / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    for path in gold:
        g = json.loads(path.read_text(encoding="utf-8"))
        (gold_dir / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
        pub = dt.date.fromisoformat(g["date"]) if g.get("date") else None
        pred = [asdict(d) for d in find_dates(model(g["text"]), pub)]
        (pred_dir / f"{g['id']}.json").write_text(json.dumps({"id": g["id"], "text": g["text"], "dates": pred}))
    out = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), "--gold", str(gold_dir),
                          "--pred", str(pred_dir), "--layers", "dates", "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_dev_dates(model, shared, tmp_path):
    s = _score(model, sorted((shared / "gold" / "dev").glob("*.json")), tmp_path, shared)
    floors = load_floors()["dev"]
    assert s["dates.f1"] >= floors["dates.f1"]
    assert s["dates.value_accuracy"] >= floors["dates.value_accuracy"]


def test_timebank_dev_dates(model, shared, tmp_path):
    s = _score(model, sorted((shared / "gold" / "timebank-dev").glob("*.json")), tmp_path, shared)
    assert s["dates.value_accuracy"] >= load_floors()["timebank-dev"]["dates.value_accuracy"]


def test_seed_tuesday(model, shared, tmp_path):
    s = _score(model, [shared / "gold" / "seed-000.json"], tmp_path, shared)
    assert s["dates.f1"] == 1.0 and s["dates.value_accuracy"] == 1.0
