from lib import M

M("051-ticket-relance-non-inscrit.eml", "Inès Vautier <ines.vautier@etu.unicaen.fr>",
  "Re: [CEMU #318201] UE P2UE105", "2025-10-06 08:55",
"""Bonjour,

Je me permets de relancer : je ne suis toujours pas dans l'UE de biochimie (p2ue105) ce matin. Le TP noté est jeudi.

Inès Vautier – 22309902

Le ven. 3 oct. 2025 à 14:02, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
> Nous avons bien reçu votre demande, elle a été enregistrée sous le numéro 318201.
> Merci de conserver ce numéro dans l'objet de vos échanges.""",
  codes=[("P2UE105","p2ue105"),("P2UE105","P2UE105")], nums=["22309902"], sym="not_enrolled", schemes=["Pharma P+year+UE"],
  note="follow-up on ticket, still not enrolled")

M("052-html-outlook-liste-cours-invisible.eml", "Stéphanie Gires <stephanie.gires@unicaen.fr>",
  "Cours non visibles par les étudiants", "2025-09-15 10:30",
"""Bonjour,

Aucun de mes cours de L1 n'est visible par les étudiants :
- HHIS101 : Histoire ancienne
- HHIS103 : Historiographie
- HHIS1O5 : Méthodologie

Pourtant j'ai bien ajouté du contenu. Les étudiants me disent qu'ils ne les voient pas dans la liste.

Stéphanie Gires""", form="alt",
  html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}</style></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Aucun de mes cours de L1 n'est visible par les étudiants&nbsp;:<o:p></o:p></p>
<ul><li class="MsoNormal">HHIS101&nbsp;: Histoire ancienne</li><li class="MsoNormal">HHIS103&nbsp;: Historiographie</li><li class="MsoNormal">HHIS1O5&nbsp;: Méthodologie</li></ul>
<p class="MsoNormal">Pourtant j'ai bien ajouté du contenu. Les étudiants me disent qu'ils ne les voient pas dans la liste.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Stéphanie Gires<o:p></o:p></p></div></body></html>""",
  role="staff", codes=[("HHIS101","HHIS101"),("HHIS103","HHIS103"),("HHIS105","HHIS1O5")], sym="students_cannot_see_course",
  schemes=["letters+digits"], note="Outlook HTML list of 3 hidden courses; O for 0 in one")

M("053-composante-admin-trop-enseignants.eml", "Franck Groult <franck.groult@unicaen.fr>",
  "Enseignants inscrits à tort - rentrée STAPS", "2025-09-19 09:05",
"""Bonjour,

Depuis la rentrée, dans les cours de L1 STAPS (ex. ST.AP21, ST.AP22, ST.SP1O), tous les enseignants du département apparaissent comme enseignants. Je pense que c'est lié à l'association de toute l'équipe pédagogique aux groupes par activités dans ADE. Vu la période (tuilage avec 2024-2025 jusqu'à fin septembre), est-ce que ça va se régler tout seul ?

Franck Groult
Responsable administratif – UFR STAPS
2 boulevard du Maréchal Juin – 14032 Caen – 02 31 56 72 80""",
  role="staff", codes=[("ST.AP21","ST.AP21"),("ST.AP22","ST.AP22"),("ST.SP10","ST.SP1O")], sym="too_many_teachers",
  schemes=["STAPS ST.dot"], note="composante admin: all teachers enrolled in STAPS courses")

M("054-student-wrong-group-cemu.eml", "Amandine Caron <amandine.caron@laposte.net>",
  "Groupe EAD en droit", "2025-10-20 21:40",
"""Bonjour,

Je suis inscrite en L3 Droit à distance (télé-enseignement) mais sur Ecampus je suis dans le groupe « Aucun groupe » dans le cours de droit fiscal, et je ne vois pas les ressources réservées au groupe L3DRT-CEMU. Je travaille en journée, je ne peux pas venir aux TD.

Numéro étudiant : 22051984

Amandine Caron""",
  codes=[("L3DRT-CEMU","L3DRT-CEMU")], nums=["22051984"], sym="wrong_group", schemes=["group étape-dash-type"],
  note="distance student in no group; CEMU group")

M("055-vacataire-en-no-email.eml", "Daniel O'Connor <daniel.oconnor@dublincity-lang.ie>",
  "Ecampus login - guest lecturer", "2025-10-06 12:12",
"""Dear colleagues,

I am teaching the English for business module (LVA305B) as a visiting lecturer this semester. When I log in, Ecampus sends me to my profile page and says an e-mail address is required, but the field is locked. I can't go anywhere else.

Many thanks,
Daniel O'Connor
Dublin City Language School | +353 1 555 0199""",
  role="unknown", lang="en", codes=[("LVA305B","LVA305B")], sym="cannot_login", schemes=["LVE letters+digits+letter"],
  note="English visiting lecturer stuck on profile page")

M("056-nom-usage.eml", "Sandrine Cordier <sandrine.cordier@etu.unicaen.fr>",
  "changement de nom", "2025-10-28 12:00",
"""Bonjour,

Je me suis mariée cet été et j'utilise maintenant mon nom d'usage (Cordier). Sur Ecampus c'est toujours mon nom de naissance, Lefranc, qui apparaît. J'ai prévenu la scolarité de l'IAE le 15/10. Combien de temps faut-il ?

Sandrine Cordier (M1 MAE, n° 20144671)""",
  nums=["20144671"], sym="wrong_name", note="married name not updated")

M("057-cohorte-complement-espace.eml", "Élodie Saint-Lô <elodie.saint-lo@unicaen.fr>",
  "Cohorte pour espace d'accueil L1", "2025-09-02 11:30",
"""Bonjour,

Nous voulons créer un espace d'accueil commun pour tous les L1 de l'UFR Humanités (étapes L1HIS, L1LET et L1PHI). Peut-on y inscrire les cohortes générales correspondantes ? Les cohortes sont-elles déjà à jour pour 2025-2026 ou faut-il attendre la fin des IA ?

Élodie Saint-Lô
Chargée de mission numérique, UFR HSS""",
  role="staff", codes=[("L1HIS","L1HIS"),("L1LET","L1LET"),("L1PHI","L1PHI")], sym="cohort_question",
  schemes=["étape level+discipline"], note="cohorts for a shared welcome space")

M("058-db-error-en.eml", "Marco Bianchi <marco.bianchi@etu.unicaen.fr>",
  "Ecampus down?", "2026-01-11 10:05",
"""Hi, Ecampus shows "Database connection failed" since 9am (Sunday). Is it a known outage? I have a quiz due at 12.
Marco""",
  lang="en", sym="database_error", note="English: DB failure on Sunday")

M("059-prof-vague.eml", "Jacques Leroy <jacques.leroy@unicaen.fr>",
  "ecampus", "2025-10-15 17:59",
"""Bonjour,
ça ne marche pas pour mes étudiants, ils ne sont pas dans le cours. Pouvez-vous regarder ?
Merci
JL""",
  role="staff", sym="not_enrolled", note="vague teacher: students not enrolled, no code")

M("060-dashboard-date-de-fin.eml", "Mathis Huet <mathis.huet@etu.unicaen.fr>",
  "cours disparus du tableau de bord", "2026-01-06 09:33",
"""Bonjour,

Depuis la rentrée de janvier, mes cours du S1 (par exemple GG1.102 et GG1104) ont disparu de mon tableau de bord. Je dois encore y accéder pour réviser avant le rattrapage du 19/01. Quand je mets le filtre sur "Tous" je les vois en "Passés".

Mathis Huet, L1 Géographie, 25088541""",
  codes=[("GG1.102","GG1.102"),("GG1.104","GG1104")], nums=["25088541"], sym="course_not_on_dashboard",
  schemes=["SEGGAT GG+level.dot"], note="past courses hidden by dashboard filter")

M("061-html-only-prof-cours-deplace.eml", "Anne Corbin <anne.corbin@unicaen.fr>",
  "Mon cours a changé de nom ???", "2025-09-05 14:20", "", form="html",
  html="""<div dir="ltr"><div>Bonjour,</div><div><br></div><div>Mon cours <a href="https://ecampus.unicaen.fr/course/view.php?id=39914">(PSY3021) Psychologie du développement</a> s'appelle maintenant "[ARCH] (PSY3021) Psychologie du développement" et il est rangé dans Archives&nbsp;&gt; 2024-2025. Le nouveau code de l'UE serait PSY3025 d'après la scolarité. Que dois-je faire pour récupérer mes ressources ?</div><div><br></div><div>Anne Corbin</div><div>-- <br><div dir="ltr" class="gmail_signature">Anne CORBIN<br>PRAG – UFR de Psychologie<br>Bureau L-122 | 02 31 56 63 09</div></div></div>""",
  role="staff", codes=[("PSY3021","PSY3021"),("PSY3025","PSY3025")], ids=[39914], sym="course_moved_renamed",
  schemes=["PSY+4digits"], note="HTML-only: course archived after code change; old code no longer exists")

M("062-base64-utf8-sms-group.eml", "nina <nina.lefort@etu.unicaen.fr>",
  "groupe tp", "2025-10-09 12:12",
"""coucou (pardon bonjour 😅) je suis dans le mauvais grp de tp sur ecampus pr le cours de bio cell S3 BIO12, je suis en tp B mais ecampus me met en tp A. num 24031559 merci bcp""",
  cte="base64", codes=[("S3-BIO12","S3 BIO12"),("S3BIO12TPB","tp B"),("S3BIO12TPA","tp A")], nums=["24031559"], sym="wrong_group",
  schemes=["sem-dash (Sciences)","group element+type"], note="base64 utf-8 emoji; missing dash; short group names")

M("063-reponse-auto-ticket-cemu.eml", "CEMU Assistance <cemu.assistance@unicaen.fr>",
  "[CEMU #320117] Accusé de réception : cours P3UE210", "2025-11-05 10:01",
"""Bonjour,

Votre demande a bien été enregistrée sous le numéro 320117. Un membre de l'équipe du CEMU vous répondra dans les meilleurs délais.

Ceci est un message automatique, merci de ne pas y répondre directement.
--
CEMU – Centre d'Enseignement Multimédia Universitaire""",
  to="laurence.bazin@unicaen.fr", role="unknown", auto=True, codes=[("P3UE210","P3UE210")], schemes=["Pharma P+year+UE"],
  sym="other", hdr={"Auto-Submitted": "auto-replied"}, note="helpdesk acknowledgement echoing a code")

M("064-teacher-not-enrolled-vacataire-psy.eml", "Léa Bourdon <lea.bourdon@gmail.com>",
  "accès enseignant - TD PSY2031", "2025-09-29 20:44",
"""Bonjour,

Je suis vacataire et j'assure les TD 3 et TD 5 de psychologie sociale (L2PSY) depuis 2 semaines. Je me connecte bien à Ecampus avec mon compte invité mais je ne suis pas inscrite comme enseignante dans le cours PSY2031 donc je ne peux pas déposer les consignes.

Léa Bourdon
Psychologue – doctorante associée""",
  role="unknown", codes=[("L2PSY-TD3","TD 3"),("L2PSY-TD5","TD 5"),("L2PSY","L2PSY"),("PSY2031","PSY2031")],
  sym="teacher_not_enrolled", schemes=["group étape-dash-type","étape level+discipline","PSY+4digits"],
  note="vacataire teacher not enrolled; groups by short name")

M("065-student-cannot-see-prof-en.eml", "Helen Price <helen.price@unicaen.fr>",
  "Students can't see my course", "2025-09-16 13:07",
"""Hello,

My L3 students tell me my course "(LVA501A) Translation – English to French" does not appear on their side. I can see it greyed out. Is there something I need to switch on? (Sorry, my French admin is not great.)

Thanks,
Helen Price
Lectrice – Département d'études anglophones – office MR 204""",
  role="staff", lang="en", codes=[("LVA501A","LVA501A")], sym="students_cannot_see_course", schemes=["LVE letters+digits+letter"],
  note="English teacher: course greyed (hidden)")

M("066-cas-unknown-fr-forward.eml", "Bureau des licences <bureau.licences-sciences@unicaen.fr>",
  "TR: Problème de connexion Ecampus étudiant", "2025-09-10 11:40",
"""Bonjour,

Nous transférons la demande de l'étudiant ci-dessous.

Le Bureau des licences – UFR des Sciences

________________________________
De : Noé Castel <noe.castel@etu.unicaen.fr>
Envoyé : mardi 9 septembre 2025 18:21
À : bureau.licences-sciences@unicaen.fr
Objet : Problème de connexion Ecampus

Bonjour,
Quand je me connecte avec mon numéro 25011458 la page affiche "Bienvenue 25011458. Vous vous êtes authentifié(e) auprès du Service Central d'Authentification. Toutefois, vous voyez cette page car CAS ne connaît pas votre destination finale". Et je reste bloqué.
Noé""",
  role="staff", nums=["25011458"], sym="cas_unknown_destination", note="forwarded CAS unknown destination")
