from lib import *
# 071
h71 = """<html><body><p>Madame, Monsieur,</p><p>Avocat au barreau de Caen, j'interviens comme chargé d'enseignement en M1 Droit pénal (cours « JUR 7.PEN » – Procédure pénale approfondie). J'ai déposé mes supports le 29 septembre mais les étudiants m'indiquent qu'ils ne voient pas le cours du tout.</p>
<p>Lien : <a href="https://ecampus.unicaen.fr/course/view.php?id=45019">https://ecampus.unicaen.fr/course/view.php?id=45019</a></p>
<p>Je vous remercie par avance.</p><p>Maître Olivier Brisset<br>SELARL Brisset &amp; Associés – 8 place de la République, 14000 Caen<br>Tél. 02 31 85 44 10 – Toque 147</p></body></html>"""
M('071-avocat-vacataire-etudiants-voient-pas.eml', '"Me Olivier Brisset" <o.brisset@brisset-avocats.fr>', 'Cours invisible pour les étudiants', '2025-10-01 18:40', html=h71,
  g=G(['JUR7.PEN'], ['JUR 7.PEN'], [], [45019], 'students_cannot_see_course', 'unknown', schemes=['law JUR<sem>.<subj>'], note='outside lawyer vacataire: students cannot see his course (stray space in code)'))
# 072
t72 = """Hi,

My teacher told me to write to you (see below). I'm in the dance course but I am not in the list of participants.
Student number 25406120. I'm from Brazil (exchange with UFMG).

Thanks,
Beatriz Costa

---------- Forwarded message ---------
From: Marion Duclos <marion.duclos@unicaen.fr>
Date: Thu, 9 Oct 2025 at 18:02
Subject: Re: dance class
To: Beatriz Costa <bia.costa.ufmg@gmail.com>

Bonjour Beatriz,
vous n'êtes pas inscrite dans le cours ASP3-DAN (Pratique de la danse) sur Ecampus. Je ne peux pas vous ajouter moi-même, écrivez à
cemu.assistance@unicaen.fr avec votre numéro étudiant.
M. Duclos"""
M('072-en-fwd-danse-pas-inscrite.eml', '"Beatriz Costa" <bia.costa.ufmg@gmail.com>', 'Fwd: Re: dance class', '2025-10-10 08:14', t72,
  html="<div>Hi,<br><br>My teacher told me to write to you (see below). I'm in the dance course but I am not in the list of participants.<br>Student number 25406120. I'm from Brazil (exchange with UFMG).<br><br>Thanks,<br>Beatriz Costa</div><br><div class=\"gmail_quote\">---------- Forwarded message ---------<br>From: Marion Duclos &lt;marion.duclos@unicaen.fr&gt;<br>Date: Thu, 9 Oct 2025 at 18:02<br>Subject: Re: dance class<br>To: Beatriz Costa &lt;bia.costa.ufmg@gmail.com&gt;<br><br>Bonjour Beatriz,<br>vous n'êtes pas inscrite dans le cours ASP3-DAN (Pratique de la danse) sur Ecampus. Je ne peux pas vous ajouter moi-même, écrivez à cemu.assistance@unicaen.fr avec votre numéro étudiant.<br>M. Duclos</div>",
  g=G(['ASP3-DAN'], ['ASP3-DAN'], ['25406120'], [], 'not_enrolled', 'student', 'en', schemes=['arts <field><yr>-<subj>'], note='exchange student forwards teacher reply: not enrolled in dance course'))
# 073
M('073-etu-dashboard-capture.eml', '"Jeanne Hamelin" <jeanne.hamelin@gmail.com>', 'Cours pas sur le tableau de bord', '2025-11-24 21:02',
  "Bonsoir,\n\nLe cours PH2-U03 (Biochimie) n'est plus dans mon tableau de bord depuis vendredi, ni dans \"Mes cours\". Pourtant quand j'ouvre le lien que le prof a mis sur Discord (https://ecampus.unicaen.fr/course/view.php?id=44381) j'y ai accès. Je joins une capture.\n\nJeanne Hamelin\n2e année pharmacie – 24104419\n",
  "<p>Bonsoir,</p><p>Le cours PH2-U03 (Biochimie) n'est plus dans mon tableau de bord depuis vendredi, ni dans \"Mes cours\". Pourtant quand j'ouvre le lien que le prof a mis sur Discord (<a href=\"https://ecampus.unicaen.fr/course/view.php?id=44381\">https://ecampus.unicaen.fr/course/view.php?id=44381</a>) j'y ai accès. Je joins une capture.</p><p>Jeanne Hamelin<br>2e année pharmacie – 24104419</p>",
  att=[('tableau_de_bord.png', PNG, 'image/png')],
  g=G(['PH2U03'], ['PH2-U03'], ['24104419'], [44381], 'course_not_on_dashboard', 'student', schemes=['pharma PH<yr>U<nn>'], note='course accessible but missing from dashboard (end date passed?), extra dash, screenshot'))
# 074
t74 = """Bonjour,

Toujours impossible de me connecter, même après avoir réinitialisé le mot de passe comme vous me l'avez dit. Ça me met
"Identifiant ou mot de passe incorrect" sur le CAS. J'utilise bien mon numéro 24128806 comme identifiant.

Baptiste

Le jeu. 11 sept. 2025 à 09:14, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
> Merci de réinitialiser votre mot de passe sur https://moncompte.unicaen.fr puis de réessayer.
> Cordialement,
> Le CEMU
>
> > Le 10/09/2025 à 22:40, Baptiste Roger a écrit :
> > je n'arrive pas a me connecter sur ecampus"""
M('074-reply-etu-login.eml', '"Baptiste Roger" <baptiste.roger@etu.unicaen.fr>', 'Re: [CEMU #41702] connexion ecampus', '2025-09-11 20:17', t74,
  hdr={'In-Reply-To': '<cemu-41702-2@assistance.unicaen.fr>', 'References': '<cemu-41702-1@assistance.unicaen.fr> <cemu-41702-2@assistance.unicaen.fr>'},
  g=G([], [], ['24128806'], [], 'cannot_login', 'student', note='reply on ticket: still cannot log in after password reset'))
# 075
t75 = """Bonjour,

Je vous fais suivre ma demande car la scolarité m'a dit que c'était vous.

De : Yasmine El Amrani <yasmine.el-amrani@etu.unicaen.fr>
Envoyé : mardi 2 décembre 2025 10:05
À : scolarite.staps@unicaen.fr
Objet : erreur prénom

Bonjour, sur Ecampus mon prénom est écrit "Yasmina" au lieu de "Yasmine". Mon numéro étudiant est 23117240. Merci.

-----
De : Scolarité STAPS
Envoyé : mardi 2 décembre 2025 15:31
Objet : RE: erreur prénom
Bonjour, votre dossier Apogée est correct ; merci de contacter le CEMU."""
M('075-fwd-etu-prenom.eml', '"Yasmine El Amrani" <yasmine.el-amrani@etu.unicaen.fr>', 'TR: erreur prénom', '2025-12-03 08:50', t75, cs='windows-1252', cte='quoted-printable',
  g=G([], [], ['23117240'], [], 'wrong_name', 'student', note='student forwards exchange with scolarité: first name misspelled on Ecampus'))
# 076
h76 = """<html><body><p>Bonjour,</p><p>Le script de synchronisation des cohortes générales n'a pas tourné cette nuit (log cron <code>sync_cohorts.php</code> : exit 1 à 03:12, « ORA-12541: TNS:no listener » sur REFER).</p>
<p>Conséquence probable : les 212 IA saisies hier en BUT Informatique (étape <b>BINF1-101</b>) et en BUT GEA (<b>BGEA1</b>) ne sont pas dans les cohortes « IUT : BINF1 - 2025 » / « IUT : BGEA1 - 2025 ».</p>
<p>Question : une relance manuelle côté Ecampus suffit-elle, ou faut-il attendre la nuit prochaine ? Le listener est rétabli depuis 8h40 (intervention #CHG-2025-0921).</p>
<p>Bien cordialement,<br>Yann Le Bihan<br>DSI – Pôle Applications métiers – Campus 1, bâtiment Tour Bleue, 6e étage – 02 31 56 61 45</p></body></html>"""
M('076-dsi-cohortes-nuit.eml', '"Yann Le Bihan" <yann.le-bihan@unicaen.fr>', 'Synchro cohortes non exécutée cette nuit', '2025-09-17 09:05', html=h76, cte='base64',
  g=G(['BINF1', 'BGEA1'], ['BINF1-101', 'BGEA1'], [], [], 'cohort_question', 'staff', schemes=['BUT étape B<dept><yr>'], note='DSI: cohort synchronisation failed overnight, asks about manual rerun'))
# 077
t77 = """Bonjour,

Je suis professeure des écoles maîtresse formatrice (PEMF) à l'école Jules Verne d'Hérouville (14200) et tutrice de stagiaires
M2 MEEF. On m'a ajoutée au cours MEEF2P05 pour suivre les dossiers de stage, mais je ne trouve pas la liste des participants : le
bloc sur la droite dont parlaient mes collègues n'existe pas chez moi.

Merci,
Virginie Lebas"""
M('077-pemf-bloc-participants.eml', '"Virginie Lebas" <virginie.lebas@ac-normandie.fr>', 'Liste des participants introuvable', '2025-11-13 17:28', t77,
  g=G(['MEEF2P05'], ['MEEF2P05'], [], [], 'participants_block_missing', 'unknown', schemes=['INSPE MEEF<yr><P|S><nn>'], note='outside school tutor cannot find participants block'))
# 078
M('078-etu-participants-binome.eml', '"Romain Gosselin" <romain.gosselin@etu.unicaen.fr>', 'participants', '2025-10-29 14:06',
"""Bonjour, dans le cours de projet IX7PRJ1 il y avait un bloc "Participants" à droite l'an dernier pour trouver les mails des autres,
il n'y est plus. Je dois contacter mon binôme pour le projet. Où est-il passé ?
Romain, 1A ESIX (24109951)""",
  g=G(['IX7PRJ1'], ['IX7PRJ1'], ['24109951'], [], 'participants_block_missing', 'student', schemes=['engineering IX<sem><dept><nn>'], note='student looks for the Participants block'))
# 079
t79 = """Hello,

When I log in I see "Log In Successful / Connexion réussie — Welcome 25407731 — however you are seeing this page because CAS does not
know about your target destination". Then nothing. I used the link in the welcome booklet of the International Relations Office
(page 14). Where should I go?

Thanks!
Lars Johansson (Uppsala University, exchange semester)"""
M('079-en-cas-target-destination.eml', '"Lars Johansson" <lars.johansson.9731@student.uu.se>', 'CAS does not know target destination', '2025-09-09 10:55', t79,
  g=G([], [], ['25407731'], [], 'cas_unknown_destination', 'student', 'en', note='English student on CAS success page without service'))
# 080
M('080-etu-sms-cas.eml', '"Dylan" <dylan.hue14@gmail.com>', 'ecampus bug', '2025-10-05 11:30',
"""yo ca fait 2j que je peux pas aller sur ecampus ca me met "connexion reussie" puis ca bloque, ya ecrit que CAS connait pas ma destination finale
num 24130902
cdt

--
Envoyé de mon smartphone Xiaomi""",
  g=G([], [], ['24130902'], [], 'cas_unknown_destination', 'student', note='SMS-style: CAS unknown destination'))
# 081
h81 = """<html><body><p>Bonjour,</p><p>Depuis 14h il y a une page d'erreur « Erreur de lecture de la base de données » quand je veux ouvrir le devoir de l'UE <b>YDE3GRA</b> (Grammaire allemande). Le dépôt ferme ce soir à 18h. Est-ce que vous pouvez prévenir la prof (Mme Krüger) ?</p>
<p>Merci,<br>Océane Leroux – L2 LLCER allemand – 24105587</p></body></html>"""
M('081-etu-erreur-lecture-bdd.eml', '"Océane Leroux" <oceane.leroux@etu.unicaen.fr>', 'Erreur base de données devoir', '2025-11-20 14:35', html=h81, cte='base64',
  g=G(['YDE3GRA1'], ['YDE3GRA'], ['24105587'], [], 'database_error', 'student', schemes=['LVE Y<lang><sem><type><n>'], note='student: database read error before deadline; truncated suffix'))
# 082
t82 = """Bonjour,

Intervenant extérieur (ingénieur chez Naval Group, Cherbourg), j'assure 16h de CM dans IX9NAV03. En ouvrant l'espace je vois
23 personnes avec le rôle "Enseignant", dont des collègues d'autres spécialités de l'ESIX. Les étudiants nous écrivent à tous
dans le forum. Est-ce normal ? Il faudrait ne garder que M. Hébert et moi.

Cordialement,
Stéphane Quéméner
Naval Group – 50100 Cherbourg-en-Cotentin – stephane.quemener@naval-group.com – +33 2 33 92 10 47"""
M('082-exterieur-naval-trop-enseignants.eml', '"Stéphane Quéméner" <stephane.quemener@naval-group.com>', 'Trop d\'enseignants inscrits IX9NAV03', '2025-11-27 13:02', t82, cte='quoted-printable',
  g=G(['IX9NAV03'], ['IX9NAV03'], [], [], 'too_many_teachers', 'unknown', schemes=['engineering IX<sem><dept><nn>'], note='outside engineer: 23 teachers enrolled in his course'))
# 083
t83 = """Bonjour,

Je relaie la question de la directrice des études. Pour la rentrée de janvier (S2), pouvons-nous synchroniser les cohortes des
étapes suivantes dans les espaces de méthodologie du S2, comme l'an dernier ?

- L1DRT (version 101)
- L1AES-101
- L2 DRT
- l2aes

Voir la liste des espaces jointe (CSV). Faut-il passer par vous ou le faire nous-mêmes ?

Morgane Lucas
Scolarité licence – UFR DAAP

-------- Message d'origine --------
De : Direction des études DAAP <de.daap@unicaen.fr>
Date : 05/01/2026 09:12
Objet : cohortes S2
> Morgane, peux-tu demander au CEMU si on peut refaire comme l'an dernier pour les cohortes L1/L2 ? Merci. C."""
M('083-scol-droit-cohortes-liste.eml', '"Morgane Lucas" <morgane.lucas@unicaen.fr>', 'TR: cohortes S2', '2026-01-05 11:48', t83,
  att=[('espaces_methodo_S2.csv', 'code;id\nJUR2.MET;45102\nJUR4.MET;45188\n', 'text/csv')],
  g=G(['L1DRT', 'L1AES', 'L2DRT', 'L2AES'], ['L1DRT', 'L1AES-101', 'L2 DRT', 'l2aes'], [], [], 'cohort_question', 'staff', schemes=['licence étape L<yr><mention>'], note='secretary asks whether to synchronise cohorts of 4 étapes, list with damaged étape codes, CSV attached'))
# 084
t84 = """bonjour,
le cours de danse contemporaine ASP3-DNS n'existe pas sur ecampus, j'ai cherché partout. la prof a dit "regardez sur ecampus"
mais il n'y a rien
merci
zoé (L2 arts du spectacle) 24116630"""
M('084-etu-cours-danse-inexistant.eml', '"Zoé Marchal" <zoe.marchal@etu.unicaen.fr>', 'cours inexistant', '2025-09-30 12:20', t84,
  html="<div>bonjour,<br>le cours de danse contemporaine ASP3-DNS n'existe pas sur ecampus, j'ai cherché partout. la prof a dit \"regardez sur ecampus\" mais il n'y a rien<br>merci<br>zoé (L2 arts du spectacle) 24116630</div>",
  g=G(['ASP3-DNS'], ['ASP3-DNS'], ['24116630'], [], 'course_missing', 'student', schemes=['arts <field><yr>-<subj>'], unknown=['ASP3-DNS'], note='student cannot find course; code mistyped (unknown to catalogue)'))
# 085
t85 = """Bonjour,

Dans le cadre de la convention ENSICAEN–ESIX, nos élèves de 3A suivent le module commun IX9ROB21 (Robotique collaborative),
mais l'espace correspondant n'existe pas sur Ecampus, alors qu'il existait en 2024-2025 sous le même code. Nos élèves ont des
comptes "invité" depuis le 01/09.

Cordialement,
Aurélie Blanchard
ENSICAEN – Direction des études – 6 bd Maréchal Juin, 14050 Caen Cedex 4 – 02 31 45 27 00"""
M('085-ensicaen-module-commun.eml', '"Aurélie Blanchard" <aurelie.blanchard@ensicaen.fr>', 'Module commun ESIX inexistant sur Ecampus', '2025-09-29 10:00', t85,
  g=G(['IX9ROB21'], ['IX9ROB21'], [], [], 'course_missing', 'unknown', schemes=['engineering IX<sem><dept><nn>'], note='partner school: shared module space missing'))
