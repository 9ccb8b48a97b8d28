"""Generates the train-u mails and gold.json. Run catalogue_gen.py first (imported here)."""
import json, os, re, base64, random
from email.message import EmailMessage
from email.headerregistry import Address
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from catalogue_gen import scheme_of

random.seed(7)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
SIG_CEMU = ""
M = []

def mail(slug, frm, name, subj, body, codes=(), st=(), sym="other", role="student", lang="fr", es=(), note="",
         fmt="plain", cs="utf-8", cte=None, html=None, att=None, auto=False, reply=False, to="cemu.assistance@unicaen.fr"):
    M.append(dict(slug=slug, frm=frm, name=name, subj=subj, body=body, codes=list(codes), st=list(st), sym=sym,
                  role=role, lang=lang, es=list(es), note=note, fmt=fmt, cs=cs, cte=cte, html=html, att=att,
                  auto=auto, reply=reply, to=to))

def table(rows, head):
    h = "".join(f"<th style='border:1px solid #999'>{c}</th>" for c in head)
    r = "".join("<tr>" + "".join(f"<td style='border:1px solid #999'>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table style='border-collapse:collapse'><tr>{h}</tr>{r}</table>"

OUTLOOK = """
--
{n}
{t}
Université de Caen Normandie
{o}
Esplanade de la Paix - CS 14032 - 14032 CAEN Cedex 5
Tél. : 02 31 56 {p}
"""
def sig(n, t, o, p): return OUTLOOK.format(n=n, t=t, o=o, p=p)
DISC = "\nCe message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.\n"

# =====================================================================================
# 001-010 PASS / LAS
mail("001-pass-pas-de-td", "22301457@etu.unicaen.fr", "Lina Morel", "pas de groupe de TD sur ecampus",
     """Bonjour,
je suis en PASS cette annee et sur ecampus je suis dans aucun groupe de TD alors que sur ADE je suis dans le TD 7 (PASSTD07).
Du coup je vois pas les annonces de ma chargée de TD pour l'UE 2 bio cell.
mon numero etudiant 22301457
merci
Lina""", codes=[("PASSTD07", "PASSTD07")], st=["22301457"], sym="wrong_group", es=["SPASS1"],
     note="PASS student in no group on Ecampus though ADE shows year group TD7")
mail("002-pass-ue3-invisible", "theo.lemaitre@etu.unicaen.fr", "Théo Lemaître", "UE3 PHYSIQUE PAS DANS MES COURS",
     """BONJOUR
JE NE VOIS PAS LE COURS DE PHYSIQUE PS1 UE03 DANS MES COURS, MES POTES DU TD12 LE VOIENT.
JE SUIS INSCRIT DEPUIS LE 2 SEPTEMBRE. NUMERO 22306618
C'EST URGENT LE PARTIEL EST LE 14/10 A 8H AMPHI B !!!""", codes=[("PS1UE03", "PS1 UE03"), ("PASSTD12", "TD12")],
     st=["22306618"], sym="not_enrolled", note="PASS student (all caps) cannot see UE3 course; friends of year group TD12 see it")
mail("003-pass-secretariat-liste", "claire.guerin@unicaen.fr", "Claire Guérin", "PASS - étudiants non inscrits UE5 (liste)",
     "", html="""<p>Bonjour,</p><p>Plusieurs étudiants du PASS nous signalent qu'ils ne sont pas dans l'espace
<b>(PS1UE05) UE5 Santé société humanité</b> (https://ecampus.unicaen.fr/course/view.php?id=61204).
Leur IP est pourtant faite jusqu'au groupe de promo :</p>""" + table(
        [["22300981", "BERTIN Paul", "PASSTD03"], ["22301772", "NDIAYE Awa", "PASSTD03"], ["22304410", "ROUX Manon", "PASS TD 14"],
         ["22305029", "KADDOUR Yanis", "PASSTD14"]], ["N° étudiant", "Nom", "Groupe"]) +
     """<p>Les TD du PASS sont rattachés à l'étape et non à l'UE, c'est peut-être la raison ?</p>
<p>Cordialement,<br>Claire Guérin<br>Scolarité PASS - UFR Santé<br>Bureau 2.14, bâtiment pôle formation<br>Tél. 02 31 06 82 40</p>""",
     fmt="html", cs="windows-1252", codes=[("PS1UE05", "PS1UE05"), ("PASSTD03", "PASSTD03"), ("PASSTD14", "PASS TD 14")],
     st=["22300981", "22301772", "22304410", "22305029"], sym="not_enrolled", role="staff", es=["SPASS1"],
     note="PASS secretary, HTML table of students missing from UE5, year-level groups")
mail("004-las-option-sante", "22208831@etu.unicaen.fr", "Ines B.", "option sante LAS",
     """Bonjour, je suis en LAS et je suis pas inscrite au cours de l'option santé lasos 01 biologie cellulaire.
J'ai regardé participants, ma copine du groupe 3 y est (LAS1OSG3) mais moi non. Je suis aussi dans le groupe 3.
Cordialement
Inès""", codes=[("LASOS-01", "lasos 01"), ("LAS1OSG3", "LAS1OSG3")], st=["22208831"], sym="not_enrolled",
     note="LAS droit student not enrolled in health option course")
mail("005-pass-tuteur-teacher", "marc.delaunay@unicaen.fr", "Marc Delaunay", "Pas inscrit comme enseignant - PS1UE01",
     """Bonjour,

Je fais les TD de chimie du PASS (groupes PASSTD01 à PASSTD04, le lundi 13h30-15h30 salle S3-045) et je ne suis pas enseignant dans l'espace PS1UE01 sur Ecampus.
Mes collègues de TD y sont. La planification ADE est faite sur les groupes de promo, pas sur l'UE, je ne sais pas si ça joue.

Merci d'avance
""" + sig("Marc Delaunay", "MCF Chimie - UFR Santé", "Bureau 108, bât. Biologie", "54 12"),
     codes=[("PASSTD01", "PASSTD01"), ("PASSTD04", "PASSTD04"), ("PS1UE01", "PS1UE01")], sym="teacher_not_enrolled", role="staff",
     note="PASS chemistry TD teacher not enrolled; ADE planning on year groups")
mail("006-pass-tableau-de-bord", "zoe.fontaine@etu.unicaen.fr", "Zoé Fontaine", "ue anatomie disparu du tableau de bord",
     """Salut
l'ue4 anatomie (PS1-UE04) a disparu de mon tableau de bord mais quand je clique sur le lien https://ecampus.unicaen.fr/course/view.php?id=61199 je tombe bien dessus ??
j'ai rien touché
Zoé, TD 9""", codes=[("PS1UE04", "PS1-UE04"), ("PASSTD09", "TD 9")], sym="course_not_on_dashboard",
     note="PASS student, course reachable by link but not on dashboard")
mail("007-pass-dist-sportif", "22307710@etu.unicaen.fr", "Hugo Lefranc", "Sportif haut niveau - PASS a distance",
     """Bonjour,
Je suis sportif de haut niveau (pôle France aviron) et je suis le PASS à distance. Sur ecampus je suis dans le groupe PASSTD18 et pas dans le groupe distance (PASS DIST), donc je reçois les convocations aux TD en présentiel...
Mon INE : 0912345678K
Num etu : 22307710
Merci""", codes=[("PASSTD18", "PASSTD18"), ("PASSDIST", "PASS DIST")], st=["22307710"], sym="wrong_group", es=["SPASS1"],
     note="PASS distance learner put in on-campus year group")
mail("008-pass-unknown-ue13", "sacha.perrin@etu.unicaen.fr", "Sacha Perrin", "cours PS1UE13 introuvable",
     """Bonjour
Le prof de tutorat nous a dit d'aller sur l'espace PS1UE13 mais il n'existe pas quand je le cherche. C'est normal ?
Sacha""", codes=[("PS1UE13", "PS1UE13")], sym="course_missing", note="student looks for a nonexistent PASS code (unknown)")
mail("009-pass-mineure", "emma.carpentier@etu.unicaen.fr", "Emma Carpentier", "Mineure droit pas visible",
     """Bonjour,

ayant pris la mineure droit (PSMIDR1), je n'ai pas accès au cours de la mineure sur Ecampus. Les autres UE ça va.
Mon numéro : 22302290.

Bonne journée,
Emma Carpentier
Envoyé de mon iPhone""", codes=[("PSMIDR1", "PSMIDR1")], st=["22302290"], sym="not_enrolled",
     note="PASS student missing minor course", cs="iso-8859-1", cte="quoted-printable")
mail("010-las2-teacher-hidden", "sophie.marchand@unicaen.fr", "Sophie Marchand", "Mes étudiants de LAS 2 ne voient pas le cours",
     """Bonjour,

Mes étudiants de LAS 2 (licence sciences de la vie) ne voient pas le cours LASOS-04 Physiologie, groupe LAS2OSG2 et LAS2OSG5.
Le cours est pourtant affiché (œil ouvert). La promo fait 48.

Sophie Marchand
Département de Biologie - 02 31 56 66 10""", codes=[("LASOS-04", "LASOS-04"), ("LAS2OSG2", "LAS2OSG2"), ("LAS2OSG5", "LAS2OSG5")],
     sym="students_cannot_see_course", role="staff", es=["SLAS2B"], note="teacher: LAS2 students cannot see option course",
     cs="windows-1252")

# 011-025 DU continuing education
mail("011-du-cge-distance", "nathalie.briand@orange.fr", "Nathalie Briand", "DU gestion - pas accès aux cours à distance",
     """Bonjour,

Je suis inscrite au DU Capacité de gestion des entreprises en formation continue, à distance. Je n'ai accès à aucun module sur Ecampus (DUCG-M01 compta générale, DUCG M02...).
Mon numéro étudiant est le 22190455, je me connecte bien avec mon compte.

Cordialement,
Nathalie Briand
06 71 22 48 90""", codes=[("DUCG-M01", "DUCG-M01"), ("DUCG-M02", "DUCG M02")], st=["22190455"], sym="not_enrolled", es=["DUCGE1"],
     note="DU distance learner (personal address) not enrolled in any module")
mail("012-du-cge-groupe-camp", "22190611@etu.unicaen.fr", "Pascal Huet", "mauvais groupe DU",
     """Bonjour
Je suis en présentiel le samedi pour le DU mais sur ecampus je suis mis dans le groupe distance du module 3 (DUCG03-DIS) au lieu du présentiel DUCG03-CAM.
Pascal""", codes=[("DUCG03-DIS", "DUCG03-DIS"), ("DUCG03-CAM", "DUCG03-CAM")], st=["22190611"], sym="wrong_group",
     note="DU on-campus learner in distance group")
mail("013-du-psy-coordinatrice", "helene.vasseur@unicaen.fr", "Hélène Vasseur", "DU Psychotraumatologie : groupes vides",
     "", html="""<div>Bonjour,</div><div><br></div><div>Pour le DU psychotraumatologie, les groupes des modules sont vides sur Ecampus :</div>""" + table(
        [["DUPS-M01", "DUPS01-DIS", "0 (attendu 22)"], ["DUPS-M01", "DUPS01-CAM", "0 (attendu 15)"], ["DUPS-M02", "DUPS02-DIS", "0"]],
        ["Module", "Groupe", "Inscrits"]) + """<div>La promo fait 37 stagiaires, tous en formation continue. SIRET de l'employeur pour les conventions : 193 014 486 00012.</div>
<div>Hélène Vasseur<br>Responsable pédagogique - Service Formation Continue (SUFCA)<br>02 31 56 60 93</div>""", fmt="html",
     codes=[("DUPS-M01", "DUPS-M01"), ("DUPS01-DIS", "DUPS01-DIS"), ("DUPS01-CAM", "DUPS01-CAM"), ("DUPS-M02", "DUPS-M02"), ("DUPS02-DIS", "DUPS02-DIS")],
     sym="wrong_group", role="staff", note="DU coordinator, HTML table of empty groups")
mail("014-du-apprentis", "karim.benali@unicaen.fr", "Karim Benali", "groupe des apprentis DU numérique",
     """Bonjour,

Dans le module Culture numérique du DU compétences numériques (DUNU-M02), le groupe des apprentis n'apparaît pas. Les 12 apprentis (contrats signés avec la CCI, convention n° 2026-0457) sont tous dans le présentiel.

Karim Benali
Formateur - DU Compétences numériques""", codes=[("DUNU-M02", "DUNU-M02"), ("DUNU02-APP", "groupe des apprentis")], sym="wrong_group", role="staff",
     note="DU trainer: apprentices' group missing (group named in words)")
mail("015-du-fle-english", "maria.gonzalez.fle@gmail.com", "Maria Gonzalez", "Cannot access my French course",
     """Hello,

I am enrolled in the DU Français langue étrangère (continuing education, on campus). I cannot log in to Ecampus: the page says my password is wrong, but it works on my email.
My student number is 22411205.

Best regards,
Maria""", st=["22411205"], sym="cannot_login", lang="en", es=["DUFLE1"], cte="base64", note="DU FLE learner in English, login failure")
mail("016-du-fle-grammaire-en", "22411388@etu.unicaen.fr", "Kenji Watanabe", "Grammar course DUFL M1",
     """Dear CEMU,
I don't see the course "DUFL-MO1 Grammaire FLE" on my dashboard, only "Expression orale" (DUFL-M02). My classmates in the distance group have it.
Thank you
Kenji""", codes=[("DUFL-M01", "DUFL-MO1"), ("DUFL-M02", "DUFL-M02")], st=["22411388"], sym="not_enrolled", lang="en",
     note="FLE learner in English, O for 0 in code")
mail("017-du-palliatifs-cas", "anne.leroux@chu-caen.fr", "Anne Leroux", "Connexion réussie mais rien",
     """Bonjour,
Infirmière au CHU, je suis le DU soins palliatifs. Quand je me connecte j'ai une page "Connexion réussie ... CAS ne connaît pas votre destination finale". Je suis passée par Google.
Anne Leroux, IDE - service USP - poste 4 57 22""", sym="cas_unknown_destination", es=["DUPAL1"],
     note="DU learner (hospital address) lands on CAS page")
mail("018-du-cge-module9", "22190733@etu.unicaen.fr", "Ludovic Marie", "Module 9 DU gestion",
     """Bonjour,
Sur le planning il y a un module DUCG-M09 "stage" mais je ne le trouve pas sur ecampus. Il existe ?
Merci
Ludovic""", codes=[("DUCG-M09", "DUCG-M09")], st=["22190733"], sym="course_missing", note="DU learner cites module that does not exist (unknown)")
mail("019-du-fwd-secretariat", "isabelle.pain@unicaen.fr", "Isabelle Pain", "TR: inscription ecampus DU",
     """Bonjour,
Je vous transfère la demande d'une stagiaire du DU gestion (groupe apprentissage). Pouvez-vous regarder ?
Isabelle Pain
Gestionnaire formation continue - 02 31 56 55 02

---------- Message transféré ----------
De : Julie Caron <julie.caron14@hotmail.fr>
Date : lun. 12 oct. 2026 à 09:12
Objet : ecampus
À : isabelle.pain@unicaen.fr

Bonjour madame, je suis en alternance au DU (gestion financière DUCG-M02 et fiscalité DUCG-M05) et ecampus ne m'affiche aucun cours. Mon numéro 22190902.
Julie""", codes=[("DUCG-M02", "DUCG-M02"), ("DUCG-M05", "DUCG-M05")], st=["22190902"], sym="not_enrolled", role="staff", es=["DUCGE1"],
     note="forwarded: DU apprentice sees no course")
mail("020-du-nu-pix-done", "karim.benali@unicaen.fr", "Karim Benali", "RE: groupe des apprentis DU numérique",
     """Bonjour,

C'est réglé, les apprentis apparaissent bien dans DUNU04-APP ce matin. Merci !

Karim

Le 14/10/2026 à 10:03, CEMU Assistance a écrit :
> Bonjour,
> La scolarité a corrigé les IP, cela sera visible demain après la synchronisation nocturne.
> Ticket #318224""", codes=[("DUNU04-APP", "DUNU04-APP")], sym="other", role="staff", reply=True,
     note="thanks: problem solved")
mail("021-du-psy-wrong-name", "22180077@etu.unicaen.fr", "Francoise Dujardin", "nom mal orthographié",
     """Bonjour, sur Ecampus je m'appelle "Francoise Dujardin" sans cédille et avec mon nom de jeune fille, alors que c'est Françoise Lemonnier-Dujardin.
Je suis en DU à distance.
Cordialement""", st=["22180077"], sym="wrong_name", cs="iso-8859-1", note="DU learner: wrong name")
mail("022-du-database-error", "thomas.girard@unicaen.fr", "Thomas Girard", "Erreur de lecture de la base de données",
     """Bonjour,
Ce dimanche 18/10 vers 10h, en voulant déposer les notes du module DUPA-M02 Douleur, j'ai eu "Erreur de lecture de la base de données".
Capture jointe.
T. Girard""", codes=[("DUPA-M02", "DUPA-M02")], sym="database_error", role="staff", att=("capture_erreur_20261018.png", PNG),
     note="DU teacher: database error Sunday morning")
mail("023-du-cohorte", "isabelle.pain@unicaen.fr", "Isabelle Pain", "Ajout cohorte DU dans espace commun",
     """Bonjour,

Nous avons un espace d'accueil commun pour tous nos stagiaires (https://ecampus.unicaen.fr/course/view.php?id=70321). Est-il possible d'y ajouter la cohorte "CEMU: DU Capacité de Gestion des Entreprises - FOAD" et celle du présentiel ? Les stagiaires du DU sont 64 cette année.

Isabelle Pain""", sym="cohort_question", role="staff", note="staff asks to add DU cohorts to welcome space")
mail("024-du-too-many-teachers", "paul.renaud@unicaen.fr", "Paul Renaud", "trop d'enseignants dans DUCG-M07",
     """Bonjour,

Dans l'espace DUCG-M07 Management il y a 23 enseignants inscrits, dont des gens qui n'interviennent pas du tout dans le DU. Les stagiaires reçoivent les messages du forum de tous.

Paul Renaud, responsable du DU""", codes=[("DUCG-M07", "DUCG-M07")], sym="too_many_teachers", role="staff", note="DU head: too many teachers")
mail("025-du-ooo", "helene.vasseur@unicaen.fr", "Hélène Vasseur", "Réponse automatique : DU Psychotraumatologie : groupes vides",
     """Bonjour,
Je suis absente du 19 au 23 octobre 2026. Pour toute question urgente concernant le DU, contactez le secrétariat au 02 31 56 60 90.
Hélène Vasseur""", sym="other", role="unknown", auto=True, note="out-of-office reply")

# 026-042 Languages
mail("026-anglais-sous-groupe", "lucas.herve@etu.unicaen.fr", "Lucas Hervé", "pas le bon sous groupe anglais",
     """bjr
je suis en L1 anglais, dans le TD1 sous-groupe 2 pour la traduction (AN-10A) mais ecampus me met dans le 1.1 (AN-10A-1.1) donc je vois pas les docs de ma prof
merci""", codes=[("AN-10A", "AN-10A"), ("AN-10A-1.2", "TD1 sous-groupe 2"), ("AN-10A-1.1", "AN-10A-1.1")], sym="wrong_group",
     note="L1 English student in wrong numbered sub-group")
mail("027-anglais-prof-tableau", "catherine.o-neill@unicaen.fr", "Catherine O'Neill", "Sub-groups of AN-11A empty",
     "", html="""<p>Hello,</p><p>I teach phonetics (AN-11A) to the first-year English students. The sub-groups on Ecampus are wrong:</p>""" + table(
        [["AN-11A-2.1", "18", "0"], ["AN-11A-2.2", "17", "35"], ["AN-11A-3.1", "16", "16"]], ["Group", "Expected", "On Ecampus"]) +
     """<p>It seems everybody from TD2 ended up in the second half. Could you check?</p><p>Best,<br>Catherine O'Neill<br>Lecturer, Département d'études anglophones, office MLI-215<br>+33 2 31 56 58 47</p>""",
     fmt="html", lang="en", role="staff", codes=[("AN-11A", "AN-11A"), ("AN-11A-2.1", "AN-11A-2.1"), ("AN-11A-2.2", "AN-11A-2.2"), ("AN-11A-3.1", "AN-11A-3.1")],
     sym="wrong_group", note="English-speaking lecturer, HTML table of sub-groups")
mail("028-espagnol-l2-td", "22204561@etu.unicaen.fr", "Camille Dufour", "TD espagnol",
     """Bonjour,

Je suis en L2 LLCER espagnol, groupe TD2 B (esp2-td2b). Je ne suis inscrite dans aucun cours de civilisation (ESP2C01, esp2c02) alors que les cours de langue marchent.

Merci,
Camille""", codes=[("ESP2-TD2B", "esp2-td2b"), ("ESP2C01", "ESP2C01"), ("ESP2C02", "esp2c02")], st=["22204561"], sym="not_enrolled",
     es=["LLES2A"], note="L2 Spanish student missing civilisation courses")
mail("029-espagnol-prof-liste", "javier.morales@unicaen.fr", "Javier Morales", "Étudiants manquants - Traduction L3",
     """Buenos días / Bonjour,

Dans mon cours ESP3T02 (traduction, L3, catégorie LVE / L3 / (LLES3A)), il manque les étudiants suivants du groupe ESP3-TD1A :
- 22101234 ALVES Clara
- 22105567 BENOIT Romain
- 21908876 (redoublant) DIALLO Mariam

Le cours est en mode visible. Merci de vérifier leurs IP.

J. Morales
Bureau MLI 327 – poste 56 21""", codes=[("ESP3T02", "ESP3T02"), ("LLES3A", "LLES3A"), ("ESP3-TD1A", "ESP3-TD1A")], st=["22101234", "22105567", "21908876"],
     sym="not_enrolled", role="staff", note="Spanish teacher: students missing, list", cs="iso-8859-1", cte="quoted-printable")
mail("030-allemand-unknown", "22203390@etu.unicaen.fr", "Jules Bertrand", "cours espagnol civi 9",
     """salut, on m'a dit de m'inscrire dans ESP2C09 mais il existe pas ?? je suis en LEA""",
     codes=[("ESP2C09", "ESP2C09")], st=["22203390"], sym="course_missing", note="LEA student cites nonexistent code (unknown)")
mail("031-allemand-l1-dashboard", "margot.simon@etu.unicaen.fr", "Margot Simon", "Cours d'allemand caché ?",
     """Bonjour,
Je ne vois plus ALL1L02 dans mes cours (vue d'ensemble), j'ai peut-être appuyé sur "retirer de la vue" ? Je suis dans le TD 3A d'allemand 1re année.
Margot""", codes=[("ALL1L02", "ALL1L02"), ("ALL1-TD3A", "TD 3A")], sym="course_not_on_dashboard",
     note="German L1 student: course hidden from dashboard; year group in words")
mail("032-lea-secretaire-fwd", "valerie.jacquet@unicaen.fr", "Valérie Jacquet", "Fwd: groupes LEA 1",
     """Bonjour,
Ci-dessous le message d'un enseignant. Les groupes de TD LEA1 ont été créés au niveau de l'année, pas des éléments.
Cordialement,
Valérie Jacquet, scolarité LVE - bureau A-012 - 02 31 56 53 30

De : Bruno Lecoq <bruno.lecoq@unicaen.fr>
Envoyé : mardi 6 octobre 2026 17:45
À : Valérie Jacquet
Objet : groupes LEA 1

Valérie,
Dans LEA1E01 je n'ai que le groupe LEA1-TD1A, les groupes LEA1-TD2A et LEA1 TD2B n'existent pas dans le cours. Les 2 TD du jeudi (salle SA-114) n'ont donc rien.
Bruno""", codes=[("LEA1E01", "LEA1E01"), ("LEA1-TD1A", "LEA1-TD1A"), ("LEA1-TD2A", "LEA1-TD2A"), ("LEA1-TD2B", "LEA1 TD2B")],
     sym="wrong_group", role="staff", note="forwarded teacher mail: LEA year groups missing in course")
mail("033-anglais-erasmus", "anna.kowalska@etu.unicaen.fr", "Anna Kowalska", "Erasmus student - no English courses",
     """Hi,
I'm an Erasmus exchange student from Kraków this semester. I should follow AN-20A (thème/version) and an-20b American literature, but I'm not enrolled in them on Ecampus. My student number: 22480912.
Thanks a lot!
Anna""", codes=[("AN-20A", "AN-20A"), ("AN-20B", "an-20b")], st=["22480912"], sym="not_enrolled", lang="en", note="incoming Erasmus student in English")
mail("034-anglais-l3-renamed", "pierre.lamy@unicaen.fr", "Pierre Lamy", "Mon cours AN-30A a été déplacé",
     """Bonjour,

Mon cours AN-30A Traduction spécialisée a été renommé et se trouve maintenant dans une catégorie "Archives 2025-2026". Mes L3 LLCER anglais ne le voient plus. Qu'est-ce qui s'est passé ?

Pierre Lamy""", codes=[("AN-30A", "AN-30A")], sym="course_moved_renamed", role="staff", es=["LLAN3A"], note="teacher: course archived/renamed")
mail("035-anglais-an10c", "22301999@etu.unicaen.fr", "Yasmine Haddad", "cours AN-10C",
     """Bonjour, sur mon contrat pédagogique il y a "AN-10C Compréhension orale" mais il est nulle part sur ecampus. Je suis en L1 anglais.
Yasmine""", codes=[("AN-10C", "AN-10C")], st=["22301999"], sym="course_missing", note="unknown code from learning contract")
mail("036-allemand-prof-hidden", "gerd.mueller@unicaen.fr", "Gerd Müller", "Studenten sehen den Kurs nicht / étudiants",
     """Bonjour,

Les étudiants de mes deux TD (ALL2-TD1A et ALL2-TD1B) ne voient pas l'espace ALL2C03. Moi je le vois en grisé.

Mit freundlichen Grüßen,
Gerd Müller""", codes=[("ALL2-TD1A", "ALL2-TD1A"), ("ALL2-TD1B", "ALL2-TD1B"), ("ALL2C03", "ALL2C03")], sym="students_cannot_see_course",
     role="staff", note="German teacher: course greyed (hidden)")
mail("037-espagnol-participants", "rosa.santos@unicaen.fr", "Rosa Santos", "bloc participants",
     """Bonjour, dans ESP1L04 je ne trouve plus le bloc Participants à droite pour voir mes étudiants du TD4. Où est-il passé ?
Rosa Santos""", codes=[("ESP1L04", "ESP1L04")],
     sym="participants_block_missing", role="staff", note="teacher cannot find Participants block (TD4 ambiguous A/B: not coded)")
mail("038-lea2-td-glued", "22205514@etu.unicaen.fr", "Nolan Guillou", "probleme groupe",
     """Bonjour je suis dans le groupeLEA2-TD3A mais je devrais être en LEA2-TD3B (changement validé par Mme Jacquet le 05/10).
Nolan 22205514""", codes=[("LEA2-TD3A", "groupeLEA2-TD3A"), ("LEA2-TD3B", "LEA2-TD3B")], st=["22205514"], sym="wrong_group",
     note="LEA student: group code glued to word")
mail("039-anglais-spam", "promo@univ-campus-deals.biz", "Campus Deals", "Votre licence Office 365 expire !",
     """Cher utilisateur,
Votre licence Office 365 expire dans 24h. Cliquez ici pour la renouveler : http://office365-unicaen-renew.biz/login
Service informatique""", sym="other", role="unknown", note="phishing spam")
mail("040-esp-l3-b64", "22104002@etu.unicaen.fr", "Léa Moreau", "Inscription cours traduction espagnol",
     """Bonjour,

Je n'apparais pas dans les participants de ESP3 T01 ni de ESP3T03, alors que je suis dans le groupe ESP3-TD2A sur mon contrat.
Numéro étudiant : 22104002 (INE 2345678901A)

Merci beaucoup
Léa""", codes=[("ESP3T01", "ESP3 T01"), ("ESP3T03", "ESP3T03"), ("ESP3-TD2A", "ESP3-TD2A")], st=["22104002"], sym="not_enrolled",
     cte="base64", note="L3 Spanish student missing from two courses (base64)")
mail("041-anglais-teacher-not-enrolled", "david.smith@unicaen.fr", "David Smith", "Not enrolled as teacher in AN 21A",
     """Hi,
I've been teaching Linguistics (AN 21A) for the L2 for three weeks, Tuesday 10:15 room MLI-010, and I'm still not a teacher in the course on Ecampus.
Cheers,
David""", codes=[("AN-21A", "AN 21A")], sym="teacher_not_enrolled", role="staff", lang="en", note="English teacher not enrolled")
mail("042-allemand-thanks", "margot.simon@etu.unicaen.fr", "Margot Simon", "Re: Cours d'allemand caché ?",
     """Merci c'était bien ça, j'avais retiré le cours de la vue. Tout est revenu.
Margot

Le mer. 14 oct. 2026 à 11:20, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour, dans la vue d'ensemble des cours, sélectionnez le filtre "Retirés de la vue" et rétablissez ALL1L02.
>> Je ne vois plus ALL1L02 dans mes cours""", codes=[("ALL1L02", "ALL1L02")], sym="other", reply=True, note="thanks, quoted history cites course")

# 043-060 Masters with tracks
mail("043-mbe-parcours", "22012233@etu.unicaen.fr", "Chloé Garnier", "parcours ecologie",
     """Bonjour,
je suis en master 1 biodiversité parcours écologie et je ne suis inscrite dans aucun cours du parcours (MBE1.EC1, MBE1.EC2...), seulement au tronc commun.
Chloé""", codes=[("MBE1.EC1", "MBE1.EC1"), ("MBE1.EC2", "MBE1.EC2")], st=["22012233"], sym="not_enrolled", es=["MBE1EC"], cs="windows-1252", cte="base64",
     note="M1 ecology-track student missing track courses")
mail("044-mbe-resp-table", "olivier.besnard@unicaen.fr", "Olivier Besnard", "M1 Biodiv : groupes de parcours",
     "", html="""<p>Bonjour,</p><p>Pour le M1 Biodiversité, les étudiants du parcours génétique se retrouvent dans le groupe de parcours écologie (MBE1-PEC) :</p>""" + table(
        [["22011876", "LEBRUN T.", "Génétique", "MBE1-PEC"], ["22013098", "ORTIZ M.", "Génétique", "MBE1 PEC"], ["22010045", "HAMON J.", "Écologie", "MBE1-PEC"]],
        ["N°", "Nom", "Parcours", "Groupe Ecampus"]) + """<p>Ils devraient être dans MBE1-PGE. Cela concerne le cours de tronc commun mbe1.tc2.</p><p>O. Besnard<br>Responsable M1 Biodiversité<br>UFR des Sciences - bât. Sciences 3, bureau 310</p>""",
     fmt="html", cs="iso-8859-1", codes=[("MBE1-PEC", "MBE1-PEC"), ("MBE1-PGE", "MBE1-PGE"), ("MBE1.TC2", "mbe1.tc2")],
     st=["22011876", "22013098", "22010045"], sym="wrong_group", role="staff", es=["MBE1EC", "MBE1GE"],
     note="master head: track groups mixed up, HTML table")
mail("045-mbe-tp-ge", "22013350@etu.unicaen.fr", "Antoine Lecomte", "TP génétique",
     """Bonjour, en M2 biodiv je suis dans le TP1 du cours MBE2.GE3 au lieu du TP2 (MBE2GE-TP2). Mon binôme est dans le TP2.
Antoine""", codes=[("MBE2.GE3", "MBE2.GE3"), ("MBE2GE-TP1", "TP1"), ("MBE2GE-TP2", "MBE2GE-TP2")], st=["22013350"], sym="wrong_group", note="M2 student in wrong TP group of track")
mail("046-mbe-unknown", "22012987@etu.unicaen.fr", "Elsa Pottier", "UE MBE1.EC9 ??",
     """Bonjour, sur ADE j'ai un créneau "MBE1.EC9 Écologie marine" mercredi 8h30 mais pas de cours sur ecampus.
Merci""", codes=[("MBE1.EC9", "MBE1.EC9")], st=["22012987"], sym="course_missing", note="student cites unknown code from ADE")
mail("047-droit-alternants", "celine.hardy@unicaen.fr", "Céline Hardy", "Master droit des affaires - alternants",
     """Bonjour,

En M1 droit des affaires, les alternants (groupe M1DAF03ALT) n'ont pas accès au cours M1DAF03 Droit des sociétés ; les étudiants en formation initiale (M1DAF03FI) oui.
Les alternants sont en entreprise du lundi au mercredi, ils suivent le cours le jeudi.

Céline Hardy
Gestionnaire masters droit - UFR Droit, AES
Bureau DR-105 - 02 31 56 51 11""" + DISC, codes=[("M1DAF03ALT", "M1DAF03ALT"), ("M1DAF03", "M1DAF03"), ("M1DAF03FI", "M1DAF03FI")],
     sym="not_enrolled", role="staff", es=["MDA1AL"], note="secretary: M1 apprentices not enrolled")
mail("048-droit-fiscal-words", "22009921@etu.unicaen.fr", "Baptiste Roger", "pas dans le groupe alternants",
     """Bonjour,

Je suis en M2 droit des affaires parcours fiscalité, en alternance. Dans le cours M2DFI04 je suis dans le groupe formation initiale et pas dans le groupe des alternants.

Cordialement
B. Roger""", codes=[("M2DFI04", "M2DFI04"), ("M2DFI04FI", "groupe formation initiale"), ("M2DFI04ALT", "groupe des alternants")],
     st=["22009921"], sym="wrong_group", es=["MDA2FI"], note="M2 apprentice in initial-training group, groups in words")
mail("049-socio-porte", "aldo.haesler@unicaen.fr", "Aldo H.", "cours 2HR5C disparu",
     """Bonjour,
Mon cours 2HR5C a disparu d'Ecampus, et mes étudiants ne sont pas dans M.1HRP9C non plus. On m'a parlé de mutualisation. Le groupe M.1HRP9CTD existe bien.
Cordialement""", codes=[("2HR5C", "2HR5C"), ("M.1HRP9C", "M.1HRP9C"), ("M.1HRP9CTD", "M.1HRP9CTD")], sym="course_moved_renamed", role="staff",
     note="teacher: porté course vanished (FAQ porteur/porté)")
mail("050-socio-suspendu", "michelle.dobre@unicaen.fr", "Michelle Dobre", "Théories du changement social : plus d'étudiants",
     """Bonjour,

Depuis ce matin, plus aucun étudiant dans l'espace M.1.MS03 (Théories du changement social). Mes étudiants de M1 sociologie changement social ne peuvent plus y entrer, TD1 comme TD2.

Michelle Dobre""", codes=[("M.1.MS03", "M.1.MS03"), ("M.1MS03TD1", "TD1"), ("M.1MS03TD2", "TD2")], sym="not_enrolled", role="staff", es=["MHS1CS"],
     note="teacher: enrolments gone (suspended element); TD1 and TD2 named in words")
mail("051-socio-m1ms03-dotless", "22014455@etu.unicaen.fr", "Rayan Saidi", "cours M1MS03",
     """bonjour je vois plus le cours M1MS03 et le TD1 (M.1MS03 TD1) c'est normal ?""",
     codes=[("M.1.MS03", "M1MS03"), ("M.1MS03TD1", "M.1MS03 TD1")], st=["22014455"], sym="not_enrolled", note="student, dots dropped")
mail("052-inspe-1ca", "aurelie.colin@unicaen.fr", "Aurélie Colin", "MEEF - étudiants en groupe 2 absents",
     """Bonjour,
Les étudiants du groupe 2 de l'UE 1CA153 (Analyse du contexte) ne sont pas inscrits. Le groupe 1 (1CA153-G1) est complet.
Il s'agit de mes étudiants de M1 MEEF 1er degré, site de Caen.
Aurélie Colin, formatrice INSPE - 02 31 56 74 00""", codes=[("1CA153", "1CA153"), ("1CA153-G2", "groupe 2"), ("1CA153-G1", "1CA153-G1")],
     sym="not_enrolled", role="staff", es=["MEEF1P"], note="INSPE trainer: group 2 not enrolled")
mail("053-mbe-m2-tc-teacher", "yann.leduc@unicaen.fr", "Yann Leduc", "Trop de profs MBE2.TC1",
     """Bonjour, 31 enseignants sont inscrits dans MBE2.TC1 (séminaires M2). Il y en a au moins 20 qui viennent du tuilage avec l'an dernier je pense.
Y. Leduc""", codes=[("MBE2.TC1", "MBE2.TC1")], sym="too_many_teachers", role="staff", note="too many teachers in M2 seminar")
mail("054-mbe-ecampus-id", "22011111@etu.unicaen.fr", "Manon Royer", "cours introuvable",
     """Bonjour, le lien du cours de stats du tronc commun https://ecampus.unicaen.fr/course/view.php?id=68840 me dit que je ne peux pas m'inscrire moi-même. C'est MBE1.TC3 je crois.
Merci""", codes=[("MBE1.TC3", "MBE1.TC3")], st=["22011111"], sym="not_enrolled", note="student not enrolled, course link")
mail("055-droit-fwd-chain", "celine.hardy@unicaen.fr", "Céline Hardy", "TR: RE: accès Ecampus M1 DAF",
     """Pour info, encore un alternant.
Céline

-----Message d'origine-----
De : Enzo Blanchard <22008841@etu.unicaen.fr>
Envoyé : jeudi 15 octobre 2026 08:02
À : Hardy Céline
Objet : RE: accès Ecampus M1 DAF

Toujours pas accès à M1DAF05 ni m1daf06, je suis alternant chez Fidal depuis septembre.

> De : Hardy Céline
> Envoyé : mardi 13 octobre 2026 14:10
> Je transmets au CEMU. Tu es bien dans M1DAF05ALT ?""", codes=[("M1DAF05", "M1DAF05"), ("M1DAF06", "m1daf06"), ("M1DAF05ALT", "M1DAF05ALT")],
     st=["22008841"], sym="not_enrolled", role="staff", note="forwarded chain: apprentice without access")
mail("056-mbe-en-track", "lars.jensen@etu.unicaen.fr", "Lars Jensen", "Wrong track on Ecampus",
     """Hello,
I'm in the first year of the Master in Biodiversity, Genetics track. Ecampus put me in the Ecology track group and I get all their notifications, but not the ones of MBE1.GE2.
Lars (student no. 22470033)""", codes=[("MBE1-PEC", "Ecology track group"), ("MBE1.GE2", "MBE1.GE2")], st=["22470033"], sym="wrong_group", lang="en", es=["MBE1GE"],
     note="English student in wrong track group, named in words")
mail("057-socio-hrp8", "22015512@etu.unicaen.fr", "Clement Vidal", "Methodes qualitatives",
     """Bonjour,
Je ne trouve pas le cours M 1HRP8C (méthodes quali) dans mes cours. Je suis en M1 socio.
Clément""", codes=[("M.1HRP8C", "M 1HRP8C")], st=["22015512"], sym="not_enrolled", note="M1 sociology student, dot replaced with space")
mail("058-mbe-bounce", "MAILER-DAEMON@unicaen.fr", "Mail Delivery System", "Undelivered Mail Returned to Sender",
     """This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<olivier.besnad@unicaen.fr>: host mx.unicaen.fr said: 550 5.1.1 User unknown

--- original message ---
Subject: M1 Biodiv : groupes de parcours
MBE1-PEC / MBE1-PGE""", codes=[("MBE1-PEC", "MBE1-PEC"), ("MBE1-PGE", "MBE1-PGE")], sym="other", role="unknown", lang="en", auto=True,
     note="bounce quoting the original subject and groups")
mail("059-droit-exam", "22009355@etu.unicaen.fr", "Lucie Marchal", "date partiel",
     """Bonjour quelle est la date du partiel de M2DFI02 ? Elle n'est pas sur Ecampus.
Lucie""", codes=[("M2DFI02", "M2DFI02")], st=["22009355"], sym="other", note="exam date question")
mail("060-mbe-hidden-course", "olivier.besnard@unicaen.fr", "Olivier Besnard", "MBE2.EC4 invisible pour les étudiants",
     """Bonjour,

Mes étudiants ne voient pas MBE2.EC4 alors que j'ai cliqué sur « Afficher ». La catégorie M2 semble cachée.

O. Besnard""", codes=[("MBE2.EC4", "MBE2.EC4")], sym="students_cannot_see_course", role="staff",
     note="hidden category: students cannot see course")

# 061-070 mixed
mail("061-pass-cohorte", "claire.guerin@unicaen.fr", "Claire Guérin", "cohorte PASS pour espace tutorat",
     """Bonjour,
Peut-on synchroniser la cohorte de l'étape SPASS1 dans l'espace tutorat (https://ecampus.unicaen.fr/course/view.php?id=61250) ? Les groupes PASSTUT1 à PASSTUT4 y sont déjà. La promo fait 1 420 étudiants.
Claire Guérin - Scolarité PASS""", codes=[("SPASS1", "SPASS1"), ("PASSTUT1", "PASSTUT1"), ("PASSTUT4", "PASSTUT4")], sym="cohort_question", role="staff",
     note="PASS cohort sync question (the writer talks of PASS cohort, not of students' étape)")
mail("062-las-psy-login", "22208990@etu.unicaen.fr", "Mathis Caron", "impossible de me connecter",
     """bonjour impossible de me co a ecampus depuis hier, mot de passe incorrect alors que je l'ai changé sur l'ENT. je suis en LAS.
0612457890""", st=["22208990"], sym="cannot_login", note="LAS psychology student cannot log in; phone look-alike")
mail("063-pass-elp-pseudo", "jean.morin@unicaen.fr", "Jean Morin", "Tutorat : pas d'enseignants inscrits",
     """Bonjour,

Pour l'UE12 tutorat (PS1UE12), aucun enseignant n'est inscrit. D'après la scolarité, les cours sont planifiés sur le pseudo-groupe ELP_PS1UE12_CM dans ADE, mais un groupe PASSTUT2 a été créé depuis.

Jean Morin""", codes=[("PS1UE12", "PS1UE12"), ("ELP_PS1UE12_CM", "ELP_PS1UE12_CM"), ("PASSTUT2", "PASSTUT2")], sym="teacher_not_enrolled",
     role="staff", note="ADE pseudo-group masked by new group (FAQ)")
mail("064-du-nu-distance-elp", "laure.petit@unicaen.fr", "Laure Petit", "Stagiaires FOAD sans groupe - DUNU-M04",
     """Bonjour,

Les stagiaires à distance sont bien inscrits dans DUNU-M04 (Certification Pix), mais sans groupe : ils sont dans ELP_DUNU-M04_CM au lieu de DUNU04-DIS.
Leur IA est en télé-enseignement.

Laure Petit - SUFCA""", codes=[("DUNU-M04", "DUNU-M04"), ("ELP_DUNU-M04_CM", "ELP_DUNU-M04_CM"), ("DUNU04-DIS", "DUNU04-DIS")],
     sym="wrong_group", role="staff", note="distance status mismatch: pseudo-group")
mail("065-pass-td-passtd31", "22309123@etu.unicaen.fr", "Noemie Lacroix", "groupe td31",
     """Bonjour, sur mon emploi du temps je suis en PASSTD31 mais ce groupe n'existe pas dans ecampus, c'est normal ?""",
     codes=[("PASSTD31", "PASSTD31")], st=["22309123"], sym="wrong_group", note="student cites a nonexistent year group (unknown)")
mail("066-esp-prof-m-d-p", "javier.morales@unicaen.fr", "Javier Morales", "RE: Étudiants manquants - Traduction L3",
     """Merci, tout est rentré dans l'ordre pour ESP3T02.
J.M.

> Les IP de 22101234, 22105567 et 21908876 ont été complétées jusqu'au groupe ESP3-TD1A.""", codes=[("ESP3T02", "ESP3T02"), ("ESP3-TD1A", "ESP3-TD1A")],
     st=["22101234", "22105567", "21908876"], sym="other", role="staff", reply=True, note="thanks with quoted history")
mail("067-meef-nom", "22016604@etu.unicaen.fr", "Kevin Lebas", "Mon prénom",
     """Bonjour
Sur ecampus mon prénom est "Kevin" alors que c'est "Kévin". Je suis en M2 MEEF 1er degré.
Bien cordialement""", st=["22016604"], sym="wrong_name", es=["MEEF2P"], cs="iso-8859-1", note="M2 MEEF student, wrong first name")
mail("068-du-pal-teacher-students", "bernard.collet@unicaen.fr", "Bernard Collet", "DU soins palliatifs - accès stagiaires",
     """Bonjour,

Les stagiaires (groupe présentiel, DUPA01-CAM) ne voient pas le module DUPA-MO1 Éthique et fin de vie. Je l'ai pourtant rendu visible lundi.
Les stagiaires à distance (DUPA01-DIS) le voient.

Dr B. Collet - Unité de soins palliatifs, CHU Côte de Nacre, 14033 Caen""", codes=[("DUPA01-CAM", "DUPA01-CAM"), ("DUPA-M01", "DUPA-MO1"), ("DUPA01-DIS", "DUPA01-DIS")],
     sym="students_cannot_see_course", role="staff", note="DU teacher: campus group cannot see module")
mail("069-lea-ooo-en", "bruno.lecoq@unicaen.fr", "Bruno Lecoq", "Automatic reply: groupes LEA 1",
     """I am out of the office until 2 November 2026 with limited access to email. Je suis absent jusqu'au 2 novembre.
Bruno Lecoq""", sym="other", role="unknown", lang="en", auto=True, note="bilingual out-of-office")
mail("070-pass-td-digit-dropped", "22304877@etu.unicaen.fr", "Ambre Lucas", "groupe de td faux",
     """bonsoir, je devrais etre dans le PASSTD2 (22) pas le PASSTD21, la scol a validé mon changement de groupe. et du coup en UE7 physio (PS1UE7) je vois pas les bons docs
Ambre, 22304877""", codes=[("PASSTD22", "PASSTD2"), ("PASSTD21", "PASSTD21"), ("PS1UE07", "PS1UE7")], st=["22304877"], sym="wrong_group",
     note="PASS student, digit dropped in group and course codes")

# =====================================================================================
BASE = datetime(2026, 9, 28, 8, 0, tzinfo=timezone(timedelta(hours=2)))

def build(i, m):
    msg = EmailMessage()
    local, dom = m["frm"].split("@")
    msg["From"] = Address(m["name"], local, dom)
    msg["To"] = m["to"]
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(BASE + timedelta(days=i * 0.6, minutes=random.randint(0, 600)))
    msg["Message-ID"] = f"<{m['slug']}.{random.randint(10**6, 10**7)}@{dom}>"
    if m["reply"]:
        msg["In-Reply-To"] = f"<ticket-{i}@unicaen.fr>"
        msg["References"] = f"<ticket-{i}@unicaen.fr>"
    if m["auto"]:
        msg["Auto-Submitted"] = "auto-replied"
    cs = m["cs"]
    def enc(t):
        try:
            t.encode(cs)
            return t
        except UnicodeEncodeError:
            return t.replace("œ", "oe").replace("’", "'").replace("–", "-").replace("«", '"').replace("»", '"').replace("ü", "ue")
    if m["fmt"] == "html":
        h = "<html><body>" + enc(m["html"]) + "</body></html>"
        if i % 2:
            msg.set_content(h, subtype="html", charset=cs, cte=m["cte"] or "quoted-printable")
        else:
            text = re.sub(r"<[^>]+>", " ", h)
            msg.set_content(enc(text), charset=cs, cte="quoted-printable")
            msg.add_alternative(h, subtype="html", charset=cs, cte="quoted-printable")
    else:
        body = enc(m["body"])
        msg.set_content(body, charset=cs, cte=m["cte"] or ("8bit" if cs == "utf-8" and i % 3 else "quoted-printable"))
        if i % 7 == 3:  # some multipart/alternative
            hb = "<html><body><p>" + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</p></body></html>"
            msg.add_alternative(hb, subtype="html", charset=cs)
    if m["att"]:
        msg.add_attachment(m["att"][1], maintype="image", subtype="png", filename=m["att"][0])
    return msg

def main():
    gold = {}
    for i, m in enumerate(M, 1):
        assert m["slug"].startswith(f"{i:03d}-"), m["slug"]
        fn = m["slug"] + ".eml"
        msg = build(i, m)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(bytes(msg))
        text = m["html"] or m["body"]
        ids = [int(x) for x in re.findall(r"course/view\.php\?id=(\d+)", text)]
        schemes = []
        for c, _ in m["codes"]:
            s = scheme_of(c)
            if s not in schemes and s != "unknown":
                schemes.append(s)
        gold[fn] = {"apogee_codes": [c for c, _ in m["codes"]], "apogee_codes_as_written": [w for _, w in m["codes"]],
                    "student_numbers": m["st"], "course_ids": ids, "symptom": m["sym"], "sender_role": m["role"],
                    "language": m["lang"], "auto_reply": m["auto"], "schemes": schemes, "etapes_said": m["es"], "note": m["note"]}
    json.dump(gold, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)
    print(len(gold), "mails")

if __name__ == "__main__":
    main()
