"""Events that are said (ACCUSE, SUPPORT, REQUEST, THREATEN...): their arguments and the words that state them, shown
on OrangeSum articles outside the gold (monde_politique.jsonl.gz; the article id and date precede each text, the
texts are the articles' own sentences)."""
from __future__ import annotations

import pytest

from tests.components.test_events import events, find, found, names
from veille import rules
from veille.components.events import RULES, _placed
from veille.pipeline import parse


@pytest.mark.parametrize("date, text, source, target", [
    # OrangeSum 20796
    ("2018-08-26", "Dans une interview accordée au Point et publiée samedi 25 août, Jean-François Copé s'en est pris à "
     "Laurent Wauquiez, l'actuel patron des Républicains, dénonçant son \"flirt ostentatoire\" avec le Rassemblement "
     "national.", "Jean-François Copé", "Laurent Wauquiez"),
    # OrangeSum 26087
    ("2017-02-06", "Le député Les Républicains de l'Aube, Nicolas Dhuicq s'en est pris à Emmanuel Macron, dans une "
     "interview au média russe Sputnik relayée par Le Lab d'Europe 1.", "Nicolas Dhuicq", "Emmanuel Macron"),
])
def test_a_pronominal_trigger_conjugated_with_etre_is_active(nlp, date, text, source, target):
    """"s'en est pris à X": the parser calls "est" a passive auxiliary; a trigger whose rule carries "se" is never
    passive, its subject is its source."""
    found(text, "ACCUSE", source, target, date)


@pytest.mark.parametrize("date, text, kind, source, target", [
    # OrangeSum 24222
    ("2017-08-22", "Par ailleurs, François Hollande a mis en garde Emmanuel Macron disant : \"il ne Faudrait pas "
     "demander aux Français des sacrifices qui ne sont pas utiles\".", "THREATEN", "François Hollande",
     "Emmanuel Macron"),
    # OrangeSum 1481
    ("2020-06-23", "C'est un soutien sans surprise qu'a publié ce mardi matin sur Twitter Anne Hidalgo, mais "
     "\"précieux\" selon la tête de liste PS-EELV à Paris, candidate à sa réélection dimanche. Lionel Jospin lui a "
     "apporté son soutien par un SMS que la maire de la capitale a capturé pour le publier sur les réseaux sociaux.",
     "SUPPORT", "Lionel Jospin", "Anne Hidalgo"),
])
def test_an_adverb_or_an_instrument_after_par_is_no_agent(nlp, date, text, kind, source, target):
    """"Par ailleurs" (an adverb) and "son soutien par un SMS" (a noun its possessive gives a doer) name no agent: the
    trigger's subject or possessive is its source."""
    found(text, kind, source, target, date)


@pytest.mark.parametrize("date, text, source, target", [
    # OrangeSum 1481
    ("2020-06-23", "C'est un soutien sans surprise qu'a publié ce mardi matin sur Twitter Anne Hidalgo, candidate à sa "
     "réélection dimanche. Lionel Jospin lui a apporté son soutien.", "Lionel Jospin", "Anne Hidalgo"),
    # OrangeSum 3917
    ("2020-06-16", "Au cours d'un point de presse commun avec Heiko Maas, son homologue polonais Jacek Czaputowicz lui a "
     "apporté son soutien : \"De notre point de vue, les forces américaines en Allemagne servent aussi notre "
     "sécurité.\"", "Jacek Czaputowicz", "Heiko Maas"),
    # OrangeSum 3939
    ("2020-06-02", "Autrefois jugée clivante, Anne Hidalgo s'impose désormais comme rassembleuse: le député ex-LREM "
     "Aurélien Taché lui a apporté son soutien.", "Aurélien Taché", "Anne Hidalgo"),
])
def test_the_dative_of_the_verb_of_a_noun_trigger_is_its_addressee(nlp, date, text, source, target):
    """"X lui a apporté son soutien": the noun's "à" slot is the dative pronoun of the verb it is the object of."""
    found(text, "SUPPORT", source, target, date)


@pytest.mark.parametrize("date, text, place", [
    # OrangeSum 36060
    ("2020-08-06", "\"Dans l'esprit des Grecs, le musulman est encore assimilé à l'envahisseur turc et le contexte actuel "
     "tendu entre les deux pays pourrait être néfaste aux musulmans qui habitent en Grèce\", déplore l'imam "
     "pakistanais.", "Grèce"),
    # OrangeSum 34208
    ("2020-09-10", "\"Combien de familles n'ont pas leurs êtres chers ce soir autour de la table à cause de son échec\" "
     "dans la gestion de la pandémie, a-t-il lancé, en déplorant le lourd bilan de plus de 190.000 morts du Covid-19 "
     "aux Etats-Unis.", "Etats-Unis"),
])
def test_a_state_after_a_preposition_of_place_is_a_place(nlp, date, text, place):
    """A critical quote's target is not a state named where things happen ("en Grèce", "aux Etats-Unis")."""
    doc = parse(text, date)
    assert _placed(doc, doc.text.index(place))
    assert not _placed(doc, doc.text.index("musulman" if place == "Grèce" else "familles"))


@pytest.mark.parametrize("date, text, speaker, named", [
    # OrangeSum 4326
    ("2020-05-29", "Stanislas Guérini, le chef de file du parti de la majorité a estimé qu'avec ce rapprochement, Gérard "
     "Collomb, un des tous premiers soutiens d'Emmanuel Macron, avait franchi une \"ligne rouge\".",
     "Stanislas Guérini", "Emmanuel Macron"),
    # OrangeSum 2936
    ("2020-06-11", "Pour Jordan Bardella, la prochaine manifestation de soutien à Adama Traoré prévue samedi à Paris "
     "\"devrait être interdite\" car \"le moment n'est pas à la manifestation\", a-t-il expliqué sur BFMTV.",
     "Jordan Bardella", "Adama Traoré"),
])
def test_a_supporter_or_a_rally_of_support_in_a_quote_is_no_praise(nlp, date, text, speaker, named):
    """"un des premiers soutiens de X" names a supporter, "une manifestation de soutien à X" a rally: the speaker of
    the quote around them does not praise X (the noun "soutien" is no quoted word of praise)."""
    doc, evs = events(text, date)
    assert not [e for e in evs if e.type == "SUPPORT" and named in names(doc, e.target)], \
        [(e.type, names(doc, e.source), names(doc, e.target)) for e in evs]


@pytest.mark.parametrize("date, text, named", [
    # OrangeSum 26521
    ("2016-12-23", "La ministre de l'Ecologie Ségolène Royal, qui représentait le gouvernement français lors des "
     "cérémonies d'hommage à l'ancien \"Lider Maximo\", avait notamment déclaré que Cuba \"n'était pas une dictature\".",
     "Cuba"),
    # OrangeSum 22066
    ("2018-04-08", "\"Si j'étais eux, je n'insulterais pas l'avenir. C'est comme ça qu'on parlait de Chirac en 1994, un an "
     "avant son élection\", avance François Hollande.", "Chirac"),
])
def test_a_negated_word_of_criticism_criticises_no_one(nlp, date, text, named):
    """"Cuba n'était pas une dictature", "je n'insulterais pas": a quoted word of criticism that is negated states no
    ACCUSE (as negated praise states no SUPPORT)."""
    doc, evs = events(text, date)
    assert not [e for e in evs if e.type == "ACCUSE" and e.rule is None and named in names(doc, e.target)], \
        [(e.type, e.rule, names(doc, e.source), names(doc, e.target)) for e in evs]


@pytest.mark.parametrize("date, text, named", [
    # OrangeSum 9304
    ("2020-05-25", "Hu Xijin, rédacteur en chef du tabloïd chinois Global Times, a repris la vidéo sur Twitter. \"Voyons à "
     "quoi ressemble la démocratie hongkongaise soutenue par Washington\", a-t-il écrit.", "Washington"),
    # OrangeSum 14072
    ("2019-09-15", "\"Je ne suis pas dans une stratégie d'union des droites (soutenue par Marion Maréchal, NDLR) mais "
     "d'union nationale\", a expliqué Marine Le Pen.", "Marion Maréchal"),
])
def test_the_agent_of_a_quoted_word_of_praise_is_not_praised(nlp, date, text, named):
    """"soutenue par Washington": the actor after "par" gives the support the quote speaks of; the speaker does not
    praise them."""
    doc, evs = events(text, date)
    assert not [e for e in evs if e.type == "SUPPORT" and named in names(doc, e.target)], \
        [(e.type, names(doc, e.source), names(doc, e.target)) for e in evs]


@pytest.mark.parametrize("date, text, source, target", [
    # OrangeSum 21824
    ("2018-05-05", "Sur Twitter, Julien Sanchez, maire de Beaucaire et porte-parole du FN a apporté son soutien à Robert "
     "Ménard \"agressé en Gironde par des gauchistes en présence d'élus\".", "Julien Sanchez", "Robert Ménard"),
    # OrangeSum 17093
    ("2017-08-18", "Le président de la République Emmanuel Macron avait, dès hier, fait part de sa solidarité et de son "
     "soutien aux autorités espagnoles après cette attaque terroriste, revendiquée par l'organisation État islamique.",
     "Emmanuel Macron", "Espagne"),
])
def test_the_possessive_of_a_noun_trigger_is_its_doer_not_a_par_nearby(nlp, date, text, source, target):
    """"son soutien à X « agressé par des gauchistes »": a noun trigger with a possessive has its doer; a "par"
    under a participle near it is someone else's agent."""
    found(text, "SUPPORT", source, target, date)


@pytest.mark.parametrize("date, text, source, target", [
    # OrangeSum 9725
    ("2020-02-14", "Benjamin Griveaux a indiqué s'être entretenu tard jeudi soir avec le président Emmanuel Macron, qui l'a "
     "selon lui assuré de son soutien \"quelle que soit sa décision\".", "Emmanuel Macron", "Benjamin Griveaux"),
    # OrangeSum 15185
    ("2019-07-12", "François de Rugy a déclaré avoir prévenu Emmanuel Macron dès qu'il avait reçu les questions de "
     "Mediapart, et le président l'aurait assuré de son soutien \"mercredi au Conseil des ministres\", a-t-il "
     "expliqué.", "Emmanuel Macron", "François de Rugy"),
])
def test_whom_one_assures_of_support_is_its_addressee(nlp, date, text, source, target):
    """"X l'a assuré de son soutien": the object of "assurer" is whom the support addresses."""
    found(text, "SUPPORT", source, target, date)


@pytest.mark.parametrize("date, text, party", [
    # OrangeSum 18732
    ("2019-01-15", "\"L'année 2019 débute comme elle s'est achevée. Des débats s'ouvrent mais toujours le même mépris pour "
     "les Français !\", a dénoncé Valérie Boyer (Les Républicains) sur Twitter.", "Les Républicains"),
    # OrangeSum 24065
    ("2017-09-06", "\"Vous n'avez pas trop de députés. Faites attention à la démagogie antiparlementaire\", avait lui déclaré "
     "Jean-Luc Mélenchon (LFI).", "LFI"),
])
def test_the_party_in_brackets_after_the_speaker_is_not_criticised(nlp, date, text, party):
    """"Valérie Boyer (Les Républicains)": the organisation in brackets after the speaker's name is their party, not
    the target of their critical words."""
    doc, evs = events(text, date)
    assert not [e for e in evs if e.type == "ACCUSE" and party in names(doc, e.target)], \
        [(e.type, names(doc, e.source), names(doc, e.target)) for e in evs]


@pytest.mark.parametrize("date, text, target", [
    # OrangeSum 959: the subject of the quoted verb stands right before the quotation
    ("2020-06-29", "En Libye, théâtre d'une guerre civile depuis 2011, \"le premier intervenant extérieur, c'est la "
     "Turquie\", a fait valoir le président français Emmanuel Macron. La Turquie de Recep Tayyip Erdogan \"ne respecte "
     "aucun de ses engagements de la conférence de Berlin (organisée en janvier), a accru sa présence militaire en "
     "Libye et elle a massivement réimporté des combattants jihadistes depuis la Syrie\", a-t-il fustigé.", "Turquie"),
    # OrangeSum 1800: before the person the quote names inside it
    ("2020-06-19", "\"Il est foncièrement problématique que le président de la République envisage un report pour "
     "convenance personnelle, car je ne vois pas de motif d'intérêt général\", a expliqué l'écologiste Julien Bayou. "
     "Emmanuel Macron \"a perdu la main vis-à-vis d'Edouard Philippe donc son mantra est d'être le maître des "
     "horloges\", a-t-il accusé, y voyant de la \"fébrilité\".", "Emmanuel Macron"),
])
def test_a_quote_is_said_of_the_subject_right_before_it(nlp, date, text, target):
    doc, evs = events(text, date)
    cue = text.rindex("a-t-il") + len("a-t-il ")
    event = next((e for e in evs if e.type == "ACCUSE" and e.trigger and e.trigger.start == cue), None)
    assert event is not None, [(x.type, names(doc, x.source), names(doc, x.target)) for x in evs]
    assert names(doc, event.target) == {target}


@pytest.mark.parametrize("date, text, state", [
    # OrangeSum 4261
    ("2020-06-15", "Les Etats-Unis se sont dits \"indignés\" par ce verdict et ont réclamé une \"libération immédiate\" de "
     "Paul Whelan, le chef de la diplomatie américaine Mike Pompeo dénonçant \"un procès secret, avec des preuves "
     "gardées secrètes, et sans droits appropriés pour la défense\".", "Etats-Unis"),
    # OrangeSum 35589
    ("2020-08-21", "Le ton est monté comme rarement entre les deux rives de l'Atlantique, le chef de la diplomatie "
     "américaine Mike Pompeo allant jusqu'à accuser la France, le Royaume-Uni et l'Allemagne d'avoir \"choisi de "
     "s'aligner sur les ayatollahs\" au pouvoir dans la République islamique. \"L'Amérique ne va pas se joindre à cet "
     "échec de leadership\", a-t-il martelé.", "Amérique"),
])
def test_a_critical_quote_is_not_borne_on_the_speaker_s_own_state(nlp, date, text, state):
    """The state a speaker's title names ("le chef de la diplomatie américaine") is theirs: their critical words are
    not aimed at it."""
    doc, evs = events(text, date)
    assert not find(doc, evs, "ACCUSE", "Mike Pompeo", state), evs


@pytest.mark.parametrize("date, text", [
    # OrangeSum 8198
    ("2020-05-30", "Début avril, ce dernier avait plaidé coupable d'homicides involontaires devant un tribunal londonien."),
    # OrangeSum 16134
    ("2018-03-21", "Ils comparaissent depuis lundi devant la cour criminelle de l'Old Bailey à Londres et plaident non "
     "coupable."),
])
def test_a_plea_in_court_is_no_advocacy(nlp, date, text):
    """"plaider coupable", "plaider non coupable": a plea, where "plaider" does not support anyone (the dev
    article's "Il avait plaidé coupable en 1977 pour des relations non consenties sur X" gave X a SUPPORT)."""
    doc = parse(text, date)
    assert not [h for h in rules.load(RULES)(doc) if h.rule.id == "support.plaider"]


@pytest.mark.parametrize("date, text, source, target", [
    # OrangeSum 2879
    ("2020-06-11", "Dans un article publié jeudi sur son site, Le Figaro écrit qu'Emmanuel Macron a, \"lors d'une réunion du "
     "premier cercle des donateurs de 2017 à Londres\", \"clairement montré qu'il était prêt, selon son expression "
     "favorite, à prendre son risque'\". Interrogée sur France Info, la porte-parole du gouvernement Sibeth Ndiaye, a "
     "souligné que l'Élysée avait démenti. \"C'est assez loufoque, je dois vous avouer, d'imaginer une démission du "
     "président de la République\", a-t-elle ajouté.", "Sibeth Ndiaye", "Emmanuel Macron"),
    # OrangeSum 3398
    ("2020-06-07", "Selon lui, \"il y a un problème de formation\" dans la police et c'est \"d'abord la hiérarchie qui "
     "doit être mise en cause, en premier lieu le ministre\" de l'Intérieur Christophe Castaner. Le chef du parti "
     "présidentiel LREM Stanislas Guérini a lui estimé qu'il fallait \"entendre notre jeunesse\" mais être \"ni dans "
     "le déni, ni dans l'amalgame\", dans l'émission \"Le Grand Jury\" RTL-Le Figaro-LCI. Il a fustigé ceux qui, "
     "comme Jean-Luc Mélenchon, ont, selon lui, \"à chaque fois, cette posture d'opposition directe d'appeler à la "
     "démission du ministre de l'Intérieur\" et qui \"ont une soif d'instrumentalisation\".", "Stanislas Guérini",
     "Christophe Castaner"),
])
def test_a_resignation_quoted_is_not_asked_for(nlp, date, text, source, target):
    """The noun "démission" in a quote names a resignation, which the speaker need not ask for (imagined, or asked by
    others: in 81 corpus articles with a quoted "démission", 2 of the 3 requests it made were wrong); a demand says so
    with its verb ("demander la démission de X")."""
    doc, evs = events(text, date)
    assert not find(doc, evs, "REQUEST", source, target), evs
