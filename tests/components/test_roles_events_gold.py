"""Roles and events of the seed article against its gold file, with the project's scorer.

Exact expectations where the seed fixes them (its three roles, the CONSULT and COOPERATE events);
the events F1 floor is the seed's in tests/floors.json (the one place for accuracy thresholds).
"""
from __future__ import annotations

import json

import pytest

from tests.test_floors import load_floors
from veille.evaluate import score_records
from veille.pipeline import extract


@pytest.fixture(scope="module")
def seed(shared):
    """(gold dict, record dict) of the seed article."""
    gold = json.loads((shared / "gold" / "seed-000.json").read_text(encoding="utf-8"))
    return gold, extract(gold["text"], date=gold["date"], id=gold["id"]).to_dict()


def test_seed_three_roles(seed):
    gold, rec = seed
    s = score_records([(gold, rec)], ["roles"])
    assert (s["roles.tp"], s["roles.fp"], s["roles.fn"]) == (3, 0, 0)


def test_seed_events(seed):
    gold, rec = seed
    s = score_records([(gold, rec)], ["events"])
    assert s["events.f1"] >= load_floors()["seed"]["events.f1"]
    assert s["events.CONSULT.tp"] == 2 and s["events.COOPERATE.tp"] == 1
