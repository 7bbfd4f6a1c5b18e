"""Ingest: every article stored once, bad ones skipped and listed, untrusted text stored verbatim."""
from __future__ import annotations

from sqlalchemy import func, select

from tests.kb import ARTICLES, snapshot
from veille.read import read_all
from veille.store import open_store
from veille.store.ingest import ingest
from veille.store.schema import documents, entities, quotes


def count(engine, table) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar()


def test_ingest_twice_stores_each_article_once(db_url, corpus):
    engine = open_store(db_url)
    first = ingest(engine, read_all([corpus]), batch_size=2)
    before = snapshot(engine)
    second = ingest(engine, read_all([corpus, corpus]), batch_size=2)
    assert (first.stored, first.skipped, first.bad) == (len(ARTICLES) + 1, 0, [])
    assert (second.stored, second.skipped, second.bad) == (0, 2 * (len(ARTICLES) + 1), [])
    assert snapshot(engine) == before
    assert count(engine, documents) == len(ARTICLES) + 1


def test_the_same_text_twice_in_one_input_is_stored_once(db_url, corpus, tmp_path):
    copy = tmp_path / "copy.json"
    copy.write_bytes((corpus / "a-kurz.json").read_bytes())
    report = ingest(open_store(db_url), read_all([corpus / "a-kurz.json", copy]))
    assert (report.stored, report.skipped) == (1, 1)


def test_bad_articles_are_skipped_and_listed(db_url, corpus, tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"text": "Le ministre', encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK")
    engine = open_store(db_url)
    report = ingest(engine, read_all([tmp_path / "empty.txt", corpus / "a-kurz.json", tmp_path / "broken.json",
                                      tmp_path / "binary.txt", corpus / "b-trump.json"]))
    assert report.stored == 2
    assert sorted(p.source.rsplit("/", 1)[-1] for p in report.bad) == ["binary.txt", "broken.json", "empty.txt"]
    assert count(engine, documents) == 2


def test_an_article_that_breaks_the_extractor_is_skipped(db_url, corpus, monkeypatch):
    import veille.pipeline

    real = veille.pipeline.extract_many

    def fragile(articles, *args, **kwargs):
        """The real extractor, failing on one article as a component bug would."""
        def checked():
            for a in articles:
                if "Sebastian Kurz" in a.text:
                    raise RuntimeError("component crashed")
                yield a
        return real(checked(), *args, **kwargs)

    monkeypatch.setattr(veille.pipeline, "extract_many", fragile)
    engine = open_store(db_url)
    report = ingest(engine, read_all([corpus]), batch_size=2)
    assert [p.source.rsplit("/", 1)[-1] for p in report.bad] == ["a-kurz.json"]
    assert "component crashed" in report.bad[0].message
    assert report.stored == len(ARTICLES)
    assert count(engine, documents) == len(ARTICLES)


def test_sql_looking_article_text_is_stored_verbatim(db_url, corpus):
    engine = open_store(db_url)
    ingest(engine, read_all([corpus / "c-injection.json"]))
    body = dict((i, t) for i, _, t in ARTICLES)["c-injection"]
    with engine.connect() as conn:
        assert conn.execute(select(documents.c.text)).scalar() == body
        assert conn.execute(select(func.count()).select_from(entities)).scalar() >= 0  # the table survived
        for q in conn.execute(select(quotes.c.text, quotes.c.start, quotes.c.end)):
            assert q.text == body[q.start:q.end]


def test_an_article_on_which_a_component_fails_is_skipped(db_url, corpus, monkeypatch):
    import veille.components.quotes as quotes_component

    real = quotes_component.find_quotes

    def fragile(doc, *args, **kwargs):
        if "Donald Trump" in doc.text:
            raise ValueError("quotes bug")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(quotes_component, "find_quotes", fragile)
    report = ingest(open_store(db_url), read_all([corpus]), batch_size=2)
    assert [(p.source.rsplit("/", 1)[-1], "quotes bug" in p.message) for p in report.bad] == [("b-trump.json", True)]
    assert report.stored == len(ARTICLES)
