MAILS = []
UNKNOWN = ["HLAN209", "SBIO1T09", "DJ2-PEN4", "LE3-ESP7", "IRAN-22", "M.1GEO2B", "M.1HIS4A", "24ECO210"]
IPH = "\n\nEnvoyé de mon iPhone"
AND = "\n\nEnvoyé depuis mon Samsung Galaxy"
def M(fn, role, sym, frm, subj, date, form, body, **kw):
    d = dict(fn=fn, role=role, sym=sym, frm=frm, subj=subj, date=date, form=form, body=body)
    d.update(kw); MAILS.append(d)

# ---------------- students ----------------
M("001-l1-pas-inscrit-stat.eml","student","not_enrolled",("Lina Berthou","lina.berthou@etu.unicaen.fr"),
 "pas inscrite","2025-09-16 23:41","plain",
 "bjr\njsuis pas inscrite ds le cours de stat (smat1a02) alors que g cours demain 8h en amphi Pierre Daure\nmon num etudiant c 25012873\nmerci bcp"+IPH,
 codes=["SMAT1A02"],written=["smat1a02"],nums=["25012873"],schemes=["sci-S+3L+sem+L+2D"],note="L1 SMS style, not enrolled in stats course")
M("002-erasmus-cannot-see.eml","student","not_enrolled",("Marta Kowalczyk","marta.kowalczyk@gmail.com"),
 "Erasmus student - no access to my courses","2025-09-22 10:05","alt",
 "Hello,\n\nI am an Erasmus student from Wroclaw (incoming, semester 1). My learning agreement includes HHIS103 and HGEO205 but when I log in to Ecampus I see no course at all, only the Dashboard.\nMy student number is 25040117 and my INE is 0925040117M? (not sure which one you need).\nI live in the residence Lebisey, bus line 2, if that matters :)\n\nThank you in advance,\nMarta",
 codes=["HHIS103","HGEO205"],written=["HHIS103","HGEO205"],nums=["25040117"],lang="en",schemes=["hum-4L3D"],note="incoming Erasmus not enrolled in any course")
M("003-caps-connexion.eml","student","cannot_login",("","23017744@etu.unicaen.fr"),
 "JARRIVE PAS A ME CONNECTER","2025-09-08 07:52","plain",
 "BONJOUR\nJE N ARRIVE PAS A ME CONNECTER A ECAMPUS DEPUIS CE MATIN CA ME DIT IDENTIFIANT OU MOT DE PASSE INCORRECT ALORS QUE JE MET LE BON. J AI UN TP A RENDRE POUR 14H30.\nMON TEL 06 72 18 44 09\nMERCI",
 nums=["23017744"],note="all caps student cannot log in")
M("004-ticket-reply-toujours-pas.eml","student","not_enrolled",("Yanis Haddad","yanis.haddad@etu.unicaen.fr"),
 "RE: [CEMU #48213] pas inscrit droit civil","2025-10-02 18:20","plain",
 "Toujours rien ce soir, je ne vois pas le cours DJ1CIV2 dans mes cours. La scolarité m'a dit que l'IP était faite le 29/09.\nN° étudiant 24031590\n\nLe mar. 30 sept. 2025 à 09:14, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :\n> Bonjour,\n> pouvez-vous nous indiquer votre numéro étudiant et le code du cours ?\n> Cordialement\n>\n> Le 29/09/2025, Yanis Haddad a écrit :\n>> je suis pas inscrit en droit civil L1",
 codes=["DJ1-CIV2"],written=["DJ1CIV2"],nums=["24031590"],schemes=["law-DJ+year-dash"],note="ticket reply, still not enrolled in civil law")
M("005-moodle-name-pasted.eml","student","course_not_on_dashboard",("Chloé Lemarchand","chloe.lemarchand@etu.unicaen.fr"),
 "cours qui apparait pas","2025-09-25 12:33","qp",
 "Bonjour,\n\nLe cours « (HLAN201) Anglais S2 - Compréhension écrite » n'apparaît plus sur mon tableau de bord depuis hier, alors que je l'avais encore lundi. Je ne sais pas si j'ai cliqué sur un truc.\nJe suis en L1 histoire, numéro 25007310.\n\nMerci d'avance,\nChloé",
 codes=["HLAN201"],written=["HLAN201"],nums=["25007310"],schemes=["hum-4L3D"],note="course vanished from dashboard, Moodle name pasted")
M("006-iphone-cas.eml","student","cas_unknown_destination",("Baptiste R.","baptiste.rousseau14@hotmail.fr"),
 "Ecampus","2025-09-10 08:03","plain",
 "Bonjour quand je me connecte ça me met connexion réussie bienvenue 24055218 mais CAS ne connait pas votre destination finale et après je reste bloqué sur la page. J'ai tapé ecampus unicaen dans google."+IPH,
 nums=["24055218"],note="CAS destination unknown after google search")
M("007-fwd-phone-ade.eml","student","not_enrolled",("Inès Moreau","ines.moreau@etu.unicaen.fr"),
 "Fwd: emploi du temps","2025-09-19 13:47","plain",
 "Bonjour, je vous transfère mon emploi du temps, le cours du jeudi n'est pas dans ecampus pour moi\n\n---------- Message transféré ---------\nDe : ADE Planning <ne-pas-repondre@unicaen.fr>\nDate : jeu. 18 sept. 2025 à 06:00\nObjet : Votre emploi du temps\n\nJeu 18/09 10h15-12h15  S1 SBIO1T05 - Biologie cellulaire CM  Amphi Sc.B  \nJeu 18/09 14h00-16h00  SCHI1A04 Chimie générale TD  salle S3-108\n\n(n° étudiant 25019964)"+AND,
 codes=["SBIO1T05"],written=["SBIO1T05"],nums=["25019964"],schemes=["sci-S+3L+sem+L+2D"],note="forwarded ADE timetable, not enrolled in biology CM (chemistry cited as context)")
MAILS[-1]["codes"]=["SBIO1T05","SCHI1A04"]; MAILS[-1]["written"]=["SBIO1T05","SCHI1A04"]
M("008-m2-terse-group.eml","student","wrong_group",("Paul Verdier","paul.verdier@etu.unicaen.fr"),
 "groupe","2025-10-06 09:01","plain",
 "Bonjour,\nM2, mis dans le groupe M.2SOC3A EM au lieu de TD dans le cours M.2SOC3A. n° 21004478.\nPV",
 codes=["M.2SOC3A"],written=["M.2SOC3A"],nums=["21004478"],schemes=["dotted-M.+year"],note="M2 terse wrong group")
M("009-l1-anxious-nothing.eml","student","not_enrolled",("Manon Duval","manon.duval3@etu.unicaen.fr"),
 "Aide svp je n'ai aucun cours","2025-09-05 22:58","b64",
 "Bonsoir,\n\nJe suis désolée de vous déranger, je suis en première année de psycho (L3PSY non c'est pas ça, je crois que c'est L1) et je n'ai AUCUN cours sur ecampus, mon tableau de bord est vide. Tous les autres de mon groupe de TD ont les cours. J'ai peur de rater les QCM, la prof a dit que le premier était le 12/09.\nJ'ai payé mon inscription (commande n° 2025-448190) et j'ai ma carte.\nMon numéro étudiant : 25033412\n\nMerci beaucoup, vraiment\nManon",
 nums=["25033412"],note="anxious L1 with no course at all; étape cited wrongly then retracted")
MAILS[-1]["codes"]=["L3PSY"]; MAILS[-1]["written"]=["L3PSY"]; MAILS[-1]["schemes"]=["etape-L/M+year+3L"]
M("010-sms-mauvais-nom.eml","student","wrong_name",("","22008131@etu.unicaen.fr"),
 "mon nom","2025-10-14 16:40","plain",
 "slt sur ecampus mon nom c ecrit LEFEVRE Mathis alors que c LEFEBVRE avec un B. on peut changer ? merci",
 nums=["22008131"],note="misspelled surname in Ecampus")
M("011-win1252-participants.eml","student","participants_block_missing",("Élodie Caron","elodie.caron@etu.unicaen.fr"),
 "Liste des participants introuvable","2025-10-01 11:12","cp1252",
 "Bonjour,\n\nDans le cours ST1AP04 (STAPS L1) je ne trouve plus le bloc « Participants » à droite, c’était pratique pour trouver les mails des autres pour le projet de groupe. Où est-il passé ?\n\nCordialement,\nÉlodie Caron – L1 STAPS",
 codes=["ST1.AP04"],written=["ST1AP04"],schemes=["staps-ST+year-dot"],note="participants block missing, windows-1252")
M("012-erasmus-en-cas.eml","student","cas_unknown_destination",("Lucas Ferreira","lucas.ferreira@etu.unicaen.fr"),
 "Login issue - CAS page","2025-09-12 19:30","plain",
 "Hi,\nAfter I type my login on cas.unicaen.fr I get \"Log In Successful\" / \"CAS does not know your final destination\" and nothing else happens. I'm an exchange student from Porto. Tried on eduroam and on my 4G.\nThanks\nLucas",
 lang="en",note="Erasmus, CAS unknown destination")
M("013-dashboard-filtre.eml","student","course_not_on_dashboard",("Hugo Lebrun","hugo.lebrun@etu.unicaen.fr"),
 "Re: [CEMU #48877] cours introuvable","2025-10-09 08:44","plain",
 "Bonjour,\nJ'ai bien regardé le filtre \"en cours\" comme vous dites, mais le cours de droit pénal DJ2.PEN1 n'y est toujours pas, ni dans \"tout\". Par contre je le trouve si je cherche dans la barre de recherche.\nHugo, 24029671\n\n> Bonjour, avez-vous vérifié le filtre du bloc Vue d'ensemble des cours ?",
 codes=["DJ2-PEN1"],written=["DJ2.PEN1"],nums=["24029671"],schemes=["law-DJ+year-dash"],note="ticket reply, course not on dashboard despite filter")
M("014-html-webmail-missing.eml","student","course_missing",("Sarah Benali","sarah.benali@etu.unicaen.fr"),
 "Cours de marketing inexistant ?","2025-09-29 14:02","html",
 "Bonjour,\n\nJe suis en L2 éco-gestion (L2ECO) et on m'a dit d'aller sur le cours 25-MKT101 \"Marketing fondamental\" mais quand je le cherche sur Ecampus il n'existe pas, aucun résultat.\nLe prof (M. Dubreuil) dit que c'est normal qu'on le voit pas encore ?\n\nSarah B.\n25002218",
 codes=["L2ECO","25MKT101"],written=["L2ECO","25-MKT101"],nums=["25002218"],schemes=["etape-L/M+year+3L","iae-year-prefixed"],note="course not found on Ecampus")
M("015-glued-code.eml","student","not_enrolled",("Théo Marie","theo.marie@etu.unicaen.fr"),
 "pas acces au cours LE3ESP2civilisation","2025-09-30 17:05","plain",
 "bonjour je n'ai pas accès au cours LE3ESP2civilisation espagnole, ca me dit que je ne peux pas m'inscrire moi meme. je suis en LEA 3e année. numero etudiant 23015587.\nmerci",
 codes=["LE3-ESP2"],written=["LE3ESP2"],nums=["23015587"],schemes=["lea-LE+year-dash"],note="code glued to word, not enrolled")
M("016-password-orange.eml","student","cannot_login",("Kevin","kevin.lp14@orange.fr"),
 "mot de passe","2025-09-03 10:10","latin1",
 "Bonjour,\nJe n'ai jamais réussi à me connecter à ecampus, je n'ai pas reçu mon mot de passe pour le compte numérique. J'habite 14000 Caen, je suis inscrit en BUT GEA 1ère année (BGEA1).\nN° étudiant : 25048102\nKevin Le Pape",
 codes=["BGEA1"],written=["BGEA1"],nums=["25048102"],schemes=["etape-BUT-B+3L+year"],note="never received password, ISO-8859-1")
M("017-db-error-sunday.eml","student","database_error",("Amandine Roy","amandine.roy@etu.unicaen.fr"),
 "site en panne ?","2025-11-16 09:37","plain",
 "Bonjour, ecampus affiche \"Error: Database connection failed\" depuis 9h15, j'ai un devoir à rendre pour ce soir minuit. Est ce que ce sera prolongé ?"+IPH,
 note="database error Sunday morning")
M("018-o-for-zero.eml","student","not_enrolled",("","24061120@etu.unicaen.fr"),
 "inscription cours SINF3B07","2025-09-18 15:15","plain",
 "Bonjour\nje suis en L3 info et je suis pas inscrit dans SINF3BO7 (programmation fonctionnelle), le TP est en salle S3-045 vendredi à 13h30. Mes potes y sont.\nmerci",
 codes=["SINF3B07"],written=["SINF3B07","SINF3BO7"],nums=["24061120"],schemes=["sci-S+3L+sem+L+2D"],note="O for 0 in body, correct code in subject")
M("019-wrong-group-cemu.eml","student","wrong_group",("Nadia Ouali","nadia.ouali@etu.unicaen.fr"),
 "Je suis à distance mais mise en groupe présentiel","2025-10-13 20:48","qp",
 "Bonjour,\n\nJe suis inscrite en enseignement à distance (salariée, je travaille à Lisieux) pour le cours IRAN-15 mais sur Ecampus je suis dans le groupe \"ELP IRAN-15 CM\" et pas dans le groupe CEMU, donc je n'ai pas accès aux classes virtuelles du mardi 18h.\nN° étudiant : 21609846\n\nBien cordialement,\nNadia Ouali",
 codes=["IRAN-15"],written=["IRAN-15"],nums=["21609846"],schemes=["letters-dash-digits"],note="distance student in presential pseudo-group")
M("020-en-name.eml","student","wrong_name",("Jiwoo Park","jiwoo.park@etu.unicaen.fr"),
 "Wrong name displayed","2025-09-26 09:55","plain",
 "Dear support,\nOn Ecampus my first name and last name are inverted (it shows \"Jiwoo PARK\" as first name \"Park\" and name \"JIWOO\"). My classmates are confused in the forum. Can you fix it?\nStudent ID 25044561\nBest regards,\nJiwoo",
 nums=["25044561"],lang="en",note="name inverted, English")
M("021-semester-prefix.eml","student","not_enrolled",("Léa Fontaine","lea.fontaine@etu.unicaen.fr"),
 "S1-HHIS103 pas dans mes cours","2025-09-24 11:20","plain",
 "Bonjour,\nJe ne suis pas inscrite dans S1-HHIS103 (histoire médiévale). Sur mon contrat pédagogique (IP) il y a bien la ligne HHIS103 Histoire médiévale 1 - 5 ECTS.\nMerci\nLéa Fontaine 25010034",
 codes=["HHIS103"],written=["S1-HHIS103","HHIS103"],nums=["25010034"],schemes=["hum-4L3D"],note="semester-prefixed code, IP cited")
M("022-tout-casse-apres-maj.eml","student","database_error",("Rayan","rayan.b@etu.unicaen.fr"),
 "erreur de lecture base de donnees","2025-10-20 21:05","plain",
 "quand jouvre un quiz ca marque \"Erreur de lecture de la base de données\" et ca me vire. jai essayé sur chrome version 129.0.6668 et firefox. le quiz ferme a 23h59",
 note="database read error when opening a quiz")
M("023-phone-typed-group.eml","student","wrong_group",("Clara Petit","clara.petit@etu.unicaen.fr"),
 "Mauvais groupe td","2025-10-03 07:31","plain",
 "Bonjour je suis en td3 de droit penal (DJ2-PEN1) depuis la rentrée mais sur ecampus je suis dans le td1 du coup je vois pas les documents de ma chargée de td. Num 24018805. Bonne journée"+AND,
 codes=["DJ2-PEN1","DJ2PENTD1","DJ2PENTD3"],written=["DJ2-PEN1","td1","td3"],nums=["24018805"],schemes=["law-DJ+year-dash","group-element+TDn"],note="placed in TD1 instead of TD3")
M("024-no-email-profile.eml","student","cannot_login",("Giulia Romano","giulia.romano@libero.it"),
 "Blocked on profile page","2025-09-15 16:16","plain",
 "Hello, at my first login Ecampus takes me to 'Modifier le profil' and says 'Adresse de courriel' is required, but the field is grey and I cannot type. I'm a guest student (programme Erasmus+ Accueil S1). I cannot go further.\nGiulia",
 lang="en",note="stuck on profile page at first login, English")
M("025-archive.eml","student","course_moved_renamed",("Maxime Girard","maxime.girard@etu.unicaen.fr"),
 "cours dans archives","2025-09-17 10:49","plain",
 "Bonjour,\nle cours de M1 géographie M.1GEO2B est maintenant dans une catégorie \"Archives\" et s'appelle autrement. Je dois encore récupérer mes notes de l'an dernier dessus, c'est possible ?\nMaxime 23002547",
 codes=["M.1GEO2B"],written=["M.1GEO2B"],nums=["23002547"],schemes=["dotted-M.+year"],note="course moved to Archives")
M("026-half-remembered.eml","student","not_enrolled",("Sofiane Amrani","sofiane.amrani@etu.unicaen.fr"),
 "Cours management","2025-10-07 13:13","plain",
 "Bonjour,\n\nJe ne suis pas inscrit dans le cours de management, le code c'est un truc comme MGT305 (je crois qu'il y a 24 devant). Je suis en 3e année de licence gestion.\nMon n° : 23040091, INE 0903040091K.\n\nMerci",
 codes=["24MGT305"],written=["MGT305"],nums=["23040091"],schemes=["iae-year-prefixed"],note="half-remembered year-prefixed code, INE look-alike")
M("027-caps-dashboard.eml","student","course_not_on_dashboard",("","25020871@etu.unicaen.fr"),
 "COURS DISPARU","2025-11-04 18:00","plain",
 "BONSOIR LE COURS X3 AUTO05 A DISPARU DE MON TABLEAU DE BORD ALORS QUE J Y ETAIS HIER, J AI LE PARTIEL LE 18/11 A 8H. MERCI DE REGLER CA VITE",
 codes=["X3AUTO05"],written=["X3 AUTO05"],schemes=["esix-X+year+4L+2D"],note="all caps, course gone from dashboard")
M("028-erasmus-outgoing.eml","student","not_enrolled",("Emma Lecoq","emma.lecoq@etu.unicaen.fr"),
 "Plus accès aux cours depuis mon départ en Erasmus","2025-10-11 12:02","plain",
 "Bonjour,\nJe suis partie en Erasmus à Valence (Espagne) pour le S1 seulement mais je n'ai plus accès à aucun cours sur Ecampus, y compris LE2 ALL3 que je dois valider à distance avec Mme Hertz. Est-ce normal ?\nN° étudiant 23011420\nMerci\nEmma",
 codes=["LE2-ALL3"],written=["LE2 ALL3"],nums=["23011420"],schemes=["lea-LE+year-dash"],note="outgoing Erasmus lost access")
M("029-spaced-code.eml","student","not_enrolled",("Nathan Colin","nathan.colin@etu.unicaen.fr"),
 "inscription 1 CA 153","2025-09-23 09:26","plain",
 "Bonjour,\nEtudiant en M1 MEEF 1er degré, je ne suis pas inscrit à l'UE 1 CA 153 \"Analyse du contexte\". Cours le mercredi 14h30 site de Saint-Lô (50000).\nNathan Colin\n22011987",
 codes=["1CA153"],written=["1 CA 153"],nums=["22011987"],schemes=["inspe-digit-first"],note="spaced digit-first code")
M("030-thanks.eml","student","other",("Léa Fontaine","lea.fontaine@etu.unicaen.fr"),
 "Re: [CEMU #49102] S1-HHIS103 pas dans mes cours","2025-09-26 08:10","plain",
 "Merci beaucoup, ça marche maintenant !!\nBonne journée\n\n> Bonjour, votre inscription est désormais effective.",
 codes=["HHIS103"],written=["S1-HHIS103"],schemes=["hum-4L3D"],note="thank-you reply, code in subject only")
M("031-exam-date.eml","student","other",("Ahmed Saidi","ahmed.saidi@etu.unicaen.fr"),
 "date examen","2025-12-08 14:44","plain",
 "Bonjour, c'est quand l'examen de sphy2c11 ? Sur ADE c'est marqué 06/01 mais le prof a dit le 08/01. Merci",
 codes=["SPHY2C11"],written=["sphy2c11"],schemes=["sci-S+3L+sem+L+2D"],note="exam date question, not Ecampus")
M("032-html-quiz.eml","student","other",("Camille Henry","camille.henry@etu.unicaen.fr"),
 "Quiz fermé trop tôt","2025-11-21 23:58","html",
 "Bonjour,\n\nLe test du cours 24FIN21O s'est fermé à 23h30 alors que c'était marqué 23h59, je n'ai pas pu valider ma dernière question. Est-ce que mon essai compte ?\n\nCamille Henry\nL2 gestion – 24008166",
 codes=["24FIN210"],written=["24FIN21O"],nums=["24008166"],schemes=["iae-year-prefixed"],note="quiz closed early")
M("033-url-course.eml","student","not_enrolled",("Julie Marchand","julie.marchand@etu.unicaen.fr"),
 "Accès refusé au cours","2025-09-27 10:12","alt",
 "Bonjour,\nQuand je clique sur le lien https://ecampus.unicaen.fr/course/view.php?id=53120 que le prof nous a envoyé, ça me dit \"Vous ne pouvez pas vous inscrire vous-même dans ce cours\". C'est le cours HLET110 (littérature comparée).\nJulie - 25026603",
 codes=["HLET110"],written=["HLET110"],nums=["25026603"],ids=[53120],schemes=["hum-4L3D"],note="cannot self-enrol, course link")
M("034-ma-tante-phone.eml","student","cannot_login",("Mohamed Diallo","diallo.mohamed225@gmail.com"),
 "urgent connection","2025-09-09 06:55","plain",
 "bonjour madame monsieur\nje suis etudiant L1 SVT et je nai pas pu me connecter ecampus mon compte dit bloqué apres 3 essais. mon numero 25051774 et mon telephone +33 7 53 21 90 04\nmerci de m aider",
 nums=["25051774"],note="account locked after 3 attempts")
M("035-participants-en.eml","student","participants_block_missing",("Anna Schmidt","anna.schmidt@etu.unicaen.fr"),
 "Where is the participants list?","2025-10-08 15:38","plain",
 "Hi, in the course \"(IALL-08) German for Erasmus\" there used to be a Participants box on the right. Now it's gone and I need to contact my tandem partner. Where can I find it?\nThanks, Anna",
 codes=["IALL-08"],written=["IALL-08"],lang="en",schemes=["letters-dash-digits"],note="participants block missing, Moodle name pasted")
M("036-cohorte-student.eml","student","cohort_question",("Romain Legrand","romain.legrand@etu.unicaen.fr"),
 "cohorte","2025-10-15 10:00","plain",
 "Bonjour, mon tuteur m'a dit que je ne suis pas dans la \"cohorte L2 HIS\" sur Ecampus et que c'est pour ça que je ne vois pas l'espace \"Vie de la promo\". C'est quoi une cohorte et comment on rentre dedans ? Je suis bien inscrit en L2 HIS.\n24012214",
 codes=["L2HIS"],written=["L2 HIS"],nums=["24012214"],schemes=["etape-L/M+year+3L"],note="student asks about cohort membership")
M("037-typo-unknown.eml","student","course_missing",("Pauline Roger","pauline.roger@etu.unicaen.fr"),
 "cours HLAN209 introuvable","2025-09-21 19:19","plain",
 "Bonsoir,\nSur mon contrat d'études il y a HLAN209 Anglais de spécialité mais ce cours n'existe pas sur ecampus. J'ai cherché partout.\nPauline 24005590",
 codes=["HLAN209"],written=["HLAN209"],nums=["24005590"],schemes=["hum-4L3D"],note="unknown code (mistyped on contract), course missing")
M("038-sms-vocal.eml","student","not_enrolled",("","25013346@etu.unicaen.fr"),
 "jsuis pas inscrit","2025-09-15 12:12","plain",
 "jsuis pas inscrit ds le cours de stat de ST1 alors ke jsuis en staps L1 (L1STA) !!! g le cours ds 1h en salle C-0.12 :( #galere",
 codes=["L1STA"],written=["L1STA"],schemes=["etape-L/M+year+3L"],note="SMS style, étape only, hashtag")
M("039-unicode-quoted-fwd.eml","student","not_enrolled",("Oscar Lemoine","oscar.lemoine@etu.unicaen.fr"),
 "TR: cours de chimie","2025-10-16 09:09","plain",
 "Bonjour, la prof m'a dit de vous écrire directement.\n\nDe : Hélène Brisset <helene.brisset@unicaen.fr>\nEnvoyé : mercredi 15 octobre 2025 17:22\nÀ : Oscar Lemoine <oscar.lemoine@etu.unicaen.fr>\nObjet : RE: cours de chimie\n\nBonjour Oscar,\nJe ne peux rien faire de mon côté, écrivez au CEMU (cemu.assistance@unicaen.fr) avec votre numéro étudiant et le code SCHI1A04.\nH. Brisset\n\n-----Message d'origine-----\nje ne suis pas sur le cours de chimie madame\n\nOscar 25030398",
 codes=["SCHI1A04"],written=["SCHI1A04"],nums=["25030398"],schemes=["sci-S+3L+sem+L+2D"],note="forwarded Outlook thread, not enrolled")
M("040-dash-moved.eml","student","not_enrolled",("Ines Baptiste","ines.baptiste@etu.unicaen.fr"),
 "Pas inscrite - IRAN15","2025-11-03 14:27","plain",
 "Bonjour,\nJe suis en FOAD et je ne suis pas inscrite au module IRAN15 (ni IRAN-23 d'ailleurs). Mon IA est en télé-enseignement.\nN° 20114732\nCordialement",
 codes=["IRAN-15","IRAN-23"],written=["IRAN15","IRAN-23"],nums=["20114732"],schemes=["letters-dash-digits"],note="distance student not enrolled, dash missing")
M("041-mdp-expire.eml","student","cannot_login",("Jade Lambert","jade.lambert@etu.unicaen.fr"),
 "Impossible de me connecter","2025-11-12 07:40","latin1",
 "Bonjour,\n\nDepuis que j'ai changé mon mot de passe sur l'ENT hier soir vers 22h, je ne peux plus me connecter à Ecampus (le CAS me redemande sans arrêt). J'ai vidé le cache, essayé sur le Wi-Fi UNICAEN-Invite et chez moi.\nNuméro étudiant : 24027756\nTél : 06 11 47 82 30\n\nJade Lambert\nL2 Géographie",
 nums=["24027756"],note="cannot log in after password change, Wi-Fi name look-alike")
M("042-forwarded-from-phone-login.eml","student","cannot_login",("Enzo Garnier","enzo.garnier@etu.unicaen.fr"),
 "Fwd: Identifiant","2025-09-04 18:33","plain",
 "\n\nEnvoyé de mon iPhone\n\nDébut du message réexpédié :\n\n> De: Enzo Garnier <enzo.garnier@gmail.com>\n> Date: 4 septembre 2025 à 18:30:12 UTC+2\n> À: enzo.garnier@etu.unicaen.fr\n> Objet: Identifiant\n>\n> jarrive pas a me connecter a ecampus on me dit compte inconnu\n> num 25060012 INE 110512345AB",
 nums=["25060012"],note="forwarded from phone, account unknown, INE look-alike")
M("043-cas-bookmark.eml","student","cas_unknown_destination",("Louise Perrin","louise.perrin@etu.unicaen.fr"),
 "Page CAS bloquée","2025-10-05 21:14","qp",
 "Bonjour,\nJ'ai mis en favori la page de connexion https://cas.unicaen.fr/login et maintenant après m'être connectée j'arrive sur \"Connexion réussie\" et rien d'autre, pas d'ecampus. Avant ça marchait.\nLouise (L1 LEA, 25014480)",
 nums=["25014480"],note="CAS bookmark, no destination")
M("044-cas-sms.eml","student","cas_unknown_destination",("","24044329@etu.unicaen.fr"),
 "cas","2025-09-11 10:01","plain",
 "bjr ca me dit cas ne connait pas ma destination finale c koi ??",
 note="CAS unknown destination, SMS style")
M("045-pagination.eml","student","course_not_on_dashboard",("Marius Blanc","marius.blanc@etu.unicaen.fr"),
 "Il manque des cours","2025-10-10 13:58","plain",
 "Bonjour,\nSur mon tableau de bord je vois 12 cours mais il manque SMAT1A02 et SPHY2-C11. Mes amis les voient. J'ai l'app Moodle version 4.4.1 sur Android.\nMarius 25029015",
 codes=["SMAT1A02","SPHY2C11"],written=["SMAT1A02","SPHY2-C11"],nums=["25029015"],schemes=["sci-S+3L+sem+L+2D"],note="two courses missing from dashboard")
M("046-lowercase-dash.eml","student","course_not_on_dashboard",("Zoé Mercier","zoe.mercier@etu.unicaen.fr"),
 "cours le1-ang1 plus sur l'accueil","2025-10-22 16:30","plain",
 "bonjour, le cours le1-ang1 n'est plus sur mon accueil, mais j'y ai accès quand la prof envoie le lien (id=61877). pourquoi ?\nzoé",
 codes=["LE1-ANG1"],written=["le1-ang1"],ids=[61877],schemes=["lea-LE+year-dash"],note="lowercase code, course not on dashboard, id in words")
M("047-en-dashboard.eml","student","course_not_on_dashboard",("Mehmet Yilmaz","mehmet.yilmaz@etu.unicaen.fr"),
 "Course not showing on my dashboard","2025-10-02 08:15","html",
 "Dear Ecampus team,\n\nI am an exchange student (Erasmus+ from Ankara). My course X4INFO12 \"Distributed systems\" is not on my dashboard. I can find it through the timetable link but not on the main page. My student number is 25041876.\n\nKind regards,\nMehmet Yilmaz",
 codes=["X4INFO12"],written=["X4INFO12"],nums=["25041876"],lang="en",schemes=["esix-X+year+4L+2D"],note="Erasmus, course not on dashboard")
M("048-prenom-usage.eml","student","wrong_name",("Alex Martin","alex.martin@etu.unicaen.fr"),
 "Prénom d'usage sur Ecampus","2025-09-30 11:45","plain",
 "Bonjour,\n\nJ'ai fait une demande de prénom d'usage (Alex) auprès de la scolarité en juillet, mais Ecampus affiche toujours mon prénom de naissance dans les forums et les listes. C'est assez pénible. Est-ce que ça peut être mis à jour ?\n\nMerci,\nAlex\nn° étudiant 23038817",
 nums=["23038817"],note="preferred first name not shown")
M("049-en-email-wrong.eml","student","wrong_name",("Daniel O'Connor","daniel.oconnor@etu.unicaen.fr"),
 "My email address is wrong on Ecampus","2025-10-18 10:22","plain",
 "Hello,\nMy profile shows the e-mail daniel.oconor@etu.unicaen.fr (one n missing), so I don't receive forum notifications. Could you correct it?\nStudent number: 25043302\nDaniel",
 nums=["25043302"],lang="en",note="wrong e-mail in profile")
M("050-participants-menu.eml","student","participants_block_missing",("Léo Renaud","leo.renaud@etu.unicaen.fr"),
 "participants","2025-09-29 09:50","plain",
 "bonjour dans le cours CPT402 il y avait la liste des participants sur le coté et la elle a disparu. jai besoin de trouver mon binome. merci"+IPH,
 codes=["24CPT402"],written=["CPT402"],schemes=["iae-year-prefixed"],note="participants block gone")
M("051-db-html.eml","student","database_error",("Agathe Simon","agathe.simon@etu.unicaen.fr"),
 "Ecampus inaccessible","2025-11-30 10:12","html",
 "Bonjour,\nJe n'ai accès à rien ce dimanche matin, la page affiche en rouge « Error: Database connection failed / It is possible that the database is overloaded or otherwise not running properly ». Est-ce une panne générale ?\nAgathe",
 note="database connection failed page")
M("052-db-en.eml","student","database_error",("Tom Baker","tom.baker@etu.unicaen.fr"),
 "Ecampus down?","2026-01-18 09:25","plain",
 "Hi, ecampus.unicaen.fr gives me a database error since 9am, is it down for everyone? I have an assignment due for HLAN 201 at noon.\nTom (25046610)",
 codes=["HLAN201"],written=["HLAN 201"],nums=["25046610"],lang="en",schemes=["hum-4L3D"],note="database error, English, Sunday")
M("053-renamed.eml","student","course_moved_renamed",("Nina Robin","nina.robin@etu.unicaen.fr"),
 "Cours renommé ?","2026-01-12 15:05","plain",
 "Bonjour,\nLe cours SBIO1T09 que j'avais au S1 a été renommé et déplacé dans « Archives 2024-2025 ». Les annales de partiels étaient dessus. Est-ce qu'on peut encore y accéder ?\nNina 24017723",
 codes=["SBIO1T09"],written=["SBIO1T09"],nums=["24017723"],schemes=["sci-S+3L+sem+L+2D"],note="course archived, old code unknown in APOGEE")
M("054-archive-caps-glued.eml","student","course_moved_renamed",("","23009981@etu.unicaen.fr"),
 "COURS ARCHIVE ???","2025-09-14 22:40","plain",
 "BONSOIR, MON COURS DE MACRO (CODE24ECO210) EST PASSE DANS ARCHIVES, LE PROF EST AU COURANT ? ON A LE DS JEUDI",
 codes=["24ECO210"],written=["24ECO210"],schemes=["iae-year-prefixed"],note="all caps, code glued to CODE, course archived")
M("055-missing-digit-first.eml","student","course_missing",("Lucie Bertin","lucie.bertin@etu.unicaen.fr"),
 "Cours 2CB104","2025-10-01 08:58","plain",
 "Bonjour,\nJe cherche l'espace du cours 2CB-104 (Didactique des mathématiques, M2 MEEF) et il n'existe pas sur Ecampus, la recherche ne donne rien. La formatrice n'a pas de cours non plus.\nLucie Bertin — 21027765",
 codes=["2CB104"],written=["2CB-104"],nums=["21027765"],schemes=["inspe-digit-first"],note="digit-first code, course does not exist")
M("056-en-missing.eml","student","course_missing",("Sofia Rossi","sofia.rossi@etu.unicaen.fr"),
 "Cannot find course","2025-09-18 16:40","plain",
 "Hello, my learning agreement says \"LE3-ESP7 Spanish translation\" but there is no such course on Ecampus. Is the code wrong?\nSofia, Erasmus incoming, 25045520",
 codes=["LE3-ESP7"],written=["LE3-ESP7"],nums=["25045520"],lang="en",schemes=["lea-LE+year-dash"],note="unknown code from learning agreement")
M("057-aucun-groupe.eml","student","wrong_group",("Bastien Faure","bastien.faure@etu.unicaen.fr"),
 "Pas de groupe TP","2025-10-09 12:12","plain",
 "Bonjour,\nDans le cours SBIO1T05 je ne suis dans aucun groupe de TP, donc je ne vois pas les sujets de TP (je suis en TP 2B le lundi 8h, bât. S, salle SA-110).\nNum étudiant: 25031181\nMerci",
 codes=["SBIO1T05","SBIO1TP2B"],written=["SBIO1T05","TP 2B"],nums=["25031181"],schemes=["sci-S+3L+sem+L+2D","group-element+TDn"],note="no group in course, room look-alike")
M("058-en-wrong-group.eml","student","wrong_group",("Hannah Müller","hannah.mueller@etu.unicaen.fr"),
 "Wrong tutorial group","2025-10-14 11:11","b64",
 "Hello,\nIn the course \"(DJ1-CIV2) Droit civil 2\" I'm in group TD2 but I attend TD4 (Thursday 16h, room MRSH 027). The teacher of TD4 can't see my submissions.\nStudent no. 25047799\nThanks a lot,\nHannah",
 codes=["DJ1-CIV2","DJ1CIV2TD2","DJ1CIV2TD4"],written=["DJ1-CIV2","TD2","TD4"],nums=["25047799"],lang="en",schemes=["law-DJ+year-dash","group-element+TDn"],note="wrong TD group, English, base64")
M("059-cohort-en.eml","student","cohort_question",("Ahmed Karimi","ahmed.karimi@etu.unicaen.fr"),
 "What is the 'cohort' ?","2025-10-20 09:30","plain",
 "Hi,\nMy teacher says he enrolled the cohort of BINF 2 in the course but I am not in it even though I'm in 2nd year BUT Info. How are cohorts updated?\nThanks, Ahmed (24049961)",
 codes=["BINF2"],written=["BINF 2"],nums=["24049961"],lang="en",schemes=["etape-BUT-B+3L+year"],note="student asks why not in cohort")
M("060-note.eml","student","other",("Elsa Noël","elsa.noel@etu.unicaen.fr"),
 "note devoir","2025-11-25 18:18","cp1252",
 "Bonjour,\nJ’ai eu 0 au devoir du cours HPHI-302 alors que je l’ai bien déposé (fichier .pdf de 2,3 Mo, déposé le 20/11 à 23h12). C’est possible de vérifier ?\nElsa Noël",
 codes=["HPHI302"],written=["HPHI-302"],schemes=["hum-4L3D"],note="grade question on assignment")
M("061-wifi-en.eml","student","other",("Yuki Tanaka","yuki.tanaka@etu.unicaen.fr"),
 "eduroam not working","2025-09-08 14:02","plain",
 "Hello, the Wi-Fi eduroam does not connect on my laptop in the library (BU Droit-Lettres). UNICAEN-WIFI asks for a certificate. Can you help? My phone is +81 90 1234 5678 (Japan number).\nYuki",
 lang="en",note="Wi-Fi question, not Ecampus")
M("062-caps-not-enrolled.eml","student","not_enrolled",("KARIM BOUZID","karim.bouzid@etu.unicaen.fr"),
 "INSCRIPTION ST2-PH07","2025-09-20 19:45","plain",
 "BONJOUR JE SUIS PAS INSCRIT SUR ECAMPUS POUR LE COURS DE PHYSIOLOGIE ALORS QUE JE SUIS INSCRIT EN STAPS 2EME ANNEE. MON NUMERO EST LE 24020458. MERCI",
 codes=["ST2.PH07"],written=["ST2-PH07"],nums=["24020458"],schemes=["staps-ST+year-dot"],note="all caps, not enrolled")
M("063-en-not-enrolled.eml","student","not_enrolled",("Pedro Alves","pedro.alves@etu.unicaen.fr"),
 "Not enrolled in Moodle courses","2025-09-25 10:33","alt",
 "Good morning,\n\nI am enrolled (contract of studies signed 19/09) in:\n- X3MECA02 Mechanics of materials\n- X3AUTO5 Control systems\nbut Ecampus doesn't show them. Student number 25042287.\n\nBest,\nPedro",
 codes=["X3MECA02","X3AUTO05"],written=["X3MECA02","X3AUTO5"],nums=["25042287"],lang="en",schemes=["esix-X+year+4L+2D"],note="Erasmus not enrolled, one code truncated")
M("064-en-login-phone.eml","student","cannot_login",("Chen Wei","chenwei2003@163.com"),
 "cannot login ecampus","2025-09-06 03:12","plain",
 "Dear sir/madam\ni cannot login ecampus, it says 'Invalid credentials'. I use student number 25058831 as login. Please help, my first class is Monday 8:00.\nSent from my Huawei phone",
 nums=["25058831"],lang="en",note="international student cannot log in")
M("065-ip-list.eml","student","not_enrolled",("Valentin Morel","valentin.morel@etu.unicaen.fr"),
 "Inscriptions manquantes sur plusieurs cours","2025-10-03 16:06","qp",
 "Bonjour,\n\nVoici les cours de mon IP où je ne suis pas inscrit sur Ecampus :\n- S3 - SINF3B07 : Programmation fonctionnelle\n- SMAT3T04 : Probabilités\n- s3-sphy3a06 : Physique pour l'info\nPar contre je suis bien dans les autres.\n\nValentin Morel\nL3 Informatique — 23021950\n06 40 88 12 73",
 codes=["SINF3B07","SMAT3T04","SPHY3A06"],written=["SINF3B07","SMAT3T04","s3-sphy3a06"],nums=["23021950"],schemes=["sci-S+3L+sem+L+2D"],note="list of courses from IP, not enrolled")
M("066-dashboard-hidden-enddate.eml","student","course_not_on_dashboard",("Anaïs Vidal","anais.vidal@etu.unicaen.fr"),
 "Cours plus visible sur le tableau de bord","2026-01-14 10:40","plain",
 "Bonjour,\nDepuis la rentrée de janvier, le cours de S1 « (HGEO205) Géographie des territoires » n'est plus sur mon tableau de bord alors que le rattrapage est le 02/02. Je suis sur \"En cours\".\nAnaïs – 24013357",
 codes=["HGEO205"],written=["HGEO205"],nums=["24013357"],schemes=["hum-4L3D"],note="past course hidden by dashboard filter")
M("067-groupe-ead.eml","student","wrong_group",("Sylvie Gautier","sylvie.gautier@wanadoo.fr"),
 "Groupe EAD","2025-10-24 20:20","latin1",
 "Bonjour,\n\nÉtudiante en reprise d'études, inscrite à distance en histoire. Dans le cours HHIS103 je suis dans le groupe présentiel et pas dans le groupe HHIS103EAD, je ne reçois donc pas les envois des enseignants.\nN° étudiant : 19028840\n\nSylvie Gautier\n12 rue des Jacobins, 14000 Caen",
 codes=["HHIS103","HHIS103EAD"],written=["HHIS103","HHIS103EAD"],nums=["19028840"],schemes=["hum-4L3D","group-CEMU/EAD"],note="distance student in presential group")
M("068-cas-en.eml","student","cas_unknown_destination",("Olga Ivanova","olga.ivanova@etu.unicaen.fr"),
 "Log In Successful but nothing","2025-09-16 09:09","plain",
 "Hello, I log in at cas.unicaen.fr and it says Log In Successful, you have successfully logged into the Central Authentication Service... but it does not know where to send me. How do I get to Ecampus?\nOlga",
 lang="en",note="CAS unknown destination, English")
M("069-salle-exam.eml","student","other",("Mathilde Roux","mathilde.roux@etu.unicaen.fr"),
 "Salle partiel","2025-12-15 08:00","plain",
 "Bonjour, pour le partiel de LE2ALL3 le 17/12 à 9h c'est en amphi Tocqueville ou en salle LA-228 ? Sur ADE c'est pas clair. Merci",
 codes=["LE2-ALL3"],written=["LE2ALL3"],schemes=["lea-LE+year-dash"],note="exam room question")
M("070-participants-lost.eml","student","participants_block_missing",("Thomas Guerin","thomas.guerin@etu.unicaen.fr"),
 "Le bloc participants a disparu","2025-09-12 14:14","plain",
 "Bonjour\nAvant dans un cours on avait le bloc « Participants » à droite, maintenant je le trouve plus nulle part (cours x4info12). J'utilise Firefox 128.0esr.\nThomas",
 codes=["X4INFO12"],written=["x4info12"],schemes=["esix-X+year+4L+2D"],note="participants block missing")
SIG_DRT = "\n\n--\nCorinne Lefranc\nGestionnaire de scolarité – Licence Droit\nUFR Droit, AES et Administration publique\nBureau DA-112 – Tél. 02 31 56 55 41\nEsplanade de la Paix – CS 14032 – 14032 Caen Cedex 5"
DISC = "\n\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci de le supprimer."
M("071-prof-pas-inscrit.eml","staff","teacher_not_enrolled",("Jean-Marc Dubreuil","jean-marc.dubreuil@unicaen.fr"),
 "Pas inscrit dans mon cours","2025-09-15 08:30","alt",
 "Bonjour,\n\nJe suis responsable du cours 25MKT101 (Marketing fondamental, L2) et je n'y suis pas inscrit comme enseignant. Mes collègues de TD non plus. Le cours commence le 22/09.\n\nCordialement,\nJ.-M. Dubreuil\nMaître de conférences – IAE Caen\n3 rue Claude Bloch – 14000 Caen\nBureau 204 – 02 31 56 62 18"+DISC,
 codes=["25MKT101"],written=["25MKT101"],schemes=["iae-year-prefixed"],note="teacher not enrolled in his course")
M("072-prof-hurried.eml","staff","teacher_not_enrolled",("Pierre Lenoir","pierre.lenoir@unicaen.fr"),
 "ecampus","2025-09-22 12:51","plain",
 "Bonjour, je ne vois pas mon cours de TD HLAN201 alors que je fais le TD1 et TD3 depuis 2 semaines. Pouvez-vous m'inscrire ? Merci. PL"+IPH,
 codes=["HLAN201","HLAN201TD1","HLAN201TD3"],written=["HLAN201","TD1","TD3"],schemes=["hum-4L3D","group-element+TDn"],note="teacher of TD groups not enrolled")
M("073-porteur-porte.eml","staff","teacher_not_enrolled",("Sandrine Hébert","sandrine.hebert@unicaen.fr"),
 "Cours M.1HRP9C / 2HR5C","2025-09-29 10:17","html",
 "Bonjour,\n\nJ'enseigne le cours M.1HRP9C (mutualisé avec 2HR5C) mais je n'apparais pas dans la liste des enseignants, seule ma collègue y est. Mes séances sont pourtant bien planifiées dans ADE (jeudi 10h15, salle SH-027).\n\nBien à vous,\nSandrine Hébert\nUFR HSS – Département de sociologie",
 codes=["M.1HRP9C","2HR5C"],written=["M.1HRP9C","2HR5C"],schemes=["dotted-M.+year","inspe-digit-first"],note="teacher not enrolled in mutualised course")
M("074-vacataire.eml","unknown","cannot_login",("Fabrice Morin","f.morin@cabinet-morin-avocats.fr"),
 "Accès Ecampus vacataire","2025-09-19 17:40","alt",
 "Madame, Monsieur,\n\nChargé de TD vacataire en droit administratif (DJ3-ADM1), je ne parviens pas à accéder à Ecampus : à la première connexion, la page « Modifier le profil » exige une adresse de courriel que je ne peux pas saisir.\n\nBien cordialement,\nMe Fabrice Morin\nAvocat au barreau de Caen\n22 avenue de la Libération – 14000 Caen – 02 31 85 40 17",
 codes=["DJ3-ADM1"],written=["DJ3-ADM1"],schemes=["law-DJ+year-dash"],note="vacataire stuck on profile page without email")
M("075-etudiants-voient-pas.eml","staff","students_cannot_see_course",("Hélène Brisset","helene.brisset@unicaen.fr"),
 "Mes étudiants ne voient pas mon cours","2025-09-12 09:05","qp",
 "Bonjour,\n\nMes étudiants de L1 me disent qu'ils ne voient pas le cours de chimie générale (SCHI1A04) alors que j'ai déposé tous les documents. Moi je le vois très bien (en grisé, mais je pensais que c'était normal).\n\nHélène Brisset\nUFR des Sciences – Bât. Sciences 2, bureau S2-214\nTél. 02 31 56 73 90",
 codes=["SCHI1A04"],written=["SCHI1A04"],schemes=["sci-S+3L+sem+L+2D"],note="hidden course, students cannot see")
M("076-students-cannot-see-en.eml","staff","students_cannot_see_course",("Richard Evans","richard.evans@unicaen.fr"),
 "Students can't access my course","2025-09-18 14:30","plain",
 "Hello,\nNone of my students can open https://ecampus.unicaen.fr/course/view.php?id=58204 (LE1-ANG1, English for LEA). They say it does not appear. I'm listed as teacher.\nRegards,\nRichard Evans\nLecturer, Département LEA",
 codes=["LE1-ANG1"],written=["LE1-ANG1"],ids=[58204],lang="en",schemes=["lea-LE+year-dash"],note="teacher, students cannot see course, English")
M("077-prof-annoyed.eml","staff","students_cannot_see_course",("Bernard Leclerc","bernard.leclerc@unicaen.fr"),
 "TROISIEME RELANCE - cours invisible","2025-10-06 18:02","plain",
 "Bonjour,\n\nTroisième message. Mes étudiants ne voient TOUJOURS pas le cours de physiologie (st2 ph07). Je suis enseignant depuis 22 ans et je n'ai jamais eu autant de problèmes avec un outil. Merci de régler ça avant jeudi.\n\nB. Leclerc\nUFR STAPS",
 codes=["ST2.PH07"],written=["st2 ph07"],schemes=["staps-ST+year-dot"],note="annoyed teacher, students cannot see course, spaced lowercase code")
M("078-secretaire-liste.eml","staff","not_enrolled",("Corinne Lefranc","corinne.lefranc@unicaen.fr"),
 "Étudiants non inscrits - DJ1-CIV2 / DJ1-CON1","2025-09-26 11:34","html",
 "x",
 html_body="<html><body><p>Bonjour,</p><p>Les étudiants suivants ont bien leur IP (faite le 24/09) mais n'apparaissent pas dans les participants des cours <b>DJ1-CIV2</b> et <b>DJ1-CON1</b> :</p><table border=1 cellpadding=3><tr><th>N° étudiant</th><th>INE</th><th>Nom</th><th>Groupe</th></tr><tr><td>25001143</td><td>0925001143A</td><td>AUBERT Clément</td><td>DJ1CIV2TD1</td></tr><tr><td>25003379</td><td>1405003379X</td><td>BARRE Louna</td><td>DJ1CIV2TD1</td></tr><tr><td>25008850</td><td>0925008850J</td><td>COSTE Ilyes</td><td>DJ1CIV2TD2</td></tr></table><p>Pourriez-vous regarder ?</p><p>--<br>Corinne Lefranc<br>Gestionnaire de scolarité – Licence Droit<br>UFR Droit, AES et Administration publique<br>Bureau DA-112 – Tél. 02 31 56 55 41<br>Esplanade de la Paix – CS 14032 – 14032 Caen Cedex 5</p></body></html>",
 codes=["DJ1-CIV2","DJ1-CON1","DJ1CIV2TD1","DJ1CIV2TD2"],written=["DJ1-CIV2","DJ1-CON1","DJ1CIV2TD1","DJ1CIV2TD2"],nums=["25001143","25003379","25008850"],schemes=["law-DJ+year-dash","group-element+TDn"],note="secretary HTML table of students not enrolled")
M("079-secretaire-plain-list.eml","staff","not_enrolled",("Martine Vasseur","martine.vasseur@unicaen.fr"),
 "Inscriptions Ecampus L1 SVT","2025-09-24 15:10","cp1252",
 "Bonjour,\n\nPlusieurs étudiants de L1 SVT (étape L1SVT, version 101) ne sont inscrits dans aucun cours :\n\n 25015502   DUBOIS Maëlle\n 25015874   HAMON Quentin\n 25016120   N’DIAYE Aïssatou\n\nLeurs IP ont été saisies le 22/09. Le cours SBIO1T05 est le plus urgent (TP la semaine prochaine).\n\nCordialement,\nMartine Vasseur\nScolarité UFR des Sciences – 02 31 56 59 03",
 codes=["L1SVT","SBIO1T05"],written=["L1SVT","SBIO1T05"],nums=["25015502","25015874","25016120"],schemes=["etape-L/M+year+3L","sci-S+3L+sem+L+2D"],note="secretary list, windows-1252")
M("080-too-many-teachers.eml","staff","too_many_teachers",("Isabelle Marchal","isabelle.marchal@unicaen.fr"),
 "Trop d'enseignants dans mon cours","2025-09-30 09:44","plain",
 "Bonjour,\n\nDans le cours SMAT1A02 il y a 27 enseignants inscrits, dont au moins 20 qui n'interviennent pas en mathématiques (collègues de physique et de chimie). Les étudiants reçoivent des messages de forum de n'importe qui. Je ne peux pas les désinscrire.\n\nI. Marchal\nResponsable L1 Maths",
 codes=["SMAT1A02"],written=["SMAT1A02"],schemes=["sci-S+3L+sem+L+2D"],note="too many teachers enrolled")
M("081-too-many-teachers-fwd.eml","staff","too_many_teachers",("Olivier Carpentier","olivier.carpentier@unicaen.fr"),
 "TR: enseignants inconnus dans 24MGT305","2025-09-17 16:25","plain",
 "Pour info, voir ci-dessous, pouvez-vous traiter ?\n\n-------- Message transféré --------\nSujet : enseignants inconnus\nDate : Wed, 17 Sep 2025 10:02:11 +0200\nDe : Aurélie Tanguy <aurelie.tanguy@unicaen.fr>\n\nBonjour Olivier,\nil y a dans 24MGT305 une dizaine d'enseignants qui n'y font rien (équipe de l'an dernier ?). C'est gênant pour les notes.\nAurélie",
 codes=["24MGT305"],written=["24MGT305"],schemes=["iae-year-prefixed"],note="forwarded, too many teachers")
M("082-too-many-en.eml","staff","too_many_teachers",("Susan Clarke","susan.clarke@unicaen.fr"),
 "Too many teachers in my course","2025-09-24 13:00","plain",
 "Dear CEMU,\nThe course IALL-08 lists 14 teachers; only 2 of us actually teach it. Could you remove the others? I think it's the ADE planning from last year.\nBest, Susan Clarke (Maison des Langues, office MDL 118)",
 codes=["IALL-08"],written=["IALL-08"],lang="en",schemes=["letters-dash-digits"],note="too many teachers, English")
M("083-cohort-prof.eml","staff","cohort_question",("Arnaud Poulain","arnaud.poulain@unicaen.fr"),
 "Synchronisation de cohorte","2025-10-01 11:02","alt",
 "Bonjour,\n\nPuis-je ajouter la cohorte de l'étape L1HIS-101 à mon espace \"Méthodologie du travail universitaire\" (https://ecampus.unicaen.fr/enrol/users.php?id=60231) ? Certains étudiants ne sont pas inscrits et je voudrais aller vite. Et faudra-t-il la retirer ensuite ?\n\nA. Poulain",
 codes=["L1HIS"],written=["L1HIS-101"],ids=[60231],schemes=["etape-L/M+year+3L"],note="teacher asks about cohort sync")
M("084-cohort-secretary.eml","staff","cohort_question",("Nathalie Guillou","nathalie.guillou@unicaen.fr"),
 "cohorte BUT GEA","2025-09-10 10:10","plain",
 "Bonjour,\nLa cohorte \"BGEA1 - BUT GEA 1ère année\" ne contient que 84 membres alors que nous avons 112 inscrits administratifs. Quand est-elle mise à jour ?\nMerci\nN. Guillou – Secrétariat pédagogique IUT Grand Ouest Normandie – 02 31 56 70 00 poste 7021",
 codes=["BGEA1"],written=["BGEA1"],schemes=["etape-BUT-B+3L+year"],note="secretary asks why cohort is incomplete")
M("085-cohort-remove.eml","staff","cohort_question",("Yves Leroux","yves.leroux@unicaen.fr"),
 "Re: [CEMU #47330] cohorte à retirer ?","2025-10-27 17:48","plain",
 "Bonjour,\nLes IP sont maintenant faites pour 24FIN210. Je retire la synchronisation de cohorte L2ECO moi-même ou vous le faites ?\nYL\n\nLe 03/10/2025 à 09:12, CEMU Assistance a écrit :\n> Nous vous conseillons une synchronisation de cohorte temporaire, à retirer dès que les IP sont à jour.",
 codes=["24FIN210","L2ECO"],written=["24FIN210","L2ECO"],schemes=["iae-year-prefixed","etape-L/M+year+3L"],note="ticket reply, remove cohort sync")
M("086-archive-prof.eml","staff","course_moved_renamed",("Christine Morvan","christine.morvan@unicaen.fr"),
 "Mon cours a été déplacé et renommé","2025-09-02 09:15","html",
 "Bonjour,\n\nMon cours « (M.1HIS4A) Historiographie » a été déplacé dans la catégorie Archives et renommé. J'avais tout préparé pour la rentrée. Qu'est-ce qui s'est passé ?\n\nChristine Morvan\nProfesseure d'histoire contemporaine\nMRSH – bureau SH 122",
 codes=["M.1HIS4A"],written=["M.1HIS4A"],schemes=["dotted-M.+year"],note="teacher course archived")
M("087-archive-dash.eml","staff","course_moved_renamed",("Guillaume Besnard","guillaume.besnard@unicaen.fr"),
 "cours IRAN-22 archivé / nouveau code ?","2025-09-08 14:20","plain",
 "Bonjour,\nLe cours IRAN-22 est passé en archive ce week-end. La scolarité me dit que le code a changé pour IRAN-23. Dois-je recopier le contenu moi-même ?\nG. Besnard, CEMU/FOAD",
 codes=["IRAN-22","IRAN-23"],written=["IRAN-22","IRAN-23"],schemes=["letters-dash-digits"],note="code changed, course archived")
M("088-course-missing-prof.eml","staff","course_missing",("Damien Pichon","damien.pichon@unicaen.fr"),
 "Cours inexistant sur ecampus","2025-09-11 08:48","plain",
 "Bonjour,\nLe cours X5RESX03 (Réseaux avancés, 5e année ESIX) n'existe pas sur Ecampus. Les autres cours de la maquette sont là. Les étudiants commencent lundi.\nD. Pichon – ESIX Normandie, Cherbourg – 02 33 01 42 00",
 codes=["X5RESX03"],written=["X5RESX03"],schemes=["esix-X+year+4L+2D"],note="teacher: course does not exist")
M("089-course-missing-unknown.eml","staff","course_missing",("Frédéric Lamy","frederic.lamy@unicaen.fr"),
 "cours DJ2-PEN4 absent","2025-09-16 10:30","plain",
 "Bonjour,\nJe dois assurer le cours de procédure pénale (DJ2-PEN4 d'après mon service) mais je ne le trouve pas sur Ecampus.\nF. Lamy",
 codes=["DJ2-PEN4"],written=["DJ2-PEN4"],schemes=["law-DJ+year-dash"],note="unknown code, course missing")
M("090-ooo.eml","unknown","other",("Sophie Lemaire","sophie.lemaire@unicaen.fr"),
 "Absent du bureau : [CEMU #48990] Inscriptions L2 Droit","2025-10-28 10:00","plain",
 "Bonjour,\n\nJe suis absente du bureau du 27/10 au 02/11 inclus, sans accès à ma messagerie. Pour toute urgence, merci de contacter scolarite.droit@unicaen.fr ou le 02 31 56 55 00.\n\nSophie Lemaire",
 auto=True,extra={"Auto-Submitted":"auto-replied","X-Auto-Response-Suppress":"All"},note="out of office reply on ticket")
M("091-bounce.eml","unknown","other",("Mail Delivery System","MAILER-DAEMON@unicaen.fr"),
 "Undelivered Mail Returned to Sender","2025-11-05 03:14","plain",
 "This is the mail system at host smtp.unicaen.fr.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<jeremy.vautier@etu.unicaen.fr>: host mx.etu.unicaen.fr[193.55.120.18] said:\n    550 5.1.1 User unknown (in reply to RCPT TO command)\n\nOriginal-Subject: [CEMU #49311] Votre inscription au cours SINF3B07",
 auto=True,extra={"Auto-Submitted":"auto-replied"},codes=["SINF3B07"],written=["SINF3B07"],schemes=["sci-S+3L+sem+L+2D"],note="bounce of a CEMU reply")
M("092-newsletter.eml","unknown","other",("Lettre du numérique UNICAEN","lettre-numerique@listes.unicaen.fr"),
 "La lettre du numérique - novembre 2025","2025-11-03 07:00","html",
 "La lettre du numérique — n° 42\n\n• Ecampus passe en version 4.5.3 le 12/11 (interruption de 7h à 9h)\n• Nouvelles salles hybrides : SA-110, Amphi Daure\n• Atelier Moodle niveau 1 : jeudi 20/11, 14h30, CEMU\n\nPour vous désinscrire : sympa@listes.unicaen.fr",
 auto=True,extra={"List-Id":"<lettre-numerique.listes.unicaen.fr>","Precedence":"list"},note="mailing list newsletter")
M("093-secretaire-groupes.eml","staff","wrong_group",("Corinne Lefranc","corinne.lefranc@unicaen.fr"),
 "Affectation groupes TD droit pénal","2025-10-08 14:05","qp",
 "Bonjour,\n\nDans le cours DJ2-PEN1, les étudiants du groupe DJ2PENTD3 apparaissent dans le groupe DJ2PENTD2 sur Ecampus, alors que dans Apogée l'affectation est correcte (vérifiée ce matin). Exemple : 24018805, 24019932.\n\nMerci"+SIG_DRT,
 codes=["DJ2-PEN1","DJ2PENTD3","DJ2PENTD2"],written=["DJ2-PEN1","DJ2PENTD3","DJ2PENTD2"],nums=["24018805","24019932"],schemes=["law-DJ+year-dash","group-element+TDn"],note="secretary: students in wrong TD group")
M("094-prof-not-enrolled-students.eml","staff","not_enrolled",("Marc Tessier","marc.tessier@unicaen.fr"),
 "Étudiants manquants","2025-10-02 11:11","png",
 "Bonjour,\n\nIl manque une quinzaine d'étudiants dans la liste des participants de mon cours ST1.AN02 (Anatomie, L1 STAPS), voir capture. Par exemple 25022214 et 25022876 sont en cours avec moi chaque mardi.\n\nMarc Tessier",
 codes=["ST1.AN02"],written=["ST1.AN02"],nums=["25022214","25022876"],schemes=["staps-ST+year-dot"],note="teacher: students missing from participants, screenshot")
M("095-inspe-not-enrolled.eml","staff","not_enrolled",("Valérie Jouan","valerie.jouan@unicaen.fr"),
 "UE 1CA210 - étudiants non inscrits","2025-09-30 16:50","althtmlpng",
 "Bonjour,\n\nAucun des étudiants de M1 MEEF (M1MEF) du site d'Alençon n'est inscrit dans l'UE 1CA210. Ceux de Caen le sont. Pouvez-vous vérifier ?\n\nValérie Jouan\nFormatrice INSPE Normandie Caen – site d'Alençon\n61000 Alençon – 02 33 80 95 00",
 codes=["1CA210","M1MEF"],written=["1CA210","M1MEF"],schemes=["inspe-digit-first","etape-L/M+year+3L"],note="INSPE teacher, site students not enrolled")
M("096-dsi-db.eml","staff","database_error",("DSI - Pôle applications","dsi-applications@unicaen.fr"),
 "Remontées d'erreurs Ecampus ce matin","2026-02-08 10:42","plain",
 "Bonjour,\n\nNous recevons des signalements d'utilisateurs (\"Erreur de lecture de la base de données\") sur Ecampus depuis 9h05. Est-ce lié à l'optimisation hebdomadaire ? Ticket GLPI 318220 ouvert de notre côté.\n\nPôle applications – DSI\nPoste 5400",
 note="DSI asks about database errors")
M("097-prof-ade.eml","staff","teacher_not_enrolled",("Laurence Bazin","laurence.bazin@unicaen.fr"),
 "Inscription enseignante manquante","2025-10-13 07:58","latin1",
 "Bonjour,\n\nJe remplace un collègue en congé sur le cours 24CPT402 depuis le 06/10, mais je ne suis pas inscrite dans l'espace Ecampus. La scolarité m'a dit que je suis bien dans ADE.\n\nLaurence Bazin\nIAE Caen – 02 31 56 64 21",
 codes=["24CPT402"],written=["24CPT402"],schemes=["iae-year-prefixed"],note="replacement teacher not enrolled, ISO-8859-1")
M("098-prof-en-not-enrolled.eml","staff","teacher_not_enrolled",("Karen Wright","karen.wright@unicaen.fr"),
 "I'm not enrolled as teacher","2025-09-09 09:45","plain",
 "Hello,\nI teach HLAN201 TD2 on Tuesdays (room LA-120) but I'm not enrolled in the Ecampus course as a teacher. Could you add me?\nThanks, Karen Wright, lectrice",
 codes=["HLAN201","HLAN201TD2"],written=["HLAN201","TD2"],lang="en",schemes=["hum-4L3D","group-element+TDn"],note="English lectrice not enrolled as teacher")
M("099-prof-hidden-en-link.eml","staff","students_cannot_see_course",("Antoine Roussel","antoine.roussel@unicaen.fr"),
 "Les étudiants n'ont pas accès","2025-09-23 17:17","html",
 "Bonjour,\nLe cours https://ecampus.unicaen.fr/course/edit.php?id=57012 (X3MECA02) n'est pas accessible aux étudiants : « ce cours n'est pas disponible pour le moment ». J'ai pourtant mis la visibilité sur Afficher ce matin.\nA. Roussel",
 codes=["X3MECA02"],written=["X3MECA02"],ids=[57012],schemes=["esix-X+year+4L+2D"],note="students cannot access course despite visible")
M("100-prof-students-distance.eml","staff","students_cannot_see_course",("Gaëlle Renard","gaelle.renard@unicaen.fr"),
 "Re: [CEMU #48102] étudiants FOAD ne voient pas le cours","2025-10-21 12:40","plain",
 "Bonjour,\nToujours le même souci : mes étudiants à distance du groupe IRAN15CEMU ne voient pas le cours IRAN-15, les présentiels oui. Les classes virtuelles commencent le 04/11.\nGaëlle Renard\n\n> Bonjour, pourriez-vous préciser le code du cours ?",
 codes=["IRAN15CEMU","IRAN-15"],written=["IRAN15CEMU","IRAN-15"],schemes=["letters-dash-digits","group-CEMU/EAD"],note="teacher: distance students cannot see course")
