"""The dates component: French temporal expressions and their ISO values."""
from __future__ import annotations

import datetime as dt
import importlib

import pytest
import spacy

from veille.components.dates import find_dates
from veille.pipeline import COMPONENTS, PRE_PARSER

TUE = dt.date(2019, 12, 17)   # a Tuesday, ISO week 2019-W51
SUN = dt.date(2019, 1, 27)    # a Sunday


@pytest.fixture(scope="module")
def parse():
    """spaCy's French parse alone (tense comes from its morphology)."""
    return spacy.load("fr_core_news_md")


def dates(text: str, pub: dt.date | None = TUE, parser=None) -> dict[str, str | None]:
    """text -> value of every date found (plain text: no tense)."""
    found = find_dates(parser(text) if parser else text, pub)
    return {d.text: d.value for d in found}


def only(text: str, pub: dt.date | None = TUE, parser=None):
    """The single date of a sentence."""
    found = find_dates(parser(text) if parser else text, pub)
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------- weekdays

def test_bare_weekday_is_the_publication_day_when_it_is_that_weekday():
    d = only("Antonio Vitorino a mis en avant, mardi à Genève, les très bons rapports avec le Maroc.")
    assert (d.text, d.value, d.granularity) == ("mardi", "2019-12-17", "day")


def test_bare_weekday_is_the_most_recent_one_before(parse):
    assert only("Le président a reçu jeudi les syndicats.", parser=parse).value == "2019-12-12"


def test_weekday_in_the_future_tense_is_the_next_one(parse):
    assert only("Le Premier ministre présentera mercredi le détail de la réforme.", parser=parse).value == "2019-12-18"
    assert only("Il va annoncer jeudi sa décision.", parser=parse).value == "2019-12-19"


def test_weekday_under_a_conditional_is_the_next_one(parse):
    text = "J'ai cru comprendre qu'il demanderait à me voir dimanche."
    assert only(text, dt.date(2018, 9, 1), parser=parse).value == "2018-09-02"


def test_weekday_with_dernier_prochain_and_ce():
    assert dates("Il l'avait dit lundi dernier.") == {"lundi dernier": "2019-12-16"}
    assert dates("Il l'avait dit mardi dernier.") == {"mardi dernier": "2019-12-10"}
    assert dates("Le gouvernement sera au complet mardi prochain.") == {"mardi prochain": "2019-12-24"}
    assert dates("Les sénateurs ont voté ce mardi.") == {"ce mardi": "2019-12-17"}
    assert dates("Edouard Philippe lance, ce lundi, un débat.", SUN) == {"ce lundi": "2019-01-28"}


def test_weekday_with_a_part_of_the_day_is_one_expression():
    assert dates("Le chef de l'État a réagi lundi soir pour la première fois.") == {"lundi soir": "2019-12-16"}
    assert dates("Les secouristes continuaient dimanche matin de fouiller.") == {"dimanche matin": "2019-12-15"}


def test_weekday_suivant_is_found_but_unresolved():
    d = only("Nous avions une réunion le dimanche suivant, elle n'est pas venue.")
    assert d.text == "le dimanche suivant" and d.value is None


def test_habitual_weekday_is_no_date():
    assert dates("La bibliothèque ouvrira ses portes uniquement le mercredi.") == {}


# ---------------------------------------------------------------- deictic days

def test_relative_days():
    assert dates("Boris Eltsine a annulé hier une rencontre.") == {"hier": "2019-12-16"}
    assert dates("La réunion avait eu lieu avant-hier.") == {"avant-hier": "2019-12-15"}
    assert dates("Le préfet sera installé à Strasbourg demain.") == {"demain": "2019-12-18"}
    assert dates("Le vote aura lieu après-demain.") == {"après-demain": "2019-12-19"}
    assert dates("Le ministre se rend aujourd'hui à Sangatte.") == {"aujourd'hui": "2019-12-17"}
    assert dates("Il annoncera sa décision hier soir.")["hier soir"] == "2019-12-16"


def test_tomorrow_as_the_future_is_no_date():
    assert dates("Ils dessinent la France de demain.") == {}


def test_parts_of_the_publication_day():
    assert dates("Un peu plus tard dans la soirée, Cédric Villani a réagi.") == {
        "plus tard dans la soirée": "2019-12-17"}
    assert dates("Je rencontre le président cet après-midi.") == {"cet après-midi": "2019-12-17"}
    assert dates("Il avait passé la nuit dehors.") == {}


# ---------------------------------------------------------------- weeks, months, years

def test_relative_periods():
    assert dates("L'affaire a connu un rebondissement la semaine dernière.") == {"la semaine dernière": "2019-W50"}
    assert dates("Le texte a été adopté la semaine passée.") == {"la semaine passée": "2019-W50"}
    assert dates("Le texte sera examiné la semaine prochaine.") == {"la semaine prochaine": "2019-W52"}
    assert dates("Le texte a été examiné cette semaine.") == {"cette semaine": "2019-W51"}
    assert dates("Les prix ont augmenté le mois dernier.") == {"le mois dernier": "2019-11"}
    assert dates("Il est soigné depuis l'an dernier.") == {"l'an dernier": "2018"}
    assert dates("Le chômage a baissé l'année dernière.") == {"l'année dernière": "2018"}
    assert dates("Elle sera présente cette année à la rentrée.") == {"cette année": "2019"}
    assert dates("Le texte revient au Sénat à la fin du mois.") == {"à la fin du mois": "2019-12"}
    assert dates("Rendez-vous au début de l'année prochaine.") == {"début de l'année prochaine": "2020"}


def test_period_granularity():
    assert only("L'affaire a rebondi la semaine dernière.").granularity == "week"
    assert only("Il est soigné depuis l'an dernier.").granularity == "year"


def test_weekend_of_the_current_week():
    assert dates("Ça devrait être fait au pire dans le week-end.", dt.date(2018, 10, 4)) == {"le week-end": "2018-W40"}
    assert dates("Le Sénat l'examinera le week-end des 30 novembre et 1er décembre.", dt.date(2019, 11, 14)) == {
        "30 novembre": "2019-11-30", "1er décembre": "2019-12-01"}


def test_weeks_ago():
    d = only("Il l'a dit dans un entretien il y a trois semaines.", dt.date(2020, 6, 14))
    assert (d.value, d.granularity) == ("2020-W21", "week")


def test_seasons_resolve_to_the_year():
    assert dates("Le mouvement, lancé l'été dernier sur les routes.", SUN) == {"l'été dernier": "2018"}
    assert dates("La perquisition à l'automne 2017 a choqué.") == {"l'automne 2017": "2017"}
    assert dates("Les faits divers violents de cet été.") == {"cet été": "2019"}
    assert dates("Le commerce connaît un boom en été.") == {}


# ---------------------------------------------------------------- calendar dates

def test_day_month_takes_the_nearest_year_and_keeps_the_article():
    d = only("Il retournera devant les députés le 2 décembre.", dt.date(2019, 11, 14))
    assert (d.text, d.value, d.granularity) == ("le 2 décembre", "2019-12-02", "day")
    assert dates("Le sommet aura lieu le 1er janvier.") == {"le 1er janvier": "2020-01-01"}
    assert dates("Il a débuté l'immunothérapie le 26 février.", dt.date(2020, 6, 14)) == {"le 26 février": "2020-02-26"}


def test_full_dates():
    assert dates("Le décret du 18 décembre 2019 est paru.", None) == {"18 décembre 2019": "2019-12-18"}
    assert dates("Elle est née à Cintrey le 21 janvier 1913.", None) == {"le 21 janvier 1913": "1913-01-21"}
    assert dates("Les syndicats manifestent mardi 10 décembre.", dt.date(2019, 12, 10)) == {
        "mardi 10 décembre": "2019-12-10"}
    assert dates("Le meeting a eu lieu le 17/12/2019 à Lyon.", None) == {"17/12/2019": "2019-12-17"}
    assert dates("Le 14-Juillet a été endeuillé.", dt.date(2016, 7, 18)) == {"Le 14-Juillet": "2016-07-14"}


def test_weekday_fixes_the_year_of_a_day_month():
    assert dates("Dimanche 28 juin, les Français voteront.", dt.date(2020, 6, 5)) == {"Dimanche 28 juin": "2020-06-28"}


def test_dernier_and_prochain_after_a_day_month():
    assert dates("Il a quitté son fauteuil le 13 juin dernier.", dt.date(2016, 7, 18)) == {
        "le 13 juin dernier": "2016-06-13"}
    assert dates("Ils seront fixés le 26 septembre prochain.", dt.date(2018, 8, 7)) == {
        "le 26 septembre prochain": "2018-09-26"}


def test_coordinated_days_are_two_dates():
    assert dates("Elle sera à Port-Marly les 4 et 5 septembre.", dt.date(2020, 8, 29)) == {
        "les 4": "2020-09-04", "5 septembre": "2020-09-05"}


def test_months():
    assert dates("Une information judiciaire a été ouverte en juillet 2017.") == {"en juillet 2017": "2017-07"}
    assert dates("Le scrutin de mai 2019 approche.") == {"mai 2019": "2019-05"}
    assert dates("Il bénéficie depuis début mars d'un cessez-le-feu.", dt.date(2020, 5, 5)) == {"début mars": "2020-03"}
    assert dates("Interrogé mi-janvier en marge des vœux.", dt.date(2020, 1, 26)) == {"mi-janvier": "2020-01"}
    assert dates("Fin septembre, il n'avait plus d'argent.", dt.date(2018, 8, 7)) == {"Fin septembre": "2018-09"}
    assert dates("On a versé un acompte au début du mois de juillet.", dt.date(2018, 8, 7)) == {
        "début du mois de juillet": "2018-07"}
    assert dates("La cible a été atteinte en avril dernier.", dt.date(2019, 9, 12)) == {"en avril dernier": "2019-04"}
    assert dates("La bibliothèque rouvrira en décembre.", dt.date(2019, 10, 2)) == {"en décembre": "2019-12"}
    assert only("Il l'a dit en décembre.").granularity == "month"


def test_month_in_the_past_tense_leans_to_the_past(parse):
    d = only("M. Bolton, qui a été limogé en septembre, s'en prend au président.", dt.date(2020, 6, 22), parse)
    assert d.value == "2019-09"


def test_years():
    assert dates("Le groupe islamiste fondé en 2010 a été dissous.") == {"en 2010": "2010"}
    assert dates("Elle sera candidate à la présidentielle de 2022.") == {"2022": "2022"}
    assert dates("Depuis fin 2016, les juges enquêtent.") == {"fin 2016": "2016"}
    assert only("Il a été construit en 1977.").granularity == "year"
    assert dates("Les mesures prises dans les années 1990 ont échoué.") == {}


def test_year_read_as_a_quantity_is_no_date(parse):
    assert dates("Pas moins de 1800 manifestants ont défilé.", parser=parse) == {}


# ---------------------------------------------------------------- not dates, unresolved

def test_durations_and_ages_are_not_dates():
    assert dates("Il a été condamné à deux ans de prison.") == {}
    assert dates("Le programme a été prolongé pendant trois mois.") == {}
    assert dates("Un chauffeur de bus de 38 ans a été agressé.") == {}
    assert dates("Il espère revenir un jour en politique.") == {}


def test_names_with_date_words_are_not_dates():
    assert dates("Il l'a confié au Journal du dimanche.") == {}


def test_without_publication_date_relative_dates_are_found_unresolved():
    found = find_dates("Il a parlé mardi, puis hier et la semaine dernière, avant le 18 décembre 2019.", None)
    assert [(d.text, d.value) for d in found] == [
        ("mardi", None), ("hier", None), ("la semaine dernière", None), ("le 18 décembre 2019", "2019-12-18")]


def test_offsets_index_the_text():
    text = "Le chef de l'État a réagi lundi soir, puis le 18 décembre."
    for d in find_dates(text, TUE):
        assert text[d.start:d.end] == d.text
        assert 0 < d.confidence <= 1


# ---------------------------------------------------------------- the pipeline

def test_factory_sets_doc_dates():
    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("veille_dates")
    doc = nlp.make_doc("Le texte sera examiné la semaine prochaine.")
    doc._.pub_date = TUE
    assert [(d.text, d.value, d.granularity) for d in nlp(doc)._.dates] == [
        ("la semaine prochaine", "2019-W52", "week")]


def _pipeline_complete() -> bool:
    """Whether every component module of the pipeline exists yet."""
    try:
        for name in PRE_PARSER + COMPONENTS:
            importlib.import_module(f"veille.components.{name}")
    except ModuleNotFoundError:
        return False
    return True


@pytest.mark.skipif(not _pipeline_complete(), reason="a pipeline component module is not written yet")
def test_dates_through_the_pipeline():
    from veille.pipeline import parse as run

    doc = run("Antonio Vitorino a mis en avant, mardi à Genève, les bons rapports avec le Maroc. "
              "Il présentera son plan le 18 décembre.", "2019-12-17")
    assert [(d.text, d.value) for d in doc._.dates] == [("mardi", "2019-12-17"), ("le 18 décembre", "2019-12-18")]
