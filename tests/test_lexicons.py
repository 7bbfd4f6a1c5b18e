"""One lexicon per fact (issue 11): titles, first names, name particles, honorifics and former-title words live
in one file each, each file is read by one loader, and the loaders built on it key its entries alike."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import veille
from veille import gazetteer, lexicons, reference
from veille.components.roles import key, load_lexicon
from veille.normalize import norm

SOURCES = Path(veille.__file__).parent
FACTS = ("titles.tsv", "first_names.tsv", "honorifics.tsv", "name_particles.txt", "name_prepositions.txt",
         "coref_words.tsv")


def _readers(name: str) -> list[str]:
    """Modules of veille/ that name a lexicon file as a string literal, once per occurrence."""
    literal = re.compile(r"""["']""" + re.escape(name) + r"""["']""")
    return [str(p.relative_to(SOURCES)) for p in sorted(SOURCES.rglob("*.py"))
            for _ in literal.finditer(p.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("name", FACTS)
def test_each_lexicon_of_a_fact_is_read_by_one_loader(name):
    assert (lexicons.HERE / name).exists()
    assert len(_readers(name)) == 1, _readers(name)


def test_civilities_and_particles_are_not_repeated_in_the_coreference_lexicon():
    kinds = {r["kind"] for r in lexicons.table("coref_words.tsv")}
    assert not kinds & {"civility", "particle", "title"}


def test_title_words_and_title_genders_share_their_keys():
    assert gazetteer.title_words() == frozenset(gazetteer.title_genders())
    assert gazetteer.title_genders()["ministre"] is None
    assert gazetteer.title_genders()["présidente"] == "f"


def test_roles_reads_the_same_titles_and_former_words(nlp):
    lex = load_lexicon(nlp)
    for form in gazetteer.title_genders():
        assert tuple(t.text for t in nlp.make_doc(key(form))) in lex.titles, form
    assert lex.former == {key(w) for w in gazetteer.former_words()}


def test_former_prefixes_are_the_former_words_before_a_space_or_a_hyphen():
    assert {p.rstrip(" -") for p in reference.former_prefixes()} == gazetteer.former_words()
    assert "ex-" in reference.former_prefixes() and "ancienne " in reference.former_prefixes()


def test_first_names_are_keyed_by_norm_with_their_gender():
    genders = gazetteer.first_name_genders()
    assert set(genders) == {norm(n) for n in gazetteer.first_names()}
    assert set(genders.values()) <= {"m", "f", None}
    assert gazetteer.person_gender("Frederic Dupont") == gazetteer.person_gender("Frédéric Dupont") == "m"
    assert "jean-nepomucene" not in genders
    assert gazetteer.person_gender("Jean-Népomucène Lemercier") == "m"     # its first part when the whole is unknown


def test_civilities_are_honorifics_with_a_gender():
    assert set(gazetteer.civilities()) <= gazetteer.honorific_keys()
    assert gazetteer.civilities()["mme"] == "f" and gazetteer.civilities()["m."] == "m"
    assert "dr" in gazetteer.honorific_keys() and "dr" not in gazetteer.civilities()
    assert "M." in gazetteer.honorifics()     # as written: roles matches the token's text


def test_particles_and_prepositions_are_two_facts():
    assert {"van", "ben", "d'"} <= gazetteer.name_particles()
    assert {"sur", "pour", "contre"} <= gazetteer.name_prepositions()
    assert not {"sur", "pour"} & gazetteer.name_particles()


SHARED = ("media.txt", "metonyms.tsv", "portfolio_titles.txt", "entity_heads.tsv", "office_holders.tsv")


@pytest.mark.parametrize("name", SHARED)
def test_each_shared_lexicon_is_opened_by_one_gazetteer_loader(name):
    assert (lexicons.HERE / name).exists()
    assert _readers(name) == ["gazetteer.py"]


def test_media_are_keyed_by_norm():
    assert gazetteer.media() == {norm(w) for w in lexicons.words("media.txt")}
    assert gazetteer.is_medium("Le Monde") and gazetteer.is_medium("AFP") and gazetteer.is_medium("Libération")
    assert not gazetteer.is_medium("Emmanuel Macron")


def test_metonym_forms_are_the_keys_of_the_metonyms_as_written():
    assert {norm(f) for f in gazetteer.metonym_forms()} == set(gazetteer.metonyms())
    assert "Hexagone" in gazetteer.metonym_forms() and gazetteer.metonyms()["hexagone"] == ("FR", "GPE")


def test_portfolio_titles_are_lowercase():
    assert {"ministre", "secrétaire"} <= gazetteer.portfolio_titles()
    assert all(w == w.lower() for w in gazetteer.portfolio_titles())


def test_entity_heads_and_lowercase_heads_come_from_one_table():
    assert gazetteer.lowercase_heads() <= set(gazetteer.entity_heads())
    assert len(gazetteer.entity_heads()) == len({r["head"].lower() for r in gazetteer.entity_head_rows()})


def test_holder_surnames_are_last_words_of_top_office_holders():
    tops = [r for r in gazetteer.holder_rows() if r["office"] in gazetteer.TOP_OFFICES]
    assert tops and gazetteer.holder_surnames() == {norm(r["name"]).split()[-1] for r in tops}
    assert "hollande" in gazetteer.holder_surnames()
