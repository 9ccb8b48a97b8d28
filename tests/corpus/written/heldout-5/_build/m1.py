# students
SIG_ADDR = "Université de Caen Normandie\nEsplanade de la Paix - CS 14032\n14032 CAEN Cedex 5"
DISC = ("Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. "
        "Toute utilisation non conforme à sa destination est interdite. Pensez à l'environnement avant d'imprimer ce courriel.")
def sig(name, title, service, tel, bureau, extra=""):
    return ("\n-- \n%s\n%s\n%s\n%s\nBureau %s\nTél. : %s\n%s%s\n\n%s\n" % (name, title, service, SIG_ADDR, bureau, tel, "https://www.unicaen.fr\n", extra, DISC))
MAILS = []
def M(slug, frm, subj, date, body, sym, role, codes=(), nums=(), ids=(), lang="fr", auto=False, note="", form=None, **kw):
    d = dict(slug=slug, frm=frm, subj=subj, date=date, body=body, form=form or {},
             gold=dict(codes=list(codes), nums=list(nums), ids=list(ids), sym=sym, role=role, lang=lang, auto=auto, note=note))
    d.update(kw); MAILS.append(d)

# ---------- STUDENTS: exchange (English) x8
M("erasmus-cannot-login", ("Lukas Brandt", "lukas.brandt@uni-leipzig.de"), "Cannot log in to Ecampus", "2025-09-08 09:14",
"""Hello,

I am an Erasmus student from Leipzig, arrived last week for the autumn semester (Faculty of Law).
I received my student number 25014477 and the "compte numérique" but when I try to log in on ecampus.unicaen.fr it says my username or password is incorrect. On the other services (Zimbra mail) it works.

My INE from the international office is 2501A00312K, application ref. 20250712, not sure if it helps.

Thank you in advance,
Lukas Brandt
Mobile: +49 176 2231 8890
""", "cannot_login", "student", nums=["25014477"], lang="en", note="Erasmus incoming cannot log in; INE given", form=dict(kind="alt", style="gmail"))

M("exchange-course-missing-journalism", ("Sofia Marchetti", "sofia.marchetti@etu.unicaen.fr"), "course for Data journalism not on ecampus", "2025-09-22 17:40",
"""Dear support team,

I am an exchange student (Università di Bologna) enrolled this semester at the journalism school. My learning agreement lists "JO3DATA - Data journalism" but I can not find this course anywhere on Ecampus, even with the search. My other courses (JO3RED2 Reporting, JO3-ANG English for journalists) are there.

Is the course maybe not created yet? The teacher says everything is on Ecampus.

Student number : 25031208
Kind regards,
Sofia
""", "course_missing", "student", codes=[("JO3DATA","JO3DATA","journalism JO+sem+4letters"),("JO3RED2","JO3RED2","journalism JO+sem+4letters"),("JO3ANG","JO3-ANG","journalism JO+sem+4letters")], nums=["25031208"], lang="en", note="exchange student cannot find a journalism course")

M("exchange-wrong-name-accents", ("Zoë Van den Bossche", "zoe.vandenbossche@etu.unicaen.fr"), "My name is spelled wrong on ecampus", "2025-10-02 11:05",
"""Hi,

On Ecampus my name appears as "Zo Van Den Bossche" (the ë is missing and the D should be lowercase). My teachers see it like that in the participants list and in the quiz results. Could you please correct it? 

Numéro étudiant: 25 020 914

Thanks!
Zoë
""", "wrong_name", "student", nums=["25020914"], lang="en", note="exchange student name mangled (diaeresis lost)", form=dict(kind="html", style="apple"))

M("exchange-no-access-staps", ("Mateo Ruiz Alonso", "mateoruiz.alonso@gmail.com"), "RE: access to APA course", "2025-10-07 08:32",
"""Hello again,

I'm still not in the course "ST5APA2 Adapted physical activity" on Ecampus. My coordinator (Mrs Lemarchand) told me I am registered in Apogée since 29/09. The other students of my TD group already have the exercises.

My student ID: 25 04 61 83
Room of the TD is S-STAPS 012 if that matters.

Thanks,
Mateo

On Tue, 30 Sep 2025 at 14:11, CEMU Assistance <cemu.assistance@unicaen.fr> wrote:
> Hello,
> Please send us your student number and the code of the course.
> Regards,
> CEMU
>
> > On Mon, 29 Sep 2025, Mateo Ruiz Alonso wrote:
> > > Hi, I can't see my sport course on ecampus, can you help me?
""", "not_enrolled", "student", codes=[("ST5APA2","ST5APA2","STAPS ST+sem+3letters+digit")], nums=["25046183"], lang="en", note="exchange STAPS student not enrolled in APA course, reply on earlier exchange", extra={"In-Reply-To": "<cemu-2931@unicaen.fr>"})

M("exchange-cas-destination", ("Hyun-woo Park", "hyunwoo.park@etu.unicaen.fr"), "Login problem - weird page", "2025-09-16 22:47",
"""Good evening,

When I google "ecampus unicaen" and click the first link I arrive at cas.unicaen.fr, I enter my login and it says "Log In Successful ... CAS does not know your final destination". Then nothing happens, I'm stuck and cannot go to my courses. I tried Chrome and Safari on my Mac (macOS 14.6).

Thank you
Hyun-woo PARK, summer school alumni now in Master FLE
""", "cas_unknown_destination", "student", lang="en", note="exchange student stuck on CAS success page via Google", form=dict(kind="alt", style="apple", png="Screenshot 2025-09-16 at 22.45.10.png"))

M("exchange-wrong-group-agro", ("Amina Diallo", "amina.diallo@etu.unicaen.fr"), "wrong group in soil science course", "2025-10-14 10:20",
"""Dear Sir or Madam,

In the course AGM1-SOL (Soil science) I am in group "AGM1-CEMU" which is the distance learning group, but I am present on campus every Tuesday in room AGRO-204. Because of this I cannot submit the lab reports of my group AGM1-TP2.

Student number 24113590.
Best regards,
Amina Diallo
M1 Agronomy, exchange programme with UCAD Dakar
""", "wrong_group", "student", codes=[("AGM1-SOL","AGM1-SOL","agronomy master AGM+year-3letters"),("AGM1-CEMU","AGM1-CEMU","agronomy group"),("AGM1-TP2","AGM1-TP2","agronomy group")], nums=["24113590"], lang="en", note="put in distance CEMU group instead of TP2")

M("exchange-dashboard-summer", ("Emily Carter", "emily.carter@wisc.edu"), "Summer school course not on my dashboard", "2025-08-27 19:02",
"""Hi there,

I'm attending the Caen summer school (French B2 level). The teacher showed the course "(ETE25-B2) Français B2 - Université d'été" on the projector, and I am in the participants list (she checked), but on my dashboard I only see "Welcome to Ecampus". I'm using the app on my phone (iPhone, Moodle app 4.4.1).

My temporary number is 25900412 (my UW-Madison student ID is 20841299, if needed).
Flight back is AF1789 on September 13 so I hope to access the materials before!

Emily
""", "course_not_on_dashboard", "student", codes=[("ETE25-B2","ETE25-B2","summer school ETE+yy-level")], nums=["25900412"], lang="en", note="summer school student enrolled but course not on dashboard")

M("exchange-database-error", ("Jonas Lindqvist", "jonas.lindqvist@etu.unicaen.fr"), "Error on ecampus sunday morning", "2026-01-18 09:41",
"""Hello,
Since 9:15 this morning ecampus shows only "Error: Database connection failed - It is possible that the database is overloaded or otherwise not running properly". I have a quiz to finish before noon for G2SIG01 (GIS). What should I do? Will the deadline be extended?
Jonas (24987001)
""", "database_error", "student", codes=[("G2SIG01","G2SIG01","geography G+sem+3letters+2digits")], nums=["24987001"], lang="en", note="Sunday morning database connection failed")

# ---------- SMS style / no accents / all caps x6
M("sms-cours-pas-la", ("", "23018842@etu.unicaen.fr"), "cours", "2025-09-24 23:58",
"""slt jcomprend pa g pa le cour de droit civil sur ecampus alor ke tt mes potes lont , jsui en L2 droit grp 3 , mon num c 23018842 , merci d'avance jdois rendre un devoir lundi""",
"not_enrolled", "student", nums=["23018842"], note="SMS-style L2 law student missing civil law course, no code")

M("caps-mot-de-passe", ("KEVIN LEFEBVRE", "kevin.lefebvre14@hotmail.fr"), "IMPOSSIBLE DE ME CONNECTER !!!!", "2025-09-10 07:12",
"""BONJOUR
CA FAIT 3 JOURS QUE J ESSAIE DE ME CONNECTER A ECAMPUS ET CA MARCHE PAS. IL ME DIT IDENTIFIANT OU MOT DE PASSE INCORRECT ALORS QUE C EST LE MEME QUE POUR L ENT. J AI REINITIALISE 2 FOIS.
MON NUMERO ETUDIANT : 25 00 78 12
MON TEL 06 72 14 90 33
DEMANDE DE REINITIALISATION FAITE LE 20250907
MERCI DE ME RAPPELER
KEVIN LEFEBVRE L1 STAPS
""", "cannot_login", "student", nums=["25007812"], note="all caps L1 cannot log in", form=dict(cs="windows-1252", cte="qp"))

M("sms-groupe-tp", ("Ines B", "inesb.2004@gmail.com"), "grp tp staps", "2025-10-03 13:26",
"""bjr
jsui dans le mauvais grp sur ecampus pr le cours st3 apa1 , jsuis ds le G4 mais normalement c le G2 (ST3-APA-G2) du coup jvois pa les consignes de mon prof
num etudiant 24102256
mrc""", "wrong_group", "student", codes=[("ST3APA1","st3 apa1","STAPS ST+sem+3letters+digit"),("ST3-APA-G2","ST3-APA-G2","STAPS group")], nums=["24102256"], note="SMS style, wrong TP group in STAPS course", form=dict(kind="alt", style="gmail"))

M("noaccent-cas", ("thomas guerin", "thomas.guerin@etu.unicaen.fr"), "page bizarre connexion", "2025-11-03 08:03",
"""bonjour
quand je me connecte ca me met "connexion reussie, vous vous etes authentifie aupres du service central d'authentification" mais apres ca reste bloque sur cette page et j'arrive jamais sur ecampus, jai mis le lien cas.unicaen.fr/login dans mes favoris
numero 24016630
merci
""", "cas_unknown_destination", "student", nums=["24016630"], note="no accents, bookmarked CAS login URL")

M("caps-nom-faux", ("MELANIE DUVAL-ROUX", "23077310@etu.unicaen.fr"), "ERREUR NOM ECAMPUS", "2025-10-21 16:44",
"""BONJOUR,
SUR ECAMPUS MON NOM APPARAIT "DUVAL" ALORS QUE C'EST "DUVAL-ROUX" DEPUIS MON MARIAGE, J'AI DEJA DONNE LE LIVRET DE FAMILLE A LA SCOLARITE EN SEPTEMBRE. 
NUMERO ETUDIANT 23077310
INSTITUT DE FORMATION EN SOINS INFIRMIERS, 2EME ANNEE (IFSI2A)
MERCI""", "wrong_name", "student", codes=[("IFSI2A","IFSI2A","nursing étape IFSI+year+letter")], nums=["23077310"], note="all caps nursing student married name not updated")

M("sms-bdd-erreur", ("Yanis", "yanis.k76@orange.fr"), "ecampus bug", "2025-11-16 10:05",
"""ecampus marche pa "erreur de lecture de la base de données" depuis ce matin 9h30 , c normal?? jai un qcm a faire pr 12h (cours 1CA153)""",
"database_error", "student", codes=[("1CA153","1CA153","digit-first INSPE 1CA+3digits")], note="SMS style Sunday morning database read error")

# ---------- anxious L1 x~12
M("l1-anxieuse-pas-inscrite", ("Clémence Hébert", "clemence.hebert@etu.unicaen.fr"), "Urgent : je ne suis inscrite dans aucun cours !!", "2025-09-12 21:33",
"""Bonjour Madame, Monsieur,

Je suis désolée de vous déranger, je suis en première année de licence d'Histoire et je n'ai absolument AUCUN cours sur Ecampus alors que la rentrée a eu lieu lundi. Mes camarades ont tous leurs cours (HHIS101, HHIS102, HGEO103…). J'ai bien payé mes droits d'inscription le 28 août (paiement n° 25081733) et j'ai mon certificat de scolarité.

J'ai peur de rater des devoirs, les professeurs disent que tout se passe sur Ecampus. Est-ce que j'ai fait une erreur lors de mon inscription ? Est-ce que c'est grave ?

Mon numéro étudiant est le 25103391 (et mon INE si besoin : 0812045678H).

Merci beaucoup de votre aide, je suis vraiment stressée.
Clémence Hébert
L1 Histoire, groupe TD 4
""", "not_enrolled", "student", codes=[("HHIS101","HHIS101","letters+digits H+3letters+3digits"),("HHIS102","HHIS102","letters+digits H+3letters+3digits"),("HGEO103","HGEO103","letters+digits H+3letters+3digits")], nums=["25103391"], note="anxious L1 history enrolled in no course (IP probably missing)", form=dict(kind="alt", style="gmail", cte="qp"))

M("l1-tableau-de-bord-vide", ("Lucas Marie", "lucas.marie@etu.unicaen.fr"), "cours disparus du tableau de bord", "2025-10-06 18:12",
"""Bonjour,

Depuis ce week-end je ne vois plus mes cours sur mon tableau de bord Ecampus, il y a juste écrit "Aucun cours" dans la vue d'ensemble. Pourtant quand je tape le nom du cours dans la recherche j'arrive dessus et je peux voir les documents, par exemple https://ecampus.unicaen.fr/course/view.php?id=51872 .
J'ai peut-être cliqué sur quelque chose sans faire exprès ? J'ai un partiel le 14/10 et je panique un peu.

Lucas Marie, n° 25066120
L1 Géographie
""", "course_not_on_dashboard", "student", nums=["25066120"], ids=[51872], note="L1 dashboard filter hides courses")

M("l1-compte-mail-profil", ("Sarah Benali", "sarah.benali2007@gmail.com"), "bloquée à la première connexion", "2025-09-04 14:50",
"""Bonjour,

J'essaie de me connecter pour la première fois à Ecampus. Après la page de connexion j'arrive sur une page "Modifier le profil" qui me dit qu'il manque mon adresse de courriel, mais la case est grisée, je ne peux rien écrire. Je ne peux aller nulle part ailleurs.

Je suis en L1 Sciences de l'éducation, numéro étudiant : 25 1122 04.

Merci de votre aide, je ne sais pas quoi faire
Sarah
""", "cannot_login", "student", nums=["25112204"], note="first login stuck on profile page missing email", form=dict(kind="plain", png="capture_ecampus.png"))

M("l1-pas-le-bon-groupe", ("Jade Lecomte", "jade.lecomte@etu.unicaen.fr"), "Erreur de groupe en anglais", "2025-09-30 12:01",
"""Bonjour,

En anglais (HLAN101 - Anglais S1) je suis dans le groupe "HLAN101-G07" sur Ecampus alors que d'après mon emploi du temps ADE je suis dans le groupe 3, le mardi 10h en salle SA-110. Du coup je ne reçois pas les annonces de ma prof et je ne vois pas le devoir du groupe 3.

Est-ce que je dois aller voir la scolarité ?
Merci d'avance,
Jade Lecomte, 25088417
""", "wrong_group", "student", codes=[("HLAN101","HLAN101","letters+digits H+3letters+3digits"),("HLAN101G07","HLAN101-G07","group code+G+2digits")], nums=["25088417"], note="L1 in group 7 instead of 3 for English; room SA-110 look-alike", form=dict(cs="iso-8859-1", cte="qp"))

M("l1-cours-archive", ("Noah Picard", "noah.picard@etu.unicaen.fr"), "mon cours de méthodo est dans \"Archives\"", "2025-09-19 20:15",
"""Bonsoir,

Le cours de méthodologie universitaire que j'avais commencé en juin (pré-rentrée) est maintenant rangé dans une catégorie "Archives" et le nom a changé, il y a écrit "[ARCHIVE 2024-2025] (1MTU01) Méthodologie du travail universitaire". Les documents y sont encore mais la prof dit qu'elle ne voit plus les rendus. Est-ce qu'il a été déplacé ? Est-ce que je dois m'inscrire ailleurs ?

Noah Picard
25 00 93 47
""", "course_moved_renamed", "student", codes=[("1MTU01","1MTU01","digit-first 1+3letters+2digits")], nums=["25009347"], note="L1 sees method course moved to Archives")

M("l1-participants-disparus", ("Manon Roussel", "manon.roussel@etu.unicaen.fr"), "où est la liste des participants ?", "2025-10-09 09:27",
"""Bonjour,

Avant il y avait à droite un bloc "Participants" dans le cours de Psycho du développement, je m'en servais pour retrouver les mails des gens de mon groupe de projet. Il a disparu, je ne le trouve plus nulle part. Est-ce qu'il a été supprimé pour les étudiants ?

Merci
Manon R. (L1 psycho) 25071190
""", "participants_block_missing", "student", nums=["25071190"], note="student looking for former participants block")

M("l1-cas-favori-windows", ("Enzo Lefrançois", "enzo.lefrancois@etu.unicaen.fr"), "Connexion réussie mais rien ne se passe", "2025-09-09 08:40",
"""Bonjour,

Quand je vais sur ecampus depuis le lien que j'ai trouvé sur Google, j'arrive sur la page de l'université, je mets mon identifiant (25054318) et mon mot de passe, ça me dit "Connexion réussie" et "vous voyez cette page car CAS ne connaît pas votre destination finale". Je ne sais pas ce que ça veut dire, je ne peux pas aller sur mes cours.
J'ai Windows 11 et Edge, version 128.0.2739.42.

Merci de m'aider
Enzo
""", "cas_unknown_destination", "student", nums=["25054318"], note="CAS unknown destination, Windows/Edge version look-alikes", form=dict(kind="html", style="outlook", cs="windows-1252"))

M("l1-double-inscription-anxieux", ("Hugo Vasseur", "hugo.vasseur@etu.unicaen.fr"), "Je vois des cours qui ne sont pas les miens", "2025-09-26 15:48",
"""Bonjour,

Je me suis réorienté de la licence de Chimie vers la licence d'Informatique il y a deux semaines (changement validé par la scolarité le 15/09). Sur Ecampus je suis toujours inscrit dans les cours de chimie (SCHI101, SCHI103) mais pas dans ceux d'informatique (SINF101, SINF102). J'ai peur d'être considéré absent aux TP et d'avoir 0 aux contrôles continus.

Mon numéro : 25 047 702
Ancienne étape : L1 Chimie, nouvelle : L1 Informatique

Cordialement,
Hugo Vasseur
""", "not_enrolled", "student", codes=[("SCHI101","SCHI101","letters+digits S+3letters+3digits"),("SCHI103","SCHI103","letters+digits S+3letters+3digits"),("SINF101","SINF101","letters+digits S+3letters+3digits"),("SINF102","SINF102","letters+digits S+3letters+3digits")], nums=["25047702"], note="reoriented L1 still in old courses, missing new ones (temporary desync)")

M("l1-cours-inexistant-prison", ("Dylan M.", "dylan.m.caen@laposte.net"), "Cours de français DAEU", "2025-10-13 19:30",
"""Bonjour,

Je suis inscrit au DAEU (le programme de l'université en détention, je suis sorti en septembre et je continue en "milieu ouvert"). Le formateur m'a dit de suivre le module DAP.FR1 Français sur Ecampus mais quand je cherche ce cours il n'existe pas. Je trouve seulement DAP.HG2 (histoire-géo).
Je n'ai pas de numéro étudiant je crois, sur ma carte il y a 24 999 615.

Merci
""", "course_missing", "student", codes=[("DAP.FR1","DAP.FR1","prison DAEU DAP.+2letters+digit"),("DAP.HG2","DAP.HG2","prison DAEU DAP.+2letters+digit")], nums=["24999615"], note="DAEU in prison programme: French module not found")

# ---------- terse M2 x~6
M("m2-terse-pas-inscrit", ("Antoine Chevalier", "antoine.chevalier@etu.unicaen.fr"), "M.2DRP4A", "2025-10-01 07:55",
"""Pas inscrit dans m.2drp4a. 21904455.
AC""", "not_enrolled", "student", codes=[("M.2DRP4A","m.2drp4a","dot M.+year+letters+digit+letter")], nums=["21904455"], note="terse M2 law, lowercase code")

M("m2-terse-cohorte", ("Léa Fournier", "lea.fournier@etu.unicaen.fr"), "Re: [CEMU #48213] cohorte M2", "2025-11-05 12:12",
"""Ok mais la cohorte "M2 Géomatique" n'a toujours que 14 membres sur 22, les 8 inscrits en septembre manquent. Elle est mise à jour quand ?

Léa

Le mar. 4 nov. 2025 à 16:20, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
> les cohortes sont mises à jour chaque nuit à partir de l'inscription administrative (code étape GEOM2).
> Cordialement,
> L'équipe du CEMU
""", "cohort_question", "student", codes=[("GEOM2","GEOM2","geography étape GEO+level")], note="M2 asks why cohort incomplete, reply on ticket")

M("m2-terse-archive", ("Paul Gaillard", "paul.gaillard@etu.unicaen.fr"), "cours archivé ?", "2025-09-15 10:01",
"""Le cours (AGM2-AGR) Agroécologie est passé dans Archives ce matin, plus accessible en dépôt. Mémoire à rendre le 30/09. 
PG 22041187""", "course_moved_renamed", "student", codes=[("AGM2-AGR","AGM2-AGR","agronomy master AGM+year-3letters")], nums=["22041187"], note="terse M2 course archived")

M("m2-terse-dashboard", ("Camille Roy", "camille.roy@etu.unicaen.fr"), "dashboard", "2026-01-12 08:30",
"""Bonjour, mes cours du S4 (AR.T401, AR.P402) ne s'affichent pas dans la vue d'ensemble, filtre sur "En cours". Ceux du S3 oui. Accessibles par lien direct. Normal ?
C. Roy""", "course_not_on_dashboard", "student", codes=[("AR.T401","AR.T401","architecture AR.+letter+3digits"),("AR.P402","AR.P402","architecture AR.+letter+3digits")], note="architecture M student, dashboard filter")

M("m2-terse-groupe-mediation", ("Bastien Hamel", "bhamel@etu.unicaen.fr"), "groupe FOAD", "2026-02-02 21:10",
"""Inscrit à distance (DU médiation) mais placé dans le groupe présentiel DUMED-PRES au lieu de DUMED-FOAD dans DUMED07. 22 0 77 831.""",
"wrong_group", "student", codes=[("DUMED-PRES","DUMED-PRES","mediation DU group"),("DUMED-FOAD","DUMED-FOAD","mediation DU group"),("DUMED07","DUMED07","DU mediation DUMED+2digits")], nums=["22077831"], note="distance DU student in presential group")

# ---------- two enrolments x2
M("double-cursus-droit-histoire", ("Roxane Delamare", "roxane.delamare@etu.unicaen.fr"), "Double licence : la moitié de mes cours manque", "2025-09-25 13:37",
"""Bonjour,

Je suis en double licence Droit-Histoire (deux inscriptions administratives : étape 2DRT1 et étape L2HIST). Sur Ecampus je vois bien mes cours de droit (2DR301 Droit des obligations, 2DR305…) mais aucun cours d'histoire, par exemple HHIS301 « Histoire moderne » n'apparaît pas.

La scolarité d'histoire m'a dit que mon IP était faite. Mon numéro d'étudiant est 24035561 (le même pour les deux).

Bien à vous,
Roxane Delamare
""", "not_enrolled", "student", codes=[("2DRT1","2DRT1","digit-first law étape"),("L2HIST","L2HIST","étape L+year+4letters"),("2DR301","2DR301","digit-first law 2DR+3digits"),("2DR305","2DR305","digit-first law 2DR+3digits"),("HHIS301","HHIS301","letters+digits H+3letters+3digits")], nums=["24035561"], note="double licence, second enrolment courses missing", form=dict(kind="alt", style="tb"))

M("deux-inscriptions-nom-different", ("Adèle Nguyen-Thi", "adele.nguyen@etu.unicaen.fr"), "deux comptes ?", "2025-10-08 17:52",
"""Bonjour,

J'ai deux inscriptions cette année (M1 Agronomie et DU Médiation). Sur Ecampus dans les cours d'agronomie je m'appelle "Adele NGUYEN" et dans le DU je suis "Adèle NGUYEN-THI" avec une autre adresse mail (a.nguyen-thi@...). On dirait que j'ai deux comptes ? Le bon nom c'est Nguyen-Thi.
Numéros : 21907764 (agro) et j'ai aussi reçu un 25950021 pour le DU.

Merci,
Adèle
""", "wrong_name", "student", nums=["21907764","25950021"], note="student with two enrolments appears with two names/accounts")

# ---------- other students
M("etu-merci", ("Chloé Martin", "chloe.martin@etu.unicaen.fr"), "Re: [CEMU #47790] Merci !", "2025-09-29 09:12",
"""Bonjour,

C'est bon, je vois enfin tous mes cours ce matin. Merci beaucoup pour votre réactivité !

Bonne journée,
Chloé

Le ven. 26 sept. 2025 à 15:03, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
> Votre inscription pédagogique a été complétée par la scolarité, vos cours apparaîtront après la synchronisation de cette nuit.
> Cordialement
""", "other", "student", note="thank-you after ticket resolved")

M("etu-quiz-temps", ("Maxime Poulain", "maxime.poulain@etu.unicaen.fr"), "Quiz fermé trop tôt", "2025-11-20 18:25",
"""Bonjour,

Le test de SPHY210 (Thermodynamique) devait durer 45 min mais il s'est fermé au bout de 20 min, toutes mes réponses n'ont pas été enregistrées. J'avais un tiers-temps normalement. Est-ce que c'est un bug ?

Maxime Poulain, 24060078
""", "other", "student", codes=[("SPHY210","SPHY210","letters+digits S+3letters+3digits")], nums=["24060078"], note="quiz time limit / tiers-temps setting", form=dict(cte="b64"))

M("etu-pas-inscrit-ifsi", ("Océane Lair", "oceane.lair@etu.unicaen.fr"), "UE 2.4 pas sur ecampus", "2025-10-15 11:11",
"""Bonjour,

Je suis étudiante infirmière en 2e année. Je n'ai pas accès à l'UE 2.4 (IF3 UE24 - Processus traumatiques) alors que j'ai accès à l'UE 4.4 (IF3UE44). Mes collègues de promo y ont accès. Mon numéro étudiant : 24-05-88-12.
Merci de votre retour.
Océane Lair
IFSI Caen - promo 2024-2027
""", "not_enrolled", "student", codes=[("IF3UE24","IF3 UE24","nursing IF+sem+UE+2digits"),("IF3UE44","IF3UE44","nursing IF+sem+UE+2digits")], nums=["24058812"], note="nursing student missing one UE", form=dict(kind="html", style="outlook", cte="qp"))

M("etu-nom-prenom-usage", ("Sam Lemoine", "sam.lemoine@etu.unicaen.fr"), "Prénom d'usage sur Ecampus", "2025-11-12 14:40",
"""Bonjour,

J'ai fait une demande de prénom d'usage (Sam) auprès de la scolarité en octobre, elle a été acceptée, mais Ecampus affiche toujours mon prénom de naissance dans les forums et les listes de participants. Pouvez-vous le changer ou me dire à qui m'adresser ?

Merci,
Sam Lemoine — 23 05 44 19 — L3 Sociologie
""", "wrong_name", "student", nums=["23054419"], note="first name of usage not propagated")

M("etu-trop-enseignants", ("Julie Vautier", "julie.vautier@etu.unicaen.fr"), "Messages de profs que je ne connais pas", "2025-09-23 10:30",
"""Bonjour,

Dans le cours st1anat (anatomie) il y a 27 enseignants dans la liste des participants et je reçois des annonces de profs qui ne font pas ce cours (ils sont en master je crois). C'est normal ? Ça fait beaucoup de notifications.

Julie, L1 STAPS 25019934
""", "too_many_teachers", "student", codes=[("ST1ANAT","st1anat","STAPS ST+sem+4letters")], nums=["25019934"], note="student notices too many teachers in course")

M("etu-cohorte-question", ("Rayan Haddad", "rayan.haddad@etu.unicaen.fr"), "Question cohorte tutorat", "2025-10-20 16:05",
"""Bonjour,
Je suis tuteur pour les L1 de chimie. La responsable m'a dit que je serai ajouté à une cohorte "Tuteurs L1 SVT-Chimie" pour accéder à l'espace de tutorat, mais rien n'apparaît. Qui crée cette cohorte et est-ce qu'elle se met à jour toute seule ?
Rayan Haddad, L3 Chimie, 22 019 904""", "cohort_question", "student", nums=["22019904"], note="tutor asks about manual cohort")

M("etu-base-donnees-dimanche", ("Pauline Osmont", "pauline.osmont@etu.unicaen.fr"), "Ecampus inaccessible", "2025-10-12 10:02",
"""Bonjour,
Ecampus ne marche pas depuis ce matin, j'ai le message "Erreur de lecture de la base de données" quand j'ouvre le cours IESP-22 (Espagnol). C'est général ?
Merci,
Pauline""", "database_error", "student", codes=[("IESP-22","IESP-22","dash I+3letters-2digits")], note="database read error Sunday", form=dict(cs="iso-8859-1"))

M("etu-cours-introuvable-archi", ("Théo Morin", "theo.morin@etu.unicaen.fr"), "AR.HA104 introuvable", "2025-09-17 13:13",
"""Bonjour,
Le cours d'histoire de l'architecture (code AR.HA1O4 sur ma fiche IP) n'existe pas sur Ecampus : aucun résultat à la recherche. La prof (Mme Quesnel) dit qu'elle ne le voit pas non plus.
Théo Morin - L1 Architecture - 25 07 12 26
""", "course_missing", "student", codes=[("AR.HA104","AR.HA1O4","architecture AR.+letters+3digits")], nums=["25071226"], note="architecture course missing, code with O for 0 in body; subject has correct code")

M("etu-participants-lien", ("Baptiste Leroux", "baptiste.leroux@etu.unicaen.fr"), "Participants", "2025-11-04 12:45",
"""Bonjour, dans le cours JO1DEON je ne trouve plus le bloc "Participants" sur la droite de la page, comment je fais pour voir qui est inscrit ?
Baptiste (L1 journalisme)""", "participants_block_missing", "student", codes=[("JO1DEON","JO1DEON","journalism JO+sem+4letters")], note="participants block gone", form=dict(kind="alt", style="gmail", cte="qp"))

M("etu-cannot-login-vacances", ("Louise Petit", "louise.petit@etu.unicaen.fr"), "Compte bloqué ?", "2026-01-05 11:20",
"""Bonjour,

Je rentre d'un semestre en Erasmus (Espagne) et je n'arrive plus à me connecter à Ecampus : le CAS me met "Ce compte est désactivé". Mon inscription pour le S2 est faite (reçu n° 20260104-8812). Numéro étudiant 22046730.

Merci
Louise
""", "cannot_login", "student", nums=["22046730"], note="back from Erasmus, account disabled; receipt number with date look-alike")
