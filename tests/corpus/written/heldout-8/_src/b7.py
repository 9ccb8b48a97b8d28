from lib import *
# 086
t86 = """Bonjour,

Je vous écris sur conseil de mon enseignant (son message plus bas). Je ne suis pas inscrit dans le cours de statistiques.
Je joins mon contrat pédagogique en PDF.

Mathis Vautier, L2 sociologie, 24117011

De : Grégoire Lemarchand <gregoire.lemarchand@unicaen.fr>
Envoyé : vendredi 17 octobre 2025 11:40
À : Mathis Vautier <mathis.vautier@etu.unicaen.fr>
Objet : RE: cours stats

Bonjour Mathis,
vous n'apparaissez pas dans la liste des participants de SOCL214 (Statistiques descriptives). Si votre IP est faite, voyez
avec le CEMU (cemu.assistance@unicaen.fr) en donnant votre numéro étudiant.
G. Lemarchand – bureau SH-204"""
M('086-etu-outlook-fwd-stats-pdf.eml', '"Mathis Vautier" <mathis.vautier@etu.unicaen.fr>', 'TR: cours stats', '2025-10-17 13:02', t86,
  att=[('contrat_pedagogique_2025-2026.pdf', PDF, 'application/pdf')],
  g=G(['SOC-L214'], ['SOCL214'], ['24117011'], [], 'not_enrolled', 'student', schemes=['sociology SOC-<L|M><yr><nn>'], note='student forwards teacher mail: not enrolled; code without dash in quoted part; PDF attached'))
# 087
t87 = """Dear Sir or Madam,

I am a Chinese student in the DU "Langue et culture françaises" (CEFE). I paid my registration on 15 September (receipt
n° 2025-CEFE-00412) but I am not in any course on Ecampus. My classmates have "yfr1ora1" and "YFR1EXP2". My student number is 25408844.
Phone: 07 53 11 20 98 (WeChat same).

Thank you very much.
Wang Lei"""
M('087-en-cefe-aucun-cours.eml', '"WANG Lei" <wanglei_caen@163.com>', 'I am not in any course', '2025-09-25 09:41', t87, cte='base64',
  g=G(['YFR1ORA1', 'YFR1EXP2'], ['yfr1ora1', 'YFR1EXP2'], ['25408844'], [], 'not_enrolled', 'student', 'en', schemes=['LVE Y<lang><sem><type><n>'], note='English-writing DU student enrolled in no course; receipt number look-alike'))
# 088
t88 = """Bonjour,

Je suis tuteur en entreprise (Crédit Agricole Normandie, agence de Bayeux) d'une apprentie du master MAE de l'IAE. L'IAE m'indique
que les livrets d'apprentissage sont sur Ecampus. Comment obtenir un accès ? Je n'ai aucun identifiant universitaire.
Mon apprentie : Laura Besnier.

Cordialement,
Gilles Marie – 06 80 41 22 19 – 20 rue Saint-Malo, 14400 Bayeux"""
M('088-tuteur-entreprise-acces.eml', '"Gilles Marie" <gilles.marie@ca-normandie.fr>', 'Accès livret apprentissage', '2025-11-10 10:30', t88,
  g=G([], [], [], [], 'other', 'unknown', note='company tutor asks how to get an account (no account yet)'))
# 089
t89 = """Bonjour,

Professeure certifiée de lettres au lycée Malherbe, j'interviens comme vacataire à l'INSPE (M2 MEEF 2nd degré lettres, cours
MEEF2S05 « Didactique de la littérature », groupe LET). Le cours est planifié dans ADE tous les mercredis (14h-17h, salle
INSPE-204) mais je ne suis pas enseignante dans l'espace Ecampus : je le vois en tant qu'invitée seulement.

Merci de votre aide,
Claire Lemonnier
Lycée Malherbe – 14 avenue Albert Sorel, 14000 Caen"""
M('089-vacataire-lycee-pas-enseignante.eml', '"Claire Lemonnier" <claire.lemonnier@ac-normandie.fr>', 'Pas enseignante dans mon cours INSPE', '2025-10-02 07:48', t89, cs='iso-8859-1', cte='quoted-printable',
  g=G(['MEEF2S05', 'MEF2SD-LET'], ['MEEF2S05', 'LET'], [], [], 'teacher_not_enrolled', 'unknown', schemes=['INSPE MEEF<yr><P|S><nn>', 'INSPE group <étape>-<subj>'], note='outside vacataire not enrolled as teacher'))
# 090
t90 = """Le ticket n° 41988 a été mis à jour.

Titre : Etudiants absents de l'espace YES3TH1
Statut : En cours (attribué)
Technicien : CEMU – N2
Dernier suivi : « Inscriptions vérifiées dans REFER, en attente de la synchronisation de cette nuit. »

Pour consulter le ticket : https://assistance.unicaen.fr/front/ticket.form.php?id=41988

--
GLPI 10.0.16 – Ce message a été généré automatiquement, merci de ne pas y répondre."""
M('090-glpi-notification.eml', '"GLPI Assistance UNICAEN" <glpi-noreply@unicaen.fr>', '[GLPI #0041988] Mise à jour du ticket Etudiants absents de l\'espace YES3TH1', '2025-09-30 09:12', t90,
  to='christine.marie@unicaen.fr', hdr={'Auto-Submitted': 'auto-generated'},
  g=G(['YES3TH1'], ['YES3TH1'], [], [], 'other', 'unknown', auto=True, schemes=['LVE Y<lang><sem><type><n>'], note='automatic ticket-tracker notification quoting a course code'))
# 091
M('091-autoreply-etu-en.eml', '"Emily Clarke" <emily.clarke@etu.unicaen.fr>', 'Out of Office: [CEMU #41840] Your request', '2025-10-24 12:00',
"""I'm away on holiday (Toussaint break) until 3 November with no access to my university email. For anything urgent about the
M1 English seminar please contact my classmate Tom at tom.baker@etu.unicaen.fr.

Emily""", hdr={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'},
  g=G([], [], [], [], 'other', 'unknown', 'en', auto=True, note='student out-of-office reply in English'))
# 092
t92 = """Liste enseignants-ufrhss@listes.unicaen.fr – Digest du 14/01/2026 (3 messages)

1. Réunion de rentrée S2 – jeudi 22/01 à 12h30, salle MRSH 027 (Y. Dubois)
2. Appel à communications colloque « Territoires ruraux » – UMR 6266 IDEES, date limite 15/02/2026 (S. Hervé)
3. Rappel saisie des services dans OSE avant le 31/01 (Direction HSS)

-- 
Pour vous désabonner : sympa@listes.unicaen.fr (signoff enseignants-ufrhss)"""
M('092-digest-liste-hss.eml', '"Liste enseignants-ufrhss" <enseignants-ufrhss-request@listes.unicaen.fr>', 'Digest enseignants-ufrhss, vol 214, 3 messages', '2026-01-14 23:59', t92,
  to='cemu.assistance@unicaen.fr', hdr={'List-Id': '<enseignants-ufrhss.listes.unicaen.fr>', 'Precedence': 'list'},
  g=G([], [], [], [], 'other', 'unknown', auto=True, note='mailing-list digest landed in support mailbox'))
# 093
t93 = """Bonjour,

Je voulais savoir quand aura lieu l'examen de rattrapage de l'UE SOC-L314 (Sociologie de la famille) ? Sur le site de l'UFR c'est
marqué juin mais ma copine dit que c'est en janvier. Et est-ce que c'est en salle ou sur Ecampus ?

Merci
Anaïs Le Goff – 23006174"""
M('093-etu-date-rattrapage.eml', '"Anaïs Le Goff" <anais.legoff@etu.unicaen.fr>', 'date rattrapage', '2026-01-19 15:33', t93,
  g=G(['SOC-L314'], ['SOC-L314'], ['23006174'], [], 'other', 'student', schemes=['sociology SOC-<L|M><yr><nn>'], note='student asks about resit exam date (not an Ecampus problem)'))
# 094
M('094-etu-wifi.eml', '"Hugo Lecoq" <hugo.lecoq@etu.unicaen.fr>', 'wifi eduroam', '2026-02-03 08:44',
"""Bonjour, eduroam ne marche pas sur mon PC portable (Windows 11 23H2) au bâtiment Sciences 3, ça demande un certificat.
Sur mon téléphone ça marche. Vous savez ce qu'il faut faire ? Je prends le bus 3 / tram T2 tous les matins et je n'ai pas de 4G
dans l'amphi.
Hugo, L1 Maths 25102248""",
  g=G([], [], ['25102248'], [], 'other', 'student', note='student asks about eduroam Wi-Fi, not Ecampus'))
# 095
h95 = """<html><body><p>Bonjour,</p><p>Je suis metteur en scène et j'interviens en L3 Arts du spectacle (atelier « Jeu et mise en scène », <a href="https://ecampus.unicaen.fr/course/view.php?id=39877">(ASP5-JEU) Jeu et mise en scène</a>). J'ai bien cliqué sur « Afficher » dans les paramètres mais les étudiants me disent que le cours n'apparaît pas pour eux. Il reste marqué « caché aux étudiants » chez moi, comme si la catégorie entière était cachée.</p>
<p>Cordialement,<br>Mathieu Roussel<br>Compagnie Le Chariot – 15 rue des Cordes, 14000 Caen<br>SIRET 812 455 019 00021 – 06 09 14 87 55</p></body></html>"""
M('095-artiste-vacataire-cours-cache.eml', '"Mathieu Roussel" <mathieu.roussel@cielechariot.fr>', 'Les étudiants ne voient pas mon atelier', '2026-01-26 20:15', html=h95,
  g=G(['ASP5-JEU'], ['ASP5-JEU'], [], [39877], 'students_cannot_see_course', 'unknown', schemes=['arts <field><yr>-<subj>'], note='outside artist: course still hidden to students (hidden category?)'))
# 096
t96 = """Bonjour,

Depuis le début du S2 je ne vois plus mes cours de S1 sur le tableau de bord (IX7GP03, IX7MEC01, IX7ELN02, IX7MAT05), alors que
j'ai encore des rattrapages et que j'ai besoin des annales. Les cours de S2 sont bien là. J'ai le filtre sur "En cours".

Merci,
Axel Dumont
1A ESIX Cherbourg – 25110347"""
M('096-etu-esix-cours-passes.eml', '"Axel Dumont" <axel.dumont@etu.unicaen.fr>', 'cours du S1 disparus du tableau de bord', '2026-02-02 18:00', t96,
  html="<p>Bonjour,</p><p>Depuis le début du S2 je ne vois plus mes cours de S1 sur le tableau de bord :</p><ul><li>IX7GP03</li><li>IX7MEC01</li><li>IX7ELN02</li><li>IX7MAT05</li></ul><p>alors que j'ai encore des rattrapages et que j'ai besoin des annales. Les cours de S2 sont bien là. J'ai le filtre sur \"En cours\".</p><p>Merci,<br>Axel Dumont<br>1A ESIX Cherbourg – 25110347</p>",
  g=G(['IX7GP03', 'IX7MEC01', 'IX7ELN02', 'IX7MAT05'], ['IX7GP03', 'IX7MEC01', 'IX7ELN02', 'IX7MAT05'], ['25110347'], [], 'course_not_on_dashboard', 'student', schemes=['engineering IX<sem><dept><nn>'], note='past S1 courses hidden by "in progress" filter; list of 4 codes'))
# 097
h97 = """<html><body><p>Bonjour,</p><p>Mes étudiants de M2 Finance (IAE, étape <b>IAMFI2</b>) n'ont pas accès au cours <a href="https://ecampus.unicaen.fr/enrol/users.php?id=52611">IAEM2F12</a>. Ils apparaissent pourtant dans les participants (méthode « Base de données externe »), mais quand ils cliquent ils ont un message « Ce cours n'est pas accessible ». Capture jointe.</p>
<p>Merci,<br>Philippe Auvray<br>Professeur des universités – IAE Caen – NIMEC – bureau 3.04</p></body></html>"""
M('097-prof-iae-acces-refuse-capture.eml', '"Philippe Auvray" <philippe.auvray@unicaen.fr>', 'Etudiants sans accès au cours IAEM2F12', '2026-01-13 08:37', html=h97,
  att=[('acces_refuse.png', PNG, 'image/png')],
  g=G(['IAMFI2', 'IAEM2F12'], ['IAMFI2', 'IAEM2F12'], [], [52611], 'students_cannot_see_course', 'staff', schemes=['business school étape IAM<track><yr>', 'business school IAEM<yr><track><nn>'], note='enrolled students cannot access course (hidden), screenshot'))
# 098
t98 = """Bonjour,

Je reviens vers vous : le cours est bien "Afficher" dans les paramètres depuis votre message, mais les étudiants de L1 PASS ne le
voient toujours pas (PASSU07, Chimie générale). J'ai demandé à 3 étudiants (25101154, 25101289, 25101907), aucun ne le voit.

Cordialement
Dr Sébastien Gouix – UFR Santé

Le 14/01/2026 à 10:20, CEMU Assistance a écrit :
> Bonjour,
> Votre cours est caché (Paramètres > Visibilité du cours). Passez-le à "Afficher".
> Cordialement"""
M('098-reply-prof-pass-toujours-invisible.eml', '"Sébastien Gouix" <sebastien.gouix@unicaen.fr>', 'Re: [CEMU #42210] les étudiants ne voient pas PASSU07', '2026-01-15 16:10', t98,
  hdr={'In-Reply-To': '<cemu-42210-2@assistance.unicaen.fr>'},
  g=G(['PASSU07'], ['PASSU07'], ['25101154', '25101289', '25101907'], [], 'students_cannot_see_course', 'staff', schemes=['santé PASSU<nn>'], note='reply: students still cannot see course after making it visible'))
# 099
t99 = """Bonjour, je n'arrive pas a me connecter a ecampus depuis mon inscription en janvier (reprise d'etudes DAEU). Sur la page
CAS, il me dit "compte inexistant". Mon numero etudiant c'est 25500312 et mon INE 2604012118F. J'ai recu ma carte mais pas
de mail d'activation du compte numerique.
Mme Fabienne Lecanu - 02 31 77 12 40"""
M('099-daeu-compte-inexistant.eml', '"Fabienne Lecanu" <f.lecanu@orange.fr>', 'pas de compte', '2026-01-21 10:02', t99, cs='iso-8859-1', cte='8bit',
  g=G([], [], ['25500312'], [], 'cannot_login', 'student', note='returning adult student: account not activated, cannot log in'))
# 100
t100 = """Bonjour,

Le cours de mon UE de spécialité « Marketing international » ne s'appelle plus pareil : avant c'était (IAEM1K03) Marketing
international, maintenant il est dans une catégorie "Archives" et il y a un cours "(IAEM1K3A) Marketing international et
interculturel" qui est vide. Tous les documents du S1 sont dans l'ancien. Est-ce que c'est normal ?

Sarah Benoît, M1 MAE
n° 24114003"""
M('100-etu-iae-cours-renomme.eml', '"Sarah Benoît" <sarah.benoit@etu.unicaen.fr>', 'Cours renommé / archives', '2026-01-09 12:45', t100, cte='quoted-printable',
  g=G(['IAEM1K03', 'IAEM1K3A'], ['IAEM1K03', 'IAEM1K3A'], ['24114003'], [], 'course_moved_renamed', 'student', schemes=['business school IAEM<yr><track><nn>'], unknown=['IAEM1K03'], note='student: course archived and replaced by new code'))
