"""Roles and events of the seed article against its gold file, with the project's scorer.

Measured when the components were written: seed roles 3/3, events 6/7 (F1 0.92).
"""
from __future__ import annotations

import json

import pytest

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
    assert s["events.f1"] >= 0.85
    assert s["events.CONSULT.tp"] == 2 and s["events.COOPERATE.tp"] == 1
