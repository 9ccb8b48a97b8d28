from lib import M
from catalogue_def import *

M("scol-iae-erratum-numero", ("Béatrice Jourdan", "beatrice.jourdan@unicaen.fr"),
  "RE: Etudiants M2 absents du cours Audit interne", (2027, 1, 15, 14, 37), """Erratum : le deuxième numéro est 21902264 et non 21902246 (inversion de chiffres, désolée). Les deux autres sont bons.

Béatrice Jourdan
Gestionnaire de scolarité - IAE Caen
3 rue Claude Bloch, 14000 Caen - 02 31 56 65 31

-----Message d'origine-----
De : Béatrice Jourdan
Envoyé : vendredi 15 janvier 2027 11:02
À : cemu.assistance@unicaen.fr
Objet : Etudiants M2 absents du cours Audit interne

Bonjour,

Trois étudiants de M2 contrôle de gestion n'apparaissent pas dans les participants du cours IA2CG.03 (Audit interne) :
21807752 - LEROUX Camille
21902246 - MASSON Hugo
22008315 - TRAN Minh

Leurs inscriptions pédagogiques sont complètes (groupe FI).

Cordialement,
Béatrice Jourdan
""", cs="cp1252", cte="qp", codes=["IA2CG.03", ("IA2CG.03FI", "groupe FI")], nums=["21902264", "21807752", "22008315"],
  sym="not_enrolled", role="staff", schemes=[S_IAE], said=["IAM2CG"],
  note="scolarité erratum: one of three numbers mistyped (digits swapped) and corrected; quoted original list")

M("ens-histoire-cours-archive", ("Jean-Michel Lenoir", "jean-michel.lenoir@unicaen.fr"),
  "cours déplacé dans Archives ??", (2027, 1, 16, 9, 20), """Bonjour,

Mon cours d'historiographie de L2, qui avait pour code HI.298 l'an dernier, se retrouve dans une catégorie « Archives » avec un nom bizarre, et un nouveau cours vide HI.207 est apparu. J'avais tout mon contenu (quiz, forum) dans l'ancien. Que s'est-il passé et comment je récupère mes ressources ?

JM Lenoir
""", cte="8bit", codes=["HI.298", "HI.207"], sym="course_moved_renamed", role="staff", schemes=[S_HI],
  note="teacher: old course code (unknown now) archived, new empty course created")

M("ens-lea-cours-inexistant", ("Rosa Martínez", "rosa.martinez@unicaen.fr"),
  "Cours de traduction espagnol inexistant sur Ecampus", (2027, 1, 16, 11, 8), """Buenos días / Bonjour,

Je n'arrive pas à trouver sur Ecampus l'espace du cours LEA2A09 (Traduction espagnol, L2 LEA), qui a remplacé cette année l'ancien LEA2A19. J'ai cherché par le code et par le nom : rien. Les cours commencent lundi.

Merci de votre aide,
Rosa Martínez
Lectrice d'espagnol - UFR LVE
""", cs="latin1", cte="qp", codes=["LEA2A09", "LEA2A19"], sym="course_missing", role="staff", schemes=[S_LEA],
  note="teacher cannot find course LEA2A09; old code unknown")

M("exchange-student-en", ("Hannah Becker", "hannah.becker@etu.unicaen.fr"),
  "Missing course AN-11B", (2027, 1, 17, 15, 3), """Dear CEMU team,

I'm an exchange student (Erasmus+, spring semester) following English courses at the LVE faculty. My learning agreement includes AN-11B (American civilisation, Group 2), but the course does not appear in my Ecampus courses.

Student ID: 22011574
INE (if needed): 2201C04418X

Thank you very much,
Hannah Becker
Universität Mannheim / Université de Caen
""", cte="7bit", codes=["AN-11B", ("AN-11BG2", "Group 2")], nums=["22011574"], sym="not_enrolled", role="student",
  lang="en", schemes=[S_AN], note="exchange student in English: course AN-11B missing; INE beside the student id")

M("pass-tableau-de-bord", ("Noé Lagarde", "noe.lagarde@etu.unicaen.fr"),
  "num etu 22104455 - UE8 absente du tableau de bord", (2027, 1, 17, 20, 45), """Bonjour,

Je suis bien inscrit dans le cours PAS-UE8 (je le vois quand je passe par le lien du prof) mais il n'apparaît pas dans mon tableau de bord, dans « Vue d'ensemble des cours » il n'y a que 9 cours sur les 12. J'ai regardé toutes les pages.

Noé
""", cte="qp", codes=[("PAS-UE08", "PAS-UE8")], nums=["22104455"], sym="course_not_on_dashboard", role="student",
  schemes=[S_PAS], note="PASS student: enrolled but course not on dashboard; number in subject; code with dropped zero")

M("spam-compte-supprime", ("Service Informatique", "admin-support@unicaen-securite.top"),
  "URGENT : votre compte Ecampus sera désactivé sous 24h", (2027, 1, 18, 3, 12), fmt="html", cte="base64", html_body="""<html><body>
<p>Cher utilisateur,</p>
<p>Suite à la migration vers Moodle 4.5, votre compte <b>Ecampus</b> sera désactivé sous 24h si vous ne confirmez pas vos identifiants.</p>
<p><a href="http://unicaen-securite.top/ecampus/verify.php?id=88213">Cliquez ici pour valider votre compte</a></p>
<p>Service Informatique UNICAEN<br>Ticket n° 20270118</p>
</body></html>
""", sym="other", role="unknown", note="phishing spam (HTML, base64)")

M("vacataire-gea-tp2", ("Damien Roger", "damien.roger.expertcomptable@gmail.com"),
  "Etudiants absents de mon cours de fiscalité", (2027, 1, 18, 10, 25), """Bonjour,

Je suis intervenant vacataire à l'IUT (expert-comptable, cabinet Roger & Associés). J'ai en charge le TP2 de BGE1-05 Fiscalité. Trois étudiants de mon TP2 ne sont pas dans la liste des participants du cours sur Ecampus, alors qu'ils viennent en cours depuis septembre :

Dupont Marie      22100874
Lefèvre Antoine   22102239
Sy Mamadou        22105016

Pourriez-vous les ajouter ? J'ai un devoir à rendre sur Ecampus pour le 29.

Damien Roger
Roger & Associés - 8 place Saint-Sauveur, 14000 Caen - 02 31 85 44 12
""", cte="qp", codes=["BGE1-05", ("BGE1-05TP2", "TP2")], nums=["22100874", "22102239", "22105016"],
  sym="not_enrolled", role="staff", schemes=[S_GEA],
  note="vacataire lists 3 students of his TP2 missing from participants of BGE1-05")

M("etu-droit-admin-iphone", ("Rayan Benali", "rayan.benali@etu.unicaen.fr"),
  "pas de droit admin", (2027, 1, 18, 12, 57), """Bonjour je suis en L2 droit et je ne vois pas le cours de droit administratif LDR2 C01 dans mes cours, tous les autres y sont. Mon n°22003947

Envoyé de mon iPhone
""", cte="8bit", codes=[("LDR2C01", "LDR2 C01")], nums=["22003947"], sym="not_enrolled", role="student",
  schemes=[S_DR], said=["DRL2"], note="short mobile mail, code with space added, « n° » glued to number")

M("ens-staps-merci-regle", ("Élodie Prévost", "elodie.prevost@unicaen.fr"),
  "Re: étudiants manquants STP3E04", (2027, 1, 18, 16, 31), """C'est réglé, tout le monde est là ce matin. Merci beaucoup !

Élodie

Le lun. 18 janv. 2027 à 09:12, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
> Les inscriptions pédagogiques des étudiants du groupe G3 de STP3E04 ont été
> complétées vendredi par la scolarité ; la synchronisation de cette nuit devrait
> les avoir inscrits. Pouvez-vous vérifier ?
> L'équipe CEMU
""", headers={"In-Reply-To": "<cemu.27011017.3@unicaen.fr>"}, cte="qp",
  codes=["STP3E04", ("STP3E04G3", "G3")], sym="other", role="staff", schemes=[S_ST],
  note="teacher thanks, problem solved; codes only in quoted history")

M("etu-pour-ami-hospitalise", ("Léo Fontaine", "leo.fontaine@etu.unicaen.fr"),
  "Pour un ami hospitalisé", (2027, 1, 19, 9, 44), """Bonjour,

Je me permets d'écrire pour mon ami Hugo Lamy (n° étudiant 21810592), il est à l'hôpital depuis deux semaines et ne peut pas vraiment gérer ses mails. Il est en L3 STAPS comme moi. Quand il a essayé de rendre son dossier de physiologie de l'effort (STP3E02) sur son téléphone, il n'était pas dans la liste des participants et le cours n'apparaît plus chez lui. Il était pourtant dedans en décembre.

Vous pouvez le contacter sur son adresse hugo.lamy@etu.unicaen.fr, il lit de temps en temps.

Merci beaucoup pour lui,
Léo Fontaine
""", cte="base64", codes=["STP3E02"], nums=["21810592"], sym="not_enrolled", role="student", schemes=[S_ST],
  said=["STL3"], note="student writes for a hospitalised friend who is no longer in STP3E02")

M("doctorant-td-droit-cache", ("Antoine Girardin", "antoine.girardin@unicaen.fr"),
  "Mes étudiants de TD ne voient pas le cours de droit civil 2", (2027, 1, 19, 14, 10), """Bonjour,

Doctorant en droit privé, je suis chargé du TD5 de droit civil 2 (LDR1C07) ce semestre. Les étudiants de mon TD5 me disent qu'ils ne voient pas le cours sur Ecampus. Moi je le vois, avec un bandeau « ce cours est actuellement caché ». Je ne suis pas responsable du cours, dois-je le rendre visible moi-même ?

https://ecampus.unicaen.fr/course/view.php?id=52094

Antoine Girardin
Doctorant - Institut Demolombe (bureau DR 305)
""", fmt="alt", cte="qp", codes=["LDR1C07", ("LDR1C07T5", "TD5")], ids=[52094], sym="students_cannot_see_course",
  role="staff", schemes=[S_DR], note="doctoral student teaching TD5: students cannot see hidden course LDR1C07")

M("relais-handicap-ine", ("Nadia Kerboeuf", "nadia.kerboeuf@unicaen.fr"),
  "Aménagement tiers-temps - quiz PSY1103", (2027, 1, 20, 10, 2), """Bonjour,

Le Relais Handicap a validé un tiers-temps pour une étudiante de L1 psychologie, Mme Jade Voisin (INE 2208066195G, née le 03/04/2008, son numéro étudiant ne figure pas sur la notification). Les évaluations du cours PSY1103 (Biologie du comportement) se font par quiz chronométré sur Ecampus. Comment l'enseignant peut-il lui donner un temps supplémentaire pour le quiz du 27 janvier ?

Bien cordialement,
Nadia Kerboeuf
Chargée d'accompagnement - Relais Handicap
Bâtiment A, bureau A 025 - 02 31 56 60 61
""", cte="qp", codes=["PSY1103"], sym="other", role="staff", schemes=[S_PSY], said=["PSL1"],
  note="disability service: extra time on quiz; INE and birth date only, no student number")

M("etu-l3-histoire-ticket", ("Quentin Dumont", "21600712@etu.unicaen.fr"),
  "Toujours pas de géographie physique (ticket 27011205)", (2027, 1, 20, 17, 48), """Bonjour,

Je vous relance pour mon ticket 27011205 : je ne suis toujours pas inscrit dans le cours HI.305 géographie physique. Je suis redoublant en L3 histoire, j'avais eu le cours l'an dernier mais pas validé. Mon numéro étudiant est le 21600712. Le TD a lieu en salle S3-045, j'y vais mais sur Ecampus je n'ai rien.

Quentin Dumont
""", cte="8bit", codes=["HI.305"], nums=["21600712"], sym="not_enrolled", role="student", schemes=[S_HI],
  said=["HIL3"], note="repeating L3 student; ticket 8 digits and room are look-alikes; number = From address")

M("vacataire-profil-email", ("Pierre-Yves Nicolle", "pynicolle@wanadoo.fr"),
  "Bloqué sur la page profil Ecampus", (2027, 1, 21, 8, 30), """Bonjour,

Enseignant vacataire en STAPS (natation), on m'a créé un compte cette semaine. À ma première connexion sur Ecampus je suis bloqué sur la page « Modifier le profil » qui me demande une adresse de courriel, mais le champ n'est pas modifiable. Je ne peux rien faire d'autre.

Cordialement,
P-Y Nicolle
06 14 29 83 52
""", cs="latin1", cte="8bit", sym="cannot_login", role="staff",
  note="vacataire stuck on profile page (no email in guest account)")

M("bounce-etudiant", ("Mail Delivery System", "MAILER-DAEMON@smtp.unicaen.fr"),
  "Undelivered Mail Returned to Sender", (2027, 1, 21, 9, 2), """This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<marie.lefrancois@etu.unicaen.fr>: host mbox.unicaen.fr[10.14.2.20] said:
    550 5.1.1 User unknown (in reply to RCPT TO command)

--- Original message ---
From: cemu.assistance@unicaen.fr
To: marie.lefrancois@etu.unicaen.fr
Subject: [CEMU #27011388] Inscription LEA1A03

Bonjour, votre inscription pédagogique au cours LEA1A03 a été complétée par la
scolarité, vous devriez voir le cours demain matin.
""", to="cemu.assistance@unicaen.fr", headers={"Auto-Submitted": "auto-replied"}, cte="7bit" if False else "8bit",
  codes=["LEA1A03"], sym="other", role="unknown", auto=True, schemes=[S_LEA],
  note="bounce of a CEMU reply; code in the returned original")

M("parent-en-anglais", ("Margaret Dawson", "mdawson1968@btinternet.com"),
  "Access problem for my son - English linguistics", (2027, 1, 21, 22, 15), """Good evening,

I am writing on behalf of my son, Oliver Dawson, who is in his second year of English studies (LLCER) in Caen. He has been unable to see the Linguistics course (AN-12A) on Ecampus since the beginning of January and his tutor told him to contact you.

His student number is 22 20 41 63. He is in Group 1.

Many thanks,
Margaret Dawson
+44 7700 900417
""", cte="7bit", codes=["AN-12A", ("AN-12AG1", "Group 1")], nums=["22204163"], sym="not_enrolled", role="unknown",
  lang="en", schemes=[S_AN], said=["ANL2"], note="English-speaking mother writes for son; number in pairs, UK phone")

M("apprenti-iae-mauvais-groupe", ("Bastien Leprince", "bastien.leprince@etu.unicaen.fr"),
  "Groupe apprentis - SIG", (2027, 1, 22, 7, 49), """Bonjour,

Je suis apprenti en M1 CGAO (rythme 2 semaines / 2 semaines). Dans le cours IA1CG.04 Systèmes d'information de gestion on m'a mis dans le groupe formation initiale au lieu du groupe des apprentis, du coup je vois des dates de rendu qui tombent pendant mes périodes en entreprise.

Cordialement,
Bastien Leprince
Matricule : 21912045
Apprenti contrôleur de gestion - Cerfrance Normandie
""", cte="qp", codes=["IA1CG.04", ("IA1CG.04FI", "groupe formation initiale"), ("IA1CG.04AP", "groupe des apprentis")],
  nums=["21912045"], sym="wrong_group", role="student", schemes=[S_IAE], said=["IAM1CG"],
  note="apprentice in FI group instead of apprentices' group; « Matricule » in signature")

M("inspe-tableau-m1", ("Véronique Samson", "veronique.samson@unicaen.fr"),
  "M1 MEEF - étudiants non inscrits en EPS", (2027, 1, 22, 13, 25), fmt="html", cs="latin1", cte="qp", html_body="""<html><body>
<div style="font-family:Verdana;font-size:9pt">
<p>Bonjour,</p>
<p>Nos M1 MEEF 1er degré listés ci-dessous n'ont pas accès au cours <b>1CA155</b> (Enseigner l'EPS). Ils sont tous dans le TD2.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><td><b>Numéro</b></td><td><b>Nom Prénom</b></td><td><b>INE</b></td><td><b>Naissance</b></td><td><b>Site</b></td></tr></thead>
<tr><td>21705530</td><td>CORDIER Justine</td><td>1705021188H</td><td>19/02/2003</td><td>Caen</td></tr>
<tr><td>22209174</td><td>MAUGER Alexis</td><td>0802047731F</td><td>07/07/2002</td><td>Caen</td></tr>
<tr><td>21806627</td><td>RIVIÈRE Pauline</td><td>1806035540A</td><td>23/11/2003</td><td>Saint-Lô</td></tr>
<tr><td>22208802</td><td>TOUTAIN Léo</td><td>2208012936C</td><td>01/05/2001</td><td>Caen</td></tr>
</table>
<p>Merci par avance,<br>Véronique Samson<br>Secrétariat pédagogique MEEF - INSPE Normandie Caen<br>186 rue de la Délivrande, 14000 Caen<br>Tél. 02 31 46 70 24</p>
</div></body></html>
""", codes=["1CA155", ("1CA155TD2", "TD2")], nums=["21705530", "22209174", "21806627", "22208802"], sym="not_enrolled",
  role="staff", schemes=[S_INS], said=["MEF1PE"], note="INSPE secretary, HTML table (latin-1) of 4 M1 MEEF students not in 1CA155")

M("etu-lea-tableau-de-bord", ("Camille Vasnier", "camille.vasnier@etu.unicaen.fr"),
  "cours disparu de mon tableau de bord", (2027, 1, 23, 11, 11), """Bonjour,
le coursLEA2A04 a disparu de mon tableau de bord depuis mardi, pourtant quand je clique sur le lien de l'emploi du temps j'arrive dessus et je peux faire les exercices. Le filtre est sur "En cours". C'est grave ?
Camille (L2 LEA)
""", cte="qp", codes=["LEA2A04"], sym="course_not_on_dashboard", role="student", schemes=[S_LEA], said=["LEAL2"],
  note="course glued to preceding word, enrolled but not on dashboard (filter)")

M("etu-l1-sv-numero-sujet", ("Mathis Duchemin", "mathis.duchemin@etu.unicaen.fr"),
  "Inscription ecampus 22107789", (2027, 1, 23, 16, 40), """Bonjour,

je suis en L1 SV et je n'ai pas le cours de chimie générale SV1 U 02 sur ecampus, mes potes oui. je suis dans le même groupe de TP qu'eux (TP5).

Merci
Mathis
""", cte="8bit", codes=[("SV1U02", "SV1 U 02"), ("SV1U02TP5", "TP5")], nums=["22107789"], sym="not_enrolled",
  role="student", schemes=[S_SV], said=["SVL1"], note="number in subject only, code with spaces")

M("ens-staps-pas-enseignant", ("Guillaume Marchand", "guillaume.marchand@unicaen.fr"),
  "Pas enseignant dans STP1E03", (2027, 1, 24, 18, 2), """Bonjour,

Je fais le CM de sociologie du sport (STP1E03) en amphi B tous les lundis depuis le 4 janvier, mes séances sont dans ADE, mais je ne suis pas inscrit comme enseignant dans le cours Ecampus (Moodle 4.1 si ça compte). Mon collègue qui avait le cours l'an dernier y est encore.

G. Marchand
MCF sociologie du sport - UFR STAPS
""", cte="qp", codes=["STP1E03"], sym="teacher_not_enrolled", role="staff", schemes=[S_ST],
  note="teacher not enrolled in STP1E03 although in ADE; amphi, Moodle version")

M("ens-gea-numero-inverse", ("Fabienne Rigault", "fabienne.rigault@unicaen.fr"),
  "Re: étudiante absente BGE3-02", (2027, 1, 25, 10, 6), """Bonjour,

Toutes mes excuses, j'avais inversé deux chiffres : le bon numéro est 21911452 (et pas 21911542). C'est bien Mme Léa Fournier, 3e année, groupe TD2.

Fabienne Rigault

Le 25/01/2027 à 09:30, CEMU Assistance a écrit :
> Bonjour,
> Le numéro 21911542 ne correspond à aucune étudiante inscrite en BGE3-02. Pouvez-vous
> vérifier ?
>
>> Le 22/01/2027 à 17:15, Fabienne Rigault a écrit :
>> Bonjour, une de mes étudiantes de BUT 3 (21911542) n'est pas dans mon cours
>> BGE3-02 Gestion de la paie. Merci de regarder.
""", headers={"In-Reply-To": "<cemu.27011460.2@unicaen.fr>", "References": "<cemu.27011460.1@unicaen.fr> <cemu.27011460.2@unicaen.fr>"},
  cte="qp", codes=["BGE3-02", ("BGE3-02TD2", "groupe TD2")], nums=["21911452"], sym="not_enrolled", role="staff",
  schemes=[S_GEA], said=["BGEA3"], note="teacher corrects an inverted student number in a thread; only the corrected one counts")

M("etu-gmail-majuscules-connexion", ("CHLOE DESHAYES", "chloe.deshayes.76@gmail.com"),
  "JE PEUX PAS ME CONNECTER", (2027, 1, 25, 23, 51), """BONSOIR JE SUIS ETUDIANTE EN L1 PSYCHO ET JE PEUX PLUS ME CONNECTER A ECAMPUS, SA ME DIT MOT DE PASSE INCORECT ALORS QUE JE L AI CHANGER HIER SUR LE SITE DE L UNIVERSITE. MON NUMERO C 22105530. J AI UN DEVOIR A RENDRE DEMAIN 8H

CHLOE
""", cte="7bit", nums=["22105530"], sym="cannot_login", role="student", said=["PSL1"],
  note="student from personal gmail in capitals, cannot log in, « C » before number")

M("pere-dates-examens-lea", ("Jean-Luc Hébert", "jl.hebert@free.fr"),
  "Dates des examens", (2027, 1, 26, 12, 20), """Bonjour,

Ma fille Manon Hébert (numéro étudiant 22106981) est en première année de LEA anglais-espagnol. Pourriez-vous me communiquer les dates des examens du second semestre ? Elle n'arrive pas à les trouver sur Ecampus et nous devons organiser un déplacement.

Avec mes remerciements,
Jean-Luc Hébert
27 avenue de la République, 50100 Cherbourg-en-Cotentin
""", cs="latin1", cte="8bit", nums=["22106981"], sym="other", role="unknown", said=["LEAL1"],
  note="father asks for exam dates (not Ecampus sync)")
