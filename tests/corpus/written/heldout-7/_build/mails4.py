from lib import M, PNG, pdf
MAILS = []
A = MAILS.append

A(M(fn="067-staps-athle-visible-mais-pas-pour-eux.eml",
  frm=("Franck Levillain", "franck.levillain@unicaen.fr"),
  subject="Athlétisme L1 : cours réglé sur « Afficher » mais invisible pour les étudiants",
  date="2025-09-15 12:02", client="outlook", form="alt",
  text="""Bonjour,

Dans le cours STS1-ATH (Athlétisme, L1 STAPS), j'ai bien mis la visibilité sur « Afficher » dans les paramètres (https://ecampus.unicaen.fr/course/edit.php?id=39904), mais les étudiants ne le voient toujours pas. Quand je regarde la page d'accueil de la catégorie « STAPS > Licence 1 », le cours apparaît grisé, comme tous les autres cours de la catégorie d'ailleurs.

Les étudiants sont bien dans la liste des participants (296 inscrits).

Merci de votre aide,
Franck Levillain
PRAG EPS – UFR STAPS – bureau STAPS 105 – poste 5 73 21
""",
  g=dict(codes=[("STS1-ATH", "STS1-ATH")], stu=[], ids=[39904], sym="students_cannot_see_course", role="staff",
         schemes=["STAPS STS<sem>-<ACT>"], note="course set visible but category hidden; students cannot see it")))

A(M(fn="068-scol-info-cohortes-etape-ou-groupe.eml",
  frm=("Agnès Pichon", "agnes.pichon@unicaen.fr"),
  subject="Question sur les cohortes",
  date="2025-10-22 14:55", client="zimbra", form="plain",
  text="""Bonjour,

Petite question : sur Ecampus, les cohortes générales sont-elles construites à partir de l'étape (par exemple BINF2 pour le BUT Info 2e année), ou à partir des groupes de TD ? Nous voudrions inscrire uniquement les alternants de BINF2 dans un espace « Suivi apprentissage », est-ce possible avec une cohorte ?

Merci,
Agnès Pichon
Secrétariat BUT Informatique – 02 31 56 71 00
""",
  g=dict(codes=[("BINF2", "BINF2")], stu=[], ids=[], sym="cohort_question", role="staff",
         schemes=["BUT etape B<DEPT><year>"], note="secretary asks whether cohorts are by étape or by group")))

A(M(fn="069-etudiante-compte-bloque-orange.eml",
  frm=("Laetitia Morin", "laetitia.morin14@orange.fr"),
  subject="compte bloqué",
  date="2025-09-08 08:47", client="other", form="plain", cs="iso-8859-1", cte="quoted-printable",
  hdrs=["X-Mailer: Orange Messagerie 11.3.48"],
  text="""Bonjour,

Je n'arrive plus à me connecter à Ecampus, ni à l'ENT. Après plusieurs essais il m'a mis « compte verrouillé, réessayez plus tard ». J'ai attendu depuis hier soir et c'est toujours pareil. J'ai peut-être tapé le mot de passe de mon ancien lycée.

Je suis en L2 AES, numéro étudiant 25261134 (INE 0201145678M).

Mes cours reprennent aujourd'hui à 10h en amphi Tocqueville, est-ce que vous pouvez débloquer ?

Merci d'avance
Laetitia Morin
06 33 21 87 40
""",
  g=dict(codes=[], stu=["25261134"], ids=[], sym="cannot_login", role="student", schemes=[],
         note="student account locked after failed attempts")))

A(M(fn="070-dsi-supervision-indisponibilite-dimanche.eml",
  frm=("Arnaud Chevallier", "arnaud.chevallier@unicaen.fr"),
  subject="Ecampus : alertes Centreon dimanche 09:05-09:48",
  date="2025-11-17 08:31", client="thunderbird", form="plain",
  text="""Bonjour,

La supervision (Centreon) a levé des alertes hier dimanche 16/11 entre 09:05 et 09:48 : la sonde HTTP sur https://ecampus.unicaen.fr/ renvoyait « Error: Database connection failed » (HTTP 503). Côté serveurs, ecampus-db02 était à 100 % d'I/O pendant ce créneau (PostgreSQL 15.4).

Pouvez-vous confirmer qu'il s'agit bien de l'optimisation hebdomadaire de la base (VACUUM / REINDEX) ? Si oui, elle a duré nettement plus longtemps que d'habitude (3 tickets d'étudiants reçus au centre de services : 318904, 318911, 318915).

Pour info la version applicative affichée est Moodle 4.1.9+ (Build: 20240212).

Cordialement,
--
Arnaud Chevallier
DSI – Pôle infrastructures et production
Bât. DSI, campus 2 – 02 31 56 60 45
""",
  g=dict(codes=[], stu=[], ids=[], sym="database_error", role="staff", schemes=[],
         note="DSI asks if Sunday database unavailability was the weekly optimisation")))

A(M(fn="071-google-ent-connexion-reussie.eml",
  frm=("Margaux Duval", "margaux.duval@etu.unicaen.fr"),
  subject="Connexion réussie mais pas d'accès à ecampus",
  date="2025-09-06 19:33", client="roundcube", form="plain",
  text="""Bonjour,

Je tape « ENT unicaen ecampus » dans Google, je clique sur le premier lien, je mets mon identifiant et mon mot de passe et j'arrive sur une page qui dit :

« Connexion réussie
Bienvenue 24077312. Vous vous êtes authentifié(e) auprès du Service Central d'Authentification. Toutefois, vous voyez cette page car CAS ne connaît pas votre destination finale ni comment vous y rediriger. »

Et ça s'arrête là. Que dois-je faire ?

Margaux Duval, L2 Géographie
""",
  g=dict(codes=[], stu=["24077312"], ids=[], sym="cas_unknown_destination", role="student", schemes=[],
         note="student reached CAS via Google; number quoted from CAS page")))

A(M(fn="072-pass-etudiants-manquants-plusieurs-ue.eml",
  frm=("Dr Hélène Vasseur-Roy", "helene.vasseur-roy@unicaen.fr"),
  subject="PASS : étudiants manquants dans plusieurs UE",
  date="2025-09-30 18:12", client="exchange", form="plain",
  text="""Bonjour,

En comparant les listes d'émargement et les participants Ecampus, il manque une quarantaine d'étudiants de PASS (étape PASS1) dans les UE suivantes :
MED1.A03 – Biologie cellulaire
med1.a05 – Biochimie
MED1A08 – Anatomie générale
MAI1.E04 – Initiation à la maïeutique (mineure)

Ce sont apparemment les étudiants inscrits administrativement après le 15 septembre. Exemples : 25403317, 25408852.

Les colles commencent le 6 octobre.

Cordialement,
Dr H. Vasseur-Roy
Coordinatrice PASS – UFR Santé
Pôle des Formations et de Recherche en Santé, 2 rue des Rochambelles, 14032 Caen Cedex
""",
  g=dict(codes=[("PASS1", "PASS1"), ("MED1.A03", "MED1.A03"), ("MED1.A05", "med1.a05"), ("MED1.A08", "MED1A08"), ("MAI1.E04", "MAI1.E04")],
         stu=["25403317", "25408852"], ids=[], sym="not_enrolled", role="staff",
         schemes=["health MED<year>.<bloc><nn>", "health etape DFGSM<n>/DFASM<n>/PASS<n>"], note="PASS coordinator: late-registered students missing from 4 UE (list, damaged codes)")))

A(M(fn="073-liste-ens-lettres-reunion.eml",
  frm=("Liste enseignants Lettres modernes", "ens-lettres@listes.unicaen.fr"),
  to=[("", "ens-lettres@listes.unicaen.fr")],
  subject="[ens-lettres] Réunion pédagogique L3 – jeudi 13 novembre",
  date="2025-11-06 11:40", client="other", form="plain",
  hdrs=["List-Id: Enseignants Lettres modernes <ens-lettres.listes.unicaen.fr>", "Precedence: list", "Sender: ens-lettres-request@listes.unicaen.fr",
        "Reply-To: laure.masson@unicaen.fr"],
  text="""Chères et chers collègues,

La réunion pédagogique de L3 Lettres modernes (L3LMOD) aura lieu le jeudi 13 novembre de 12h30 à 14h, salle SA-110 (bâtiment Sciences A).

Ordre du jour :
1. Calendrier des examens du S5 (session 1 du 5 au 16 janvier)
2. Modalités de contrôle des connaissances 2026-2027
3. Point sur les étudiants en césure et en double licence
4. Questions diverses

Merci de me signaler vos absences.

Laure Masson
Directrice des études L3
--
Liste ens-lettres@listes.unicaen.fr – gestion : https://listes.unicaen.fr/sympa/info/ens-lettres
""",
  g=dict(codes=[("L3LMOD", "L3LMOD")], stu=[], ids=[], sym="other", role="unknown", auto=True,
         schemes=["licence etape L<year><DIS>"], note="teachers' mailing list post about a meeting, not an Ecampus request")))

A(M(fn="074-etudiant-liste-participants-binome.eml",
  frm=("", "25177340@etu.unicaen.fr"),
  subject="liste des participants",
  date="2025-10-02 16:41", client="zimbra", form="plain",
  text="""Bonjour,

Je dois contacter mon binôme pour le projet de la ressource INF R1.01 mais je ne trouve plus la liste des participants. Sur les tutos YouTube il y a un bloc « Participants » à droite, mais chez moi il n'y a rien. Est-ce que les étudiants n'y ont pas droit ?

Merci
Hamza, BUT info 1re année
""",
  g=dict(codes=[("INFR1.01", "INF R1.01")], stu=["25177340"], ids=[], sym="participants_block_missing", role="student",
         schemes=["BUT <DEPT>R<sem>.<nn>"], note="student cannot find Participants block to contact his partner")))

A(M(fn="075-lycee-cpge-eleves-connexion.eml",
  frm=("Sylvie Cardon", "sylvie.cardon@ac-normandie.fr"),
  subject="Connexion Ecampus des élèves de CPGE (convention)",
  date="2025-10-16 17:25", client="thunderbird", form="alt", cs="iso-8859-1", cte="quoted-printable",
  text="""Bonjour,

Je suis professeure de lettres en classe préparatoire (hypokhâgne) au lycée Malherbe de Caen (UAI 0140013T). Dans le cadre de la convention avec l'Université, nos élèves sont inscrits en parallèle en L1 (inscription cumulative).

Plusieurs élèves m'indiquent qu'ils ne parviennent pas à se connecter à Ecampus : ils ont reçu leur numéro étudiant par mail, mais leur mot de passe n'est « pas reconnu » et l'activation du compte numérique leur répond que leur date de naissance ne correspond pas. Est-ce un problème connu pour les cumulatifs ?

Je reste à votre disposition,

Sylvie Cardon
Lycée Malherbe – 14 avenue Albert Sorel – 14000 Caen
Tél. standard 02 31 86 13 12
""",
  g=dict(codes=[], stu=[], ids=[], sym="cannot_login", role="unknown", schemes=[],
         note="lycée teacher: CPGE students (cumulative enrolment) cannot log in")))

A(M(fn="076-prof-iae-finance-tableau-de-bord.eml",
  frm=("Philippe Renouf", "philippe.renouf@unicaen.fr"),
  subject="Cours absent de mon tableau de bord",
  date="2025-10-13 07:48", client="apple", form="alt",
  text="""Bonjour,

Mon cours IA1FIN02 (Finance d'entreprise, M1 MAE) n'apparaît plus dans la « Vue d'ensemble des cours » de mon tableau de bord, alors que le filtre est sur « Tout » et que je suis bien enseignant du cours (je peux y accéder par un favori). Les autres cours sont là. J'ai essayé « Retirer de la vue » / « Restaurer » sans succès.

Cordialement,
Philippe Renouf
Professeur associé – IAE Caen
Envoyé de mon iPad
""",
  g=dict(codes=[("IA1FIN02", "IA1FIN02")], stu=[], ids=[], sym="course_not_on_dashboard", role="staff",
         schemes=["IAE IA<year><dom><nn>"], note="teacher: own course not on dashboard with filter 'Tout'")))

A(M(fn="077-fwd-inspe-etudiante-me2pe11.eml",
  frm=("Martine Guillouet", "martine.guillouet@unicaen.fr"),
  subject="TR: pas d'accès au cours me2pe11",
  date="2026-02-04 10:11", client="outlook", form="alt", cs="windows-1252", cte="quoted-printable",
  text="""Bonjour,

Je vous transfère la demande de l'étudiante ci-dessous. Elle est bien inscrite en MEEF2P (IA du 12/09) et son IP à ME2PE11 a été saisie le 30/01, avec le groupe du site de Caen.

Cordialement,
Martine Guillouet
Service scolarité – INSPE Normandie Caen – 02 31 56 68 12

-----Message d'origine-----
De : Justine Haguet <justine.haguet@etu.unicaen.fr>
Envoyé : mardi 3 février 2026 21:37
À : scolarite.inspe@unicaen.fr
Objet : pas d'accès au cours me2pe11

Bonjour madame,
je n'ai toujours pas accès au cours me2pe11 (mémoire et initiation à la recherche) sur ecampus alors que le séminaire a commencé lundi. Mon numéro étudiant est le 24108891.
Bonne soirée,
Justine Haguet
""",
  g=dict(codes=[("MEEF2P", "MEEF2P"), ("ME2PE11", "ME2PE11"), ("ME2PE11", "me2pe11")], stu=["24108891"], ids=[], sym="not_enrolled", role="staff",
         schemes=["MEEF ME<year><track><nn>", "MEEF etape MEEF<year><track>"], note="forwarded student request: not enrolled in ME2PE11 after late IP")))

A(M(fn="078-notification-moodle-forum.eml",
  frm=("Ecampus (via Unicaen)", "noreply-ecampus@unicaen.fr"),
  subject="Philosophie générale : nouveau message dans « Forum des nouvelles »",
  date="2025-10-05 18:03", client="other", form="alt",
  hdrs=["Auto-Submitted: auto-generated", "Precedence: bulk", "List-Id: \"Forum des nouvelles\" <moodleforum1092233@ecampus.unicaen.fr>",
        "X-Course-Id: 44021", "X-Course-Name: (HPHI102) Philosophie =?UTF-8?Q?g=C3=A9n=C3=A9rale?="],
  text="""(HPHI102) Philosophie générale -> Forum -> Forum des nouvelles -> Report du TD du 9 octobre

Report du TD du 9 octobre
par Marc Villedieu - dimanche 5 octobre 2025, 18:02

Bonjour à toutes et à tous,
Le TD du jeudi 9 octobre est reporté au vendredi 10 octobre, 8h30, salle S3-045. Pensez à lire le chapitre 2 (Descartes, Méditations, éd. GF, ISBN 978-2-08-140769-3).
M. Villedieu

Voir ce message dans son contexte : https://ecampus.unicaen.fr/mod/forum/discuss.php?d=388145#p702211

---------------------------------------------------------------------
Vous recevez ce message parce que vous êtes abonné à ce forum.
Modifier vos préférences de notification : https://ecampus.unicaen.fr/message/notificationpreferences.php
""",
  g=dict(codes=[("HPHI102", "HPHI102")], stu=[], ids=[], sym="other", role="unknown", auto=True,
         schemes=["letters+digits H<DIS><sem><nn> (FAQ shape)"], note="Moodle forum notification landed in support mailbox")))

A(M(fn="079-english-japanese-a2-missing.eml",
  frm=("Kenji Watanabe-Roux", "kenji.wr@outlook.com"),
  subject="Japanese A2 course doesn't exist?",
  date="2026-01-29 13:26", client="outlook", form="html",
  text="""Hi,

I'm registered for the Japanese A2 course of the Centre de langues this semester (S2), code CL-JAPA2 on my contract. Classes started on Monday in room LV-212 but the teacher says the Ecampus page should be created automatically and she can't find it either. Nothing appears when I search "Japanese" or the code.

Student number 24630518.

Thanks!
Kenji
""",
  g=dict(codes=[("CL-JAPA2", "CL-JAPA2")], stu=["24630518"], ids=[], sym="course_missing", role="student", lang="en",
         schemes=["language centre CL-<lang><CEFR>"], note="English: Japanese A2 course space not created")))

A(M(fn="080-esix-tp3-groupe-maths.eml",
  frm=("Julie Marais", "julie.marais@unicaen.fr"),
  subject="Groupes TP X5MAT1",
  date="2025-10-09 11:11", client="thunderbird", form="alt",
  text="""Bonjour,

Dans le cours X5MAT1 (Analyse numérique, 1re année ESIX SE), les étudiants du groupe XSE1-TP3 sont mélangés : la moitié apparaît dans TP2 et les autres dans aucun groupe. Les autres groupes semblent corrects. Les restrictions d'accès des comptes-rendus de TP sont par groupe, donc ça bloque les dépôts.

Exemples d'étudiants de TP3 mal placés : 25201184, 25207730.

Merci,
Julie Marais
ESIX – Mathématiques appliquées – bureau E-204
""",
  g=dict(codes=[("X5MAT1", "X5MAT1"), ("XSE1-TP3", "XSE1-TP3"), ("XSE1-TP2", "TP2")], stu=["25201184", "25207730"], ids=[], sym="wrong_group", role="staff",
         schemes=["engineering X<sem><DIS><n>", "group X<spec><year>-TP<n>"], note="ESIX teacher: TP3 students in wrong/no group")))

A(M(fn="081-staps-admin-equipe-inscrite-partout.eml",
  frm=("Sébastien Onfroy", "sebastien.onfroy@unicaen.fr"),
  subject="L1 STAPS : toute l'équipe pédagogique inscrite dans tous les cours",
  date="2025-09-25 15:34", client="outlook", form="alt", cte="base64",
  text="""Bonjour,

Plusieurs enseignants de L1 STAPS se plaignent d'être inscrits comme enseignants dans des cours où ils n'interviennent pas. C'est le cas au moins pour :

• STS1-ATH (Athlétisme)
• STS2-SCO (Sports collectifs)
• sts1-phy (Physiologie de l'effort)
• STS1 ANA (Anatomie fonctionnelle)

Dans chacun on trouve la trentaine d'enseignants de l'UFR. Je soupçonne l'association de toute l'équipe aux groupes d'activités dans ADE, mais je ne vois pas où.

Cordialement,
Sébastien Onfroy
Responsable administratif – UFR STAPS
2 boulevard Maréchal Juin – 14032 Caen Cedex 5
""",
  g=dict(codes=[("STS1-ATH", "STS1-ATH"), ("STS2-SCO", "STS2-SCO"), ("STS1-PHY", "sts1-phy"), ("STS1-ANA", "STS1 ANA")], stu=[], ids=[],
         sym="too_many_teachers", role="staff", schemes=["STAPS STS<sem>-<ACT>"], note="STAPS admin: whole teaching team enrolled in 4 courses")))

A(M(fn="082-sms-majuscules-mot-de-passe.eml",
  frm=("", "26001247@etu.unicaen.fr"),
  subject="MOT DE PASSE",
  date="2026-01-14 07:05", client="zimbra", form="plain",
  text="""BONJOUR JE SUIS ARRIVE EN JANVIER EN L1 INFO ET JE PEUX PAS ME CONNECTER A ECAMPUS ON ME DIT QUE MON COMPTE N EXISTE PAS. POURTANT J AI MA CARTE ETUDIANTE. MERCI
""",
  g=dict(codes=[], stu=["26001247"], ids=[], sym="cannot_login", role="student", schemes=[],
         note="all-caps student arrived in January, account unknown on Ecampus")))

A(M(fn="083-anglais-c1-inscription-manquante.eml",
  frm=("Élodie Carpentier", "elodie.carpentier@etu.unicaen.fr"),
  subject="Cours d'anglais C1",
  date="2026-02-09 12:03", client="roundcube", form="alt", cs="utf-8", cte="quoted-printable",
  text="""Bonjour,

J'ai changé de niveau d'anglais au début du S2 après le test de positionnement (B2 -> C1). Je suis toujours inscrite dans le cours CL-ANGB2 mais pas dans CL-ANG C1, alors que la scolarité du Centre de langues m'a confirmé le changement le 2 février. Le prof de C1 m'a dit de vous écrire.

Numéro étudiant : 24155092.

Cordialement,
Élodie Carpentier
""",
  g=dict(codes=[("CL-ANGB2", "CL-ANGB2"), ("CL-ANGC1", "CL-ANG C1")], stu=["24155092"], ids=[], sym="not_enrolled", role="student",
         schemes=["language centre CL-<lang><CEFR>"], note="student changed level; not enrolled in new course")))

A(M(fn="084-bloc-participants-capture.eml",
  frm=("Nadia Ferchichi", "nadia.ferchichi@unicaen.fr"),
  subject="bloc Participants disparu (capture jointe)",
  date="2025-09-16 10:39", client="outlook", form="alt",
  att=[("image001.png", "image/png", PNG), ("capture ecampus HSOC204.png", "image/png", PNG)],
  text="""Bonjour,

Voir capture : dans mon cours (HSOC204) Sociologie de la famille, il n'y a plus le bloc « Participants » sur la droite. Il me reste « Dernières nouvelles » et « Événements à venir ». Comment le remettre ? J'utilise Firefox 143 sous Win11.

Merci,
Nadia Ferchichi
ATER sociologie – MRSH bureau SH 219
""",
  g=dict(codes=[("HSOC204", "HSOC204")], stu=[], ids=[], sym="participants_block_missing", role="staff",
         schemes=["letters+digits H<DIS><sem><nn> (FAQ shape)"], note="teacher lost Participants block; screenshot attached")))

A(M(fn="085-l2-geo-pas-inscrite-base64.eml",
  frm=("Clara Vimard", "clara.vimard@gmail.com"),
  subject="Inscription aux cours de géographie",
  date="2025-09-19 09:57", client="gmail", form="alt", cte="base64",
  text="""Bonjour,

Je suis inscrite en L2 géographie (L2GEOG-101 sur mon certificat de scolarité), mais je ne suis pas inscrite dans les cours HGEO205 et HGEO211 sur Ecampus. J'ai fait mes inscriptions pédagogiques sur l'ENT le 12 septembre, et j'ai reçu un mail de confirmation (réf. IP-2025-14-08817).

Numéro étudiant : 24066158

Bonne journée,
Clara Vimard
""",
  g=dict(codes=[("L2GEOG", "L2GEOG-101"), ("HGEO205", "HGEO205"), ("HGEO211", "HGEO211")], stu=["24066158"], ids=[], sym="not_enrolled", role="student",
         schemes=["licence etape L<year><DIS>", "letters+digits H<DIS><sem><nn> (FAQ shape)"], note="L2 geography student not enrolled in two courses; étape with version")))

A(M(fn="086-prof-iae-tiers-temps-quiz.eml",
  frm=("Marion Picot", "marion.picot@unicaen.fr"),
  subject="Tiers-temps sur un test Ecampus",
  date="2025-12-08 17:51", client="outlook", form="alt",
  text="""Bonjour,

Pour l'examen de contrôle de gestion (IA1CGO01) du 15 décembre, qui se fera sous forme de test Ecampus en salle informatique IAE-0.12, trois étudiants bénéficient d'un tiers-temps (décision de la Mission handicap). Comment régler une durée de 1h20 pour eux alors que le test dure 1h pour les autres ? Faut-il dupliquer le test ?

Merci,
Marion Picot
IAE Caen
""",
  g=dict(codes=[("IA1CGO01", "IA1CGO01")], stu=[], ids=[], sym="other", role="staff",
         schemes=["IAE IA<year><dom><nn>"], note="quiz setting question: user override for extra time")))

A(M(fn="087-etudiant-date-partiel-droit-adm.eml",
  frm=("Lucas Bréard", "lucas.breard@etu.unicaen.fr"),
  subject="date du partiel de droit administratif",
  date="2025-11-28 22:16", client="roundcube", form="plain",
  text="""Bonjour,

Savez-vous quand a lieu le partiel de droit administratif (DR2S3C05) ? Sur Ecampus il n'y a rien et sur l'ENT le calendrier des examens n'est pas encore publié. On nous a dit début janvier en amphi Demolombe mais sans date précise.

Merci,
Lucas Bréard – L2 droit – 24190377
""",
  g=dict(codes=[("DR2S3C05", "DR2S3C05")], stu=["24190377"], ids=[], sym="other", role="student",
         schemes=["law DR<year>S<sem><C|T><nn>"], note="student asks exam date; off-topic")))

A(M(fn="088-vacataire-attestation-service-fait.eml",
  frm=("Thierry Lamy", "t.lamy.formation@gmail.com"),
  subject="Attestation d'heures / état de service",
  date="2025-12-15 11:22", client="gmail", form="alt",
  text="""Bonjour,

J'ai assuré en novembre 18 h de TD de marketing digital à l'IAE en tant que vacataire (contrat n° 2025-IAE-0347). Le service RH me demande une attestation de service fait signée par le responsable de formation pour déclencher le paiement, mais je ne sais pas qui la produit. Est-ce que le CEMU peut me la fournir à partir des connexions Ecampus ?

Ma facture (n° FA-2025-112) est déjà envoyée.

Cordialement,
Thierry Lamy
Formateur indépendant – SIRET 834 567 912 00018
07 69 44 12 03
""",
  g=dict(codes=[], stu=[], ids=[], sym="other", role="unknown", schemes=[],
         note="vacataire asks for a service certificate; off-topic")))
