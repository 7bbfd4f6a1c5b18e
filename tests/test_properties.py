"""Property tests (hypothesis, a bounded number of examples): any text and any date in the calendar give a
record whose every offset indexes the original text, or one clean error; the store gives back any record."""
from __future__ import annotations

import json
from typing import Any, Iterator

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import veille
from tests.kb import db_url  # noqa: F401  (fixture: SQLite and PostgreSQL)
from veille.read import InputError

#: Pieces of French wire copy and of hostile input, glued by the strategies below.
PIECES = ["Le", "président", "Emmanuel", "Macron", "a", "déclaré", "«", "»", "selon", "le", "ministre", "lundi",
          "3", "mars", "2019", ".", ",", ":", "il", "dit", "hier", "l'ONU", "M.", "de", "Paris", "Angela",
          "Merkel", '"', "'", "-", "(", ")", "\u200b", "\u00ad", "\u200d", "\u202e", "\x1b[31m", "ﷺ", "👍🏽",
          "قال", "e\u0301", "\t", "Robert'); DROP TABLE documents;--", "%s", "0001-01-01", "31/12/9999"]
SEPARATORS = [" ", "", "\n", "\n\n", " \u200b", "\u00a0"]

texts = st.one_of(
    st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=60)
    .map(lambda parts: "".join(p + s for p, s in parts)),
    st.text(max_size=200),
)
dates = st.one_of(st.none(), st.dates())  # year 1 to 9999
BOUNDED = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def spans(value: Any) -> Iterator[tuple[int, int]]:
    """Every start/end pair of a record's dict form."""
    if isinstance(value, list):
        for v in value:
            yield from spans(v)
    elif isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            yield value["start"], value["end"]
        for v in value.values():
            yield from spans(v)


@BOUNDED
@given(text=texts, date=dates)
def test_any_text_and_date_give_a_record_with_valid_offsets_or_one_clean_error(nlp, text, date):
    try:
        rec = veille.extract(text, date=date)
    except InputError as exc:  # the pipeline's clean error (ExtractionError is one)
        assert "\n" not in exc.message
        return
    d = rec.to_dict()
    assert d["text"] == text
    for start, end in spans({k: d[k] for k in ("entities", "roles", "quotes", "events", "dates")}):
        assert 0 <= start <= end <= len(text), (start, end)
    for ent in rec.entities:
        for m in ent.mentions:
            assert m.end > m.start
    json.dumps(d, ensure_ascii=False)  # serialisable


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(text=texts.filter(lambda t: t.strip() and "\x00" not in t), date=dates)
def test_the_store_gives_back_any_record(nlp, db_url, text, date):
    from sqlalchemy import select

    from veille.store import open_store
    from veille.store.ingest import store
    from veille.store.schema import documents, mentions, writing

    rec = veille.extract(text, date=date)
    engine = open_store(db_url)
    try:
        with writing(engine) as conn:
            first = store(conn, rec)
            assert store(conn, rec) is None  # the same text again: stored once
        with engine.connect() as conn:
            if first is None:  # an earlier example had the same text
                return
            row = conn.execute(select(documents.c.text, documents.c.record).where(documents.c.id == first)).one()
            assert {**json.loads(row.record), "text": row.text} == rec.to_dict()
            for m in conn.execute(select(mentions.c.start, mentions.c.end, mentions.c.text)
                                  .where(mentions.c.document_id == first)):
                assert row.text[m.start:m.end] == m.text
    finally:
        engine.dispose()
