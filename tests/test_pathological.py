"""Texts that crashed a component or took quadratic time, and invisible characters inside words."""
from __future__ import annotations

import pytest

import veille
from veille.components.sentences import MAX_SENT_TOKENS


def test_a_title_repeated_to_the_end_of_a_long_text(nlp):
    rec = veille.extract("le ministre " * 5000)
    assert rec.text == "le ministre " * 5000


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31"])
def test_publication_dates_at_the_ends_of_the_calendar(nlp, date):
    text = "Le ministre a parlé hier à Paris. Il reviendra lundi prochain, le 3 mars, et la semaine prochaine."
    rec = veille.extract(text, date=date)
    assert {d.text for d in rec.dates} >= {"hier", "lundi prochain"}
    assert all(d.value is None or "0001" <= d.value[:4] <= "9999" for d in rec.dates)


#: Found by bench/fuzz.py (seed 17): "selon" and short lines of names, a reported clause that starts at the end.
FUZZED_SELON = ("hier\n\nle\n\ndit , le Mme \u200bﷺ« \u200bil Robert'); DROP TABLE documents;--a '\xa0mardi prochain "
                "\u200bقال\xa0Emmanuel mars mardi prochain \x1b[31m\xa0Selon\n\xa0ministre\xa0l'ONU\n\nil\xa0\x1b[31m "
                "3l'ONU \u200bSelon\nministre\nJean-Yves Le Drian\nMacron a affirmé\n\nlundi\n\n) \u200bé\n\n( \xadle\n\n"
                "قال\xa0Jean-Yves Le Drian Angela\nselonselonselon\xa0le 14 juillet\n\nJean-Yves Le Drian\n) ﷺ Angela « "
                "\u202e \xad :selon (\n\u200b ,")


@pytest.mark.parametrize("text", [FUZZED_SELON,
                                  "Selon\nJean Dupont\nMarie Curie\nPaul Martin\nLe ministre\n" * 20 + "selon"])
def test_selon_before_short_lines_of_names(nlp, text):
    assert veille.extract(text, date="0001-01-01").text == text


def test_sentences_are_bounded_so_that_per_sentence_work_is_linear(nlp):
    """A text without sentence-final marks ("« il a dit » " repeated took 56 s) is cut into bounded sentences."""
    from veille.pipeline import parse

    doc = parse("« il a dit » " * 600)
    assert max(len(s) for s in doc.sents) <= MAX_SENT_TOKENS
    assert len(list(doc.sents)) >= len(doc) // MAX_SENT_TOKENS


def test_zero_width_characters_do_not_break_recognition(nlp):
    text = "Le\u200bprésident Emmanuel Ma\u00adcron a reçu lundi la chancelière Angela\u200d Merkel à Paris."
    rec = veille.extract(text, date="2019-12-17")
    assert rec.text == text
    names = {(e.name, e.type) for e in rec.entities}
    assert ("Emmanuel Macron", "PER") in names and not any(t == "MISC" for _, t in names)
    for ent in rec.entities:
        for m in ent.mentions:
            assert text[m.start:m.end] == m.text
    macron = next(e for e in rec.entities if e.name == "Emmanuel Macron")
    assert [text[m.start:m.end] for m in macron.mentions] == ["Emmanuel Ma\u00adcron"]
    assert [(text[d.start:d.end], d.value) for d in rec.dates] == [("lundi", "2019-12-16")]


def test_quotes_whose_cues_lead_to_each_other_do_not_loop(shared):
    """OrangeSum article 1201 (the 234th line of the corpus): the events' "je" of a quote without a speaker
    followed its cue's subject into another quote's "je", and back, until RecursionError."""
    import itertools

    from veille.pipeline import extract_many
    from veille.read import read

    art = next(itertools.islice(read(shared / "data" / "orangesum" / "monde_politique.jsonl.gz"), 233, 234))
    assert art.id == "1201"
    failed: list[str] = []
    records = list(extract_many([art], on_error=lambda a, e: failed.append(e.message)))
    assert failed == [] and len(records) == 1
