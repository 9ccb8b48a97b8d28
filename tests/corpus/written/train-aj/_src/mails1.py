from lib import M
from catalogue_def import *

M("etu-l1-droit-civil", ("Lucas Hébert", "lucas.hebert@etu.unicaen.fr"),
  "Cours de droit civil introuvable", (2027, 1, 4, 8, 41), """Bonjour,

Je suis en L1 droit et depuis la rentrée de janvier je ne vois toujours pas le cours de droit civil (LDR1C04) sur Ecampus, alors que mes camarades l'ont depuis vendredi. Le prof a mis le plan du TD en ligne et je n'y ai pas accès.

Mon numéro étudiant : 22 00 45 18
Je suis dans le TD 3 le mardi en salle S3-045.

Merci d'avance,
Lucas Hébert
06 71 22 48 09
""", codes=["LDR1C04", ("LDR1C04T3", "TD 3")], nums=["22004518"], sym="not_enrolled", role="student",
  schemes=[S_DR], said=["DRL1"], note="L1 droit student, number with spaces, does not see LDR1C04; TD 3 of that course")

M("parent-pass-fille", ("Sylvie Lemarchand", "sylvie.lemarchand14@orange.fr"),
  "Ma fille n'a pas accès à l'UE7", (2027, 1, 4, 19, 3), """Madame, Monsieur,

Je me permets de vous écrire au sujet de ma fille, Clémence Lemarchand, étudiante en PASS cette année. Depuis le début du second semestre elle n'a pas accès à l'espace de l'UE 7 « Santé Société Humanité » (elle me dit que le code est PAS UE07) alors que le premier partiel arrive dans trois semaines. Elle a déjà écrit à la scolarité sans réponse.

Voici ses informations :
- n° étudiant : 22101376
- INE : 0903045512K
- née le 17/06/2008

Vous pouvez me joindre au 02 31 44 18 67 (après 18h) ou lui écrire directement.

Je vous remercie par avance de votre aide.
Sylvie Lemarchand
12 rue des Tilleuls, 14200 Hérouville-Saint-Clair
""", cs="latin1", cte="8bit", codes=[("PAS-UE07", "PAS UE07")], nums=["22101376"], sym="not_enrolled", role="unknown",
  schemes=[S_PAS], said=["PASS01"], note="mother writes for PASS daughter: no access to UE7, number + INE + birth date + phone")

M("scol-gea-tableau-groupes", ("Nathalie Perrotte", "nathalie.perrotte@unicaen.fr"),
  "BUT GEA - étudiants sans groupe sur Ecampus", (2027, 1, 5, 10, 22), fmt="html", cte="qp", html_body="""<html><body style="font-family:Arial;font-size:10pt">
<p>Bonjour,</p>
<p>Les étudiants ci-dessous, en BUT GEA 2e année, sont bien inscrits dans le cours <b>BGE2-07</b> (Anglais des affaires) mais n'apparaissent dans <u>aucun groupe</u> sur Ecampus. Dans Apogée ils sont tous affectés au groupe BGE2-07TD1 sauf M. Ferreira qui est alternant (groupe BGE2-07ALT).</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Nom</th><th>Prénom</th><th>N° étudiant</th><th>INE</th><th>Date de naissance</th><th>Groupe Apogée</th></tr>
<tr><td>BERTIN</td><td>Chloé</td><td>22004781</td><td>2204019876B</td><td>03/02/2006</td><td>TD1</td></tr>
<tr><td>FERREIRA</td><td>Yanis</td><td>22006140</td><td>090513247HJ</td><td>21/11/2005</td><td>ALT</td></tr>
<tr><td>GOSSELIN</td><td>Manon</td><td>21902275</td><td>1904033651D</td><td>09/09/2005</td><td>TD1</td></tr>
<tr><td>N'DIAYE</td><td>Aïssatou</td><td>22007733</td><td>2205117408F</td><td>30/04/2006</td><td>TD1</td></tr>
<tr><td>VAUTIER</td><td>Romain</td><td>22001096</td><td>2201098870C</td><td>14/01/2006</td><td>TD1</td></tr>
</table>
<p>Pouvez-vous regarder ? Les enseignants utilisent les groupes pour les devoirs.</p>
<p>Cordialement,</p>
<p>Nathalie Perrotte<br>Secrétariat pédagogique GEA - IUT Grand Ouest Normandie<br>Bureau B012 - Tél. 02 31 56 70 12<br>Boulevard Maréchal Juin, 14032 Caen Cedex</p>
</body></html>
""", codes=["BGE2-07", "BGE2-07TD1", "BGE2-07ALT"], nums=["22004781", "22006140", "21902275", "22007733", "22001096"],
  sym="wrong_group", role="staff", schemes=[S_GEA], said=["BGEA2"],
  note="GEA secretary, HTML table of 5 students (number, INE, birth date) in no group on BGE2-07")

M("etu-pour-amie-connexion", ("Théo Marie", "theo.marie@etu.unicaen.fr"),
  "connexion impossible pour une amie", (2027, 1, 5, 13, 50), """Bonjour

je vous ecris pour une amie, Lea Morin (num etu 21907733) qui n'arrive plus a se connecter a ecampus depuis lundi, ca lui dit identifiant ou mot de passe incorrect alors qu'elle se connecte bien a sa messagerie. Elle n'a plus de forfait donc elle peut pas vous ecrire elle meme pour l'instant.

Moi c'est Théo Marie, 21904418, on est dans la meme promo.

merci
""", cte="7bit" if False else "8bit", codes=[], nums=["21907733", "21904418"], sym="cannot_login", role="student",
  schemes=[], note="student writes for a friend who cannot log in; both numbers given")

M("etu-sv-numero-corrige", ("Emma Roussel", "emma.roussel@etu.unicaen.fr"),
  "Re: [CEMU #27010412] pas accès biologie cellulaire", (2027, 1, 6, 9, 15), """Ah oui pardon il manquait un chiffre, mon numéro c'est 22007312 !

Emma

Le 6 janv. 2027 à 08:47, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
>
> Le numéro que vous indiquez (2200731) ne comporte que 7 chiffres. Pouvez-vous nous
> donner votre numéro étudiant complet (8 chiffres, sur votre carte Léocarte) ?
>
> Cordialement,
> L'équipe CEMU
>
> Le 5 janv. 2027 à 22:10, Emma Roussel <emma.roussel@etu.unicaen.fr> a écrit :
>> Bonjour, je ne vois pas le cours SV1U01 biologie cellulaire alors que j'ai TP
>> dedans toutes les semaines. Mon numéro étudiant est 2200731. Merci
""", headers={"In-Reply-To": "<cemu.27010412.2@unicaen.fr>", "References": "<cemu.27010412.1@unicaen.fr> <cemu.27010412.2@unicaen.fr>"},
  codes=["SV1U01"], nums=["22007312"], sym="not_enrolled", role="student", schemes=[S_SV],
  note="thread: 7-digit number corrected to 8 digits; does not see SV1U01; ticket number not a student number")

M("tuteur-entreprise-iae", ("Franck Delaunay", "f.delaunay@normandie-logistique.fr"),
  "Accès cours de mon apprenti", (2027, 1, 6, 11, 2), """Bonjour,

Je suis maître d'apprentissage de M. Kevin Lefranc, apprenti en Master 1 Contrôle de gestion à l'IAE (matricule 21812290). Son tuteur pédagogique m'a conseillé de suivre les supports du cours IA1CG.06 « Pilotage de la performance » pour que nous puissions construire ensemble sa mission en entreprise.

Serait-il possible d'obtenir un accès invité à ce cours ? Je n'ai évidemment pas de compte à l'université.

Bien cordialement,

Franck Delaunay
Responsable administratif et financier
NORMANDIE LOGISTIQUE SAS - SIRET 512 874 330 00027
ZA du Clos Barbey, 14540 Grentheville
Tél : 02 31 23 88 40 - Port : 06 08 41 77 26
""", cte="qp", codes=["IA1CG.06"], nums=["21812290"], sym="other", role="unknown", schemes=[S_IAE], said=["IAM1CG"],
  note="company supervisor asks guest access to apprentice's course; SIRET, phones, postcode")

M("vacataire-psy-td4", ("Julie Castel", "julie.castel.psy@gmail.com"),
  "Chargée de TD vacataire - pas inscrite dans mon cours", (2027, 1, 6, 17, 34), """Bonjour,

Je suis chargée de TD vacataire en psychologie depuis ce semestre (contrat signé en décembre). J'assure le TD4 de PSY2105 (Psychologie du développement 2), le jeudi de 14h à 16h en salle SA-112, mais je ne suis pas inscrite comme enseignante dans l'espace Ecampus du cours : je ne le vois pas du tout dans mes cours.

Mon compte invité a été créé par la composante la semaine dernière, je peux me connecter.

Merci de votre aide,

Julie Castel
Psychologue clinicienne - chargée d'enseignement vacataire
UFR de Psychologie
Tél. 07 81 45 22 93
""", fmt="alt", cte="qp", codes=["PSY2105", ("PSY2105TD4", "TD4")], sym="teacher_not_enrolled", role="staff",
  schemes=[S_PSY], note="vacataire not enrolled as teacher in PSY2105 (her TD4)")

M("doctorante-histoire-td", ("Margaux Le Goff", "margaux.legoff@unicaen.fr"),
  "HI.307 - pas de rôle enseignant", (2027, 1, 7, 9, 5), """Bonjour,

Doctorante contractuelle en histoire moderne, j'assure cette année deux TD de HI.307 (Historiographie, L3) : le TD2 et le TD3. Ils sont bien planifiés à mon nom dans ADE depuis novembre, mais je ne suis toujours pas enseignante dans l'espace de cours HI.307 sur Ecampus, je n'y ai même pas accès.

Pouvez-vous vérifier ?

Merci beaucoup,
Margaux Le Goff
Doctorante - laboratoire HisTeMé (bureau MRSH 224)
N° étudiante (doctorat) : 21508841
""", cte="8bit", codes=["HI.307", ("HI.307TD2", "TD2"), ("HI.307TD3", "TD3")], nums=["21508841"],
  sym="teacher_not_enrolled", role="staff", schemes=[S_HI],
  note="doctoral student who teaches two TD of HI.307, not teacher in course; her own student number in signature")

M("stagiaire-fc-du-qvt", ("Corinne Leménager", "corinne.lemenager@hotmail.fr"),
  "DU QVT - module ergonomie invisible", (2027, 1, 7, 20, 41), """Bonjour,

Je suis inscrite au DU Qualité de vie au travail en formation continue, à distance (je travaille à Cherbourg). Je ne trouve pas le module FCQV04 Ergonomie sur Ecampus alors que le planning indique qu'il a commencé le 4 janvier. Les autres modules (FCQV01, FCQV02, FCQV03) apparaissent bien.

Mon numéro étudiant (indiqué sur le contrat de formation) : 22600481.
Mon numéro de dossier formation continue : FC-2026-0384.

Cordialement,
Corinne Leménager
Infirmière de santé au travail
""", cs="cp1252", cte="qp", codes=["FCQV04", "FCQV01", "FCQV02", "FCQV03"], nums=["22600481"], sym="not_enrolled",
  role="student", schemes=[S_FC], said=["DUQVT"], note="continuing-education trainee does not see FCQV04; FC file number not a student number")

M("etu-psy-mauvais-td", ("Inès Boulanger", "ines.boulanger@etu.unicaen.fr"),
  "[21906655] pas dans le bon groupe de TD", (2027, 1, 8, 12, 16), """bonjour,

je suis en L2 psycho et sur ecampus je suis dans le TD2 de psycho du dev (PSY2105) alors que je suis en TD4 depuis septembre, c'est noté comme ça sur mon contrat pédagogique. Du coup je vois pas les annonces de ma chargée de TD et le dépôt du dossier est dans le groupe TD4.

merci de corriger svp

Inès
""", cte="8bit", codes=["PSY2105", ("PSY2105TD2", "TD2"), ("PSY2105TD4", "TD4")], nums=["21906655"], sym="wrong_group",
  role="student", schemes=[S_PSY], said=["PSL2"], note="student number in subject only; in TD2 instead of TD4 of PSY2105")

_st = """Bonjour,

Je reviens vers vous (c'est un peu la suite du ticket 27010563 que vous avez clôturé vendredi) : une partie des L2 ne sont toujours pas inscrits dans STP2E04 Entraînement sportif. Je vous colle la liste extraite de notre tableur :

NOM\tPrénom\tN° étudiant\tINE\tNé(e) le\tPortable\tGroupe
AUBRY\tMaxime\t21905517\t1905061123G\t12/05/2004\t06 11 52 34 78\tG1
CHAUVIN\tLéna\t22003389\t2003104478A\t29/08/2005\t07 68 20 14 55\tG1
DUVAL\tThomas\t22004102\t090317754JK\t02/03/2005\t06 33 71 09 26\tG2
EL AMRANI\tSofiane\t22001874\t2001087702H\t17/10/2005\t06 52 48 63 11\tG2
GIRARD\tOcéane\t22005260\t2005125893B\t05/12/2005\t07 49 12 87 30\tG3
HAMEL\tBaptiste\t21908841\t1908044571E\t21/07/2004\t06 27 95 40 18\tG3
LEBRUN\tClara\t22002917\t2002041169K\t08/02/2005\t06 85 31 66 02\tG4
PICARD\tJules\t22006458\t2006092241D\t11/06/2005\t07 51 04 29 83\tG4

Ils sont tous inscrits pédagogiquement (vérifié dans Apogée ce matin avec la scolarité), jusqu'au groupe. La promo fait 164, il en manque 8, ce sont ceux-là.

Bien à vous,

Stéphane Guérin
Directeur des études L2 STAPS
UFR STAPS - bureau 118 - 02 31 56 73 40
"""
M("de-staps-liste-tableur", ("Stéphane Guérin", "stephane.guerin@unicaen.fr"),
  "Re: étudiants L2 manquants STP2E04", (2027, 1, 8, 14, 2), _st, fmt="alt", cte="qp",
  codes=["STP2E04"], nums=["21905517", "22003389", "22004102", "22001874", "22005260", "21908841", "22002917", "22006458"],
  sym="not_enrolled", role="staff", schemes=[S_ST], said=["STL2"],
  note="director of studies pastes spreadsheet (number, INE, birth date, mobile, group) of 8 L2 missing from STP2E04; ticket 8 digits")

M("ens-anglais-cours-cache", ("Alison Carter", "alison.carter@unicaen.fr"),
  "Mes étudiants ne voient pas AN-10A", (2027, 1, 8, 16, 44), """Bonjour,

Mes étudiants de première année me disent qu'ils ne voient pas le cours AN-10A (EC1 Langue Traduction) sur Ecampus : https://ecampus.unicaen.fr/course/view.php?id=41207
Moi je le vois, mais en grisé. J'ai déposé tous les documents pour le semestre 2.

Merci,
Alison Carter
Maître de conférences - Département d'anglais
""", cte="qp", codes=["AN-10A"], ids=[41207], sym="students_cannot_see_course", role="staff", schemes=[S_AN],
  note="teacher: students cannot see AN-10A (greyed, hidden course); course link")

M("erasmus-cas-destination", ("Jan Kowalski", "22208817@etu.unicaen.fr"),
  "Login problem - CAS page", (2027, 1, 9, 10, 30), """Hello,

I am an Erasmus student from Poland, arrived in Caen this week. When I log in I get a page saying "Connexion réussie" and then that CAS does not know my final destination. I never arrive on Ecampus. I found the login page with Google.

What should I do?

Best regards,
Jan Kowalski
""", cte="7bit", sym="cas_unknown_destination", role="student", lang="en", nums=["22208817"],
  note="incoming Erasmus student, CAS unknown destination, number only in From address")

M("etu-majuscules-erreur-bdd", ("Kylian Bréard", "kylian.breard@etu.unicaen.fr"),
  "ERREUR ECAMPUS", (2027, 1, 10, 10, 12), """BONJOUR

DEPUIS CE MATIN ECAMPUS ME MET "ERREUR DE LECTURE DE LA BASE DE DONNEES" QUAND JE VEUX FAIRE LE QUIZ DE GENETIQUE QUI FERME A MIDI !!!! C'EST PAS NORMAL JE VAIS AVOIR ZERO

KYLIAN
""", cte="8bit", sym="database_error", role="student", note="student in capitals, database read error on Sunday morning (quiz)")

M("etu-lea-deux-camarades", ("Yasmine Chérif", "21703345@etu.unicaen.fr"),
  "Pas inscrites en négociation internationale", (2027, 1, 11, 8, 58), """Bonjour,

On est deux en L3 LEA dans le T1 du mercredi à ne pas voir le cours LEA3A07 (Négociation internationale) : moi et Inès Caron (n° étudiant 21705128). Les autres filles du groupe l'ont.

Moi mon numéro c'est celui de mon adresse mail.

Merci !
Yasmine
""", cte="qp", codes=["LEA3A07", ("LEA3A07T1", "T1")], nums=["21703345", "21705128"], sym="not_enrolled", role="student",
  schemes=[S_LEA], said=["LEAL3"], note="student writes for herself and a classmate; own number = From address")

_fw = """Bonjour,

Je vous transfère la demande d'une étudiante de L1 : son prénom est mal orthographié sur Ecampus. Dans Apogée il est correct (Anaïs avec tréma). Est-ce de votre ressort ou dois-je voir avec la DSI ?

Merci,
Hélène Vasseur
Scolarité Licence Droit - UFR Droit, AES et Administration publique
Esplanade de la Paix - bâtiment D, bureau D 114 - 02 31 56 51 07

---------- Message transféré ----------
De : Anais Poulain <22108430@etu.unicaen.fr>
Date : lun. 11 janv. 2027 à 19:22
Objet : erreur prenom
À : scolarite.droit@unicaen.fr

Bonjour, sur ecampus mon prénom est écrit Anais au lieu de Anaïs, et du coup le nom sur mes copies rendues dans le cours de droit constitutionnel (LDR1C08) est faux. Mon numéro : 22108430. Merci
"""
M("scol-droit-transfert-prenom", ("Hélène Vasseur", "helene.vasseur@unicaen.fr"),
  "TR: erreur prenom", (2027, 1, 12, 9, 40), _fw, fmt="alt", cte="qp", codes=["LDR1C08"], nums=["22108430"],
  sym="wrong_name", role="staff", schemes=[S_DR], note="secretary forwards student's mail: first name without diaeresis on Ecampus")

M("tuteur-etu-l1-histoire", ("Paul Morel", "paul.morel@etu.unicaen.fr"),
  "Tutorat - mes tutorés ne voient pas le cours", (2027, 1, 12, 18, 7), """Bonsoir,

Je suis tuteur (étudiant de L3, contrat de tutorat pédagogique) pour des L1 histoire. Trois de mes tutorés n'ont pas accès au cours d'histoire ancienne HI101 et ils ne savent pas à qui s'adresser, donc je me permets de vous écrire pour eux :

- Lina Berthelot - 22103358
- Malo Jouan - 22104716
- Sarah Quesnel - 22101187

Ils ont fait leur IP en décembre d'après eux. Ils ont tous les trois le TD4 avec M. Lenoir.

Merci d'avance,
Paul Morel (L3 histoire, n° 21902256)
""", cte="8bit", codes=[("HI.101", "HI101"), ("HI.101TD4", "TD4")], nums=["22103358", "22104716", "22101187", "21902256"],
  sym="not_enrolled", role="student", schemes=[S_HI], said=["HIL1", "HIL3"],
  note="student tutor writes for 3 L1 tutees missing from HI.101 (dot dropped); own number in signature")

M("parent-fils-connexion", ("Gérard Tessier", "gerard.tessier50@hotmail.fr"),
  "Impossible de se connecter !!!", (2027, 1, 13, 7, 55), """Bonjour,

Mon fils Arthur Tessier n'arrive PAS à se connecter à Ecampus depuis plus d'une semaine, il a demandé un nouveau mot de passe deux fois et ça ne marche toujours pas. Il a ses partiels la semaine prochaine et ses cours sont dessus. C'est inadmissible pour une université.

Son numéro étudiant : 22 10 93 47
INE : 2209031877F
Mon téléphone : 06 62 18 40 95

G. Tessier
""", cs="latin1", cte="qp", nums=["22109347"], sym="cannot_login", role="unknown",
  note="angry father: son cannot log in; number written in pairs, INE, phone")

M("absence-secretaire", ("Martine Lecoq", "martine.lecoq@unicaen.fr"),
  "Réponse automatique : demande inscription LDR3C02", (2027, 1, 13, 9, 1), """Bonjour,

Je suis absente du 11 au 22 janvier 2027 inclus. Pour toute question urgente concernant les inscriptions pédagogiques, merci de contacter le secrétariat au 02 31 56 55 80 ou scolarite.droit@unicaen.fr.

Cordialement,
Martine Lecoq
""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, cte="qp", codes=["LDR3C02"],
  sym="other", role="unknown", auto=True, schemes=[S_DR], note="out-of-office reply; code only in the subject")

M("ens-gea-trop-enseignants", ("Olivier Hamon", "olivier.hamon@unicaen.fr"),
  "Trop d'enseignants dans BGE1-03", (2027, 1, 13, 15, 26), """Bonjour,

Dans le cours BGE1-03 (Droit du travail 1) il y a 11 enseignants inscrits alors que nous ne sommes que deux à intervenir cette année (moi et Mme Rigault). Les étudiants reçoivent des messages de collègues qui n'ont rien à voir avec le module. Je ne peux pas les désinscrire, ils sont inscrits par la base de données.

Olivier Hamon
PRAG - IUT Grand Ouest Normandie, département GEA
""", fmt="alt", cte="qp", codes=["BGE1-03"], sym="too_many_teachers", role="staff", schemes=[S_GEA],
  note="too many teachers (database enrolment) in BGE1-03")

M("scol-sv-changement-tp", ("Sandrine Bazin", "sandrine.bazin@unicaen.fr"),
  "Changement de groupe TP non répercuté", (2027, 1, 14, 10, 3), """Bonjour,

L'étudiante Mme Louise Caillaud (n° 22003318) a changé de groupe de TP en Biochimie : elle est passée du TP1 au TP3 de SV1U06 le 7 janvier (changement saisi dans Apogée le jour même). Sur Ecampus elle est toujours dans le TP1 et ne voit pas les consignes du TP3.

Merci,
Sandrine Bazin
Scolarité UFR des Sciences - Campus 2, bâtiment S, bureau S 021
""", cs="latin1", cte="8bit", codes=["SV1U06", ("SV1U06TP1", "TP1"), ("SV1U06TP3", "TP3")], nums=["22003318"],
  sym="wrong_group", role="staff", schemes=[S_SV],
  note="scolarité writes for a student: group change TP1 -> TP3 not on Ecampus")

M("inspe-bloc-participants", ("Catherine Olivier", "catherine.olivier@unicaen.fr"),
  "Où est passé le bloc participants ?", (2027, 1, 14, 16, 19), """Bonjour,

Dans mon cours 1CA153 « Analyse du contexte » je ne trouve plus le bloc Participants qui était à droite. Comment je fais pour voir la liste de mes étudiants de M1 ?

Catherine Olivier
INSPE Normandie Caen
""", cte="qp", codes=["1CA153"], sym="participants_block_missing", role="staff", schemes=[S_INS],
  note="teacher cannot find the Participants block")

M("etu-psy-distance-groupe", ("Aurélie Gautier", "aurelie.gautier@etu.unicaen.fr"),
  "groupe EAD", (2027, 1, 15, 21, 12), """Bonjour,

Je suis en L2 de psychologie à distance (je travaille à côté) et dans le cours PSY2110 Entretien clinique on m'a mise dans le groupe TD1 au lieu du groupe EAD, donc je n'ai pas accès aux classes virtuelles ni aux devoirs des étudiants à distance.

Bonne soirée,
Aurélie Gautier
num étu 21807419
Envoyé de mon iPhone
""", cte="base64", codes=["PSY2110", ("PSY2110TD1", "TD1"), ("PSY2110EAD", "groupe EAD")], nums=["21807419"],
  sym="wrong_group", role="student", schemes=[S_PSY], said=["PSL2"],
  note="distance learner put in TD1 instead of EAD group of PSY2110; number in signature")

M("scol-cohorte-drl1", ("Hélène Vasseur", "helene.vasseur@unicaen.fr"),
  "Cohorte DRL1 pour l'espace d'information", (2027, 1, 15, 11, 48), """Bonjour,

Nous avons un espace « Informations L1 Droit » (https://ecampus.unicaen.fr/course/view.php?id=38812) et nous voudrions y inscrire tous les étudiants de l'étape DRL1. Est-ce qu'on peut ajouter la cohorte de l'étape nous-mêmes, et est-ce qu'elle se met à jour toute seule quand il y a de nouvelles inscriptions administratives ?

Merci,
Hélène Vasseur
Scolarité Licence Droit
""", cte="qp", codes=["DRL1"], ids=[38812], sym="cohort_question", role="staff", schemes=[S_DR],
  note="secretary asks about adding the DRL1 cohort to an information space")
