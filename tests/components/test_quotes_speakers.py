"""Speakers of quotations on constructions of unseen articles (issue 13): each behaviour is shown on sentences of
two OrangeSum articles outside the gold (monde_politique.jsonl.gz ids in the comments), trimmed to the clause."""
from __future__ import annotations

import pytest

from veille import reference
from veille.marks import quoted
from veille.pipeline import parse
from veille.spans import entity_by_id


def attributions(text, date):
    """(quoted text, speaker name, cue lemma) of every quote."""
    doc = parse(text, date)
    return [(doc.text[q.start:q.end], entity_by_id(doc, q.speaker).name if q.speaker else None,
             q.cue.lemma if q.cue else None) for q in doc._.quotes]


def attribution(text, date, words):
    """(speaker name, cue lemma) of the quote that holds ``words``."""
    return next((who, cue) for said, who, cue in attributions(text, date) if words in said)


# A state's capital that reports ("Ankara affirme que", "Pékin affirme que") speaks for its government.
@pytest.mark.parametrize("text, date, words, capital", [
    ("Des centaines de rebelles syriens, appuyés par l'aviation et les chars turcs, prennent la localité de "     # 13987
     "Jarablos. Ankara affirme que l'opération vise à débarrasser la frontière à la fois des jihadistes de l'EI et "
     "des milices kurdes.", "2019-10-09", "débarrasser", "Ankara"),
    ("La loi crée un organe relevant directement du gouvernement central. Pékin affirme que ce texte est destiné "  # 2033
     "à restaurer l'ordre dans l'ex-colonie britannique.", "2020-06-24", "restaurer", "Pékin"),
])
def test_a_capital_speaks_for_its_state(text, date, words, capital):
    assert attribution(text, date, words)[0] == capital


# "a assuré son avocat à l'AFP": the medium the words were said to is not the speaker's organisation.
@pytest.mark.parametrize("text, date, words", [
    ("Le député a fait appel de la décision. \"Il est extrêmement serein quant à la suite qui sera donnée par la "   # 4740
     "justice\", a assuré son avocat à l'AFP.", "2020-05-26", "serein"),
    ("Richard Ferrand est entendu par les juges. \"Nous assistons à la suite logique de la procédure, avec une "     # 14180
     "audition qui se déroule actuellement à Lille\", a indiqué son entourage à l'AFP.", "2019-09-11", "audition"),
    ("Mounir Mahjoubi n'aurait \"pas pris sa décision\". \"Une chose est sûre, c'est qu'il compte influer sur le "  # 21292
     "projet et les valeurs\", a précisé son entourage au Figaro.", "2018-07-06", "influer"),
])
def test_the_medium_spoken_to_is_not_the_speaker(text, date, words):
    assert attribution(text, date, words)[0] is None


# "le locataire de Bercy", "le locataire de la place Beauvau": a description of an office holder is a person, never
# the place or ministry its words name.
@pytest.mark.parametrize("text, date, words, place", [
    ("Alors que le \"grand débat\" s'achève, le locataire de Bercy explique que \"la remise à plat de la fiscalité "  # 16982
     "est en cours\".", "2019-04-07", "remise à plat", "Bercy"),
    ("En off, \"le désarroi et l'inquiétude règnent en haut-lieu\", écrit ce mercredi Le Canard enchaîné. \"La "     # 19920
     "situation est insaisissable\", déplore notamment le locataire de la place Beauvau.", "2018-11-14",
     "insaisissable", "place Beauvau"),
])
def test_an_office_description_is_not_its_place(text, date, words, place):
    assert attribution(text, date, words)[0] != place


# "», note Matignon", "», analyse l'artiste": the parser tags the incise's verb a noun; it is the cue all the same.
@pytest.mark.parametrize("text, date, words, who, cue", [
    ("C'est Michael Nathan qui va devoir gérer l'aspect technique. \"Lui et ses équipes ont bossé comme des fous "   # 18586
     "nuit et jour pour tenter de rattraper le retard\", note Matignon dans Le Parisien.", "2019-01-24", "bossé",
     "Matignon", "noter"),
    ("Didier Reynders a écrit aux Etats membres. \"Certains Etats membres permettent de reporter le remboursement "  # 222
     "bien au-delà du délai de 14 jours fixé dans la directive\", note la Commission européenne.", "2020-07-02",
     "remboursement", "Commission européenne", "noter"),
    ("L'acteur Mark Ruffalo a réagi sur Twitter à la démission de Michael Flynn. \"Les services de renseignement "   # 18125
     "dans le monde entier sont horrifiés par l'incompétence de l'administration Trump\", analyse l'artiste.",
     "2017-02-18", "horrifiés", "Mark Ruffalo", "analyser"),
    ("Le député Richard Ferrand a dénoncé l'attaque. \"Ce n'est pas un signe de parfaite santé démocratique\", "    # 18212
     "pointe l'ancien ministre, qui a déposé plainte vendredi à la gendarmerie.", "2019-02-10", "santé",
     "Richard Ferrand", "pointer"),
])
def test_an_incise_verb_tagged_as_a_noun_is_the_cue(text, date, words, who, cue):
    assert attribution(text, date, words) == (who, cue)


# 'X est accusé de « ... », a déclaré le tribunal': the incise after the quotation says who reports it, not a
# verb before the marks.
@pytest.mark.parametrize("text, date, words, cue, not_who", [
    ("Le tribunal spécial pour le Kosovo a inculpé le président Hashim Thaci. Hashim Thaci est notamment accusé de "  # 1897
     "\"meurtres, disparition forcée de personnes, persécutions et tortures\", a déclaré le tribunal qui siège à La "
     "Haye.", "2020-06-25", "tortures", "déclarer", "Hashim Thaci"),
    ("Le procès de Stephan Ernst s'est ouvert mardi. L'épouse et les deux fils de la victime, qui se sont portés "    # 3990
     "parties civiles, ont tenu à y être présents afin d'\"envoyer un signal clair contre la haine et la violence\", "
     "a expliqué le porte-parole de la famille, Dirk Metz.", "2020-06-16", "signal clair", "expliquer", "Stephan Ernst"),
])
def test_the_incise_after_the_quotation_is_its_cue(text, date, words, cue, not_who):
    who, found = attribution(text, date, words)
    assert found == cue and who != not_who


# 'Israël et les monarchies du Golfe « ne sont pas des alliés naturels », ajoute-t-il': the pronoun of an incise
# does not designate what the reported words name.
@pytest.mark.parametrize("text, date, words, named, speaker", [
    ("Le chercheur Andrew Wechsler suit la région. \"Ce que vous voyez aujourd'hui, c'est l'émergence d'une "         # 33901
     "nouvelle coalition\", explique M. Wechsler.Israël et les monarchies du Golfe \"ne sont pas des alliés "
     "naturels\", ajoute-t-il.", "2020-09-12", "alliés naturels", "Israël", "Andrew Wechsler"),
    ("Nicolas Sarkozy est catégorique : certains pays doivent être exclus de ce nouveau projet européen. La Turquie "  # 27821
     "en fait partie : elle \"n'a pas vocation ni aujourd'hui ni demain à rentrer dans l'Europe\", a-t-il assuré sur "
     "RTL.", "2016-06-30", "vocation", "Turquie", "Nicolas Sarkozy"),
])
def test_an_incise_pronoun_is_not_named_in_the_reported_words(text, date, words, named, speaker):
    doc = parse(text, date)
    pronoun = next(t for t in doc if t.lower_.endswith("il") and t.lower_.startswith("-"))
    said = (doc.text.index(named), pronoun.idx)      # the sentence the incise reports
    resolver = reference.Resolver(doc, quoted(doc))
    candidates = [e.name for _, e in resolver.ranked(pronoun, None, None, ("ORG", "GPE"))]
    kept = [e.name for _, e in resolver.ranked(pronoun, None, None, ("ORG", "GPE"), said=said)]
    assert named in candidates and named not in kept
    assert attribution(text, date, words)[0] == speaker


# "selon un bilan établi par l'AFP", "selon un décompte de l'AFP": a count speaks for the organisation that made
# it, like a poll.
@pytest.mark.parametrize("text, date, words", [
    ("La pandémie a fait au moins 517.416 morts dans le monde, selon un bilan établi par l'AFP à partir de sources "  # 27
     "officielles jeudi à 19H00 GMT.", "2020-07-03", "morts"),
    ("La pandémie de Covid-19 a fait au moins 499.510 morts dans le monde, selon un bilan établi par l'AFP à partir "  # 1040
     "de sources officielles dimanche à 19h00 GMT.", "2020-06-29", "morts"),
    ("Le pays est en septième position pour le nombre de morts liés à l'épidémie avec 22.584 décès lundi pour "       # 2265
     "185.122 cas, selon un décompte de l'AFP basé sur des sources officielles.", "2020-06-23", "décès"),
    ("Depuis juillet, environ un million de nouvelles infections sont détectées mondialement tous les quatre jours, "  # 35040
     "selon un décompte de l'AFP.", "2020-08-30", "infections"),
])
def test_a_count_speaks_for_whoever_made_it(text, date, words):
    assert attribution(text, date, words)[0] == "AFP"


# "», précise le communiqué de la garde des Sceaux", "», poursuit le communiqué": a document speaks for the author
# its complement names, else for the speaker it goes on quoting; it is never a person guessed by gender.
@pytest.mark.parametrize("text, date, words, author", [
    ("\"Nicole Belloubet a demandé à l'Inspection générale de la justice de conduire une inspection de "              # 297
     "fonctionnement sur cette enquête\", indique-t-elle dans un communiqué. \"Cette inspection permettra de "
     "déterminer l'étendue et la proportionnalité des investigations effectuées\", précise le communiqué de la garde "
     "des Sceaux.", "2020-07-01", "proportionnalité", "Nicole Belloubet"),
    ("C'est dans ce cadre que le pape François a nommé un nonce apostolique, Mgr Mario Giordana, au poste de "          # 720
     "commissaire extraordinaire. Il sera chargé de \"mettre à jour les statuts, clarifier l'administration et "
     "réorganiser les bureaux administratifs et techniques de la Fabrique\", précise le texte du Saint-Siège.",
     "2020-06-30", "statuts", "Saint-Siège"),
    ("La République en marche a retiré les investitures à MM. Collomb et Cucherat. Elle a également prévenu qu'une "   # 4320
     "décision similaire s'appliquera à \"l'ensemble des candidats qui décideraient de s'engager à leur tour dans ce "
     "schéma d'alliance\". \"La Commission nationale d'investiture se réunira dans les prochains jours afin "
     "d'analyser l'évolution de la situation dans les arrondissements de la ville\", poursuit le communiqué.",
     "2020-05-29", "investiture se réunira", "La République en marche"),
])
def test_a_document_speaks_for_its_author(text, date, words, author):
    assert attribution(text, date, words)[0] == author


# « ... ». C'est ce qu'a annoncé X / C'est par ces mots que X a ... / Ce sont les mots de X: the sentence after the
# quoted words points back at them and names who said them (the ECHO rules of quotes.jsonl).
@pytest.mark.parametrize("text, date, speaker", [
    ("Une \"tolérance zéro contre le racisme chez les forces de l'ordre\". C'est ce qu'a annoncé, lundi 8 juin, le "  # 3344
     "ministre de l'Intérieur Christophe Castaner.", "2020-06-08", "Christophe Castaner"),
    ("\"J'ai appris ce matin avec beaucoup de tristesse le décès de mon vieux copain Armand Jung\". C'est par ces "    # 14846
     "mots que l'ancien Premier ministre, Manuel Valls, a rendu hommage à l'ex député socialiste.", "2019-07-31",
     "Manuel Valls"),
    ("\"Une page se tourne, un nouveau chapitre de ma vie qui s'ouvre.\" C'est par ces mots que Laurence Sailliet a "  # 15155
     "annoncé sur Twitter son départ des Républicains.", "2019-07-15", "Laurence Sailliet"),
    ("\"J'ai décidé d'affirmer haut et fort que le suicide dans la police et la gendarmerie ne sera jamais une "      # 16822
     "fatalité\". Ce sont les mots de Christophe Castaner, ministre de l'Intérieur.", "2019-04-12", "Christophe Castaner"),
    ("\"La question n'est pas du tout fermée.\" C'est en ces termes que François Bayrou a réagi à l'éventualité d'un "  # 16922
     "rétablissement de l'ISF, lundi matin.", "2019-04-08", "François Bayrou"),
])
def test_the_next_sentence_names_who_said_it(text, date, speaker):
    (said, who, _), *_ = attributions(text, date)
    assert who == speaker


# "», juge la chercheure en anthropologie sociale, Aïcha Benamar": the name after a description and its complement
# (which the parser hangs on the mistagged verb) is the person described.
@pytest.mark.parametrize("text, date, words, speaker", [
    ("Senda Touiti est inquiète. La crise sanitaire a montré \"les limites du système éducatif algérien\", juge la "   # 7042
     "chercheure en anthropologie sociale, Aïcha Benamar.", "2020-06-04", "limites", "Aïcha Benamar"),
    ("Les feuilletons saoudiens ont suscité la polémique. \"Ces émissions sont utiles à l'Etat saoudien pour "         # 9890
     "comprendre la position du public (...) elles servent d'outil de mesure\", explique l'expert en politique "
     "étrangère saoudienne à l'égard d'Israël, Aziz Alghashian, professeur à l'université d'Essex.", "2020-05-21",
     "outil de mesure", "Aziz Alghashian"),
])
def test_a_name_after_a_described_complement(text, date, words, speaker):
    assert attribution(text, date, words)[0] == speaker


# "Le gouvernement britannique a annoncé", "les autorités chinoises ont indiqué", "le régime nord-coréen a annoncé":
# a state's executive named by its demonym, with no organisation of that name, speaks for the state.
@pytest.mark.parametrize("text, date, noun, state", [
    ("Le gouvernement britannique a annoncé lundi qu'il allait durcir le confinement à Leicester en raison d'une "   # 627
     "flambée de cas de nouveau coronavirus dans cette ville du centre de l'Angleterre.", "2020-06-30", "gouvernement",
     "Royaume-Uni"),
    ("Mais le gouvernement britannique a assuré vendredi 15 mai qu'aucune exemption n'avait été accordée aux "      # 10820
     "Français.", "2020-05-16", "gouvernement", "Royaume-Uni"),
    ("Aucune notification chinoise n'a été reçue par l'ONU depuis avril 2009 et les autorités chinoises ont indiqué "  # 3290
     "enquêter pour répondre aux questions du groupe d'experts.", "2020-06-19", "autorités", "Chine"),
    ("La propagation du virus continue d'inquiéter la Chine, qui déplore désormais 17 morts. Les autorités chinoises "  # 13456
     "ont annoncé suspendre à partir de jeudi 23 janvier les trains et avions au départ de Wuhan.", "2020-01-22",
     "autorités", "Chine"),
    ("La semaine dernière, le régime nord-coréen a annoncé la fermeture de ses canaux de communication avec le "      # 3912
     "Sud.", "2020-06-16", "régime", "Corée du Nord"),
    ("Et la semaine dernière, le régime nord-coréen a annoncé la fermeture de ses canaux de communication politique "  # 4075
     "et militaire avec l'\"ennemi\" sud-coréen.", "2020-06-16", "régime", "Corée du Nord"),
])
def test_a_state_executive_speaks_for_the_state(text, date, noun, state):
    doc = parse(text, date)
    subject = next(t for t in doc if t.lower_ == noun)
    found, _ = reference.resolve(doc, subject)
    assert found is not None and found.name == state


# A verb has one subject: a description the parser makes a second subject of the named person's verb is detached
# before the name ("Son successeur au perchoir, Richard Ferrand a déclaré"), and speaks for that person.
@pytest.mark.parametrize("text, date, words, speaker", [
    ("Les opposants politiques du maire de la ville ont immédiatement dénoncé ce comportement. Ancien "   # 12474
     "porte-parole du parti communiste français (PCF) et actuel conseiller municipal à Pau, Olivier Dartigolles "
     "a estimé sur Twitter que ce sont « des petits riens qui en disent beaucoup ».", "2019-11-15", "petits riens",
     "Olivier Dartigolles"),
    ("Son successeur au \"perchoir\", Richard Ferrand a déclaré avoir \"la conviction que tous (ses) "   # 15247
     "prédécesseurs ont agi dans l'intérêt de l'institution\", se refusant à tout commentaire.", "2019-07-11",
     "conviction", "Richard Ferrand"),
])
def test_a_description_detached_before_the_subject_is_that_person(text, date, words, speaker):
    assert attribution(text, date, words)[0] == speaker


# "L'entourage de X" is the unnamed people around X: it speaks for no named entity, neither X nor the salient person.
@pytest.mark.parametrize("text, date, words", [
    ("De nombreux élus se retirent de la campagne de François Fillon. Ce vendredi, l'entourage d'Alain Juppé a "  # 25800
     "fait savoir que celui-ci « ne se défilera pas » si François Fillon décidait finalement de « se retirer ».",
     "2017-03-03", "défilera"),
    ("Nicolas Hulot a été interpellé par Brigitte Bardot. Sollicité, l'entourage du ministre a affirmé que celui-ci "  # 20942
     "ne souhaitait pas commenter des \"propos manipulatoires issus d'une conversation privée\".", "2018-08-12",
     "commenter"),
    ("Début juillet, l'entourage du président avait indiqué que l'éventuel retour du maire de Pau au gouvernement, "  # 34243
     "évoqué également par Jean Castex, serait un \"gain politique évident\".", "2020-08-28", "retour"),
    ("Gérald Darmanin veut simplifier l'impôt. Contacté par Le Figaro, l'entourage de Gérald Darmanin a confirmé "  # 17317
     "ses propos : \"la fin de la déclaration obligatoire pour tous est un progrès envisageable à moyen terme\".",
     "2019-03-21", "déclaration obligatoire"),
])
def test_an_entourage_is_nobody(text, date, words):
    assert attribution(text, date, words)[0] is None


# A statement ("le rapport") or the head of an organisation's name ("le palais", "le réseau", "l'organisme") that says
# something is no person: it does not fall back on the salient person of its gender.
@pytest.mark.parametrize("text, date, words, person", [
    ("\"C'est une forme d'imposture\", a commenté Nicolas Dupont-Aignan, le président de Debout la France. "   # 20526
     "Le palais présidentiel a, quant à lui, précisé que ce nouveau logo se retrouvera sur les produits dérivés de "
     "l'Elysée à l'occasion des Journées européennes du patrimoine.", "2018-09-15", "nouveau logo",
     "Nicolas Dupont-Aignan"),
    ("Inger Ashing de l'ONG Save the Children a évoqué \"une décision choquante\" d'Antonio Guterres. "   # 4173
     "\"Accroître la transparence peut aider à protéger le secrétaire général des pressions\", a ajouté cet "
     "organisme.", "2020-06-16", "transparence", "Inger Ashing"),
    ("\"Il y avait déjà des morbidités importantes\", décrit Alex Mutanganyi, responsable de la lutte contre le "   # 11897
     "Covid-19 en RDC pour l'ONG Save The Children. Des milliards de dollars sont investis dans la recherche d'un "
     "vaccin contre le Covid-19. Mercredi, le réseau Stop TB a averti que les mesures de confinement imposées à cause "
     "du coronavirus pourraient provoquer parallèlement jusqu'à 1,4 million de morts liées à la tuberculose.",
     "2020-05-08", "confinement", "Alex Mutanganyi"),
])
def test_a_thing_that_speaks_is_no_person(text, date, words, person):
    assert attribution(text, date, words)[0] != person


# '"...", a déclaré X à Buenos Aires, relate Paris Match': a second incise names who relays words whose first incise
# already gave them a speaker; it makes no quote of the words and the first incise.
@pytest.mark.parametrize("text, date, words, speaker", [
    ("\"J'entends comme vous les voix qui s'élèvent\", a déclaré Emmanuel Macron devant la communauté française de "  # 19703
     "la capitale argentine, relate Paris Match.", "2018-11-30", "voix qui", "Emmanuel Macron"),
    ("\"Ce sera entre le jeudi 11 et le lundi 15 avril\", a glissé la semaine dernière Emmanuel Macron à l'un de "   # 16858
     "ses visiteurs à l'Élysée, rapporte Le Parisien.", "2019-04-11", "jeudi 11", "Emmanuel Macron"),
    ("Marco a d'abord tenté de rassurer ses parents. Mais vers 3 heures du matin, les coups de fil deviennent plus "  # 17666
     "inquiétants. \"D'ici, nous ne pouvons pas sortir, nous sommes bloqués\", a finalement avoué le jeune homme à "
     "son père, rapporte le Corriere del Veneto.", "2017-06-17", "bloqués", "Marco"),
])
def test_a_second_incise_relays_the_first(text, date, words, speaker):
    found = [(said, who) for said, who, _ in attributions(text, date) if words in said]
    assert found and all(who == speaker for _, who in found)


# The first incise inverts its pronoun ("a-t-il expliqué"): its participle is still the incise's verb after the
# quotation, which the relay neither takes nor swallows into a clause of its own.
@pytest.mark.parametrize("text, date, words, relay", [
    ("Emmanuel Macron a réuni lundi 8 avril à l'Élysée 17 collaborateurs qui ont quitté le Château ces dernières "  # 16855
     "semaines. \"Je n'aime pas quand les gens partent\", a-t-il lancé, rapportent Le Figaro et Le Parisien.",
     "2019-04-10", "Je n'aime pas quand les gens partent", "Le Figaro"),
    ("Selon Le Parisien et Le Point, François Bayrou a opposé son veto à la nomination de Frédéric Péchenard, "  # 20146
     "ex-patron de la police nationale, qui avait pendant un temps les faveurs du couple exécutif. Emmanuel Macron "
     "aurait rapidement abandonné : \"Si tu le veux, va convaincre Bayrou\", a-t-il lancé à son Premier ministre, "
     "affirme l'hebdomadaire.", "2018-10-17", "Si tu le veux, va convaincre Bayrou", "Le Parisien"),
])
def test_a_relay_after_an_inverted_incise_leaves_the_quotation_to_it(text, date, words, relay):
    found = [(said, who) for said, who, _ in attributions(text, date) if words in said]
    assert [said for said, _ in found] == [words] and found[0][1] != relay


# "le porte-parole du gouvernement", "le président de l'Assemblée nationale": an office whose holder on the
# publication date is known (office_holders.tsv) and not named in the article is someone the article does not name;
# neither the quote nor a role goes to its salient person.
@pytest.mark.parametrize("text, date, words, person, office", [
    ("Après avoir révélé une série d'irrégularités lors de travaux au siège de la maison d'édition d'Actes Sud à "  # 20850
     "d'Arles (Bouches-du-Rhône), Le Canard enchaînéépingle ce 22 août à nouveau la ministre de la Culture et "
     "ex-présidente de la maison d'édition Françoise Nyssen pour des travaux non-déclarés.\"Personne n'est "
     "au-dessus des lois\", a réagi le porte-parole du gouvernement mercredi, à l'issu du conseil des ministres de "
     "rentrée, rappelant que le président Emmanuel Macron s'était \"engagé sur l'exemplarité\".", "2018-08-22",
     "au-dessus", "Emmanuel Macron", "porte-parole"),
    ("Mais ça \"ne change rien\", a affirmé lundi matin sur RTL Bruno Le Maire. Or, le porte-parole du gouvernement "  # 34486
     "a annoncé samedi que la présentation allait être repoussée à \"la première semaine de septembre\".",
     "2020-08-24", "repoussée", "Bruno Le Maire", "porte-parole"),
    ("Nadia Hai (LREM) entend ainsi barrer la route à son suppléant, Moussa Ouarouss. \"Le président de l'Assemblée "  # 35506
     "nationale a reçu de Mme Nadia Hai, députée de la 11e circonscription des Yvelines, une lettre l'informant de sa "
     "démission\", indique le Journal Officiel.", "2020-07-07", None, "Moussa Ouarouss", "président"),
])
def test_an_office_held_by_someone_unnamed_is_not_the_salient_person(text, date, words, person, office):
    doc = parse(text, date)
    assert not any(entity_by_id(doc, r.person).name == person and office in r.title for r in doc._.roles)
    speakers = [q.speaker and entity_by_id(doc, q.speaker).name for q in doc._.quotes
                if words is not None and words in doc.text[q.start:q.end]]
    assert person not in speakers


# A quoted subheading glued to the next sentence is a heading drawn from a later quotation even when it is longer than
# a short heading: the later quotation that repeats its words gives it its speaker, not the next sentence's subject.
@pytest.mark.parametrize("text, date, words, speaker", [
    ("Le groupe EI lance des appels réguliers à viser les pays, dont la France, qui sont membres de cette coalition "  # 19401
     "dominée par les États-Unis.\"Ce n'est pas la revendication totalement opportuniste de Daech qui change quoi que "
     "ce soit\"Ce vendredi 14 décembre, Christophe Castaner a dénoncé une revendication \"totalement opportuniste\". "
     "\"Ce n'est pas la revendication totalement opportuniste de Daech (acronyme arabe de l'EI, ndlr) qui change quoi "
     "que ce soit. Il y avait ici un homme qui a nourri en son sein le mal\", a déclaré le ministre de l'Intérieur. "
     "Plus tôt, sur Europe 1, il avait affirmé que \"rien n'indique\" que Cherif Chekatt ait été \"en lien\" avec l'EI.",
     "2018-12-14", "opportuniste de Daech", "Christophe Castaner"),
    ("Les manifestations de samedi et dimanche \"doivent se passer dans le plus grand respect du cadre "   # 17454
     "déontologique, de sorte à éviter une escalade des violences que personne ne souhaite\".\"Répéter sans fin une accusation sans fondement ne fait pas une vérité judiciaire\"Le préfet du "
     "Nord, Michel Lalande, a répondu aux deux députés vendredi 15 mars, assurant que \"la réponse des forces de "
     "l'ordre a systématiquement été ciblée contre des groupes réfractaires\". \"Je ne peux accepter des propos qui "
     "laissent à penser que les forces de l'ordre feraient un usage disproportionné de la force à l'encontre des "
     "manifestants\", a-t-il écrit dans ce courrier. \"Je vous invite à saisir la justice s'il est porté à votre "
     "connaissance des faits répréhensibles. Répéter sans fin une accusation sans fondement ne fait pas une vérité "
     "judiciaire\", lâche-t-il.", "2019-03-15", "sans fondement", "Michel Lalande"),
])
def test_a_long_subheading_repeated_later_is_its_speakers(text, date, words, speaker):
    found = [who for said, who, _ in attributions(text, date) if words in said]
    assert len(found) == 2 and all(who == speaker for who in found)


@pytest.mark.parametrize("article, text, words, speaker", [
    ("20798", "Invité de la matinale de BFMTV lundi 27 août, Gérald Darmanin a dressé une esquisse des évolutions "
              "économiques qui attendent les Français. \"Nous continuons à baisser les impôts. En tout cas, il n'y a "
              "aucune augmentation d'impôts (pour 2019, ndlr) et il n'y en aura aucune durant le quinquennat\", a "
              "renchéri le ministre, qui assure qu'\"aucune des promesses\" faites par Emmanuel Macron \"ne sera "
              "reniée\", en particulier en ce qui concerne le prélèvement de l'impôt à la source.",
     "aucune des promesses", "Gérald Darmanin"),
    ("15748", "Le système de retraite français sera en déficit d'environ 10 milliards d'euros en 2022, selon les "
              "dernières prévisions du Conseil d'orientation des retraites (COR). Cette prévision s'est sensiblement "
              "\"dégradée\" depuis le précédent rapport du COR, qui tablait mi-2018 sur un \"solde négatif\" "
              "équivalant à 0,2% du PIB en 2022, soit environ 5 milliards d'euros.", "solde négatif",
     "Conseil d'orientation des retraites"),
])
def test_a_relative_subject_the_parser_hung_on_no_clause_is_the_nominal_before_its_comma(nlp, article, text, words,
                                                                                        speaker):
    """"a renchéri le ministre, qui assure que" parsed with "assure" the root and "qui" its subject: the speaker is
    the nominal the comma sets before "qui" (syntax._apposed_antecedent), resolved as a description."""
    doc = parse(text, "2019-01-01")
    names = {e.id: e.name for e in doc._.entities}
    assert [names.get(q.speaker) for q in doc._.quotes if words in doc.text[q.start:q.end]][:1] == [speaker], article


# "a-t-il par ailleurs déclaré": the preposition of an adverbial locution between the inverted pronoun and the
# participle (syntax._inversion_filler) leaves the pronoun the incise's subject.
@pytest.mark.parametrize("text, date, words, speaker", [
    ("Laurent Joffrin a reconnu sur le site de Libération avoir \"un peu repatouillé\" l'introduction du livre de "  # 21997
     "l'ex-président, intitulé \"Les Leçons du pouvoir\". \"Ce n'était pas un chapitre, mais l'introduction du "
     "livre\", a-t-il par ailleurs expliqué.", "2018-04-13", "pas un chapitre", "Laurent Joffrin"),
    ("Lundi, M. Le Maire a pourtant souhaité que \"l'on ouvre ce débat\" pour parvenir à \"une loi qui fixera ce qui "  # 27105
     "est acceptable\".\"Il n'est pas acceptable d'avoir laissé depuis vingt ans un islam politique progresser dans "
     "notre pays\", a-t-il par ailleurs déclaré.", "2016-10-24", "islam politique", "Le Maire"),
])
def test_an_adverbial_locution_after_the_inverted_pronoun(text, date, words, speaker):
    found = [who for said, who, _ in attributions(text, date) if words in said]
    assert found == [speaker]
