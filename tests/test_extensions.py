"""Docs serialise with every Veille extension: ``doc.to_bytes()``/``from_bytes`` and DocBin round-trip."""
from __future__ import annotations

import datetime as dt
import json

import pytest
import srsly
from spacy.tokens import Doc, DocBin

from veille.extensions import DOC_EXTENSIONS, TAG
from veille.pipeline import parse
from veille.record import Entity, Mention, Quote, Span


@pytest.fixture(scope="module")
def dev_docs(shared):
    """The dev gold articles through the whole pipeline."""
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((shared / "gold" / "dev").glob("*.json"))]
    return [parse(g["text"], g.get("date")) for g in golds]


def _plain(value):
    """Tuples as lists (msgpack has one array type): the values compared as they serialise."""
    return [_plain(v) for v in value] if isinstance(value, (list, tuple)) else value


def test_every_extension_round_trips_on_the_dev_gold(nlp, dev_docs):
    for doc in dev_docs:
        back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        for name in DOC_EXTENSIONS:
            assert _plain(getattr(back._, name)) == _plain(getattr(doc._, name)), name
        assert back.text == doc.text and [t.dep_ for t in back] == [t.dep_ for t in doc]


def test_a_docbin_keeps_the_extensions(nlp, dev_docs):
    bin_ = DocBin(store_user_data=True, docs=dev_docs[:3])
    back = list(DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab))
    assert [list(d._.entities) for d in back] == [d._.entities for d in dev_docs[:3]]
    assert [d._.pub_date for d in back] == [d._.pub_date for d in dev_docs[:3]]


def test_nested_dataclasses_dates_and_tuples_come_back_typed():
    value = {"e": Entity("e1", "PER", "Antonio Vitorino", mentions=[Mention(0, 5)]),
             "q": Quote(1, 9, "direct", speaker_mention=Span(0, 1)), "d": dt.date(2019, 12, 17)}
    back = srsly.msgpack_loads(srsly.msgpack_dumps(value))
    assert back == value and isinstance(back["e"].mentions[0], Mention)


def test_only_veille_dataclasses_are_rebuilt():
    with pytest.raises(ValueError, match="not a Veille dataclass"):
        srsly.msgpack_loads(srsly.msgpack_dumps({TAG: "veille.pipeline:load", "fields": {}}))
    outside = {TAG: "os:system", "fields": {}}
    assert srsly.msgpack_loads(srsly.msgpack_dumps(outside)) == outside
