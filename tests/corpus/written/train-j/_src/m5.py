from sch import *
mail('etu-but-gea-td-pas-inscrit-b64', 'Inès Coulibaly <ines.coulibaly@etu.unicaen.fr>', 'Inscription cours de paie',
"""Bonjour,

Je suis en deuxième année de BUT GEA, TP D, et je ne suis pas inscrite dans le cours de gestion de la paie (BGE-R3O1 sur l'emploi du temps). J'ai fait mon inscription pédagogique en retard (le 2 octobre) à cause de mon dossier de bourse.

Mon numéro étudiant : 24005562

Merci d'avance""", 'not_enrolled','student', codes=[('BGE-R301','BGE-R3O1'),('BGE2TPD','TP D')], nums=['24005562'], schemes=[S_GEA,S_GRP], note='late IP, not enrolled; O for 0', cte='base64', date=D(2025,10,9,12,20))

mail('prof-lea-pas-visible-b64', 'Teresa Gómez <teresa.gomez@unicaen.fr>', 'Curso invisible / cours invisible',
"""Bonjour,

Mes étudiants de LEA 2e année (anglais-espagnol) ne voient pas mon cours de traduction économique, lea.4trd, sur Ecampus. Je l'ai créé l'année dernière et je l'ai rendu visible ce matin.

Merci,
Teresa Gómez
Lectora de español""", 'students_cannot_see_course','staff', codes=[('LEA.4TRD','lea.4trd')], schemes=[S_LEA], note='LEA students cannot see course (lowercase code)', cte='base64', form='alt', date=D(2025,9,22,13,14))

mail('etu-esix-pas-connexion-profil', 'Adrien Marie <adrien.marie@gmail.com>', 'bloqué sur page profil',
"""Bonjour,
Nouvel étudiant en 1ere année ESIX meca par apprentissage, je suis bloqué à la première connexion sur Ecampus sur la page de profil qui me demande une adresse de courriel, que je ne peux pas modifier. N° étudiant 25071145.""", 'cannot_login','student', nums=['25071145'], note='stuck on profile page at first login', date=D(2025,9,3,19,0))

mail('rapport-lecture', 'Nadia Ferrand <nadia.ferrand@unicaen.fr>', 'Lu : RE: [CEMU #48820] Cours introuvable',
"""Votre message

  À : CEMU Assistance
  Objet : RE: [CEMU #48820] Cours introuvable
  Envoyé : 19/11/2025 10:42

a été lu le 19/11/2025 11:03.""", 'other','unknown', auto=True, headers={'Auto-Submitted':'auto-replied'}, note='read receipt', date=D(2025,11,19,11,3))

mail('prof-pas-inscrit-psy', 'Yann Le Goff <yann.legoff@unicaen.fr>', 'Inscription enseignant - psycho L3',
"""Bonjour,
Je suis intervenant sur l'EC de psychologie de l'adolescent (code PSL5-E06) en L3 psycho mais je ne suis pas inscrit. Mes TD sont le jeudi (TD 1 et TD 2).
Merci
Yann Le Goff""", 'teacher_not_enrolled','staff', codes=[('PSL5.E06','PSL5-E06'),('PSL3TD1','TD 1'),('PSL3TD2','TD 2')], schemes=[S_PSY,S_GRP], note='teacher not enrolled; dash instead of dot', date=D(2025,9,18,16,0))

mail('etu-droit-l2-mauvais-td', 'Maxime Hurel <maxime.hurel@etu.unicaen.fr>', 'mauvais TD droit administratif',
"""Bonjour,
je suis en L2 droit au TD 11 mais sur le cours de droit administratif je suis dans le TD 1. Mon numéro étudiant 24017785.
Merci""", 'wrong_group','student', codes=[('JL2TD11','TD 11'),('JL2TD01','TD 1')], nums=['24017785'], schemes=[S_GRP], note='L2 law student in TD 1 instead of TD 11', date=D(2025,10,15,10,10))

mail('prof-cours-manquant-iae-mk', 'Cécile Poirier <cecile.poirier@unicaen.fr>', 'Espace cours manquant M1 marketing',
"""Bonjour,
Il n'y a pas d'espace Ecampus pour le cours Marketing cours 9 du M1 Marketing (IAM1-M09). Je l'ai cherché par le nom et le code sans succès. Le M1 MKG alternance en a besoin dès lundi.

Cécile Poirier
IAE Caen - 3 rue Claude Bloch - 02 31 56 65 00""", 'course_missing','staff', codes=[('IAM1-M09','IAM1-M09')], schemes=[S_IAE], note='course space missing', form='html', date=D(2025,9,25,17,2))

mail('etu-mauvais-code-cours-inexistant', 'Justine Picard <justine.picard@etu.unicaen.fr>', 'je trouve pas le cours de droit civil 3',
"""Bonjour
je cherche le cours JL1.C09 sur ecampus (droit civil pour les L1 redoublants d'après mon ancien planning) et il existe pas. C'est normal ?
25018806""", 'course_missing','student', codes=[('JL1.C09','JL1.C09')], nums=['25018806'], schemes=[S_DR], note='student looking for a code that does not exist (unknown)', date=D(2025,9,14,14,14))

mail('etu-pass-tableau-filtre', 'Rayan Belkacem <rayan.belkacem@etu.unicaen.fr>', 'cours PASS plus visibles',
"""Bonjour,
Sur mon tableau de bord, les cours du premier semestre du PASS ont disparu (PS1.UE01, PS1.UE02) alors qu'on a encore des révisions dessus. Le filtre est sur "En cours".
Rayan, 25049017""", 'course_not_on_dashboard','student', codes=[('PS1.UE01','PS1.UE01'),('PS1.UE02','PS1.UE02')], nums=['25049017'], schemes=[S_PASS], note='past courses hidden by dashboard filter', date=D(2026,1,26,18,40))

mail('prof-cours-archive-lea', 'Virginie Castel <virginie.castel@unicaen.fr>', 'TR: mon cours est archivé',
"""Bonjour,

Pour info, voici ce qu'une collègue m'a dit : « ton cours de communication est passé dans les archives ». C'est bien le cas : (LEA.4COM) Communication LEA S4 apparait maintenant en catégorie Archives > 2024-2025 et plus dans LEA.

Virginie Castel""", 'course_moved_renamed','staff', codes=[('LEA.4COM','LEA.4COM')], schemes=[S_LEA], note='course moved to Archives', date=D(2025,9,4,9,35))

mail('cas-destination-en', 'Oliver Schmidt <o.schmidt@uni-mannheim.de>', 'Login problem - "CAS does not know final destination"',
"""Dear support,

I am an incoming exchange student (IAE, Master 1 Marketing). After entering my credentials at cas.unicaen.fr I see "Connexion réussie" and a message that CAS does not know the final destination. Nothing else happens. My student number is 25092207.

Best,
Oliver""", 'cas_unknown_destination','student', nums=['25092207'], lang='en', note='English CAS unknown destination', date=D(2025,9,15,20,58))

mail('trop-enseignants-pass', 'Aurélie Vimont <aurelie.vimont@unicaen.fr>', 'Enseignants inscrits en trop - UE5 anatomie',
"""Bonjour,

Début septembre nous avons constaté que les enseignants de l'an dernier étaient encore inscrits dans l'UE5 d'anatomie du PASS (ps1.ue05) en plus de ceux de cette année (47 au total). Est-ce lié au tuilage avec l'année précédente ? Cela va-t-il se régler tout seul fin septembre ?

Aurélie Vimont - UFR Santé""", 'too_many_teachers','staff', codes=[('PS1.UE05','ps1.ue05')], schemes=[S_PASS], note='last year teachers still enrolled (tuilage)', date=D(2025,9,10,11,30))

mail('participants-etudiant', 'Tom Legrand <tom.legrand@etu.unicaen.fr>', 'liste des participants',
"""Bonjour, avant on pouvait voir les autres étudiants inscrits dans un cours avec le bloc Participants, il a disparu du cours d'anglais HLAN102. Comment on fait maintenant pour trouver les membres de mon groupe de projet ?""", 'participants_block_missing','student', codes=[('HLAN102','HLAN102')], schemes=[S_HLAN], note='student: participants block gone', date=D(2025,10,23,12,40))

mail('demande-salle-info', 'Sylvie Roulland <sylvie.roulland@unicaen.fr>', 'Réservation salle informatique',
"""Bonjour,

Est-il possible de réserver la salle informatique SA-110 le 12 décembre de 14h à 17h pour un examen sur Ecampus des L3 histoire (60 étudiants) ?

Sylvie Roulland
Secrétariat Histoire - poste 5630""", 'other','staff', note='room booking request, not Ecampus support', date=D(2025,11,26,9,0))

mail('question-visio-bbb', 'Karim Haddad <karim.haddad@unicaen.fr>', 'BigBlueButton dans un cours',
"""Bonjour,
Est-ce qu'on peut encore ajouter une activité BigBlueButton dans un cours Ecampus ? Je ne la vois plus dans la liste des activités (cours https://ecampus.unicaen.fr/course/view.php?id=47702).
K. Haddad""", 'other','staff', ids=[47702], note='BigBlueButton activity question', date=D(2026,2,5,16,30))

mail('etu-non-inscrit-meef-cemu', 'Pauline Savary <pauline.savary@etu.unicaen.fr>', 'Non inscrite - M1 MEEF Saint-Lô',
"""Bonjour,

Je suis en M1 MEEF premier degré à Saint-Lô (groupe SL) et je ne suis inscrite dans aucun cours sur Ecampus depuis mon changement de site (j'étais à Caen en septembre). Mon numéro étudiant : 25032260.

Pauline""", 'not_enrolled','student', codes=[('MF1SL-GSL','groupe SL')], nums=['25032260'], schemes=[S_GRP], note='student changed site, not enrolled anywhere', date=D(2025,10,30,11,45))

mail('prof-etudiants-voient-pas-hist', 'François Mesnil <francois.mesnil@unicaen.fr>', 'RE: [CEMU #48215] Espace renommé sans prévenir',
"""Bonjour,

Merci pour vos explications. J'ai recopié le contenu dans le nouvel espace (id 52018) mais maintenant ce sont les étudiants qui ne le voient pas. Je l'ai pourtant mis en « Afficher ».

F. Mesnil

________________________________
De : CEMU Assistance <cemu.assistance@unicaen.fr>
Envoyé : mardi 9 septembre 2025 11:02
Objet : RE: [CEMU #48215] Espace renommé sans prévenir

Bonjour, le code de votre cours a changé dans Apogée : un nouvel espace a été créé.""", 'students_cannot_see_course','staff', ids=[52018], note='after copying to new space students cannot see it; id in words', date=D(2025,9,11,14,0))

mail('spam-cryptos', '"Lucas" <win.prize2025@outlook-mail.ru>', 'Félicitations vous avez gagné',
"""Bonjour cher gagnant, vous avez remporté un iPhone 16 ! Réclamez votre prix avant minuit en envoyant vos coordonnées bancaires.""", 'other','unknown', note='spam', cs='iso-8859-1', date=D(2025,10,4,1,1))

mail('pas-connexion-zimbra-ecampus', 'Mélanie Godard <melanie.godard@unicaen.fr>', 'Compte numérique expiré ?',
"""Bonjour,

Je suis chargée de cours vacataire en L1 histoire (contrat renouvelé cette année) et je ne peux plus me connecter à Ecampus ni à la messagerie : « compte désactivé ». Mon contrat a été signé le 15 septembre.

Mélanie Godard - 06 12 34 56 78""", 'cannot_login','staff', note='vacataire account deactivated, cannot log in', date=D(2025,9,27,10,20))

mail('etu-remerciement-en', 'Giulia Bassi <giulia.bassi98@gmail.com>', 'Re: Cannot access Ecampus',
"""Thank you so much, it works now! Have a nice weekend.
Giulia""", 'other','student', lang='en', note='thank-you', date=D(2025,9,13,10,0))
