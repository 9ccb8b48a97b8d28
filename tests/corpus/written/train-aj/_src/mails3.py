from lib import M
from catalogue_def import *

M("etu-nom-mal-ecrit", ("Mohammed Ait Ouali", "22005873@etu.unicaen.fr"),
  "Erreur sur mon prénom", (2027, 1, 26, 14, 4), """Bonjour,

Sur Ecampus mon prénom apparaît « Mohamed » avec un seul m alors que c'est Mohammed (comme sur ma carte d'identité). Les profs l'écrivent mal à cause de ça dans les forums. Comment je peux le corriger ?

Merci
Mohammed Ait Ouali
""", cte="qp", nums=["22005873"], sym="wrong_name", role="student", note="first name misspelt on platform; number in From")

M("dsi-deux-numeros", ("Frédéric Lamotte", "frederic.lamotte@unicaen.fr"),
  "Étudiant avec deux numéros - inscriptions Ecampus", (2027, 1, 26, 16, 22), """Bonjour,

Pour info et action de votre côté si besoin : l'étudiant Yohan Marais avait deux dossiers dans Apogée (ancien numéro 21809954 de 2018, nouveau numéro 22009961 créé par erreur à la réinscription). La scolarité a fusionné les dossiers hier sur le numéro 21809954. Depuis, il n'est plus inscrit dans le cours SV2U04 (Génétique) ni dans aucun cours de L2 sur Ecampus. Son compte numérique pointe toujours vers l'ancien login.

Ticket GLPI côté DSI : 418277.

Frédéric Lamotte
DSI - Pôle applications scolarité
Tél. 02 31 56 61 90
""", fmt="alt", cte="qp", codes=["SV2U04"], nums=["21809954", "22009961"], sym="not_enrolled", role="staff",
  schemes=[S_SV], note="DSI: student had two numbers (merged); no longer enrolled; GLPI ticket not a student number")

M("ens-gea-cohorte", ("Karine Le Bas", "karine.lebas@unicaen.fr"),
  "Ajouter une cohorte dans mon espace PPP", (2027, 1, 27, 9, 12), """Bonjour,

Je voudrais que tous les étudiants de BGEA1 accèdent à mon espace complémentaire « PPP - ressources » (hors Apogée). J'ai vu qu'on peut ajouter une méthode « Synchronisation des cohortes ». Est-ce que c'est la bonne façon de faire et est-ce que les étudiants qui arrivent en cours d'année seront ajoutés ? La promo fait 120.

Karine Le Bas
""", cte="8bit", codes=["BGEA1"], sym="cohort_question", role="staff", schemes=[S_GEA],
  note="teacher asks about cohort sync of BGEA1 for a complementary space")

M("ens-psy-quiz-tiers-temps", ("Laurent Besnard", "laurent.besnard@unicaen.fr"),
  "Réglage quiz - tiers temps", (2027, 1, 27, 11, 0), """Bonjour,

Comment donner 1/3 de temps en plus à 4 étudiants sur le quiz final de PSY3104 Psychométrie sans changer le temps des autres ? J'ai Moodle 4.1 je crois, le quiz est réglé à 45 min.

Merci
L. Besnard
""", cte="qp", codes=["PSY3104"], sym="other", role="staff", schemes=[S_PSY], note="quiz settings question (user override)")

M("pass-liste-mauvais-groupe", ("Aurore Delamare", "aurore.delamare@unicaen.fr"),
  "PASS - UE3 : étudiants dans le mauvais groupe", (2027, 1, 27, 15, 41), """Bonjour,

Suite au rééquilibrage des groupes de l'UE3 Physique-Biophysique, les étudiants suivants sont passés dans le groupe PAS-UE03G4 dans Apogée le 20 janvier, mais Ecampus les affiche toujours dans leur ancien groupe :

- M. ARNAUD Victor, num étu 22104203, INE 2204110385J, né le 14/03/2008
- Mme BELLANGER Zoé, num étu 2210 4471, INE 2204112006D, née le 02/10/2007
- M. COLIN Enzo, num étu 22104588, INE 2204118840B, né le 28/06/2008
- Mme DIALLO Fatou, num étu 22105112, INE 090806339KH, née le 11/01/2008

Ces étudiants de PASS ont un TD de biophysique en salle 2412 demain.

Cordialement,
Aurore Delamare
Scolarité PASS/LAS - UFR Santé
2 rue des Rochambelles, 14032 Caen cedex 5
""", cs="cp1252", cte="8bit", codes=["PAS-UE03G4"], nums=["22104203", "22104471", "22104588", "22105112"],
  sym="wrong_group", role="staff", schemes=[S_PAS], said=["PASS01"],
  note="PASS scolarité list: number, INE, birth date; one number split by a space; group code only")

M("jumelles-histoire-base64", ("Jeanne Lecomte", "jeanne.lecomte@etu.unicaen.fr"),
  "Histoire médiévale - ma soeur et moi", (2027, 1, 28, 8, 19), """Bonjour,

Nous sommes jumelles, toutes les deux en L1 histoire : Jeanne Lecomte (22100562) et Louise Lecomte (22100563, oui nos numéros se suivent). Aucune de nous deux n'a le cours HI 102 Histoire médiévale sur Ecampus depuis la rentrée de janvier, alors qu'on est inscrites au TD1.

Louise est en copie.

Merci,
Jeanne
""", cte="base64", headers={"Cc": "louise.lecomte@etu.unicaen.fr"}, codes=[("HI.102", "HI 102"), ("HI.102TD1", "TD1")],
  nums=["22100562", "22100563"], sym="not_enrolled", role="student", schemes=[S_HI], said=["HIL1"],
  note="twin sisters, consecutive numbers, base64 body; code with space for dot")

M("etu-cartographie-renomme", ("Nolan Guillot", "nolan.guillot@etu.unicaen.fr"),
  "le cours de carto a changé de nom ?", (2027, 1, 28, 13, 33), """bonjour
le cours de cartographie HI.2O6 s'appelle maintenant autrement et il est rangé dans une autre catégorie, et tous les documents du prof ont disparu. est ce que c'est normal ?
nolan, L2 histoire
""", cte="8bit", codes=[("HI.206", "HI.2O6")], sym="course_moved_renamed", role="student", schemes=[S_HI], said=["HIL2"],
  note="course renamed/moved; letter O for zero in the code")

M("rh-entreprise-du-connexion", ("Service RH Carrefour Market Bayeux", "rh.bayeux@cm-bayeux.fr"),
  "Connexion Ecampus de notre salariée en DU", (2027, 1, 28, 17, 2), """Bonjour,

Notre salariée Mme Sophie Legrand suit le DU Qualité de vie au travail dans le cadre de son plan de développement des compétences (financement OPCO, convention n° 2026-FC-1187). Elle n'a jamais réussi à se connecter à Ecampus : le site lui indique que son identifiant est inconnu.

Son numéro étudiant : 22600517.
Son téléphone professionnel : 02 31 92 07 45.

Cordialement,
Service Ressources Humaines
Carrefour Market - 14400 Bayeux - SIRET 433 219 874 00018
""", cte="qp", nums=["22600517"], sym="cannot_login", role="unknown", said=["DUQVT"],
  note="employer HR writes for an employee in continuing education who cannot log in")

M("ens-sv-etudiants-voient-rien", ("Marc Hue", "marc.hue@unicaen.fr"),
  "Les L3 ne voient pas mon cours de biologie végétale", (2027, 1, 29, 8, 45), """Bonjour,

Mes étudiants de L3 me disent qu'ils ne voient pas mon cours SV3U07 (Biologie végétale), qui remplace l'ancien SV3U17. Le cours est pourtant rempli et je l'ai rendu visible hier soir dans les paramètres. Lien : https://ecampus.unicaen.fr/course/view.php?id=50377

Marc Hue
Professeur - UFR des Sciences, bâtiment S, bureau S 310
""", cte="qp", codes=["SV3U07", "SV3U17"], ids=[50377], sym="students_cannot_see_course", role="staff",
  schemes=[S_SV], note="teacher: students cannot see SV3U07 even after making it visible; old code unknown")

M("etu-gea-carte-etudiante", ("Lou Bréhier", "lou.brehier@etu.unicaen.fr"),
  "Problème groupe TD - 22104598", (2027, 1, 29, 10, 10), """Bonjour,

Je suis en BUT GEA 1re année, TD 1. Sur Ecampus, dans le cours Gestion de la paie (BGE1-02) je ne suis dans aucun groupe, donc je ne vois pas les sujets déposés pour le TD 1. Ma carte étudiante n° 22104598.

Merci d'avance
Lou
""", cte="qp", codes=["BGE1-02", ("BGE1-02TD1", "TD 1")], nums=["22104598"], sym="wrong_group", role="student",
  schemes=[S_GEA], said=["BGEA1"], note="GEA student in no group; number in subject and after « carte étudiante n° »")

M("ooo-erasmus-en", ("Ruth O'Connell", "ruth.oconnell@unicaen.fr"),
  "Automatic reply: Missing course AN-11B", (2027, 1, 29, 10, 11), """Thank you for your email. I am out of the office until 8 February 2027 with limited access to email.

For urgent matters regarding incoming exchange students, please contact international.incoming@unicaen.fr or call +33 2 31 56 55 00.

Ruth O'Connell
International Relations Office
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, cte="7bit",
  codes=["AN-11B"], sym="other", role="unknown", lang="en", auto=True, schemes=[S_AN],
  note="English out-of-office; code only in subject")

M("scol-droit-tableau-l3", ("Martine Lecoq", "martine.lecoq@unicaen.fr"),
  "L3 - droit du travail - inscriptions manquantes", (2027, 1, 29, 14, 55), fmt="html", cs="utf-8", cte="base64", html_body="""<html><body>
<p>Bonjour,</p>
<p>De retour de congés, je reprends les demandes en attente. Les étudiants suivants ne sont pas dans les participants du cours de droit du travail :</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#ddd"><th>N° étudiant</th><th>Nom</th><th>Prénom</th><th>Étape</th><th>Élément</th><th>Groupe</th><th>Tél.</th></tr>
<tr><td>21807325</td><td>BOUVIER</td><td>Alice</td><td>DRL3</td><td>LDR3C02</td><td>LDR3C02T2</td><td>06 40 18 27 33</td></tr>
<tr><td>21904760</td><td>CARON</td><td>Mathieu</td><td>DRL3</td><td>LDR3C02</td><td>LDR3C02T2</td><td>06 72 91 05 48</td></tr>
<tr><td>21906183</td><td>DESLANDES</td><td>Eva</td><td>DRL3</td><td>LDR3C02</td><td>LDR3C02T2</td><td>07 83 14 60 29</td></tr>
<tr><td>21803948</td><td>FOUCHER</td><td>Nathan</td><td>DRL3</td><td>LDR3C02</td><td>LDR3C02T2</td><td>06 09 55 72 41</td></tr>
<tr><td>21905317</td><td>JACQUET</td><td>Romane</td><td>DRL3</td><td>LDR3C02</td><td>LDR3C02T2</td><td>06 31 86 44 70</td></tr>
<tr><td>21902041</td><td>LAUNAY</td><td>Hugo</td><td>DRL3</td><td>LDR3C02</td><td>LDR3C02T2</td><td>07 56 23 98 14</td></tr>
</table>
<p>Ils sont tous inscrits jusqu'au groupe dans Apogée.</p>
<p>Cordialement,<br>Martine Lecoq<br>Scolarité Licence Droit - bureau D 112</p>
</body></html>
""", codes=["DRL3", "LDR3C02", "LDR3C02T2"], nums=["21807325", "21904760", "21906183", "21803948", "21905317", "21902041"],
  sym="not_enrolled", role="staff", schemes=[S_DR],
  note="HTML table (base64): number, étape code, element, group, phone for 6 L3 students not enrolled")

M("etu-staps-ine-confondu", ("Axel Vimont", "axel.vimont@etu.unicaen.fr"),
  "natation", (2027, 1, 30, 9, 7), """Bonjour,

je ne suis plus dans le cours de natation STP3E06 depuis mardi. mon numéro étudiant 0904023344H ah non ça c'est l'INE pardon, le numéro c'est 21804571.

Axel, L3 STAPS
""", cte="8bit", codes=["STP3E06"], nums=["21804571"], sym="not_enrolled", role="student", schemes=[S_ST], said=["STL3"],
  note="student first gives INE as number, then corrects with the real number")

M("tuteur-entreprise-alternant-gea", ("Sébastien Morin", "s.morin@garage-morin-lisieux.fr"),
  "Mon alternant n'a pas accès à ses cours", (2027, 1, 30, 11, 26), """Bonjour,

Je suis le tuteur en entreprise de Kévin Lebreton, alternant en BUT GEA 2e année (numéro étudiant 22003694). Il me dit qu'il ne voit pas le cours de contrôle de gestion BGE2-04 du groupe des alternants, donc il ne peut pas rendre le travail demandé pendant sa période en entreprise. Pouvez-vous faire le nécessaire ?

Cordialement,
Sébastien Morin
Garage Morin SARL - 14100 Lisieux
02 31 62 18 04
""", cs="latin1", cte="qp", codes=["BGE2-04", ("BGE2-04ALT", "groupe des alternants")], nums=["22003694"],
  sym="not_enrolled", role="unknown", schemes=[S_GEA], said=["BGEA2"],
  note="company tutor writes for apprentice missing from BGE2-04 (apprentices' group)")

M("ens-droit-erreur-bdd", ("Isabelle Mauduit", "isabelle.mauduit@unicaen.fr"),
  "Erreur base de données dans mon cours", (2027, 1, 31, 10, 4), """Bonjour,

Ce dimanche matin, en voulant corriger les copies du devoir de droit des obligations 2 (LDR2C05), j'obtiens « Erreur de lecture de la base de données » sur chaque page du cours. Hier soir tout fonctionnait.

Isabelle Mauduit
Maître de conférences en droit privé
""", cte="qp", codes=["LDR2C05"], sym="database_error", role="staff", schemes=[S_DR],
  note="teacher: database read error Sunday morning")

M("stagiaire-fc-iae-m2", ("Nicolas Thuillier", "nicolas.thuillier@etu.unicaen.fr"),
  "Finance d'entreprise - accès", (2027, 1, 22, 19, 30), """Bonjour,

Je suis en M2 contrôle de gestion en formation continue (salarié, je viens le vendredi et le samedi). Je n'ai pas accès au cours IA2CG.05 Finance d'entreprise, ni au groupe formation continue dedans. Les autres cours du semestre sont OK.

Bien cordialement,
Nicolas Thuillier
Stagiaire FC - promotion 2026-2027
N° étudiant : 22600322
Tél. 06 18 75 42 90
""", cs="cp1252", cte="qp", codes=["IA2CG.05", ("IA2CG.05FC", "groupe formation continue")], nums=["22600322"],
  sym="not_enrolled", role="student", schemes=[S_IAE], said=["IAM2CG"],
  note="continuing-education trainee missing from IA2CG.05; number in signature")

M("referent-transfert-erasmus", ("Thomas Guillemin", "thomas.guillemin@unicaen.fr"),
  "Fwd: cours espagnol des affaires", (2027, 1, 23, 9, 55), """Bonjour,

Je suis l'enseignant référent de cette étudiante. Elle devait partir en Erasmus à l'année mais son départ a été annulé en décembre ; elle suit donc les cours à Caen ce semestre et n'est inscrite dans aucun cours Ecampus, dont LEA2A05. Je crois que l'information Erasmus est restée dans son inscription.

Thomas Guillemin

-------- Message transféré --------
Sujet : cours espagnol des affaires
Date : Thu, 21 Jan 2027 18:03:11 +0100
De : Clara Sauvage <21906620@etu.unicaen.fr>
Pour : thomas.guillemin@unicaen.fr

Bonjour Monsieur, je n'ai toujours aucun cours sur Ecampus, même pas espagnol des affaires. Je ne sais plus quoi faire. Clara
""", cte="8bit", codes=["LEA2A05"], nums=["21906620"], sym="not_enrolled", role="staff", schemes=[S_LEA],
  note="teacher-referent forwards student mail: cancelled Erasmus, enrolled nowhere; number in quoted De: line")

M("lecturer-en-not-teacher", ("Daniel Walsh", "daniel.walsh@unicaen.fr"),
  "Not enrolled as teacher in AN-12B", (2027, 1, 24, 8, 2), """Hi,

I'm the new English lecturer (lecteur) this year and I share the American Literature course AN-12B with Prof. Carter (I take Group 2 and Group 3). I can't see the course on Ecampus at all, while my classes are in the ADE timetable since January.

Could you enrol me as a teacher?

Thanks a lot,
Daniel Walsh
Département d'études anglophones - office LVE 204
""", cte="7bit", codes=["AN-12B", ("AN-12BG2", "Group 2"), ("AN-12BG3", "Group 3")], sym="teacher_not_enrolled",
  role="staff", lang="en", schemes=[S_AN], note="English lecturer not enrolled as teacher in AN-12B")

M("delegue-staps-liste", ("Mehdi Bouzid", "mehdi.bouzid@etu.unicaen.fr"),
  "Délégué L2 - liste des étudiants sans le cours psycho du sport", (2027, 1, 24, 21, 16), """Bonjour,

Je suis délégué des L2 STAPS. Plusieurs étudiants n'ont pas le cours STP2E05 (psychologie du sport) alors que l'examen est sur Ecampus la semaine prochaine. J'ai fait la liste sur le groupe WhatsApp (nom;prénom;numéro;groupe) :

ROGER;Lisa;22002281;G2
SAVARY;Nathan;22003015;G2
TOURNEUR;Inaya;22001567;G4
VIGOT;Lucas;21907183;G4

Moi aussi je ne l'ai pas : 22002840.

Merci,
Mehdi Bouzid
""", cte="qp", codes=["STP2E05"], nums=["22002281", "22003015", "22001567", "21907183", "22002840"], sym="not_enrolled",
  role="student", schemes=[S_ST], said=["STL2"], note="class delegate lists classmates (semicolon-separated) plus own number")

M("inspe-merci", ("Catherine Olivier", "catherine.olivier@unicaen.fr"),
  "Re: Numérique éducatif 1CA158", (2027, 1, 25, 12, 40), """Merci beaucoup pour votre réactivité, tout fonctionne maintenant.

Bonne journée,
Catherine Olivier

Le 25/01/2027 à 11:02, CEMU Assistance a écrit :
> Bonjour, le menu Participants se trouve désormais dans le menu du cours, en haut
> (lien « Participants »). Cordialement.
""", cte="qp", codes=["1CA158"], sym="other", role="staff", schemes=[S_INS], note="thanks; code in subject")

M("spam-quota-en", ("IT Helpdesk", "helpdesk@mailbox-quota-alert.net"),
  "Your mailbox has exceeded its storage limit", (2027, 1, 26, 4, 50), """Dear user,

Your mailbox cemu.assistance@unicaen.fr has exceeded the 2 GB storage limit (2048 MB / 2048 MB). To avoid losing incoming messages, please verify your account within 48 hours:

http://mailbox-quota-alert.net/verify?u=cemu.assistance

Reference: 84512207
IT Helpdesk
""", cte="7bit", sym="other", role="unknown", lang="en", note="English spam; 8-digit reference is not a student number")

M("etu-l3-psy-nom-signature", ("Ophélie Lefebvre", "ophelie.lefebvre@etu.unicaen.fr"),
  "Nom de famille incorrect sur Ecampus", (2027, 1, 27, 18, 5), """Bonjour,

Je me suis mariée cet été et j'ai fait changer mon nom à la scolarité en octobre (Lefebvre → Lefebvre-Hamelin), mais sur Ecampus je suis toujours Lefebvre, ce qui pose problème pour les rendus de mon TER de L3 psycho.

Merci de votre aide.

Ophélie Lefebvre-Hamelin
L3 Psychologie - n° étu : 21700458
14 rue Caponière, 14000 Caen
07 69 32 15 80
""", cs="utf-8", cte="8bit", nums=["21700458"], sym="wrong_name", role="student", said=["PSL3"],
  note="surname changed after marriage not on platform; number with postcode and phone in signature")
