from mails1 import M, MAILS
from mails2 import EXTRA_ENSURE
from lib import PNG

M("071-erasmus-wrong-name.eml", "Oleksandr Kovalenko <oleksandr.kovalenko@etu.unicaen.fr>", "My name is wrong on Ecampus",
  """Dear support,
On Ecampus my name appears as "KOVALENKO Oleksandr Oleksandr" (first name twice) and teachers are confused. In my passport it is Oleksandr KOVALENKO. I'm in the L3 Gestion at IAE.
Student n. 25207764
Thank you""", "wrong_name", "student", codes=["L3GES"], written=["L3 Gestion"], nums=["25207764"], lang="en", schemes=["etape LnXXX"],
  note="first name duplicated")

M("072-sms-nom-faux.eml", "24090917@etu.unicaen.fr", "mon nom",
  """bjr sur ecampus c marqué Lea Dupond alors que c Léa Dupont avec un T. c possible de changer ?""", "wrong_name", "student",
  nums=["24090917"], note="SMS: surname misspelt")

M("073-l2-anglais-hlan.eml", "Camille Besnard <camille.besnard@etu.unicaen.fr>", "Anglais LANSAD pas inscrit",
  """Bonjour,

Je suis en L2 AES et je ne suis pas inscrite dans le cours d'anglais hlan 302 sur ecampus alors que j'ai passé le test de niveau (niveau B2). Mes amies du même niveau l'ont.
N° étudiant : 24016603

Merci d'avance,
Camille""", "not_enrolled", "student", codes=["L2AES", "HLAN302"], written=["L2 AES", "hlan 302"], nums=["24016603"],
  schemes=["etape LnXXX", "faq HLANsnn"], note="LANSAD English course not enrolled")

M("074-l2-optique-archive.eml", "Adrien Hue <adrien.hue@etu.unicaen.fr>", "Cours optique dans archives",
  """Bonjour, le cours d'optique de L2 (PC3 OPT) est maintenant dans "Archives 2024-2025" et le nom a changé, notre prof dit qu'elle ne peut plus rien publier dedans. On doit aller où ?
Adrien, L2 physique-chimie""", "course_moved_renamed", "student", codes=["PC3.OPT", "L2PCH"], written=["PC3 OPT", "L2 physique-chimie"],
  schemes=["sciences dotted XXs.AAA", "etape LnXXX"], note="student: course moved to archives")
EXTRA_ENSURE += ["PC3.OPT"]

M("075-erasmus-db-error.eml", "Giulia Conti <giulia.conti@etu.unicaen.fr>", "Ecampus error",
  """Hello, since 20 minutes Ecampus shows only "Error: Database connection failed". I have a quiz for Statistics (MI2-STA) that closes at 12:00. What can I do?
Giulia - student 25204480""", "database_error", "student", codes=["MI2.STA"], written=["MI2-STA"], nums=["25204480"], lang="en",
  schemes=["sciences dotted XXs.AAA"], note="database connection failed during quiz")
EXTRA_ENSURE += ["MI2.STA"]

M("076-l1-login-latin1-b64.eml", "Kévin Lemarié <kevin.lemarie@laposte.net>", "Problème de connexion à écampus",
  """Bonjour,

Je n'arrive pas à me connecter à Ecampus depuis la réinitialisation de mon mot de passe (compte numérique). Le message dit "Mauvais identifiant ou mot de passe". J'ai essayé avec 25027719 et avec kevin.lemarie.
Je suis en 1ère année de BUT informatique, groupe TD2.

Kévin Lemarié
14 rue des Acacias, 14120 Mondeville
07 81 44 20 63""", "cannot_login", "student", codes=["BINF1", "INF1-TD2"], written=["1ère année de BUT informatique", "TD2"], nums=["25027719"],
  schemes=["etape BDEPy", "iut-grp DEPy-TPnX"], note="cannot log in after password reset", form="l1")

M("077-l3-cas-qp.eml", "Pauline Leconte <pauline.leconte@etu.unicaen.fr>", "Message CAS bizarre",
  """Bonjour,

Quand je clique sur le lien Ecampus dans mon ancien mail de rentrée (https://cas.unicaen.fr/login?service=https%3A%2F%2Fecampus.unicaen.fr%2Flogin%2Findex.php%3FauthCAS%3DCAS), ça marche, mais depuis mes favoris j'ai "Connexion réussie" et le message sur la destination finale. J'ai le même souci sur l'ordi de la BU (poste BU-S-042).

Pauline""", "cas_unknown_destination", "student", note="CAS bookmark without service", form="qp")

M("078-but-info-tp.eml", "Noé Varin <noe.varin@etu.unicaen.fr>", "erreur groupe TP",
  """Bonjour,
en BUT info 1ere annee je suis en TP 2 A normalement (sur ADE c'est bon) mais sur ecampus dans R1.01 (INF R1.01) je suis dans INF1-TP2B. Du coup je vois pas les sujets de mon groupe.
Noé 25030054""", "wrong_group", "student", codes=["BINF1", "INF1-TP2A", "INFR1.01", "INF1-TP2B"],
  written=["BUT info 1ere annee", "TP 2 A", "INF R1.01", "INF1-TP2B"], nums=["25030054"],
  schemes=["etape BDEPy", "iut-grp DEPy-TPnX", "iut-elt DEPRs.nn"], note="BUT student in wrong TP group")
EXTRA_ENSURE += ["INFR1.01"]

M("079-m1-info-dashboard.eml", "Louis Pelletier <louis.pelletier@etu.unicaen.fr>", "tableau de bord vide",
  """Tableau de bord vide depuis la maj (M1 info). Cours accessibles par URL (id=50550). Filtre sur "Tous". ?""",
  "course_not_on_dashboard", "student", codes=["M1INF"], written=["M1 info"], ids=[50550], schemes=["etape LnXXX"], note="terse: empty dashboard")

M("080-l1-gea-course-missing.eml", "Emma Savary <emma.savary@etu.unicaen.fr>", "cours introuvable GEAR1.13",
  """Bonjour,
Le prof de droit des affaires nous a dit d'aller sur l'espace GEAR1.13 mais il n'existe pas sur ecampus quand je cherche. Je suis en GEA 1ère année groupe TD1.
Emma""", "course_missing", "student", codes=["GEAR1.13", "BGEA1", "GEA1-TD1"], written=["GEAR1.13", "GEA 1ère année", "TD1"],
  schemes=["iut-elt DEPRs.nn", "etape BDEPy", "iut-grp DEPy-TPnX"], note="student cannot find course; code given does not exist")

M("081-question-exam.eml", "Ibrahim Sy <ibrahim.sy@etu.unicaen.fr>", "date partiel",
  """Bonjour,
C'est quand le partiel de biologie moléculaire ? Sur l'ENT c'est marqué 12/01/2026 salle S3-045 mais un prof a dit le 19. Aussi est-ce que la note compte pour le semestre ?
Merci
Ibrahim L2 SVT""", "other", "student", codes=["L2SVT"], written=["L2 SVT"], schemes=["etape LnXXX"], note="exam date question, not Ecampus")

M("082-quiz-temps.eml", "Océane Brard <oceane.brard@etu.unicaen.fr>", "QCM algèbre coupé",
  """Bonjour,
Mon QCM d'algèbre MI3.ALB s'est fermé tout seul au bout de 10 min alors qu'on avait 30 min, j'ai eu 4/20. Est-ce que le prof peut me redonner une tentative ? Je suis sur Chrome 131.0.6778.
Océane, n° 24029915""", "other", "student", codes=["MI3.ALB"], written=["MI3.ALB"], nums=["24029915"], schemes=["sciences dotted XXs.AAA"],
  note="quiz closed early; code mistyped (MI3.ALG meant) so unknown")

M("083-psy-ancien-code.eml", "Sarah Bellanger <sarah.bellanger@etu.unicaen.fr>", "Pas inscrite - redoublante",
  """Bonjour,

Je redouble ma L2 psychologie et je ne suis plus inscrite dans "Psychopathologie" : le code que j'avais l'an dernier c'était PSYL2-14 mais mes camarades disent que c'est maintenant PSYL2-04 ?? Je n'ai aucun des deux.
Numéro étudiant 23011840
INE 0702998877R

Sarah""", "not_enrolled", "student", codes=["L2PSY", "PSYL2-14", "PSYL2-04"], written=["L2 psychologie", "PSYL2-14", "PSYL2-04"],
  nums=["23011840"], schemes=["etape LnXXX", "psy-elt PSYLy-nn"], note="repeating student not enrolled; old code archived (unknown)")

M("084-wrong-name-html.eml", "Marwa El Idrissi <marwa.elidrissi@etu.unicaen.fr>", "Nom incorrect",
  "", "wrong_name", "student", nums=["24033518"], note="HTML: name truncated", form="html",
  html="""<html><body><div dir="ltr">Bonjour,<br><br>Sur Ecampus mon nom apparaît &quot;EL&quot; seulement au lieu de &quot;EL IDRISSI&quot;.<br>Mon numéro étudiant est le 24033518.<br><br>Cordialement<br>Marwa<br><br>Envoyé de mon iPhone</div></body></html>""")

M("085-attestation.eml", "Jules Ozouf <jules.ozouf@gmail.com>", "attestation de réussite",
  """Bonjour, j'aurais besoin d'une attestation de réussite pour mon dossier de master (L3 STAPS entraînement sportif, promo 2024-2025). À qui dois-je m'adresser ? Mon ancien numéro c'était 21016678.
Merci""", "other", "student", codes=["L3EMS"], written=["L3 STAPS entraînement sportif"], nums=["21016678"], schemes=["etape LnXXX"],
  note="asks for a transcript, not Ecampus")

M("086-prof-psy-m2-invisibles.eml", "Anne-Laure Guillemette <anne-laure.guillemette@unicaen.fr>", "Etudiants M2 psycho clinique : cours invisible",
  """Bonjour,

Mes M2 de psycho clinique ne voient pas le séminaire de recherche (https://ecampus.unicaen.fr/course/view.php?id=53941), code M2PCL-101 pour l'étape. Ils sont bien dans les participants (ex. 21033409). J'ai vérifié, le cours est "Afficher".

Anne-Laure Guillemette
PU Psychologie clinique
Laboratoire LPCN - Pôle Santé, bureau 2.07""", "students_cannot_see_course", "staff", codes=["M2PCL"], written=["M2PCL-101"], nums=["21033409"], ids=[53941],
  schemes=["etape LnXXX"], note="students enrolled but cannot see course")

M("087-prof-lettres-invisible-alt.eml", "Patrick Lerouge <patrick.lerouge@unicaen.fr>", "Les étudiants ne voient pas mon cours de théâtre",
  """Bonjour,

Aucun des étudiants de l'option théâtre de L3 (LM3-OPTTHE) ne voit le cours LM5UO3 "Théâtre et dramaturgie". J'ai mis des ressources depuis septembre.
Lien : https://ecampus.unicaen.fr/course/view.php?id=46655

P. Lerouge
Maître de conférences, Arts du spectacle - bureau MRSH 412""", "students_cannot_see_course", "staff", codes=["LM3-OPTTHE", "LM5U03"], written=["LM3-OPTTHE", "LM5UO3"], ids=[46655],
  schemes=["lettres-grp LMy-OPTXXX", "lettres-elt LMsUnn"], note="students cannot see course; code typed with O for 0", form="alt")

M("088-sante-html-table-invisible.eml", "Dr Céline Marie <celine.marie@unicaen.fr>", "Cours PASS non visible pour les étudiants",
  "", "students_cannot_see_course", "staff", codes=["PS1-UE05", "PS1-UE08"], written=["PS1-UE05", "PS1 UE08"], ids=[47801, 47804],
  schemes=["sante-elt XXy-UEnn"], note="HTML table: two PASS courses invisible to students", form="html",
  html="""<html><body><p>Bonjour,</p><p>Les étudiants du PASS ne voient pas les deux espaces suivants :</p>
<table style="border-collapse:collapse" border="1"><tr><td><b>Espace</b></td><td><b>Lien</b></td><td><b>Salle TD</b></td></tr>
<tr><td>PS1-UE05 Biostatistiques</td><td><a href="https://ecampus.unicaen.fr/course/view.php?id=47801">id=47801</a></td><td>Amphi Pierre Daure</td></tr>
<tr><td>PS1 UE08 Histologie</td><td><a href="https://ecampus.unicaen.fr/course/view.php?id=47804">id=47804</a></td><td>PFRS-B12</td></tr></table>
<p>Merci,<br>Dr C. Marie &ndash; UFR Santé, Pôle des Formations et de Recherche en Santé<br>2 rue des Rochambelles &ndash; 14032 Caen Cedex 5<br>02 31 56 81 47</p></body></html>""")

M("089-inspe-sd-invisible.eml", "Bertrand Quesnel <bertrand.quesnel@unicaen.fr>", "Espace didactique invisible M1 MEEF second degré",
  """Bonjour,
Les stagiaires M1 MEEF 2nd degré me disent qu'ils n'ont pas accès à l'espace "Didactique disciplinaire" (SD1 B05) ; sur ma page il apparaît en grisé. 
Bertrand Quesnel - formateur INSPE, site de Caen, bureau 1.32""", "students_cannot_see_course", "staff", codes=["MEEF1S", "SD1B05"],
  written=["M1 MEEF 2nd degré", "SD1 B05"], schemes=["inspe-etp MEEFyX", "inspe-elt PEsBnn"], note="course greyed: hidden")

M("090-iut-participants.eml", "Corinne Vautier <corinne.vautier@unicaen.fr>", "Lien participants disparu",
  """Bonjour,
Depuis la mise à jour, je n'ai plus le bloc "Participants" dans l'espace de Mesures physiques MPHRI.03. Comment accéder à la liste de mes groupes de TP ?
C. Vautier - IUT dépt MP, salle MP-105""", "participants_block_missing", "staff", codes=["MPHR1.03"], written=["MPHRI.03"],
  schemes=["iut-elt DEPRs.nn"], note="participants block missing")
EXTRA_ENSURE += ["MPHR1.03"]

M("091-iae-prof-alternants-pas-inscrit.eml", "Laurent Godard <laurent.godard@unicaen.fr>", "Pas inscrit comme enseignant - M2 GRH alternance",
  """Bonjour,

J'enseigne "Droit social approfondi" aux alternants du M2 GRH (groupe M2GRH ALT), code iae2r05. Je ne suis pas inscrit dans l'espace Ecampus, alors que mon collègue qui a les FI l'est.

Laurent Godard
IAE Caen - Chargé d'enseignement
02 31 56 65 00""", "teacher_not_enrolled", "staff", codes=["M2GRH-ALT", "IAE2R05"], written=["M2GRH ALT", "iae2r05"],
  schemes=["iae-grp ETP-ALT/FI", "iae-elt IAEyTnn"], note="teacher of alternants group not enrolled")
EXTRA_ENSURE += ["IAE2R05"]

M("092-prof-bio-archive-outlook.eml", "Gwenaëlle Tessier <gwenaelle.tessier@unicaen.fr>", "RE: Cours de génétique",
  """Bonjour,

Suite à notre échange téléphonique, je vous confirme : mon espace BI2.GEN (Génétique, L1 SVT S2) a été déplacé dans "Archives" ce matin. Rien n'a été changé dans la maquette selon la scolarité.

Gwenaëlle Tessier

________________________________
De : Gwenaëlle Tessier
Envoyé : lundi 12 janvier 2026 08:55
À : scol-sciences@unicaen.fr
Objet : Cours de génétique

Bonjour, savez-vous pourquoi le cours BI2.GEN a changé de catégorie ?""", "course_moved_renamed", "staff", codes=["BI2.GEN", "L1SVT"], written=["BI2.GEN", "L1 SVT"],
  schemes=["sciences dotted XXs.AAA", "etape LnXXX"], note="course archived accidentally")

M("093-admin-ead-iran.eml", "Philippe Marie <philippe.marie@unicaen.fr>", "Etudiante à distance non inscrite IRAN-15",
  """Bonjour,

L'étudiante 21609846, inscrite en télé-enseignement, n'apparaît pas dans l'espace IRAN-15. Son groupe est un groupe CEMU. Faut-il vérifier le statut à distance de l'élément ?

Philippe Marie
Responsable administratif - UFR LVE
Bâtiment A, bureau AC-118 - 02 31 56 53 70""", "not_enrolled", "staff", codes=["IRAN-15"], written=["IRAN-15"], nums=["21609846"],
  schemes=["faq IRAN-nn"], note="distance student not enrolled (FAQ example code)")

M("094-prof-reglages-quiz.eml", "Valentin Briard <valentin.briard@unicaen.fr>", "Paramètres test - tentatives",
  """Bonjour,

Dans mon test de fin de chapitre (cours D3 CIV1, droit civil), comment autoriser une 2e tentative pour 3 étudiants seulement (tiers-temps) ? Je ne trouve pas les "dérogations utilisateur".

V. Briard
ATER Droit privé""", "other", "staff", codes=["D3-CIV1"], written=["D3 CIV1"], schemes=["droit-elt S-SUBJn"], note="quiz override question")
EXTRA_ENSURE += ["D3-CIV1"]

M("095-vacataire-participants.eml", "Céline Dorange <celine.dorange@orange.fr>", "Liste des étudiants",
  """Bonjour,

Intervenante extérieure en L3 STAPS (natation), je ne vois plus le bloc "Participants" dans mon espace STA5-NAT pour faire l'appel. Avant il était à droite.

Céline Dorange
Maître-nageuse - Stade nautique Eugène Maës, 14000 Caen
06 33 48 12 09""", "participants_block_missing", "unknown", codes=["STA5-NAT"], written=["STA5-NAT"],
  schemes=["staps-elt STAs-AAA"], note="outside vacataire: participants block missing")

M("096-vacataire-typo.eml", "Arnaud Picard <arnaud.picard@avocats-caen.fr>", "Accès au cours de droit constitutionnel",
  """Bonjour,

Chargé de TD vacataire (TD 9 de droit constit. en L1), je ne suis pas inscrit dans l'espace du cours D3-CST9 indiqué par la scolarité.

Arnaud Picard
Avocat au barreau de Caen - 5 place Saint-Martin, 14000 Caen""", "teacher_not_enrolled", "unknown", codes=["DCST-TD09", "D3-CST9"],
  written=["TD 9", "D3-CST9"], schemes=["droit-grp SUBJ-TDnn", "droit-elt S-SUBJn"],
  note="vacataire not enrolled; code mistyped (D3-CST1 meant), unknown")

M("097-partenaire-bdd.eml", "Service formation continue CCI <formation@cci-caen-normandie.example.fr>", "Ecampus indisponible pour nos apprentis",
  """Bonjour,

Nos apprentis du M2 MAE (alternance) n'ont pas pu se connecter ce dimanche matin : "Erreur de lecture de la base de données". Est-ce une maintenance programmée ? Session du 23/11/2025, salle CCI-2.4.

Service formation continue
CCI Caen Normandie - 1 rue René Cassin, 14280 Saint-Contest - 02 31 54 54 54""", "database_error", "unknown", codes=["M2MAE-ALT"], written=["M2 MAE (alternance)"],
  schemes=["iae-grp ETP-ALT/FI"], note="external partner reports Sunday DB error")

M("098-autoreply-ticket.eml", "Jean-Marc Hébert <jean-marc.hebert@unicaen.fr>", "Absent du bureau : [CEMU #50211] Votre demande",
  """Bonjour,
Je suis en congé jusqu'au lundi 5 janvier 2026. En cas d'urgence, contactez le secrétariat de la Licence AES au 02 31 56 54 30 (bureau DA-110).
Cordialement""", "other", "unknown", auto=True, extra={"Auto-Submitted": "auto-replied"}, note="out of office on ticket")

M("099-dsn-en.eml", "Mail Delivery System <postmaster@outlook.com>", "Delivery Status Notification (Failure)",
  """Delivery has failed to these recipients or groups:

scol-psycho@unicaen.fr
The email address you entered couldn't be found.

Diagnostic information for administrators:
Generating server: AM6PR10MB2345.EURPRD10.PROD.OUTLOOK.COM
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'""", "other", "unknown", lang="en", auto=True,
  extra={"Auto-Submitted": "auto-replied"}, note="bounce in English")

M("100-webinar-newsletter.eml", "EdTech Summit <news@edtech-summit.example.com>", "Webinar : l'IA dans Moodle 4.5 - inscrivez-vous",
  """Webinar gratuit le 4 février 2026 à 11h
#MoodleMoot #IA #EdTech
Au programme : Moodle 4.5.2, plugin AI placement v1.3, retours d'expérience.
Code promo : MOOT26-FR""", "other", "unknown", auto=True, extra={"Precedence": "bulk", "List-Unsubscribe": "<mailto:unsub@edtech-summit.example.com>"},
  note="commercial newsletter with version look-alikes", form="alt")
