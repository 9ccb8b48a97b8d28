from lib import *
R = random.Random(31337)
CEMU = "cemu.assistance@unicaen.fr"

def dmg(code, kind):
    if kind == "lower": return code.lower()
    if kind == "nodot": return code.replace(".", "")
    if kind == "nodash": return code.replace("-", "")
    if kind == "space":
        i = next((k for k,ch in enumerate(code) if ch.isdigit() and k>0), 2)
        return code[:i] + " " + code[i:]
    if kind == "O": 
        j = code.rfind("0"); return code[:j] + "O" + code[j+1:] if j >= 0 else code.lower()
    if kind == "under": return code.replace("-", "_").replace(".", "_")
    if kind == "dashdot": return code.replace(".", "-")
    return code

# 061 big secretary table: sciences L2 BIO, several courses and students, html+text alt
begin("061-scol-l2bio-tableau-ip.eml")
courses = [("BIO2-A03","Biologie cellulaire",None),("BIO2-A05","Génétique","lower"),("BIO2-A06","Physiologie animale",None),("CHI2-A01","Chimie organique 1","space"),("BIO2-A08","Écologie","O")]
cl = "\n".join(f"| {C(c, dmg(c,k) if k else c)} | {t} |" for c,t,k in courses)
studs = ["24004418","24004790","23007715","24011053","24012264"]
sl = "\n".join(f"| {N(s)} | {ine} | {nm} |" for s,ine,nm in zip(studs,["0902045566J","1105032231C","2301998812P","0603987411A","1702011123Z"],["BOUVIER Léa","CARPENTIER Tom","DIOP Awa","ESNAULT Jules","FAUVEL Clara"]))
b = f"""Bonjour,

Pour la L2 Sciences de la vie ({C('L2BIO','L2BIO-101')}), les 5 étudiants ci-dessous, passés du parcours Chimie au parcours Biologie le 1er octobre, n'apparaissent dans aucun de ces cours :

| Code | Intitulé |
{cl}

| N° étudiant | INE | Nom Prénom |
{sl}

Leurs IP ont été refaites dans Apogée (y compris les groupes {G('L2BIO-TD1','TD1')} et {G('L2BIO-TD2','TD2')}).

Merci par avance,
Sandrine Hamel
Scolarité UFR des Sciences - Campus 2, bâtiment Sciences 3, bureau S3-112
02 31 56 73 41
"""
mail("Sandrine Hamel <sandrine.hamel@unicaen.fr>", CEMU, "L2 BIO - changement de parcours, étudiants absents des cours", b, date=rdate(R,[(2025,10)]), form="alt", symptom="not_enrolled", role="staff", note="5 students changed parcours, missing from 5 courses; codes damaged in several ways")

# 062 teacher many codes not visible: all hidden? students_cannot_see, list with Moodle names
begin("062-prof-liste-cours-caches-iae.eml")
b = f"""Bonjour,

Aucun de mes étudiants ne voit les cours suivants, alors qu'ils sont inscrits (je les vois dans Participants) :

({C('IFI.205')}) Finance d'entreprise
({C('IFI.206','IFI-206')}) Marchés financiers
({C('IFI.210','IFI.21')}) Évaluation d'entreprise

Merci de votre aide,
Patrick Girard
Professeur associé - IAE Caen
"""
mail("Patrick Girard <patrick.girard@unicaen.fr>", CEMU, "étudiants ne voient pas mes cours", b, date=rdate(R,[(2025,9),(2026,1)]), symptom="students_cannot_see_course", role="staff", note="IAE teacher: students enrolled but cannot see 3 courses (dot→dash, truncated)")

# 063 teacher forward from secretary with attachment name code, teacher_not_enrolled
begin("063-fwd-scol-enseignant-ade.eml")
b = f"""Bonjour,

Voir ci-dessous : M. Dubosq fait les TD de la L1 Droit (groupes {G('1DRO01-TD3','TD3')} et {G('1DRO01-TD4','TD4')}) mais n'est pas inscrit dans l'espace. Planification ADE jointe.

Nathalie Fromont

-----Message d'origine-----
De : Julien Dubosq <julien.dubosq@unicaen.fr>
Envoyé : jeudi 25 septembre 2025 18:40
À : Nathalie Fromont
Objet : Ecampus droit constitutionnel

Bonjour Nathalie, je ne suis toujours pas inscrit dans l'espace de Droit constitutionnel 2 ({C('D1.CON2','D1.CON 2')}), pourrais-tu faire remonter ? Merci, Julien
"""
mail("Nathalie Fromont <nathalie.fromont@unicaen.fr>", CEMU, "TR: Ecampus droit constitutionnel", b, date=datetime.datetime(2025,9,26,9,5,0,tzinfo=PARIS), form="mixed", attach=[(f"planif_ADE_{C('D1.CON2')}_S2.pdf","pdf")], symptom="teacher_not_enrolled", role="staff", note="secretary forwards: TD teacher not enrolled in D1.CON2; code in attachment name")

# 064 group wrong IUT + english? -> french; student no group at all
begin("064-etu-aucun-groupe.eml")
b = f"""Bonjour,
Dans le cours « ({C('MMIR110','MMIR 110')}) Culture numérique » je ne suis dans aucun groupe, donc je ne vois pas les rendus de mon groupe de TP. Les autres étudiants sont dans leurs groupes.
Je suis en BUT MMI 1, groupe {G('MMI1-TP3','TP 3')}.
Merci
Inès - {N('25017739')}
"""
mail("25017739@etu.unicaen.fr", CEMU, "pas de groupe", b, date=rdate(R), symptom="wrong_group", role="student", note="BUT MMI student in no group; group TP 3 of BUT MMI 1")

# 065 cannot login: forgot password + new student
begin("065-etu-premiere-connexion-activation.eml")
b = """Bonjour,
je viens de m'inscrire en DU et je n'ai pas reçu mes identifiants pour activer mon compte numérique, je ne peux donc pas aller sur Ecampus. Mon INE : 0904033215F. Je n'ai pas encore de numéro étudiant sur ma carte.
Merci
Patricia Leroux
06 18 44 27 91
"""
mail("Patricia Leroux <patricia.leroux61@orange.fr>", CEMU, "activation compte", b, date=rdate(R,[(2025,10),(2025,11)]), charset="iso-8859-1", cte="qp", symptom="cannot_login", role="student", note="new DU student cannot log in (no account activated); only INE and phone")

# 066 cas unknown destination with link
begin("066-etu-cas-lien-favori.eml")
b = """Bonjour,
J'ai enregistré Ecampus dans mes favoris mais maintenant quand je clique dessus j'arrive sur une page "Connexion réussie" et "vous voyez cette page car CAS ne connaît pas votre destination finale". Le favori c'est https://cas.unicaen.fr/login?locale=fr
Comment je fais ?
Bonne soirée
Ambre
"""
mail("Ambre Lecoq <ambre.lecoq@etu.unicaen.fr>", CEMU, "Page connexion réussie mais rien", b, date=rdate(R), symptom="cas_unknown_destination", role="student", note="student bookmark points to CAS only")

# 067 too many teachers: start of year tuilage, IUT
begin("067-iut-trop-enseignants-rentree.eml")
b = f"""Bonjour,

Dans mes espaces de BUT1 GEA ({C('GEAR101')}, {C('GEAR102','gear102')}, {C('GEAR103')}) tous les enseignants du département sont inscrits comme enseignants, une quarantaine de personnes, y compris des collègues partis à la retraite. Les étudiants sont perdus dans les messages du forum.

Cordialement
Valérie Jouan
Cheffe de département GEA
"""
mail("Valérie Jouan <valerie.jouan@unicaen.fr>", CEMU, "Enseignants en trop dans les espaces BUT1", b, date=rdate(R,[(2025,9)]), symptom="too_many_teachers", role="staff", note="head of GEA dept: all department teachers enrolled in 3 courses")

# 068 participants block, with version
begin("068-prof-participants-menu.eml")
b = """Bonjour,
Depuis la mise à jour de la plateforme, je ne trouve plus le lien Participants dans mes cours (Firefox 128.3, Windows 11). J'ai cherché dans le menu en haut, rien.
Cordialement
Hélène Vallée
"""
mail("Hélène Vallée <helene.vallee@unicaen.fr>", CEMU, "lien participants disparu", b, date=rdate(R,[(2026,1)]), symptom="participants_block_missing", role="staff", note="teacher can't find Participants link; browser versions are look-alikes")

# 069 composante admin: étape codes list, cohort question
begin("069-admin-sante-cohortes-etapes.eml")
b = f"""Bonjour,

Nous souhaitons ouvrir un espace « Tutorat » commun aux étudiants de :
- {C('2PHA01','2PHA01-101')} (DFGSP2)
- {C('3PHA01','3PHA01 -101')} (DFGSP3)
- {C('2MED01','2MEDO1')} (DFGSM2)

Est-il préférable d'utiliser les cohortes d'étapes ou une inscription manuelle avec durée limitée ? Les cohortes de la version 102 existent-elles aussi ?

Merci,
Cécile Aubry
Pôle formation - UFR Santé
"""
mail("Cécile Aubry <cecile.aubry@unicaen.fr>", CEMU, "Cohortes pour un espace tutorat", b, date=rdate(R,[(2025,9),(2025,10)]), symptom="cohort_question", role="staff", note="santé: which cohorts for a shared space, 3 étapes with versions")

# 070 other: plagiarism tool question
begin("070-prof-compilatio.eml")
b = f"""Bonjour,
Comment activer Compilatio sur un devoir dans mon cours {C('HPSY312')} ? L'option n'apparaît pas dans les paramètres du devoir.
Merci, Anne Pichon
"""
mail("Anne Pichon <anne.pichon@unicaen.fr>", CEMU, "Compilatio", b, date=rdate(R), symptom="other", role="staff", note="teacher asks about Compilatio in an assignment")

# 071 mailing list digest -> other auto
begin("071-auto-liste-digest.eml")
b = """moodle-unicaen Digest, Vol 112, Issue 4

Today's Topics:
   1. Re: Sauvegarde de cours volumineux (Lefebvre Marc)
   2. Atelier H5P du 3 février (CEMU)

----------------------------------------------------------------------
Message: 1
Date: Tue, 27 Jan 2026 10:02:11 +0100
From: Marc Lefebvre
Subject: Re: Sauvegarde de cours volumineux

Il faut passer par la restauration en 2 temps au-delà de 2 Go.
"""
mail("moodle-unicaen-request@listes.unicaen.fr", CEMU, "moodle-unicaen Digest, Vol 112, Issue 4", b, date=datetime.datetime(2026,1,28,6,0,0,tzinfo=PARIS), symptom="other", role="unknown", auto=True, note="mailing list digest", extra_headers={"Precedence":"list","List-Id":"<moodle-unicaen.listes.unicaen.fr>"})

# 072 Erasmus outgoing student wants access (not_enrolled) english
begin("072-erasmus-sortant-acces.eml")
b = f"""Hello,

I'm a UNICAEN student ({N('23006121')}) currently on Erasmus in Tartu for the spring semester, but I still have to pass the exam of {C('HHIS112','HHIS 112')} (Medieval history) in Caen in June as agreed with my coordinator. I am no longer enrolled in the Ecampus course and cannot download the lectures. Could I get access back?

Thank you,
Louise Marchetti
"""
mail("Louise Marchetti <louise.marchetti@etu.unicaen.fr>", CEMU, "Access to course while on Erasmus", b, date=rdate(R,[(2026,2)]), lang="en", symptom="not_enrolled", role="student", note="outgoing Erasmus student lost enrolment in HHIS112")

# 073 teacher: course missing - porteur/porté
begin("073-prof-cours-porte-disparu.eml")
b = f"""Bonjour,

L'espace du cours « ({C('M.1DRI3B','M.1 DRI3B')}) Contentieux international » a disparu, et mes étudiants de M1 aussi. Je crois savoir qu'il a été mutualisé cette année avec ({C('M.2DRI1A')}) du M2. Où est passé mon cours ?

Cordialement,
Éric Lamy
Professeur de droit public
"""
mail("Éric Lamy <eric.lamy@unicaen.fr>", CEMU, "disparition d'un espace de cours", b, date=rdate(R,[(2025,9),(2025,10)]), symptom="course_missing", role="staff", note="course disappeared after mutualisation (porteur/porté)")

# 074 student caps+sms wrong group STAPS? -> dashboard
begin("074-etu-sms-tdb.eml")
b = f"""slt jvois plus le cours de biomeca sur mon tableau de bord alors ke g tjr acces par le lien ??? cest {C('YST31A','yst31a')}
"""
mail("Enzo <enzo.lhomme@etu.unicaen.fr>", CEMU, "tableau de bord bug", b, date=rdate(R), symptom="course_not_on_dashboard", role="student", note="sms-style student: course gone from dashboard but reachable")

# 075 HTML-only Outlook, teacher students cannot see, groups listed
begin("075-outlook-html-prof-ecc.eml")
cid = I(49870)
hb = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="FR"><div class="WordSection1"><p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal">Les &eacute;tudiants du groupe {G('L1INF-TP3','TP3')} de L1 info ne voient pas mon cours <b>({C('INF1-A02')}) Introduction &agrave; la programmation</b>, les autres groupes si.<o:p></o:p></p>
<p class="MsoNormal">Lien&nbsp;: <a href="https://ecampus.unicaen.fr/course/view.php?id={cid}">https://ecampus.unicaen.fr/course/view.php?id={cid}</a><o:p></o:p></p>
<p class="MsoNormal">J&#8217;ai mis une restriction d&#8217;acc&egrave;s par groupe sur les sections, peut-&ecirc;tre est-ce l&agrave; le probl&egrave;me&nbsp;?<o:p></o:p></p>
<p class="MsoNormal">Bien cordialement,<o:p></o:p></p><p class="MsoNormal">St&eacute;phane Bréard<br>MCF Informatique &#8211; GREYC<br>Campus 2, S3-318 &#8211; 02 31 56 74 88</p></div></body></html>"""
mail("Stéphane Bréard <stephane.breard@unicaen.fr>", CEMU, "Groupe TP3 ne voit pas le cours", "", html_body=hb, date=rdate(R), form="html", charset="windows-1252", cte="qp", symptom="students_cannot_see_course", role="staff", note="one group cannot see course (access restriction); html only")

# 076 wrong_name: DSI asks, staff account
begin("076-prof-prenom-accent.eml")
b = """Bonjour,

Mon prénom apparaît « Francois » sans cédille et mon nom en majuscules « LE BRIS » dans Ecampus, alors que dans l'annuaire c'est bien « François Le Bris ». Est-ce modifiable ?

François Le Bris
Bibliothécaire - BU Sciences, poste 5612
"""
mail("François Le Bris <francois.lebris@unicaen.fr>", CEMU, "Prénom sans cédille", b, date=rdate(R), charset="iso-8859-1", cte="8bit", symptom="wrong_name", role="staff", note="staff first name without cedilla")

# 077 course moved to other category by composante restructuring
begin("077-staps-cours-deplace-categorie.eml")
b = f"""Bonjour,

Depuis lundi, mon espace ({C('YST14A','YST14 A')}) Anatomie n'est plus dans la catégorie STAPS > L1 mais dans « Archives 2024-2025 », et il porte un nouveau nom. Un nouvel espace vide ({C('YST14B')}) Anatomie fonctionnelle est apparu. Dois-je copier mon contenu ?

Bertrand Osmont
"""
mail("Bertrand Osmont <bertrand.osmont@unicaen.fr>", CEMU, "Mon cours a changé de catégorie", b, date=rdate(R,[(2025,9)]), symptom="course_moved_renamed", role="staff", note="code changed: old space archived, new empty space created")

# 078 not_enrolled - télé-enseignement (distance) student
begin("078-etu-distance-non-inscrite.eml")
b = f"""Bonjour,

Je suis inscrite en L3 Psychologie à distance (télé-enseignement) et je n'ai accès à aucun cours sur Ecampus, alors que ma scolarité me dit que mon inscription pédagogique est faite (UE {C('HPSY305')}, {C('HPSY306','HPSY3O6')}, {C('HPSY309')}...). Je travaille à temps plein et je dois suivre les cours à distance.

Numéro étudiant : {N('22016604')}

Merci d'avance,
Sabrina Queruel
"""
mail("Sabrina Queruel <sabrina.queruel@etu.unicaen.fr>", CEMU, "Aucun accès aux cours - enseignement à distance", b, date=rdate(R,[(2025,10)]), symptom="not_enrolled", role="student", note="distance student not enrolled in any course")

# 079 other: product/printer ref, not ecampus
begin("079-autre-imprimante.eml")
b = """Bonjour,

L'imprimante du bureau F-012 (HP LaserJet Pro M404dn, n° inventaire UCN-2019-08812) n'imprime plus depuis ce matin. Est-ce bien vous qu'il faut contacter ?

Christelle Bazin
Secrétariat GEA - 02 31 56 70 93
"""
mail("Christelle Bazin <christelle.bazin@unicaen.fr>", CEMU, "Imprimante en panne", b, date=rdate(R), symptom="other", role="staff", note="printer problem, product refs look-alikes")

# 080 teacher not enrolled: pseudo group ELP case, santé
begin("080-sante-enseignant-non-inscrit-od.eml")
b = f"""Bonjour,

Je suis responsable de l'UE {C('OD3-UE09','OD3 UE09')} (Odontologie conservatrice, DFGSO3), et je ne suis plus inscrit comme enseignant depuis qu'un groupe de TP a été créé dans Apogée début novembre. Les séances sont pourtant planifiées dans ADE.

Dr Yann Corbin
UFR Santé - Département d'odontologie
"""
mail("Yann Corbin <yann.corbin@unicaen.fr>", CEMU, "Plus inscrit comme enseignant", b, date=rdate(R,[(2025,11)]), symptom="teacher_not_enrolled", role="staff", note="teacher lost enrolment after a group was created in Apogée")
