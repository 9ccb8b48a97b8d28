"""Symptoms decided apart from the learned model: wordings on which the writers agree.

The model weighs every word of a mail; a secretary's table of ten students « pas inscrits dans
leur groupe » holds « pas inscrits » ten times and « groupe » once, and reads as an enrolment.
Some wordings, though, say the symptom alone, whoever writes. Counted over the labelled mails
of every writer (docs/extraction.md, « Symptom, round 18 »), people put in a group (« mise dans
le TD2 ») or told which group they should be in (47 mails of 24 writers), or not in *their*
group (15 of 5) are a group question for every writer who wrote it, and no mail says otherwise;
a student who names the cohort asks a cohort question (16 of 10), one refused by Moodle's
« vous ne pouvez pas vous inscrire » is not enrolled (23 of 18).
Round 19 adds a group said to be empty, Moodle's database message (read in a forwarded message too)
a course reached by its link or the search while missing from the list, and a search that
finds nothing. Round 20 adds a student enrolled in no course at all (« je ne suis inscrite nulle
part », which outranks the group the student says they should be in), a move from one group to
another (« TD1 -> TD2 », « du TD 4 au TD 9 »), Moodle putting the writer in a group (« ecampus me
met en TP1 », « puts me in ») and one group against another (« je suis dans le TD1 alors que je
suis en TD3 »); an empty group's short name may be glued (« le TD3 est vide », « les ED … »).
Round 21 adds the login page refusing the password (« identifiants invalides », on the site, the
CAS or the mobile app), a student asking to be added or without a course the others have
(« alors que tout le groupe 1A l'a »), and staff comparing a course's « effectifs ». Round 22
adds the others having it said without « alors que » and in English (« my classmates can see it »),
a course's space in an archives category or beside a new one, and a course said not to exist on
the platform. Round 23 adds someone not enrolled as a teacher, staff not in their own course or asking to be
enrolled, and students said not to see a course (« les L3 ne voient pas le cours »).
Such a wording decides before the model, the words that matched as evidence, like a
closing mail (symptom.closing). It is no feature of the model: training does not see it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from triage.extractors.normalize import fold
from triage.extractors.symptom import Scored, TextReading

_GROUP = r"(?:groupes?|td|tp|tutorial groups?|groups?)"

# A student enrolled in no course at all (« je ne suis inscrite dans aucun cours », « je ne suis
# inscrite nulle part »): `not_enrolled` 24 students' mails of 19 sources, nothing else (a guest
# lecturer's « je ne suis inscrit dans aucun cours » is their own access: students only). Tried
# before the group wordings: « je devrais être dans le groupe EAD mais je ne suis inscrite nulle
# part » is no group question, the student is in no course (writer AS).
_ENROLLED_NOWHERE = re.compile(
    r"\binscri\w* (?:nulle part|(?:dans|a|en) aucun (?:cours|espace))"
    r"|\b(?:enrol+ed|registered) (?:nowhere|in no courses?)|\bnot (?:enrol+ed|registered) (?:anywhere|in any courses?)")
# Round 21: students said to be in no course by anyone (« les 11 étudiants suivants ne sont dans
# aucun espace », « elle n'est inscrite dans aucun cours », « ne sont inscrits à aucune ressource du
# S3 »): `not_enrolled` 8 staff's and unknown senders' mails of 8 writers, nothing else (the third
# person: a lecturer's own « je ne suis inscrit dans aucun cours » stays with the model).
_THEY_ARE_ENROLLED_NOWHERE = re.compile(
    r"\b(?:sont|est) (?:inscrite?s? )?(?:dans|a|sur|en) aucune? "
    r"(?:espace|cours|ressource|module|ue|enseignement)s?\b")
# Someone not in their own group (folded text: no accents, lowercase): « ne sont pas inscrits
# dans leur groupe », « n'est pas dans son TD », « not in their group », « in no group ».
# (« dans aucun groupe » is left to the model: it reads it already, and two writers out of 31
# call a student's « je ne suis inscrit dans aucun groupe » an enrolment.)
_NOT_THEIR_GROUP = re.compile(
    r"\bpas (?:\w+ ){0,2}(?:dans|a|en|au) (?:leur|son|sa|ses) (?:bon |propre |vrai )?"
    + _GROUP + r"\b"
    r"|\bnot (?:\w+ ){0,2}in (?:their|his|her) (?:own |right )?" + _GROUP + r"\b"
    r"|\bin no (?:\w+ )?group\b")
# Someone put in a group (« elle a été mise dans le TD2 », « placé en TP », « put me in the …
# group »), or who says which group they should be in (« I should be in TD1 », « je devrais
# être dans le groupe 3 »): what is wrong is the group, not the enrolment.
_PUT_IN_GROUP = re.compile(
    r"\b(?:mise?s?|placee?s?|put me|been put|put in|placed) (?:dans|en|au|in) "
    r"(?:le |la |l'|the |my )?(?:groupe|td|tp|group)\w*"
    r"|\bshould be in (?:the |my )?(?:\w+ )?(?:td|tp|group)\w*"
    r"|\b(?:devrai[st]|devraient|devrions) (?:plutot )?(?:etre|aller) (?:dans|en|au) "
    r"(?:le |la )?(?:groupe|td|tp)\w*"
    # Moodle putting the writer somewhere (« ecampus me met en TP1 », « on me met dans le TP A »,
    # « ecampus puts me in the handball option »): 17 mails of 14 writers, all `wrong_group`
    # (« my teacher wanted to put me in a group for the presentation » is no placement: the
    # English form needs Moodle or « it » / « they » before it)
    # (what it is put in must be a group: a group's word or a name with a digit, « ça me met en
    # difficulté » is not)
    r"|\b(?:me|m') (?:met|mets|mettent|place|placent|affecte|affectent) (?:dans|en|au) "
    r"(?:le |la |l'|un |une )?(?:groupes?\b|td|tp|gr\b|ed\b|option|parcours|[\w.-]*\d)"
    r"|\b(?:ecampus|moodle|it|they) (?:puts?|places?|placed) me (?:in|into) (?:the |a |my )?"
    r"(?:[\w-]+ ){0,2}(?:groups?|options?|tracks?|td|tp|tutorials?)\b")

# One group to another (« 1CA156G1 -> 1CA156G2 », « changement de groupe (TD05 -> TD02) », « je
# passe du TD 7 au TD 3 », « I moved from TD F to TD C »): a move, 11 mails of 10 writers, all
# `wrong_group`. Both ends must be a group's name (a word « groupe / TD / TP » or a code ending
# in one).
_GROUP_NAME = r"(?:(?:td|tp|gr|g|groupe|group)\s?[\w.-]*|[a-z0-9.]+(?:td|tp|g)\d\w*)"
_MOVED_GROUP = re.compile(
    r"\b" + _GROUP_NAME + r"\s*(?:->|-->|=>|→)\s*" + _GROUP_NAME + r"\b"
    r"|\bdu (?:groupe |td |tp )?(?:td|tp|groupe|g)\s?\w+ (?:au|vers le|vers) "
    r"(?:groupe |td |tp )?(?:td|tp|groupe|g)\s?\w+"
    r"|\bfrom (?:group |td |tp )?(?:td|tp|group|g)\s?\w+ to (?:group |td |tp )?(?:td|tp|group|g)\s?\w+")

# The writer in one group and in another by rights (« sur ecampus je suis dans le groupe 3 alors
# que je suis dans le groupe 2 », « I am in "TP 1 A" on ecampus but I attend TP 4 B »): 30 mails
# of 23 writers, all `wrong_group`. The contrast must name the writer's own group (« alors que
# mes amis du même groupe l'ont » is a course the student cannot open: not in the pattern).
_OTHER_GROUP = re.compile(
    r"\b(?:je suis|jsuis|je me retrouve|i am|i.m|i was put|i have been put)\b[^.?!\n]{0,40}"
    r"\b(?:td|tp|groupe|group)\b[^.?!\n]{0,50}\b(?:alors que|au lieu d\w*|whereas|but) "
    r"(?:je|j.|i|mon|ma|sur)\b[^.?!\n]{0,40}\b(?:td|tp|groupe|group)\b")

# A student who names the cohort (« la résp. m'a dit que c'était inscrit par cohorte ») asks how
# the cohort enrols them: 16 students' mails of 10 writers, all `cohort_question`. (A teacher may
# name it as a remedy for missing students, « ajouter la cohorte » : two mails are enrolments.)
_COHORT = re.compile(r"\bcohortes?\b|\bcohorts?\b")

# A student who meets Moodle's refusal (« Vous ne pouvez pas vous inscrire vous-même dans ce
# cours », « you cannot enrol yourself ») has opened the course and is not in it: 23 students'
# mails of 18 writers, all `not_enrolled` (a teacher saying it is about their own access).
_CANNOT_ENROL = re.compile(r"\b(?:peux|pouvez|peut) pas (?:m'|vous |me |vous-meme |m )?(?:y )?inscrire"
                           r"|\b(?:cannot|can't|can not) enrol+ (?:yourself|myself)|\byou cannot enrol")

# A group said to be empty (« le groupe TD14 est complètement vide », « les TP 2 sont vides »):
# `wrong_group` 24 mails of 16 writers, `not_enrolled` 2 of 2 (T, W: students who « n'apparaissent
# pas » at all), which the model reads as a group question already; the writers' majority
# (round 19). The group must be what is empty: « groupes … existent mais vides » beside students
# missing from the participants, or a new course « apparu, vide », stay with the model.
# Round 20: a short name glued to its number (« le TD3 est vide ») and medicine's ED
# (« les ED 3, 8 et 12 sont vides »): 41 mails of 20 writers `wrong_group`, the same 2 against.
# (a hard-wrapped line may break between any two words: « les groupes de TD sont\nvides »)
_EMPTY_GROUP = re.compile(r"\b(?:(?:groupes?|td|tp|gr|ed)\b|(?:td|tp|ed|gr)\d\w*)(?:,?[ \n][\w.-]+){0,4}[ \n]"
                          r"(?:est|sont|reste|restent)[ \n](?:\w+[ \n])?vides?\b")
# Round 22: not when the mail says the students are not, or no longer, in the course itself (« les
# LAS 1 SV ne sont plus inscrits dans l'espace Ecampus (le groupe SV1B04LAS est vide) », writer
# BD): the empty group follows from an enrolment; no mail of the 49 group questions says it.
_EMPTY_GROUP_UNLESS = re.compile(r"(?:\bne |\bn.)(?:y )?(?:sont|est) (?:plus|pas) inscrit\w* "
                                 r"(?:dans|a|au|sur) (?:l.espace|le cours|ecampus)")

# Moodle's own database error messages, pasted or forwarded (a DSI forwarding the nightly sync's
# « Error while communicating with external enrolment database »): 168 mails of 46 sources, all
# `database_error`. Not « base de données externe » alone: the enrolment method teachers name.
_DB_MESSAGE = re.compile(r"erreur de lecture de la base de donnees|database connection failed"
                         r"|error reading from database|erreur de (?:connexion a la )?base de donnees"
                         r"|error (?:while communicating with|reading data from) (?:the )?external "
                         r"enrolment")

# The course reached by its link or the course search while missing from the writer's list
# (« quand je le cherche dans la barre de recherche je tombe dessus », « it opens from the
# link »): the FAQ's dashboard filter, 12 mails of 12 writers, all `course_not_on_dashboard`.
# (« barre de » as an alternative of its own, not an optional head: a pattern opening on an
# optional group is tried at every character, one opening on words is scanned for)
_FOUND_BY_SEARCH = r"[^.?!]{0,40}(?:je (?:le|la|les) (?:trouve|vois)|je tombe dessus)"
_REACHED_ELSEWHERE = re.compile(
    r"(?:par|via|avec|depuis) (?:le|un) lien[^.?!]{0,60}(?:j.y (?:arrive|accede|vais)"
    r"|ca (?:marche|fonctionne)|(?:il )?s.ouvre|j.arrive (?:bien )?dedans)"
    r"|barre de recherche" + _FOUND_BY_SEARCH + r"|recherche" + _FOUND_BY_SEARCH +
    r"|opens? (?:it )?(?:from|via|through) the link"
    r"|(?:from|via|through) the link[^.?!]{0,40}(?:it )?opens")

# The course search that finds nothing (« la recherche "DUCGE 04" donne 0 résultat », « searching
# for it gives nothing »): the course does not exist, 24 mails of 17 writers, all `course_missing`.
_SEARCH_FINDS_NOTHING = re.compile(
    r"(?:recherche|cherche|search)[^.?!]{0,50}(?:\b0 resultats?|aucun resultat|rien trouve"
    r"|ne trouve rien|donne rien|nothing|no results?)")

# Round 21. The login page refusing the writer's password (« identifiants invalides », « mot de
# passe incorrect », « invalid credentials », « mon mdp ne marche plus »), on the site, the CAS or
# the mobile app: 87 mails of 46 writers, all `cannot_login` (the app's « identifiants invalides »
# was read `other`: no other word of the mail says a login).
_BAD_CREDENTIALS = re.compile(
    r"\bidentifiants? (?:\w+ )?(?:invalides?|incorrects?|errone)"
    r"|\b(?:mot de passe|mdp) (?:\w+ )?(?:incorrect|invalide|errone)"
    r"|\binvalid (?:login|credentials|username)|\b(?:incorrect|invalid|wrong) (?:username or )?password"
    r"|\bpassword (?:is )?(?:incorrect|invalid|wrong)"
    r"|\b(?:password|mot de passe|mdp) (?:\w+ )?(?:does not|doesn.t|ne) (?:work|marche|fonctionne|passe)"
    r"|\b(?:mot de passe|mdp) (?:\w+ )?(?:marche|fonctionne|passe) (?:plus|pas)\b")

# A student asking to be added (« his-1o5 ?? merci de m'ajouter », « pouvez-vous m'ajouter au
# cours », « could you add me »): 16 students' mails of 14 writers, all `not_enrolled` (a visiting
# lecturer's « could you add me as a teacher » is their own access: students only).
_ADD_ME = re.compile(r"\b(?:merci de|pourriez-vous|pouvez-vous|pourriez vous|pouvez vous) m.ajouter"
                     r"|\bajoutez-moi\b|\badd me\b")

# A student without a course the others have (« n'est pas dans mes cours alors que tout le groupe
# 1A l'a », « alors que mes camarades l'ont », « alors que les autres de ma promo y sont »):
# `not_enrolled` 27 students' mails of 19 writers. Not when the mail names the dashboard (6 mails of
# 5 writers: `course_not_on_dashboard`), a grade (3: `other`) or the student's group (« je suis
# dans aucun groupe alors que mes copines y sont »: `wrong_group`): _OTHERS_HAVE_IT_UNLESS.
_OTHERS_HAVE_IT = re.compile(
    r"\balors que (?:tout|toute|tous|toutes|mes|les autres|le reste)\b[^.?!\n]{0,40}"
    r"(?:\bl.ont|\bl.a\b|\by sont|\by ont acces|\ble sont|\ble voient|\by est)")
_OTHERS_HAVE_IT_UNLESS = re.compile(r"\bbor\w*|dashboard|\bnotes?\b|carnet|aucun groupe|cohorte")
# Round 22: the same said without « alors que », and in English (« les autres de ma promo l'ont »,
# « mes amies des autres licences l'ont toujours », « tous mes potes l'ont », « my classmates can
# see it », « my friends in the same class can see it », « the other students of my TD group
# already have the exercises »): people, not the other courses (« les autres cours sont là » is a
# dashboard, a missing course or an enrolment, by writer), who have it (« ne l'ont pas non plus »:
# not). Students' mails: `not_enrolled` 60 French of 37 writers and 9 English of 9 writers (27 and
# 3 of them round 21's already), nothing else; with the same exceptions (the dashboard named: K, Z).
_PEERS_HAVE_IT = re.compile(
    r"\b(?:(?:tou(?:te)?s )?mes (?:amie?s|camarades|copains|copines|potes|collegues)"
    r"|(?:tou(?:te)?s )?les autres(?! (?:ressources|cours|ue|matieres|modules|espaces|elements"
    r"|groupes|annees))|tout le (?:groupe|monde)|toute la promo)\b[^.?!\n]{0,40}?"
    r"(?:\bl.ont|\bl.a\b|\by sont|\by ont acces|\ble voient)(?! pas| plus| non plus)"
    r"|\b(?:my (?:\w+ )?(?:classmates|friends|fellow students)|(?:all )?the other students"
    r"|everyone else)\b[^.?!\n]{0,40}?\b(?:can(?! ?not\b)(?!'t)|have (?:it|them|access)"
    r"|already have|see it)\b")

# Staff comparing the « effectifs » of a course on eCampus with the expected ones (« les
# effectifs Ecampus sont très inférieurs aux effectifs Apogée », « effectifs st2-phys : 23 sur
# ecampus, 180 dans ADE »): students missing, `not_enrolled` for the 6 staff mails that say the
# plural (writers AS and BA); the singular is a table's column (« effectif prévu »), 6 mails of
# five symptoms, not read.
_HEADCOUNTS = re.compile(r"\beffectifs\b")

# Round 22. The course's space moved to an archives category, or an old space archived beside a new
# one (« se retrouve dans la catégorie « Archives 2025-2026 » », « l'ancien a été rangé dans une
# catégorie Archives », « un nouvel espace a été créé », « un nouveau cours vide »): the FAQ's
# « Cours archivé », the code changed or left the model; 133 mails of 55 sources (the writers and
# the generated corpus), all `course_moved_renamed`. Not once the content is copied (« j'ai recopié le contenu dans le nouvel
# espace, mais maintenant ce sont les étudiants qui ne le voient pas »: a new question, J and T).
_ARCHIVED_SPACE = re.compile(
    r"\bnouvel espace|\bnouveau cours (?:vide|a ete cree|est apparu)|\bnouvel? (?:espace|cours) vide"
    r"|\bnew (?:empty )?(?:course|space)\b|\b(?:ancien|old) (?:espace|cours|course|space)\b[^.?!\n]{0,30}"
    r"(?:archive|range)|\bcategorie\w* (?:[\"'«] ?)?archives?|\barchives? 20\d\d")
_ARCHIVED_SPACE_UNLESS = re.compile(r"\bj.ai (?:pu |bien |deja )?(?:re)?copie")

# Round 22. The course said not to exist on the platform (« le cours HLAN299 n'existe pas sur
# Ecampus », « it doesn't exist on Ecampus », « my timetable shows a module … but it's not on the
# platform »): 73 mails of 41 sources, all `course_missing`. Not when a group or an account is
# what does not exist (« ce groupe n'existe pas dans ecampus »: a group question; « mon compte
# n'existe pas »: a login).
_NOT_ON_THE_PLATFORM = re.compile(
    r"\bn.existe (?:pas|plus)(?: du tout)? (?:sur|dans) (?:ecampus|la plateforme|moodle)"
    r"|\b(?:does not|doesn.t) exist (?:on|in) (?:ecampus|the platform|moodle)"
    r"|\b(?:is not|isn.t|it.s not) on the platform")
_NOT_ON_THE_PLATFORM_UNLESS = re.compile(
    r"(?:\bgroupes?|\bgroups?|\btd|\btp|compte|account|profil|utilisateur|\buser)\b[^.?!\n]{0,40}"
    r"(?:n.existe|doesn.t exist|does not exist)")

# Round 23. Someone not enrolled as a teacher (« je ne suis pas inscrit comme enseignant », « elle
# n'est inscrite comme enseignante dans aucun des deux espaces », « she is not enrolled as a
# teacher »), the line wrapped anywhere: `teacher_not_enrolled` for 138 mails of 53 writers,
# whoever writes (the teacher, a colleague, a secretary), nothing else but a thank-you, which
# symptom.closing decides first. The model read a colleague's « avec moi les enseignements »
# as too many teachers (writer BG 010).
_NOT_ENROLLED_AS_TEACHER = re.compile(
    r"\b(?:ne|n.)[ \n]?(?:\w+[ \n])?(?:(?:suis|est|sont|etais|etait)[ \n])?"
    r"(?:pas[ \n]|plus[ \n]|toujours pas[ \n])?inscrite?s?[ \n](?:\w+[ \n])?"
    r"(?:comme|en tant qu.|avec le role d.)[ \n]?(?:enseignante?s?|professeure?|format(?:eur|rice))\b"
    r"|\bnot (?:\w+ )?(?:enrol+ed|registered) as (?:an? )?(?:\w+ )?teachers?\b")

# Round 23. Staff not enrolled in their own course, or asking to be (« je ne suis pas inscrit dans
# mes cours de L1 », « pouvez-vous m'inscrire ? », « could you add me »): `teacher_not_enrolled`
# for 29 staff's mails of 19 writers and 22 of 15, nothing else but a DSI's ticket quoting a
# student requester's « je ne suis pas inscrit » (the « je » is the « demandeur »'s: ruled out).
_STAFF_NOT_IN_OWN_COURSE = re.compile(
    r"\bje (?:ne )?(?:suis|sois) (?:toujours )?(?:pas|plus) inscrite? (?:\w+ )?(?:dans|a|sur|en|au) "
    r"(?:mes|mon|ma|le|la|ce|cet|cette|l.espace|aucun)\b"
    r"|\b(?:pouvez|pourriez|pourrais|peux)[- ]vous m.(?:y )?inscrire|\bmerci de m.(?:y )?inscrire"
    r"|\bcould you (?:please )?(?:add|enrol+|register) me\b")
_TICKET_REQUESTER = re.compile(r"\bdemandeur\b|\brequester\b")

# Round 23. Students who do not see a course, said by whoever teaches or runs it (« les L3 ne
# voient pas le cours STP4SOC où je mets tout », « mes étudiants de M2 ne voient pas mon cours »,
# « aucun étudiant ne le voit », a subject's « les L3 ne voient rien »): the FAQ's hidden course,
# `students_cannot_see_course` for 106 staff's and unknown senders' mails of 54 writers, nothing
# else — a porté or mutualised course too (writers BB 068, BG 007: what the writer asks decides,
# where the model reads « mutualisé » as the porté's missing enrolments). Not « ne le voient
# plus » (an archived or renamed space, 14 mails of 13 writers), nor « ne trouvent pas »; the
# object is the course (« ne voient pas les bons dépôts » is a group's question), and « ce n'est
# pas que les étudiants ne voient pas le cours » says the opposite.
_STUDENTS_DO_NOT_SEE = re.compile(
    r"(?<!n.est pas que )\b(?:(?:les|mes|nos|des|ses|leurs?) (?:\w+ ){0,2}"
    r"(?:etudiants|eleves|l\d|m\d|stagiaires)\b(?: \w+){0,3} ne "
    r"(?:(?:le |la |l['’])voient (?:pas|rien)"
    r"|voient (?:rien|pas (?:(?:le |la |l['’]|mon |ce |leurs? )\S+|les (?:cours|espaces)"
    r"|du tout|\S*\d[\w.-]*)))"
    r"|aucun (?:\w+ )?(?:etudiant|eleve|stagiaire) ne (?:le |la |l['’])?voit\b)")
# (« ne le voient pas » after a file's name in the same sentence and number: the file is what is not seen,
# « j'ai mis le document dans le dossier partagé, les étudiants ne le voient pas »)
_A_FILE_NOT_SEEN = re.compile(
    r"\b(?:document|fichier|pdf|video|devoir|sujet|dossier|ressource|forum|quiz|annonce)\b"
    r"[^.?!\n]{0,80}\bne (?:le |la |l['’])voi"
    r"|\b(?:documents|fichiers|videos|devoirs|sujets|dossiers|ressources|forums|annonces)\b"
    r"[^.?!\n]{0,80}\bne les voi")

# (symptom, pattern, the sender's role it needs or None, a pattern of the writer's own text that
# rules the wording out or None, words one of which every match holds) in the order they are
# tried. The words are tested first (`in`, a scan for a fixed string): most patterns open on an
# alternation of words or on `\b`, which the engine tries at every character, and most mails hold
# none of their words.
AGREED: tuple[tuple[str, re.Pattern[str], str | None, re.Pattern[str] | None, tuple[str, ...]], ...] = (
    ("not_enrolled", _ENROLLED_NOWHERE, "student", None, ("inscri", "enrol", "registered")),
    ("not_enrolled", _THEY_ARE_ENROLLED_NOWHERE, None, None, ("aucun",)),
    ("wrong_group", _NOT_THEIR_GROUP, None, None, ("pas ", "not ", "in no ")),
    ("wrong_group", _PUT_IN_GROUP, None, None,
     ("mis", "place", "put", "should be in", "devr", "met", "affecte")),
    ("wrong_group", _MOVED_GROUP, None, None, ("->", "=>", "→", "du ", "from ")),
    ("wrong_group", _OTHER_GROUP, None, None, ("alors que", "au lieu d", "whereas", "but ")),
    ("cohort_question", _COHORT, "student", None, ("cohort",)),
    ("not_enrolled", _CANNOT_ENROL, "student", None, ("inscrire", "enrol")),
    ("wrong_group", _EMPTY_GROUP, None, _EMPTY_GROUP_UNLESS, ("vide",)),
    ("database_error", _DB_MESSAGE, None, None,
     ("base de donnees", "database", "external enrolment")),
    ("course_not_on_dashboard", _REACHED_ELSEWHERE, None, None, ("lien", "recherche", "link")),
    ("course_missing", _SEARCH_FINDS_NOTHING, None, None, ("cherche", "search")),
    ("cannot_login", _BAD_CREDENTIALS, None, None,
     ("identifiant", "mot de passe", "mdp", "invalid", "password")),
    ("not_enrolled", _ADD_ME, "student", None, ("ajouter", "ajoutez", "add me")),
    ("not_enrolled", _OTHERS_HAVE_IT, "student", _OTHERS_HAVE_IT_UNLESS, ("alors que",)),
    ("not_enrolled", _PEERS_HAVE_IT, "student", _OTHERS_HAVE_IT_UNLESS,
     ("mes ", "les autres", "tout le", "toute la", "classmates", "friends", "fellow students",
      "other students", "everyone else")),
    ("not_enrolled", _HEADCOUNTS, "staff", None, ("effectifs",)),
    ("course_moved_renamed", _ARCHIVED_SPACE, None, _ARCHIVED_SPACE_UNLESS,
     ("nouve", "new ", "ancien", "old ", "categorie", "archive")),
    ("course_missing", _NOT_ON_THE_PLATFORM, None, _NOT_ON_THE_PLATFORM_UNLESS,
     ("existe", "exist", "platform")),
    ("teacher_not_enrolled", _NOT_ENROLLED_AS_TEACHER, None, None, ("inscri", "enrol", "regist")),
    ("teacher_not_enrolled", _STAFF_NOT_IN_OWN_COURSE, "staff", _TICKET_REQUESTER,
     ("inscri", "could you")),
    ("students_cannot_see_course", _STUDENTS_DO_NOT_SEE, None, _A_FILE_NOT_SEEN, ("voi",)),
)
# Wordings read in a forwarded message too: a machine's message forwarded is the request itself.
_READ_FORWARDED = frozenset({_DB_MESSAGE})


def agreed(parts: Sequence[TextReading], role: str,
           forwarded: Sequence[TextReading] = ()) -> Scored | None:
    """The symptom a wording of `parts` (the writer's own text) decides alone for a sender of
    `role`, with the words as written; None when no such wording is there. `forwarded`: the
    forwarded message, read only for the wordings of _READ_FORWARDED."""
    folded = [(part, fold(part.text)) for part in parts]    # (once, not once per wording)
    folded_forwarded = [(part, fold(part.text)) for part in forwarded]
    for symptom, pattern, needs, unless, words in AGREED:
        if needs is not None and needs != role:
            continue
        if unless is not None and any(unless.search(text) for _, text in folded):
            continue
        for part, text in (*folded, *folded_forwarded) if pattern in _READ_FORWARDED else folded:
            if not any(w in text for w in words):
                continue
            found = pattern.search(text)
            if found:
                return Scored(symptom, 1.0, [part.text[found.start():found.end()]])
    return None
