"""Speakers and roles on constructions of unseen articles (issue 13). Every behaviour is shown on sentences of
two OrangeSum articles outside the gold (monde_politique.jsonl.gz ids in the comments), trimmed to the clause."""
from __future__ import annotations

import pytest

from veille.pipeline import extract, parse
from veille.reference import resolve
from veille.spans import entity_by_id


def speakers(text, date=None):
    """(quoted text start, speaker name) of every quote."""
    doc = parse(text, date)
    return [(doc.text[q.start:q.end], entity_by_id(doc, q.speaker).name if q.speaker else None)
            for q in doc._.quotes]


def speaker_of(text, words, date=None):
    """The speaker of the quote that holds ``words``."""
    return next(who for quoted, who in speakers(text, date) if words in quoted)


def roles(text, date=None):
    doc = parse(text, date)
    return {(entity_by_id(doc, r.person).name, r.title) for r in doc._.roles}


def nominal(text, name, date=None):
    doc = parse(text, date)
    return [m.text for e in doc._.entities if e.name == name for m in e.mentions if m.kind == "nominal"]


# A title that is the subject of its verb (after clitics: "s'est", "l'accuse") is not apposed to the name
# before its comma.
@pytest.mark.parametrize("text, wrong", [
    ("Après un entretien avec le Premier ministre Édouard Philippe, le chef de l'État s'est exprimé un peu "   # 611
     "avant midi devant ces 150 citoyens.", ("Édouard Philippe", "chef de l'État")),
    ("En désaccord apparent avec Donald Trump, le secrétaire américain à la Défense s'est lui-même dit "      # 6959
     "mercredi opposé à l'idée de déployer les soldats.", ("Donald Trump", "secrétaire américain à la Défense")),
])
def test_a_subject_title_is_no_apposition(text, wrong):
    assert wrong not in roles(text, "2020-06-04")


# "Sur France Inter, le ministre de l'Intérieur": a person's title after a medium's comma is not the medium's
# description; dated office holders resolve it.
@pytest.mark.parametrize("text, date, holder, description", [
    ("Les socialistes ont vivement réagi aux critiques de Christophe Castaner sur les leçons de morale "       # 9568
     "d'Olivier Faure, ce mercredi 19 février. A l'antenne de France Inter, le ministre de l'Intérieur a "
     "évoqué le départ de Benjamin Griveaux.", "2020-02-19", "Christophe Castaner", "le ministre de l'Intérieur"),
    ("Jean-Michel Blanquer a apporté des précisions ce mercredi matin, après Édouard Philippe. Invité de BFM TV, "  # 7141
     "le ministre de l'Éducation nationale a d'abord confirmé que les vacances d'été commenceront bien le 4 "
     "juillet.", "2020-04-29", "Jean-Michel Blanquer", "le ministre de l'Éducation nationale"),
])
def test_office_holder_at_the_publication_date(text, date, holder, description):
    assert description in nominal(text, holder, date)


# "la société irlandaise a annoncé", "l'entreprise précise": a company noun as the subject of a reporting
# verb speaks for the salient organisation.
@pytest.mark.parametrize("text, words, org", [
    ("Ryanair a supprimé des centaines de vols. Pourtant, la société irlandaise a annoncé qu'elle ne verserait "  # 15736
     "pas de compensation financière aux passagers.", "compensation", "Ryanair"),
    ("La Poste a fermé le guichet. En revanche, l'entreprise précise dans son communiqué que la question de "    # 23991
     "la digitalisation n'est pas tranchée.", "digitalisation", "La Poste"),
])
def test_company_noun_speaks_for_the_salient_organisation(text, words, org):
    assert speaker_of(text, words) == org


# "Il se dit victime de ...": the parser makes the pronoun of a pronominal verb expletive; it is the subject.
@pytest.mark.parametrize("text, words, who", [
    ("Le Premier ministre britannique Boris Johnson a pris la parole. Il se déclare \"très attristé par ce "   # 1517
     "terrible incident à Glasgow\" et a exprimé sa compassion envers les victimes.", "attristé", "Boris Johnson"),
    ("Le directeur de France Terre d'asile, Pierre Henry, a réagi dans Le Monde. Il se dit inquiet d'un débat "  # 18798
     "\"dans l'hystérie et la surenchère\".", "hystérie", "Pierre Henry"),
])
def test_pronominal_verb_subject(text, words, who):
    assert speaker_of(text, words) == who


# "», a indiqué M. Moméni, ajoutant que ...": a participle after the incise speaks for the incise's subject.
@pytest.mark.parametrize("text, words, who", [
    ("\"Je suis une femme désabusée, lasse, déçue, mais une femme qui a peur\", poursuit Dominique Chauvel, "  # 18726
     "assurant qu'elle a longtemps hésité à venir à Grand-Bourgtheroulde.", "hésité", "Dominique Chauvel"),
    ("Le syndicaliste Laurent Berger a commenté. \"La CGT-Cheminots est attachée à ça également, c'est une "     # 11540
     "évidence\", ajoute Laurent Berger, estimant que \"la situation de blocage ne sert personne\".", "blocage",
     "Laurent Berger"),
])
def test_participle_after_an_incise(text, words, who):
    assert speaker_of(text, words) == who


# "« ... Michael White aussi. », a écrit le chef de la diplomatie iranienne": a name only quoted is the
# description's person last, after the names outside quotation marks (sentences the quotation opens not counted).
@pytest.mark.parametrize("text, title, who, quoted", [
    ("Mohammad Javad Zarif s'est félicité de l'échange. \"Content que Majid Tahéri puisse retrouver bientôt sa "   # 6896
     "famille. Michael White aussi.\", a écrit le chef de la diplomatie iranienne sur Twitter.",
     "chef de la diplomatie iranienne", "Mohammad Javad", "Michael White"),
    ("Gholamhossein Esmaïli a tenu une conférence de presse. \"Il a fourni à la CIA des renseignements sur les "  # 5697
     "déplacements du général Qassem Soleimani. Il sera exécuté.\", a déclaré le porte-parole de l'Autorité "
     "judiciaire.", "porte-parole", "Gholamhossein Esmaïli", "Qassem Soleimani"),
])
def test_names_only_quoted_come_last(text, title, who, quoted):
    found = roles(text, "2020-06-05")
    assert any(person.startswith(who) and t == title for person, t in found)
    assert (quoted, title) not in found


# '"Il fallait que quelqu'un raconte ces histoires."Peu après': quoted words that end with a full stop, glued to
# the next sentence, are a sentence of the speaker before, not a subheading.
@pytest.mark.parametrize("text, words, who", [
    ("Israël doit annexer les territoires le plus tôt possible, précise Daniel Shapiro. \"Je pense qu'il y a des "  # 219
     "tensions entre Netanyahu et la Maison Blanche sur ce sujet.\"La question qui occupe donc de nombreux "
     "observateurs est celle du calendrier.", "tensions", "Daniel Shapiro"),
    ("La journaliste Sophie Duval a recueilli les témoignages des ouvrières. \"Il fallait que quelqu'un raconte "  # 221
     "ces histoires.\"Peu après l'entrée en vigueur du confinement le 25 mars, la journaliste a embauché une "
     "équipe.", "histoires", "Sophie Duval"),
])
def test_a_full_sentence_is_no_subheading(text, words, who):
    assert speaker_of(text, words, "2020-07-02") == who


# "selon les chiffres officiels", "Selon les résultats finaux publiés par la Commission électorale": a plural
# description is not the salient person; the organisation it names, else nobody, is the source.
@pytest.mark.parametrize("text, words, who", [
    ("Vladimir Poutine a remercié les électeurs. Plus tôt le Kremlin avait salué un triomphe. Selon les résultats "  # 21
     "finaux publiés jeudi par la Commission électorale, le vote d'approbation d'un bloc d'amendements a obtenu "
     "77,92% des voix.", "approbation", "Commission électorale"),
    ("Andreï Tchibis a officiellement enregistré plus de 68.000 cas de nouveau coronavirus dont environ 3.000 "     # 504
     "décès, selon les chiffres officiels.", "68.000", None),
])
def test_plural_description_is_no_person(text, words, who):
    assert speaker_of(text, words, "2020-07-02") == who


# ", évoquant le drapeau qui ...", ", critiquant notamment le fait que ...": a present participle has no
# inverted subject, so the clause before it is no quote of its object.
@pytest.mark.parametrize("text", [
    "Un parlementaire noir, Edward Blackmon, l'a souligné devant ses collègues au cours du débat de samedi, "       # 1119
    "évoquant le drapeau qui flotte sur le bâtiment de la Chambre des représentants à Jackson.",
    "Le régime nord-coréen a multiplié ces dernières semaines les attaques verbales contre Séoul, critiquant "      # 1976
    "notamment le fait que des dissidents nord-coréens basés au Sud envoient en direction du Nord des tracts.",
])
def test_participle_object_is_no_speaker(text):
    doc = parse(text, "2020-06-29")
    assert not any(q.cue and q.cue.lemma in ("évoquer", "critiquer") for q in doc._.quotes)


# A definite description of a dated office ("le Premier ministre", "du chef de l'Etat"), even outside the
# subject, is a role of the one person the article names who held the office at the publication date.
@pytest.mark.parametrize("text, date, role", [
    ("Edouard Philippe dévoile sa feuille de route. Dans une interview accordée au Journal du dimanche, le 26 "  # 20800
     "août, le Premier ministre a révélé les grandes lignes du budget 2019.", "2018-08-26",
     ("Edouard Philippe", "Premier ministre")),
    ("Muriel Pénicaud est passée de bonne élève pour Edouard Philippe à celle qu'il faut surveiller. La "        # 13384
     "ministre du Travail ne semble plus recueillir les louanges du Premier ministre.", "2019-10-13",
     ("Edouard Philippe", "Premier ministre")),
    ("Emmanuel Macron a réuni ses soutiens, lundi 4 juin, à un cocktail sur la terrasse du palais présidentiel. "  # 21564
     "L'occasion pour le chef de l'Etat de remercier ceux qui l'ont aidé.", "2018-06-05",
     ("Emmanuel Macron", "chef de l'Etat")),
])
def test_dated_office_description_is_a_role(text, date, role):
    assert role in roles(text, date)


# The description's gender must agree with the holder's: "la présidente géorgienne" is not the président named.
@pytest.mark.parametrize("text, date, president", [
    ("Le président Emmanuel Macron a choisi Nicolas Sarkozy. Sarkozy avait également représenté la France pour "  # 10793
     "l'investiture de la présidente géorgienne fin 2018.", "2020-01-13", "Emmanuel Macron"),
    ("Le président Donald Trump a envoyé Alex Azar à Taipei. Le ministre a transmis un message à la présidente "  # 35916
     "taïwanaise lors de leur entretien.", "2020-08-10", "Donald Trump"),
])
def test_office_description_of_the_other_gender_is_not_the_holder(text, date, president):
    assert not any(who == president and "présidente" in title for who, title in roles(text, date))


# A description whose "de" complement differs from every same-head title of the persons named ("le ministre de
# l'Intérieur" when only a "ministre de la Défense" is named) stays unresolved instead of going to the salient one.
@pytest.mark.parametrize("text, date, words", [
    ("Jean-Yves Le Drian, ministre de la Défense, a dû renoncer à quelques jours en Espagne. Le ministre de "  # 27668
     "l'Intérieur a indiqué qu'il resterait à Paris.", "2016-07-26", "resterait"),
    ("Michel Sapin, ministre des Finances, a présenté le budget. Le ministre de la Défense a affirmé que les "   # 28224
     "crédits seraient maintenus.", "2016-07-26", "crédits"),
])
def test_description_contradicting_every_stated_title_is_nobody(text, date, words):
    assert speaker_of(text, words, date) is None


# Among persons sharing the description's head, the one whose stated title shares its other words.
@pytest.mark.parametrize("text, who", [
    ("Michel Sapin, ministre des Finances, avait commenté les sorties médiatiques d'Emmanuel Macron, ministre de "  # 28224
     "l'Économie. Le ministre des Finances a affirmé que la relation des deux hommes était bonne.", "Michel Sapin"),
    ("Emmanuel Macron, ministre de l'Économie, a commenté les propos de Michel Sapin, ministre des Finances. "     # 28224
     "Le ministre de l'Économie a affirmé que la relation des deux hommes était bonne.", "Emmanuel Macron"),
])
def test_description_goes_to_the_person_of_matching_attributes(text, who):
    assert speaker_of(text, "relation", "2016-05-06") == who


# A short bracketed affiliation inside a title ("la maire (PS) de Paris", "le sénateur (LR)") does not end it.
@pytest.mark.parametrize("text, date, role", [
    ("A l'autre extrême, le député La France insoumise (LFI) Eric Coquerel a regretté, toujours sur Twitter, "  # 6128
     "que rien n'ait été vraiment anticipé.", "2020-05-12", ("Eric Coquerel", "député")),
    ("Philippe était interpellé par le sénateur (LR) Mathieu Darnaud sur la responsabilité pénale des maires.",  # 6592
     "2020-05-06", ("Mathieu Darnaud", "sénateur")),
    ("La maire (PS) de Paris Anne Hidalgo a de nouveau été pointée du doigt mercredi 7 août par le Canard "      # 14787
     "enchaîné.", "2019-08-07", ("Anne Hidalgo", "maire de Paris")),
])
def test_bracketed_affiliation_inside_a_title(text, date, role):
    assert role in roles(text, date)


# An article inside an organisation's name ("Debout la France") does not end the title before the person's name.
@pytest.mark.parametrize("text", [
    "Le président de Debout la France Nicolas Dupont-Aignan a lui aussi condamné cet \"incendie criminel\".",   # 18237
    "Le président de Debout La France Nicolas Dupont-Aignan a lui estimé qu'Emmanuel Macron roulait les "      # 35276
    "Français.",
])
def test_article_inside_an_organisation_name_in_a_title(text):
    assert ("Nicolas Dupont-Aignan", "président") in roles(text, "2019-04-16")


# "chargé des retraites": "des" after a participle is a preposition, not the article of another phrase.
@pytest.mark.parametrize("text, date, who", [
    ("Le secrétaire d'État chargé des retraites Laurent Pietraszewski a mis en avant \"l'ambition de permettre "  # 9885
     "aux Français\".", "2020-02-25", "Laurent Pietraszewski"),
    ("Le ministre chargé des Relations avec le Parlement Marc Fesneau a salué \"l'évolution du débat\".",          # 9315
     "2020-02-21", "Marc Fesneau"),
])
def test_participle_complement_of_a_title(text, date, who):
    assert any(person == who and "chargé des" in title for person, title in roles(text, date))


# The parser's sentence breaks inside a title that no punctuation ends ("Europe-Écologie-Les | Verts") do not
# end the title before its person's name.
@pytest.mark.parametrize("text", [
    "L'eurodéputé Europe-Écologie-Les Verts Yannick Jadot a exigé que \"la vérité et la justice s'imposent\".",  # 14852
    "Dans la soirée, l'eurodéputé Europe-Écologie-Les Verts Yannick Jadot a exigé que \"la vérité et la justice "  # 14878
    "s'imposent\".",
])
def test_title_across_a_parse_break(text):
    assert any(person == "Yannick Jadot" and title.startswith("eurodéputé") for person, title in roles(text, "2019-06-01"))


# A name after a preposition holds the title apposed to it ("Pour Antoine Homé, maire PS de Wittenheim"),
# unless the name completes a title or a kinship noun.
@pytest.mark.parametrize("text, date, role", [
    ("Pour Antoine Homé, maire PS de Wittenheim (Alsace), réélu au premier tour, la question est posée.",       # 1876
     "2020-03-20", ("Antoine Homé", "maire de Wittenheim")),
    ("Pour Manon Aubry, tête de liste de LFI aux élections européennes, \"ni l'un ni l'autre\" ne convient.",    # 15162
     "2019-02-01", ("Manon Aubry", "tête de liste aux élections européennes")),
])
def test_apposed_title_of_a_name_after_a_preposition(text, date, role):
    assert role in roles(text, date)


# A participle ends a title unless a preposition follows it ("chargé des", "investi par"): "décédée vendredi".
@pytest.mark.parametrize("text, date, person, title", [
    ("Après avoir eu un mot à la mémoire de Simone Veil, ancienne présidente du Parlement européen décédée "   # 17496
     "vendredi 30 juin, Emmanuel Macron a rendu hommage à Helmut Kohl.", "2017-07-01", "Simone Veil",
     "ancienne présidente"),
    ("Interrogé sur le sévère réquisitoire de Jim Mattis, ex-ministre de la Défense de Donald Trump qui a accusé "  # 6094
     "ce dernier, Colin Powell a estimé que le diagnostic était indiscutable.", "2020-06-07", "Jim Mattis",
     "ex-ministre de la Défense"),
])
def test_participle_ends_a_title(text, date, person, title):
    titles = [t for who, t in roles(text, date) if who == person]
    assert titles and all("décédée" not in t and "accusé" not in t for t in titles) and any(t.startswith(title) for t in titles)


# "a poursuivi le ministre, qui répondait à une question du sénateur X": a person named in a relative clause on
# the description is not apposed to it; the description is the speaker named before.
@pytest.mark.parametrize("text, date, words, speaker", [
    ("Interrogé sur les violences policières, le ministre de l'Intérieur Christophe Castaner a affirmé mercredi "  # 3787
     "au Sénat qu'il allait agir. \"Je suis sur ce sujet intransigeant\", a poursuivi le ministre, qui répondait "
     "à une question du sénateur de l'Essonne Olivier Leonhardt, lors des questions au gouvernement.",
     "2020-06-03", "intransigeant", "Christophe Castaner"),
    ("Alain Fontanel a porté plainte mercredi. \"On peut débattre de tout dans une démocratie\", a poursuivi le "  # 10259
     "candidat, qui est également le premier adjoint du maire de Strasbourg Roland Ries.",
     "2020-01-29", "débattre", "Alain Fontanel"),
])
def test_a_name_in_a_relative_clause_is_no_apposition(text, date, words, speaker):
    assert speaker_of(text, words, date) == speaker


# "l'ex-président", "l'ex-chef de l'État": a title glued to "ex-" is a description of a former holder of the
# office, not of the salient person.
@pytest.mark.parametrize("text, date, words, speaker", [
    ("Après les élus d'opposition, c'est au tour de François Hollande de commenter la vidéo d'Emmanuel Macron, "  # 21473
     "dans laquelle il s'agace du \"pognon de dingue\" dépensé dans les minimas sociaux. \"La forme, convenons-en, "
     "était grossière à tous points de vue\", a estimé l'ex-président de la République, jeudi 14 juin.",
     "2018-06-14", "La forme", "François Hollande"),
    ("Cinq ans après avoir déclenché le plus retentissant scandale du quinquennat de François Hollande, "        # 21745
     "l'ex-ministre du Budget Jérôme Cahuzac a été condamné mardi 15 mai en appel. \"Si j'ai un regret c'est de "
     "ne pas l'avoir écarté plus tôt\", a estimé l'ex-chef de l'État.",
     "2018-05-15", "regret", "François Hollande"),
])
def test_a_title_glued_to_ex_is_a_former_holder(text, date, words, speaker):
    assert speaker_of(text, words, date) == speaker


# "Selon lui, <clause>": the stressed pronoun after "selon" is the person last mentioned of its gender.
@pytest.mark.parametrize("text, date, words, speaker", [
    ("Alexeï Navalny a pour sa part dénoncé la réforme comme un \"coup d'Etat constitutionnel\" mais n'a pas "  # 1039
     "fait grand chose pour s'y opposer. Selon lui, débattre du référendum est inutile car les amendements ont "
     "déjà été approuvés par le Parlement et le vote sera frauduleux.", "2020-06-29", "débattre", "Alexeï Navalny"),
    ("\"Les gens n'ont pas accès aux soins car des rendez-vous importants ont été annulés pendant l'épidémie\", "  # 1435
     "a expliqué à l'AFP le président de Commission afghane des droits de l'homme Mohammad Asif, aussi habitant "
     "du quartier. Selon lui, cela pourrait être \"une des raisons\" de l'attaque, même si ça \"ne l'excuse pas\".",
     "2020-06-26", "cela pourrait", "Mohammad Asif"),
])
def test_selon_lui_is_the_last_person(text, date, words, speaker):
    assert speaker_of(text, words, date) == speaker


# An AFP subheading framed by dashes ('.- "Lignes rouges" -Sans ...') is said by nobody unless a later quotation
# repeats its words; the sentence before it names no speaker of it.
@pytest.mark.parametrize("text, words", [
    ("L'agence officielle iranienne Irna a publié une dépêche, notant que \"certains comptes du régime sioniste\" "  # 125
     "avaient \"immédiatement attribué l'accident à un sabotage israélien\".- \"Lignes rouges\" -Sans se prononcer "
     "sur la véracité de telles informations, l'agence a jugé bon d'ajouter que la stratégie devrait être revue.",
     "Lignes rouges"),
    ("\"Mais il faut consolider le projet avant de penser à l'équipe\", a ajouté Emmanuel Macron.- \"Ligne moins "  # 214
     "floue\" -Son entourage assure que le nom du locataire de Matignon est secondaire.", "Ligne moins floue"),
])
def test_dash_framed_subheading_is_nobodys(text, words):
    assert speaker_of(text, words) is None


# A subjectless cue (a gerund, a participle, a conjunct) says what the subject of the verb it depends on says,
# that subject an inverted pronoun: "», a-t-il justifié, en faisant valoir que", "», estime t-il, évoquant".
@pytest.mark.parametrize("text, words, who", [
    ("Emmanuel Macron a parlé lundi. \"C'est pourquoi nos enfants doivent pouvoir retrouver le chemin des "      # 7776
     "classes\", a-t-il justifié, en faisant valoir que \"le gouvernement aura à aménager des règles "
     "particulières\".", "aménager", "Emmanuel Macron"),
    ("Vincent Peillon a défendu François Hollande. \"Les jugements sur sa personne comme sur son action sont "   # 26620
     "injustes\", estime t-il, évoquant un quinquennat où \"on a fait progresser le modèle social\".",
     "progresser", "Vincent Peillon"),
])
def test_subjectless_cue_shares_the_inverted_subject(text, words, who):
    assert speaker_of(text, words, "2020-04-13") == who


# "Interrogé sur ..., il répond que": the parser makes the pronoun before a reporting verb expletive; it is the
# subject (not in "il a été annoncé que").
@pytest.mark.parametrize("text, words, who", [
    ("\"On sait qu'il y en aura, malheureusement\", reconnaît Emmanuel Macron. Quand on lui demande comment la "  # 6767
     "reprise va pouvoir se faire si certains salariés doivent continuer à garder leurs enfants, faute d'école, "
     "il répond que les employeurs devront faire preuve de \"compréhension\".", "employeurs", "Emmanuel Macron"),
    ("\"Je ne suis pas aveugle\", ajoute Édouard Philippe. Face aux rumeurs de dissensions entre lui et le "     # 19235
     "président, il assure que la crise n'a fait qu'\"intensifier\" sa relation avec le chef de l'Etat.",
     "intensifier", "Édouard Philippe"),
])
def test_expletive_pronoun_of_a_reporting_verb_is_its_subject(text, words, who):
    assert speaker_of(text, words, "2018-12-23") == who


# The inverted pronoun of an incise ("», a-t-il précisé") does not point at a person named in the words it reports.
@pytest.mark.parametrize("text, words, who", [
    ("Olivier Faure a réagi au départ de l'ancien Premier ministre. Pour le premier secrétaire du parti, Manuel "  # 20337
     "Valls quitte la France \"avec le goudron et les plumes\", a-t-il jugé dimanche 30 septembre.", "goudron",
     "Olivier Faure"),
    ("L'avocat du gouvernement, David Morrell, a réaffirmé que le livre était truffé d'informations "           # 3060
     "\"classifiées\". John Bolton était tenu de ne rien publier \"sans autorisation écrite\" mais \"en échange "
     "d'argent, il a rompu cette promesse\", a-t-il attaqué.", "rompu", "David Morrell"),
])
def test_incise_pronoun_is_nobody_named_in_its_report(text, words, who):
    assert speaker_of(text, words, "2020-06-19") == who


# An organisation noun followed in its own phrase by an organisation's name ("la compagnie allemande FlixBus") is
# that organisation, not the salient one of its kind.
@pytest.mark.parametrize("text, words, who, date", [
    ("Le secrétaire d'État a reçu les responsables de la RATP à Bercy. Sur cet axe, \"les opérateurs sont encore en "  # 11889
     "train de construire leur offre\", a indiqué Bercy. La compagnie allemande FlixBus a notamment indiqué qu'elle "
     "serait prête à assurer cette desserte à partir de vendredi, gratuitement.", "desserte", "FlixBus", "2019-12-05"),
    ("Le Huffington Post raconte l'histoire. Depuis, l'aéroport a lancé une enquête afin de comprendre comment un "  # 14412
     "petit garçon avait pu se rendre seul sur le tapis à bagages. La compagnie Spirit Airlines a assuré tout faire "
     "pour collaborer et \"s'assurer que les procédures avaient été bien suivies\".", "procédures", "Spirit Airlines",
     "2019-07-26"),
])
def test_organisation_named_in_its_description(text, words, who, date):
    assert speaker_of(text, words, date) == who


# "NAME, DESCRIPTION qui <reporting verb> que": the description heading the relative clause is the person named
# before its comma, definite or not.
@pytest.mark.parametrize("text, words, who", [
    ("Le parti a également loué \"le courage et l'abnégation de Dewayne Johnson\", le jardinier qui estime que les "  # 20947
     "produits de Monsanto, notamment le Roundup, ont entraîné son cancer.", "Roundup", "Dewayne Johnson"),
    ("Les associations ont reçu les migrants. Parmi eux, Ismaila Fall, un trentenaire sénégalais qui pense que "       # 36221
     "la situation va s'améliorer.", "améliorer", "Ismaila Fall"),
])
def test_description_of_a_relative_clause_is_the_name_before_it(text, words, who):
    assert speaker_of(text, words, "2018-08-11") == who


# The narrative infinitive "Et de conclure : « ... »" has no subject: it goes on with whoever was just quoted.
@pytest.mark.parametrize("text, words, who, date", [
    ("François Ruffin s'en prend aux élites. \"On a des études qui montrent que dans les moments d'effondrement, "   # 12792
     "les élites s'effondrent avec une deux trois générations de retard\", poursuit-il. Et de conclure : \"si on leur "
     "laisse les manettes à eux, on est mort !\"", "manettes", "François Ruffin", "2019-11-06"),
    ("Ségolène Royal a porté plainte contre Emmanuel Macron et un journaliste. \"J'ai écrit à la présidence de Radio "  # 12333
     "France pour avoir connaissance de ces éléments d'information\", explique l'ancienne ministre. Et de poursuivre "
     ": \"Mon premier métier, c'est magistrat.\"", "magistrat", "Ségolène Royal", "2019-11-20"),
])
def test_narrative_infinitive_goes_on_with_the_last_speaker(text, words, who, date):
    assert speaker_of(text, words, date) == who


# The person of a source phrase opening a sentence ("Pour X, ...") is that sentence's speaker, prominent as a
# subject for the pronoun that follows, and no reported word for its own incise ("Pour X, « ... », explique-t-il").
@pytest.mark.parametrize("text, words, who, date", [
    ("Pour Chalabi Rebbih, secrétaire général du syndicat des inspecteurs de l'Education nationale (SNIEN), cette "  # 7042
     "décision a mis le secteur en \"congé de longue durée\". Il fustige les graves répercussions sur des élèves "
     "devenus de facto \"candidats libres\".", "candidats libres", "Chalabi Rebbih", "2020-06-04"),
    ("\"Non, la police en France n'est pas raciste\", a balayé le DGPN Frédéric Veaux. Seule une trentaine "        # 3786
     "d'enquêtes appellent \"les sanctions les plus sévères\", a-t-il précisé. Pour le chercheur Mathieu Zagrodzki, "
     "\"il y a des différences entre ces deux pays\", explique-t-il dans l'hebdomadaire Marianne.", "différences",
     "Mathieu Zagrodzki", "2020-06-03"),
])
def test_source_phrase_person_speaks_for_the_pronoun(text, words, who, date):
    assert speaker_of(text, words, date) == who


# "», a de son côté commenté X", "», a pour sa part estimé X": a locution between the incise's auxiliary and its
# verb is one of the incise's opening words, and none of its words is the speaker (the parser made "côté" the
# subject); the speaker is named after the verb.
@pytest.mark.parametrize("text, date, words, who", [
    ("Laurent Escure a mis en garde contre une baisse des salaires. \"Si ceux qui auront gardé leur travail doivent "  # 2463
     "travailler plus longtemps (...) ce serait totalement inepte\", a de son côté commenté le secrétaire général "
     "de la CFDT Laurent Berger lundi sur RTL.", "2020-06-15", "inepte", "Laurent Berger"),
    ("\"En République, la démocratie ne se limite pas aux seuls jours de scrutin\", a-t-il encore jugé. "            # 5132
     "\"Sinon, c'est une démocratie de basse intensité qui se met en place\", a pour sa part estimé le député de "
     "La France insoumise Alexis Corbière sur BFMTV.", "2020-05-23", "basse intensité", "Alexis Corbière"),
    ("Edouard Philippe a mis en garde mardi 28 avril contre \"le risque de l'écroulement\" de l'économie. "         # 7142
     "\"Nous devons retourner au travail\", a de son côté affirmé mercredi matin le ministre de l'Economie et des "
     "Finances Bruno Le Maire.", "2020-04-29", "retourner", "Bruno Le Maire"),
])
def test_a_locution_inside_the_incise_is_crossed_and_is_not_its_speaker(text, date, words, who):
    assert speaker_of(text, words, date) == who


# "X a rappelé que A, et a précisé que B": the parser hangs the second reporting verb on A's verb; it is
# coordinated with the first one and has its subject, not the subject of A.
@pytest.mark.parametrize("text, words, who", [
    ("Marine Le Pen a qualifié le ministre de l'Intérieur Christophe Castaner d'« incompétent ». Face à ces "        # 12431
     "accusations, l'intéressé, invité du Grand Rendez-vous sur Europe 1 dimanche matin, a rappelé que les "
     "interpellations préventives d'éventuels casseurs n'étaient pas autorisées par le droit français, et a précisé "
     "que 264 arrestations ont eu lieu en France samedi, dont 173 à Paris.", "264 arrestations", "Christophe Castaner"),
    ("Le texte a été publié lundi. L'Unicef regrette que son message ait été mal perçu, et rappelle que la liberté "  # 19195
     "de chaque femme d'allaiter ou non est fondamentale.", "la liberté", "Unicef"),
    ("La presse officielle nord-coréenne a indiqué que Pyongyang va démarrer ses propres opérations de recherche "    # 31579
     "du corps, et affirmé que les opérations sud-coréennes risquaient de faire croître les tensions.",
     "opérations sud-coréennes", None),
])
def test_a_reporting_verb_coordinated_after_a_complement_clause_has_the_first_verb_s_subject(text, words, who):
    assert speaker_of(text, words, "2019-11-17") == who


# "», a tweeté X", "», a notamment tweeté X": the parser tags the participle of the incise (and its auxiliary) X or
# PROPN; it is the cue all the same, and the name after it is the speaker.
@pytest.mark.parametrize("text, date, words, who", [
    ("Le ministre des Comptes publics Gérald Darmanin a annoncé une plateforme de dons. Une initiative qui n'a pas "  # 8235
     "manqué de faire réagir l'opposition. \"Rétablissez l'ISF d'abord\", a tweeté le député du Nord Adrien "
     "Quatennens.", "2020-03-31", "ISF", "Adrien Quatennens"),
    ("Dans un post, Geneviève Darrieussecq s'était dite « écoeurée et scandalisée ». « Jeter des pavés sur les "       # 12431
     "pompiers, vandaliser le monument du maréchal Juin... Aucune forme de violence ne peut être tolérée », a tweeté "
     "samedi Cédric Villani, député de l'Essonne.", "2019-11-17", "pavés", "Cédric Villani"),
    ("\"Le gouvernement se heurte à l'État de droit\", a réagi la présidente du Rassemblement national Marine Le "    # 1877
     "Pen. \"Lourde défaite pour Belloubet. La volonté liberticide en échec\", a tweeté le chef de file des Insoumis "
     "Jean-Luc Mélenchon.", "2020-06-18", "liberticide", "Jean-Luc Mélenchon"),
    ("L'actrice Mia Farrow a salué elle aussi sur Twitter une \"force magnifique\". \"Que Dieu bénisse tous ceux "    # 8670
     "dont la vie a été transformée par ta voix puissante et féroce\", a également tweeté l'actrice engagée Rosanna "
     "Arquette.", "2020-05-27", "Dieu", "Rosanna Arquette"),
    ("Les eurodéputés n'ont pas apprécié la sortie de Yannick Jadot. \"Pas joli de récupérer sur un tel sujet...\", "  # 12060
     "a notamment tweeté Sylvie Guillaume.", "2019-11-28", "joli", "Sylvie Guillaume"),
])
def test_a_mistagged_participle_of_an_incise_is_the_cue(text, date, words, who):
    assert speaker_of(text, words, date) == who


# '« ... », a tweeté X, assurant : « ... »': a detached participle whose subject the parse does not give goes on
# with the speaker of the quotation before it in its sentence.
@pytest.mark.parametrize("text, date, words, who", [
    ("Le chef de l'État prépare une allocution. \"Le monde d'après sera résolument écologique. Je m'y engage\", a "   # 3565
     "tweeté Emmanuel Macron vendredi soir, assurant : \"nous avons une opportunité historique de reconstruire notre "
     "économie\".", "2020-06-05", "opportunité", "Emmanuel Macron"),
    ("Stephen Jones a 35 ans et vit dans les rues de Manchester. \"Nous avons dû retirer des clous de leurs bras\", "  # 17834
     "a ajouté cet ancien maçon, SDF depuis plus d'un an. \"C'est pas parce que je suis sans-abri que je n'ai pas de "
     "coeur\", a-t-il fait valoir, assurant : \"ils avaient besoin d'aide\", \"c'est juste l'instinct d'aller "
     "aider\".", "2017-05-24", "besoin d'aide", "Stephen Jones"),
])
def test_a_detached_participle_goes_on_with_the_speaker_before_it(text, date, words, who):
    assert speaker_of(text, words, date) == who


# "en rappelant que", "en déclarant :": a gerund has the subject of the verb it depends on, even where the parser
# hangs it as an oblique.
@pytest.mark.parametrize("text, date, words, who", [
    ("\"Le virus n'a pas terminé sa circulation dans le territoire\" et cela \"ne veut pas dire que nous nous "     # 2532
     "arrêtons face au virus\", a expliqué Olivier Véran, en rappelant que des mesures barrière et autres "
     "restrictions restaient en vigueur.", "2020-06-15", "mesures barrière", "Olivier Véran"),
    ("\"Si nous perdons deux pieds, la table ne peut plus tenir debout\", a estimé son homologue italien Rodolfo "  # 4354
     "Ziberna. \"Nous pensons que c'est un modèle de collaboration que nous pourrions exporter dans toute "
     "l'Europe\", a ajouté M. Ziberna en rappelant que les deux villes avaient présenté une candidature commune.",
     "2020-06-15", "candidature", "Rodolfo Ziberna"),
    ("Donald Trump a été ferme. Le président américain, qui avait déjà annoncé le déploiement de 15 000 hommes "    # 15473
     "pour aller les contrer à la frontière, est même allé plus loin ce vendredi en déclarant : \"S'ils veulent "
     "lancer des pierres sur notre armée, notre armée répliquera\".", "2018-11-02", "pierres", "Donald Trump"),
])
def test_a_gerund_has_the_subject_of_its_verb(text, date, words, who):
    assert speaker_of(text, words, date) == who


@pytest.mark.parametrize("text", [
    "Il faut dire que le défunt n'était pas un inconnu.",                   # 13254
    "Il faut dire qu'ils étaient là pour ça !",                              # 19196
])
def test_il_faut_dire_is_no_quote(text):
    """ "Il faut dire que ...": the writer's comment under an impersonal verb quotes nobody."""
    assert speakers(text) == []


def test_a_reported_il_faut_is_still_a_quote():
    assert speakers("Le ministre Gérald Darmanin a dit qu'il faut agir.") == [("il faut agir", "Gérald Darmanin")]


@pytest.mark.parametrize("text, date, words, who", [
    ("A Matignon, on indique que « l'idée est de sanctuariser les dépenses liées à ces investissements dans le budget "
     "des ministères ».", "2017-09-25", "sanctuariser", "Matignon"),                                      # 23851
    ("Du côté de Matignon, on reconnaît qu'une panne a été constatée sur l'un des terminaux au cours de cette "
     "visite.", "2016-07-06", "une panne", "Matignon"),                                                  # 27762
    ("Au PCF, on explique \"se plier aux réglementations de la préfecture\" en matière sanitaire.", "2020-08-20",
     "se plier", "PCF"),                                                                                 # 34679
])
def test_the_on_of_a_fronted_institution_speaks_for_it(text, date, words, who):
    """ "A Matignon, on indique que ...": after a fronted "à"/"chez"/"du côté de" phrase, "on" is the
    organisation it names."""
    assert speaker_of(text, words, date) == who


def test_the_on_of_a_fronted_city_is_nobody():
    assert speaker_of("A Paris, on pense que la crise va durer.", "la crise") is None


@pytest.mark.parametrize("text, date, words, who", [
    ("Le ministère indien des Affaires étrangères a répliqué par la voix de son porte-parole Anurag Srivastava, "
     "attribuant la responsabilité de l'affrontement à la Chine à travers \"une tentative de changer unilatéralement le "
     "statu quo\" à la frontière.", "2020-06-17", "tentative", "Anurag Srivastava"),                       # 3913
    ("Et ce tandis que la Grèce se disait le même jour, par la voix de son Premier ministre Kyriakos Mitsotakis, "
     "\"prête à accueillir les touristes cet été\" en toute sécurité.", "2020-06-13", "prête",
     "Kyriakos Mitsotakis"),                                                                              # 4691
    ("L'OMS a par ailleurs déclaré, par la voix de son patron Tedros Adhanom Ghebreyesus, espérer \"en terminer avec "
     "cette pandémie en moins de deux ans\".", "2020-08-23", "pandémie", "Tedros Adhanom Ghebreyesus"),   # 35498
])
def test_who_speaks_par_la_voix_de_is_the_speaker(text, date, words, who):
    """ "X a répliqué par la voix de son porte-parole Y": Y says it for X."""
    assert speaker_of(text, words, date) == who


@pytest.mark.parametrize("text, date, words, who", [
    ("Le siège social de ces deux associations, d'abord enregistré à l'adresse de la permanence du député insoumis, a "
     "été transféré le 21 février au domicile de la présidente Isabelle Guyot, précise Libération.", "2019-02-26",
     "siège social", "Libération"),                                                                        # 17811
    ("Il continue de garder le contact avec Emmanuel Macron et Édouard Philippe, glisse Paris Match, mais n'aurait "
     "pas l'intention de se présenter aux élections européennes en 2019.", "2018-11-15", "garder le contact",
     "Paris Match"),                                                                                       # 19917
    ("Le roi des forains a annoncé son intention de présenter un candidat aux élections municipales de 2020 à Paris, "
     "face à la maire sortante, rapporte Le Figaro jeudi 16 août.", "2018-08-16", "roi des forains", "Le Figaro"),  # 20915
    ("Les autorités ont saisi la plaque \"comme élément de preuve pour engager une action en justice\" contre ceux qui "
     "l'ont installée, a indiqué lundi lors d'un point presse Jirapat Phumijit, porte-parole de la police "
     "métropolitaine de Bangkok.", "2020-09-21", "élément de preuve", "Jirapat Phumijit"),                      # 32417
    ("Depuis samedi, les autorités sanitaires ont testé environ 356.000 personnes, a indiqué mercredi Zhang Qiang, un "
     "haut responsable pékinois chargé de la gestion de l'épidémie.", "2020-06-17", "356.000", "Zhang Qiang"),  # 3656
    ("Elle restera \"probablement\" dans les collections de l'établissement, connu pour ses sculptures en plein air, a "
     "affirmé pour sa part Johan Vermant, porte-parole du maire de la cité portuaire.", "2020-06-10", "collections",
     "Johan Vermant"),                                                                                     # 5696
])
def test_an_incise_the_parser_hung_on_the_clause_before_has_its_subject_after(text, date, words, who):
    """ "<clause>, rapporte Le Figaro.": the parse makes the incise verb an adverbial of the clause, whose subject it
    then climbs to; the name right after the finite cue is the speaker of the clause before it; after a compound cue
    ("a indiqué lundi lors d'un point presse X, porte-parole"), the name that closes the incise."""
    assert speaker_of(text, words, date) == who


def test_a_participle_after_a_comma_keeps_the_clauses_subject():
    """ "Mathilde Panot (LFI) s'est inquiétée [...], estimant qu'il existait un risque" (32303)."""
    text = ("Mathilde Panot (LFI) s'est cependant inquiétée du flou entourant la notion de \"résidence occasionnelle\", "
            "estimant qu'il existait un risque d'étendre cette mesure aux logements vacants.")
    assert speaker_of(text, "logements vacants", "2020-09-15") == "Mathilde Panot"


@pytest.mark.parametrize("text, date, words, who", [
    ("Cette décision survient après un signalement interne qui a conduit la justice vaticane à saisir des documents "
     "et des ordinateurs dans les bureaux de la Fabrique de Saint-Pierre, précise un communiqué du Saint-Siège publié "
     "mardi.", "2020-06-30", "signalement interne", "Saint-Siège"),                                         # 720
    ("Au total, sept policiers ont été légèrement blessés, et \"une vitrine et deux abribus ont été dégradés\", selon "
     "un communiqué de la Préfecture de police de Paris.", "2018-05-27", "sept policiers",
     "Préfecture de police de Paris"),                                                                      # 21646
    ("Pour sa part, le président russe Vladimir Poutine a qualifié de \"contre-productive toute tentative d'ingérence "
     "dans les affaires intérieures (du Bélarus)\", dans un entretien téléphonique avec le Premier ministre italien, "
     "Giuseppe Conte, selon un communiqué du Kremlin.", "2020-08-27", "Vladimir Poutine", "Kremlin"),       # 35223
    ("Une protection qui coûte en moyenne 71.879 euros par an et par fonctionnaire, selon un rapport de la Cour des "
     "comptes de 2010.", "2017-11-08", "Une protection", "Cour des comptes"),                              # 23372
    ("Les records de chaleur, l'acidification des océans, la montée du niveau des eaux, ainsi que la fonte des "
     "glaciers montrent une accélération du changement climatique au cours des cinq dernières années, selon un "
     "rapport de l'Organisation météorologique mondiale.", "2020-06-06", "records de chaleur",
     "Organisation météorologique mondiale"),                                                                # 6488
])
def test_a_written_statement_speaks_for_its_author(text, date, words, who):
    """ "selon un communiqué du Kremlin", "précise un communiqué du Saint-Siège": the statement's "de" complement
    (``lexicons/speech_documents.txt``) is who speaks."""
    assert speaker_of(text, words, date) == who


def test_a_name_before_the_cues_complement_is_not_an_incises_subject():
    """15013: "La productrice Hester Ruoff, qui avait travaillé ..., a déclaré au quotidien The Daily Telegraph être
    « absolument anéantie »": the cue's subject is before the relative clause; the name after it is whom she told."""
    text = ("La productrice Hester Ruoff, qui avait travaillé avec la victime sur plusieurs projets, dont le "
            "court-métrage Gerry (2018) avec Joan Collins, a déclaré au quotidien The Daily Telegraph être "
            "\"absolument anéantie\".")
    assert speaker_of(text, "anéantie") != "The Daily Telegraph"


# The euphonic "t" written after a space ("a t-il", "estime t-elle"; OrangeSum writes it so about one time in ten)
# is read as "a-t-il": the inverted subject speaks, and the record keeps the article's own text.
@pytest.mark.parametrize("text, words, speaker, cue", [
    ("Même le vendeur du ticket gagnant, Paul Smith, va toucher une prime. \"Je suis vraiment heureux. Ca va "    # 18628
     "vraiment aider notre ville\", a t-il témoigné au site d'information locale The Tennessean.",
     "heureux", "Paul Smith", "témoigner"),
    ("Emmanuel Macron a défendu ses propos mercredi. \"Quand la glace s'est constituée, il faut des brise-glaces. "   # 13692
     "C'est notre responsabilité\" a t-il ajouté, soulignant la spécificité de la France.", "brise-glaces",
     "Emmanuel Macron", "ajouter"),
])
def test_the_euphonic_t_after_a_space_is_an_inversion(text, words, speaker, cue):
    assert speaker_of(text, words) == speaker
    record = extract(text)
    quote = next(q for q in record.quotes if words in text[q.start:q.end])
    assert record.text == text and quote.cue is not None and quote.cue.lemma == cue


# "« ... », admet-elle, évoquant ...": the participle after an incise reports what follows it; the quotation and the
# incise before it are not its words (lone incises were taken for quotes: "« ... », déplore t-elle").
@pytest.mark.parametrize("text, words", [
    ("Angela Merkel reconnaît avoir des \"confrontations\" avec Emmanuel Macron. \"Bien sûr, nous avons des "      # 16184
     "confrontations\", admet-elle, évoquant des différences de mentalité.", "admet"),
    ("Rachida Dati tacle les Républicains. \"Il y a des talents, il y a des idées, encore faut-il qu'il y ait un "    # 16042
     "collectif!\", déplore t-elle, évoquant ses proximités avec Eric Woerth et François Baroin.", "déplore"),
    ("Edouard Philippe détaille la réforme. Le calendrier sera \"décalé jusqu'à 2027\", indique-t-il, précisant que "  # 11582
     "les responsables auront à \"définir ce bonus malus\".", "indique"),
])
def test_a_participle_after_an_incise_does_not_report_the_incise(text, words):
    assert not any(words in quoted for quoted, _ in speakers(text))


# A definite description that repeats an indefinite one no name went with ("une porte-parole de la protection
# civile ... la porte-parole de la protection civile") is that unnamed person: nobody, not the salient person of its
# gender; nor does it give that person the title.
@pytest.mark.parametrize("text, words, date", [
    ("Interrogée par l'AFP, une porte-parole de la protection civile en Catalogne a précisé que la première alerte "  # 17303
     "avait été reçue vers 22h45 (20h45 GMT). \"Le plan d'auto-protection de l'événement avait été bien réalisé et a "
     "parfaitement fonctionné\", a déclaré la porte-parole de la protection civile. \"Le plan d'urgence a "
     "parfaitement fonctionné\", s'est aussi félicitée sur Twitter la maire de Santa Coloma, Nuria Parlon.",
     "auto-protection", "2017-07-29"),
    ("Ancien directeur des ressources humaines de magasins du groupe Auchan, Laurent Pietraszewski, nommé mercredi 18 "  # 11385
     "décembre secrétaire d'État en charge des retraites, a laissé un \"mauvais souvenir\" aux délégués CFDT. Il a "
     "exercé différents postes dans plusieurs magasins de la région lilloise, selon un porte-parole du groupe. Il a "
     "ensuite intégré la direction des ressources humaines d'Auchan France en 2009. \"Ceux qui l'ont côtoyé gardent de "
     "lui le souvenir de quelqu'un d'abordable, à l'écoute et ouvert\", précise le porte-parole.", "abordable",
     "2019-12-18"),
    ("\"Il ne s'agit pas d'une taxe, mais bien d'une récupération des montants qui n'ont pas été déboursés\" par les "  # 34918
     "complémentaires, notamment du fait que, pendant le confinement, de nombreux assurés ont renoncé à certains "
     "soins, a expliqué un porte-parole du ministère, confirmant une information des Échos. Ce projet a été présenté "
     "aux organismes concernés dès le 5 juin : le gouvernement leur a demandé de \"faire des propositions\", a-t-on "
     "précisé au ministère de la Santé. Les complémentaires \"ont fait des retours constructifs\", a ajouté le "
     "porte-parole.", "retours constructifs", "2020-08-04"),
])
def test_a_description_of_someone_unnamed_introduced_before_is_nobody(text, words, date):
    assert speaker_of(text, words, date) is None
    assert not any(title.startswith("porte-parole") for _, title in roles(text, date))


# An indefinite said of someone ("qui assume d'être un lobbyiste"), generic ("la règle veut qu'un ministre ne
# puisse"), or apposed to a name ("Osborne Ndalo, un médecin") introduces no unnamed person.
@pytest.mark.parametrize("text, words, who, date", [
    ("Thierry Coste a-t-il fait craquer l'ex-ministre de la Transition écologique et solidaire ? Ce conseiller "     # 20748
     "politique de la Fédération nationale des chasseurs, qui assume d'être un lobbyiste professionnel, était présent "
     "à la réunion avec les chasseurs à l'Elysée, lundi 27 août. \"Le problème est qu'il a dit qu'il me l'avait dit, "
     "vraiment en face, sauf qu'il a menti\", a affirmé le lobbyiste au micro de la radio.", "Le problème",
     "Thierry Coste", "2018-08-29"),
    ("Osborne Ndalo, un médecin à Mombasa pour l'ONG North Star Alliance qui gère des centres de santé dédiés aux "  # 11245
     "routiers, explique qu'un chauffeur kényan testé positif à la frontière avec l'Ouganda, avait transmis le virus à "
     "au moins quatre personnes sur sa route, dont une petite amie. \"Ce qui fait des chauffeurs-routiers un groupe à "
     "risques, c'est leur mobilité (...) Ils sont au contact de personnes de différents milieux et de différentes "
     "régions\", précise le médecin.", "Ce qui fait", "Osborne Ndalo", "2020-05-13"),
])
def test_an_indefinite_said_of_a_named_person_introduces_nobody(text, words, who, date):
    assert speaker_of(text, words, date) == who


# A bare state body ("l'armée", "le parquet", "le gouvernement") a few sentences after the noun phrase that named its
# state by a demonym ("l'armée israélienne") acts for that state.
@pytest.mark.parametrize("text, words, who, date", [
    ("\"Les avions de combat et des tanks ont frappé un certain nombre de cibles militaires du Hamas dans la bande de "  # 35827
     "Gaza\", a indiqué l'armée israélienne dans un bref communiqué. \"Les cibles frappées incluent un site militaire "
     "utilisé pour les forces navales du Hamas, des infrastructures souterraines et des postes d'observation\", a "
     "ajouté l'armée qui a dit avoir agi en \"réponse\" à la poursuite des lancers de ballons incendiaires.",
     "Les cibles frappées", "Israël", "2020-08-13"),
    ("La mort du Palestinien s'est produite dans un contexte de recrudescence d'attaques ou tentatives d'attaques "    # 8129
     "contre les forces israéliennes. Vendredi, un Palestinien a été tué par l'armée israélienne alors qu'il tentait "
     "de lancer sa voiture contre des soldats au nord de Ramallah, selon l'armée.", "lancer sa voiture", "Israël",
     "2020-05-30"),
])
def test_a_bare_state_body_acts_for_the_state_its_demonym_named(text, words, who, date):
    assert speaker_of(text, words, date) == who


# A lowercase word the parser tagged as a proper noun ("l'institut") is a description like any noun.
@pytest.mark.parametrize("text, words, who, date", [
    ("La Fondation Brigitte Bardot, dans la foulée, a commandé un sondage à l'Ifop (réalisé du 5 au 7 août auprès "   # 34565
     "d'un échantillon représentatif de 1.009 personnes) montrant \"une adhésion forte à diverses mesures "
     "pro-animaux\" selon l'institut, avec des taux de soutien de 70 à 91% selon les mesures.", "adhésion forte",
     "Ifop", "2020-08-21"),
    ("La star américaine Beyoncé s'est d'ailleurs fait l'écho dimanche des messages de BLM lors d'une cérémonie "     # 6047
     "virtuelle, avec d'autres artistes, sur YouTube appelée \"Dear Class of 2020\", et s'adressant aux diplômés du "
     "monde entier.\"Vous êtes arrivés ici au beau milieu d'une crise mondiale, d'une pandémie raciale et de "
     "l'expression mondiale de l'indignation face au meurtre insensé d'un autre être humain noir non armé. Et vous "
     "avez quand même réussi. Nous sommes si fiers de vous\", a déclaré la chanteuse, dénonçant le sectarisme.",
     "Vous êtes arrivés", "Beyoncé", "2020-06-08"),
])
def test_a_lowercase_proper_noun_is_a_description(text, words, who, date):
    assert speaker_of(text, words, date) == who


# "Selon la presse locale", "selon la presse britannique", "selon les médias turcs": the press at large is unnamed
# people (kind circle of coref_words.tsv), nobody, neither the salient person nor the state of its demonym.
@pytest.mark.parametrize("text, words, date", [
    ("\"Le plan d'urgence a parfaitement fonctionné\", s'est aussi félicitée sur Twitter la maire de Santa Coloma, "  # 17303
     "Nuria Parlon. Selon la presse locale, ce festival se tenait pour la première fois dans cette banlieue ouvrière "
     "de Barcelone.", "ce festival", "2017-07-29"),
    ("A l'occasion d'une audition devant la Chambre des représentants en 2017, l'ambassadeur d'Allemagne en Belgique "  # 15126
     "à l'époque, Rüdiger Lüdeking, avait affirmé que 27 personnes en Belgique touchaient encore cette pension. Il "
     "avait également évoqué, selon la presse belge, une somme de 385 euros par mois pour les bénéficiaires.",
     "385 euros", "2019-02-20"),
    ("Âgés de 21 à 27 ans, ces militaires affectés à la sécurité du château et de la reine revenaient d'une soirée "  # 15414
     "arrosée dans un pub lorsque la bagarre a éclaté. Selon la presse britannique, huit personnes au total auraient "
     "été impliquées dans cette rixe devant le Ramsey's Grill, à quelques mètres seulement de la résidence de la "
     "reine.", "huit personnes", "2018-11-19"),
    ("Seize combattants du régime syrien ont été tués par des bombardements de représailles menés par l'armée turque "  # 13207
     "vendredi. Selon les médias turcs, des groupes de migrants se dirigeaient vendredi matin en direction de la "
     "frontière avec la Grèce dans l'ouest de la Turquie.", "des groupes de migrants", "2020-02-28"),
    ("Les Etats-Unis traversent un mouvement historique de colère. Donald Trump a refusé de condamner les actes de ce "  # 34928
     "jeune homme, Kyle Rittenhouse, inculpé pour meurtre avec préméditation. Selon les médias américains, il est un "
     "partisan du président, amateur d'armes.", "un partisan du président", "2020-09-02"),
])
def test_the_press_at_large_is_nobody(text, words, date):
    assert speaker_of(text, words, date) is None


# "Les Sages" is the Conseil constitutionnel's name in the press (kind constitutional_council of
# organization_kinds.tsv): a description of it when the article names it, no place of its own.
@pytest.mark.parametrize("text, date", [
    ("Cédric Herrou a été entendu. Le Conseil constitutionnel a affirmé, vendredi 6 juillet, qu'une aide désintéressée "  # 21281
     "au \"séjour irrégulier\" des étrangers ne pouvait pas être sanctionnée, au nom du \"principe de fraternité\". Les "
     "Sages ont donc donné raison à Cédric Herrou, cet agriculteur condamné pour avoir aidé des migrants à la frontière "
     "franco-italienne, qui réclamait l'abolition du \"délit de solidarité\".", "2018-07-06"),
    ("Le dossier déposé compilait \"plusieurs irrégularités\", qui ont \"déjà motivé des annulations d'élections par le "  # 24076
     "Conseil constitutionnel\", assurait-elle alors.Un cas loin d'être anodin, puisque les Sages ont reçu après les "
     "scrutins des 11 et 18 juin pas moins de 597 recours, soit près de trois fois plus qu'en en 2012.", "2017-09-04"),
])
def test_les_sages_are_the_conseil_constitutionnel_named_before(text, date):
    doc = parse(text, date)
    assert not any(e.name == "Sages" for e in doc._.entities)
    sages = next(t for t in doc if t.lower_ == "sages")
    ent, _ = resolve(doc, sages)
    assert ent is not None and ent.name == "Conseil constitutionnel"


def test_les_sages_speak_for_the_conseil_constitutionnel():
    text = ("Dans sa décision, le Conseil constitutionnel a détaillé les mesures qu'il juge contraires aux libertés "  # 34867
            "fondamentales. Dans leur décision, les Sages estiment que ces mesures, qui devaient être prononcées en "
            "fonction de la \"particulière dangerosité\" d'un détenu à la fin de sa peine, \"portent atteinte à la "
            "liberté d'aller et de venir, au droit au respect de la vie privée et au droit de mener une vie familiale "
            "normale\".")
    assert speaker_of(text, "ces mesures", "2020-08-07") == "Conseil constitutionnel"
