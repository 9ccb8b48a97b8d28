from common import M

# 001
M('scol-droit-l1-liste-tab', 'Nathalie Leprevost <nathalie.leprevost@unicaen.fr>',
  'Etudiants L1 absents de plusieurs cours Ecampus',
  """Bonjour,

Plusieurs étudiants de L1 droit nous signalent qu'ils ne voient pas certains cours sur Ecampus alors
que leur IP est faite (je viens de vérifier dans Apogée ce matin).
Je vous colle l'extraction telle qu'elle sort de l'écran :

N° étudiant\tNom\tPrénom\tCode ELP\tLibellé
22301457\tMARIE\tLéa\tDR1CIV1\tDROIT CIVIL 1
22301457\tMARIE\tLéa\tDR1CST1\tDROIT CONSTITUTIONNEL 1
22305512\tOUEDRAOGO\tIbrahim\tDR1CIV1\tDROIT CIVIL 1
22307790\tLECLERC\tAnaïs\tDR1HIS1\tHISTOIRE DU DROIT 1

Les trois sont bien affectés en TD dans Apogée.
Pouvez-vous regarder ?

Cordialement,

Nathalie Leprévost
Gestionnaire de scolarité Licence Droit
UFR Droit, AES et Administration Publique - Bureau 212, bâtiment D
Esplanade de la Paix - CS 14032 - 14032 CAEN Cedex 5
Tél. 02 31 56 54 12
""", cs='windows-1252', cte='quoted-printable', day=5, hm='10:41',
  codes=['DR1CIV1', 'DR1CST1', 'DR1HIS1'], nums=['22301457', '22305512', '22307790'],
  sym='not_enrolled', sch='D', et=['DRL1'],
  note='secretary pastes a tab-separated Apogee extract of L1 droit students missing from courses')

# 002
M('resp-gea-liste-ressources-cohorte', 'Franck Hamelin <franck.hamelin@unicaen.fr>',
  'BUT GEA 1 - ajout de la cohorte dans les ressources du S2 ?',
  """Bonjour,

Je suis responsable de la 1re année du BUT GEA (IUT Grand Ouest Normandie, site de Caen).
Les IP du S2 ne seront pas terminées avant la fin du mois et la rentrée du S2 est le 25 janvier.
Est-il possible d'ajouter la cohorte BGEA1 (toute la promo, environ 140 étudiants) dans les
espaces suivants, temporairement ?

- GA1R101 Fonctionnement des organisations
- GA1R102 Économie
- GA1R105 Introduction à la comptabilité (R1.05)
- GA1R107 Outils numériques
- GA1S101 SAÉ 1.01

Je sais que la FAQ le déconseille mais nous n'avons pas d'autre solution à court terme.
Merci d'avance,

F. Hamelin
Chef de département GEA
Tél : 02 31 56 70 33 / bureau A-107
""", day=6, hm='08:05',
  codes=['BGEA1', 'GA1R101', 'GA1R102', 'GA1R105', 'GA1R107', 'GA1S101'],
  sym='cohort_question', sch='E',
  note='programme head lists BUT GEA 1 resources (bullets) and asks to add the etape cohort')

# 003
M('etu-l2-info-codes-ade', '22208841@etu.unicaen.fr', 'pas de cours ecampus',
  """bonjour

je suis en L2 info et j'ai que 2 cours sur ecampus sur 4. sur ADE j'ai :
4IN3PRG - Programmation impérative
4IN3BDD - Bases de données 1
4IN3ARC - Architecture des ordinateurs
4MA3PRB - Probabilités 1

et sur ecampus je vois que programmation et proba. les deux autres rien.

merci
Hugo
""", day=6, hm='22:47',
  codes=['4IN3PRG', '4IN3BDD', '4IN3ARC', '4MA3PRB'], nums=['22208841'],
  sym='not_enrolled', role='student', sch='F', et=['4LINF2'],
  note='student copies four CODE - Libelle lines from ADE, two courses missing')

# 004
M('sec-histoire-codes-coupes', 'Sylvie Brard <sylvie.brard@unicaen.fr>',
  'TR: cours manquants L1 Histoire',
  """Bonjour,

Je vous transfère la demande d'un enseignant. Attention les codes qu'il donne sont tronqués (copiés
depuis son tableur, la dernière colonne était trop étroite), il s'agit de HST-104 et HST-105.

Sylvie Brard
Scolarité Histoire - UFR HSS
02 31 56 59 70

---------- Message transféré ----------
De : Pierre-Yves Gosselin <pierre-yves.gosselin@unicaen.fr>
Date : lun. 4 janv. 2027 à 17:02
Objet : cours manquants
À : Sylvie Brard <sylvie.brard@unicaen.fr>

Sylvie,
je n'ai toujours pas accès à mes espaces de S2 :
HST-10   Histoire contemporaine 1 (CM + TD1 et TD3)
HST-10   Méthodologie historique
je suis pourtant bien planifié dans ADE depuis décembre.
PYG
""", day=5, hm='09:20',
  codes=['HST-104', 'HST-105', ('HST-104TD1', 'TD1'), ('HST-104TD3', 'TD3')],
  sym='teacher_not_enrolled', sch='G',
  note='forward; teacher gives truncated codes HST-10, secretary gives full codes on top')

# 005
M('resp-meef-html-table-fusion', 'Claire Vautier <claire.vautier@unicaen.fr>',
  'Inscriptions M1 MEEF Caen - tableau', html="""<html><body>
<p>Bonjour,</p>
<p>Voici le récapitulatif des espaces où mes étudiants du M1 MEEF 1er degré de Caen ne sont pas
inscrits (vérifié avec eux en séminaire hier, salle S3-045) :</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th rowspan="2">Élément</th><th rowspan="2">Libellé</th><th colspan="2">Étudiants</th></tr>
<tr><th>attendus</th><th>inscrits Ecampus</th></tr>
<tr><td>1CA151</td><td>Didactique du français</td><td>62</td><td>0</td></tr>
<tr><td>1CA152</td><td>Didactique des mathématiques</td><td>62</td><td>0</td></tr>
<tr><td>1CA154</td><td>Sciences et technologie</td><td>60</td><td>41</td></tr>
</table>
<p>Le groupe EAD de 1CA154 semble vide aussi.</p>
<p>Bien à vous,<br>Claire Vautier<br>Responsable M1 MEEF 1er degré - INSPE Normandie Caen<br>
186 rue de la Délivrande 14000 Caen</p>
</body></html>""", fmt='html', day=7, hm='14:30',
  codes=['1CA151', '1CA152', '1CA154', ('1CA154EAD', 'groupe EAD')],
  sym='not_enrolled', sch='A', et=['MEEF1C'],
  note='HTML table with merged headers listing INSPE elements with missing students; EAD group in words')

# 006
M('etu-eco-O-pour-0', 'Maxime Tiercelin <maxime.tiercelin@etu.unicaen.fr>',
  'Cours manquant ECO31O',
  """Bonjour,

Je suis en L2 éco et je ne trouve pas le cours ECO31O (microéco 3) sur Ecampus, ni ECO32O. Mon
numero etudiant : 22109934.

Merci
Maxime
""", day=8, hm='11:03',
  codes=[('EC0310', 'ECO31O'), ('EC0320', 'ECO32O')], nums=['22109934'],
  sym='not_enrolled', role='student', sch='J', et=['ECOL2'],
  note='student writes letter O for digit 0 in two economics codes')

# 007
M('dir-etudes-staps-liste-virgules', 'Julien Marescot <julien.marescot@unicaen.fr>',
  'STAPS L2 : enseignants non inscrits',
  """Bonjour,

Nos collègues vacataires ne sont pas inscrits comme enseignants sur les cours suivants de L2 STAPS :
T2BM21, T2PH22, T2SO23, t2en25

Tous sont planifiés dans ADE (semaine 3 et 4). Un collègue me dit que c'est pareil en L3 pour T3EN31.

Julien Marescot
Directeur des études L2 STAPS
UFR STAPS - 2 bd du Maréchal Juin 14032 Caen - 02 31 56 72 81
""", day=8, hm='16:44',
  codes=['T2BM21', 'T2PH22', 'T2SO23', ('T2EN25', 't2en25'), 'T3EN31'],
  sym='teacher_not_enrolled', sch='I',
  note='comma-separated list of STAPS codes, one lower case, teachers not enrolled')

# 008
M('reponse-correction-liste-droit', 'Nathalie Leprevost <nathalie.leprevost@unicaen.fr>',
  'RE: Etudiants L1 absents de plusieurs cours Ecampus',
  """Correction : pour Mme Leclerc ce n'est pas DR1HIS1 mais DR1CST2, désolée.

Nathalie

-----Message d'origine-----
De : Nathalie Leprevost
Envoyé : mardi 5 janvier 2027 10:41
À : cemu.assistance@unicaen.fr
Objet : Etudiants L1 absents de plusieurs cours Ecampus

> N° étudiant	Nom	Prénom	Code ELP	Libellé
> 22301457	MARIE	Léa	DR1CIV1	DROIT CIVIL 1
> 22301457	MARIE	Léa	DR1CST1	DROIT CONSTITUTIONNEL 1
> 22305512	OUEDRAOGO	Ibrahim	DR1CIV1	DROIT CIVIL 1
> 22307790	LECLERC	Anaïs	DR1HIS1	HISTOIRE DU DROIT 1
""", day=5, hm='11:02', cs='iso-8859-1', cte='8bit',
  codes=['DR1HIS1', 'DR1CST2', 'DR1CIV1', 'DR1CST1'],
  nums=['22307790', '22301457', '22305512'],
  sym='not_enrolled', sch='D',
  note='reply with one line of correction on top of a quoted tab-separated list')

# 009
M('resp-psy-liste-numerotee', 'Hélène Quesnel <helene.quesnel@unicaen.fr>',
  'M1 psycho : espaces du S2',
  """Bonjour,

Je prépare le S2 du Master 1 Psychologie. Pourriez-vous me dire pourquoi ces espaces n'existent pas
encore sur Ecampus ? Je les ai cherchés par le code et par le nom :

1. PSM1.E05 Psychologie sociale
2. PSM1.E06 Entretien clinique
3. PSM1.E07 Psychologie expérimentale
4. PSM1.E12 Atelier de recherche (celui-là a peut-être été supprimé de la maquette, je ne sais pas)

Merci,
Hélène Quesnel
MCF psychologie - UFR de Psychologie, bureau SA 217
""", day=11, hm='09:58',
  codes=['PSM1.E05', 'PSM1.E06', 'PSM1.E07', 'PSM1.E12'],
  sym='course_missing', sch='H',
  note='numbered list of psychology elements not found on Ecampus, one maybe archived (unknown)')

# 010
M('etu-lea-anglais-AN-1OA', 'Chloé Dumesnil <chloe.dumesnil@etu.unicaen.fr>',
  'Probleme cours anglais',
  """Bonjour,
je suis en L1 LLCER anglais et je ne suis pas dans le bon groupe sur le cours AN-1OA (Langue
Traduction). je suis en TD2 et ecampus me met en TD4, du coup je ne vois pas les documents de ma prof.
Mon numero : 22411207
Chloé

Envoyé de mon iPhone
""", day=12, hm='18:31',
  codes=[('AN-10A', 'AN-1OA'), ('AN-10ATD2', 'TD2'), ('AN-10ATD4', 'TD4')], nums=['22411207'],
  sym='wrong_group', role='student', sch='B', et=['LLCA1'],
  note='student in wrong TD group, code with O for 0, groups named by TD number')

# 011
M('dsi-export-ade-csv', 'Romain Pichon <romain.pichon@unicaen.fr>',
  'Export ADE - elements sans enseignant',
  """Bonjour,

Suite au ticket 318244, voici les activités ADE sans enseignant rattaché qui remontent dans l'export
du 11/01 (séparateur point-virgule) :

COD_ELP;IDGROUPE;NB_SEANCES;A_DISTANCE
4MA3ALG;4MA3ALGTD1;12;N
4MA3ALG;4MA3ALGTD2;12;N
4MA3ANA;ELP_4MA3ANA_CM;10;N
4IN5RES;4IN5RESTP2;8;N

Les enseignants concernés disent ne pas être inscrits dans ces espaces. A vous de voir.

Romain Pichon
DSI - Pôle applications scolarité
Campus 2, bâtiment Sciences 3, bureau 114 - 02 31 56 60 90
""", day=12, hm='15:12',
  codes=['4MA3ALG', '4MA3ALGTD1', '4MA3ALGTD2', '4MA3ANA', '4IN5RES', '4IN5RESTP2'],
  sym='teacher_not_enrolled', sch='F',
  note='DSI pastes semicolon export from ADE with groups and pseudo-group; ticket number look-alike')

# 012
M('etu-geo-slash-list', '22315566@etu.unicaen.fr', 'cours geo',
  """Bonjour, je suis en L1 géographie et je n'ai aucun de mes cours du S2 : GO1.URBA / GO1.RURA /
GO1.CLIM. Seul GO1.CART apparait (mais il est vide ?).
Merci de votre aide
Inès Baudry
""", day=13, hm='07:55',
  codes=['GO1.URBA', 'GO1.RURA', 'GO1.CLIM', 'GO1.CART'], nums=['22315566'],
  sym='not_enrolled', role='student', sch='K', et=['LGEO1'],
  note='slash-separated geography codes, student missing from three courses')

# 013
M('sec-eco-liste-archivee', 'Martine Lecoeur <martine.lecoeur@unicaen.fr>',
  'Liste des cours L1 Eco - certains codes faux',
  """Bonjour,

Un enseignant m'a fourni la liste ci-dessous pour le S2 de la L1 Economie. Je vous la transmets
mais je pense que deux codes sont faux : EC0315 n'existe pas (il voulait sans doute dire EC0130) et
je ne retrouve pas non plus EC0160.

EC0110 Microéconomie 1
EC0120 Macroéconomie 1
EC0315 Statistiques
EC0140 Mathématiques 1

Les étudiants disent qu'ils ne voient pas Microéconomie 1 et Macroéconomie 1 dans leurs cours.

Bien cordialement
Martine Lecoeur
Scolarité Economie-Gestion, bureau 104 - tél. 02 31 56 51 88
""", day=13, hm='10:10',
  codes=['EC0315', 'EC0130', 'EC0160', 'EC0110', 'EC0120', 'EC0140'],
  sym='not_enrolled', sch='J',
  note='list of L1 eco courses where the secretary says some codes are wrong; EC0160 and EC0315 unknown')

# 014
M('ens-hss-codes-minuscules', 'Arnaud Guillemette <arnaud.guillemette@unicaen.fr>',
  'espaces socio M1',
  """Bonjour,

j'enseigne dans m.1.ms02 et m.1.ms04 (M1 sociologie) et je n'apparais pas comme enseignant sur le
second. Sur m.1.ms02 c'est bon.

Cdlt,
A. Guillemette
""", day=14, hm='13:27',
  codes=[('M.1.MS02', 'm.1.ms02'), ('M.1.MS04', 'm.1.ms04')],
  sym='teacher_not_enrolled', sch='C',
  note='teacher writes HSS codes in lower case')

# 015
M('resp-l3-droit-plusieurs-etapes', 'Isabelle Fromentin <isabelle.fromentin@unicaen.fr>',
  'Groupes TD vides en L2 et L3 droit', html="""<div>Bonjour,</div>
<div><br></div>
<div>Les groupes de TD suivants sont vides sur Ecampus alors que les affectations sont faites dans
Apogée depuis le 4 janvier :</div>
<ul>
<li><b>DRL2</b> : DR2ADM1TD1, DR2ADM1TD2, DR2OBL1TD4</li>
<li><b>DRL3</b> : DR3AFF1TD1, DR3TRV1TD3</li>
</ul>
<div>Les étudiants sont bien inscrits dans les cours, c'est seulement le groupe qui manque.</div>
<div><br></div>
<div>Isabelle Fromentin<br>Responsable administrative - UFR Droit<br>Tél. 02 31 56 55 02</div>""",
  fmt='alt', day=14, hm='16:05',
  codes=['DRL2', 'DR2ADM1TD1', 'DR2ADM1TD2', 'DR2OBL1TD4', 'DRL3', 'DR3AFF1TD1', 'DR3TRV1TD3'],
  sym='wrong_group', sch='D',
  note='two etapes by code, each with its TD groups, groups empty')

# 016
M('etu-erasmus-en', 'Lukas Brandt <lukas.brandt@gmail.com>', 'Cannot see my courses',
  """Hello,

I am an Erasmus student from Leipzig, here for the spring semester. My learning agreement lists these
courses:

- AN-11B American civilisation
- AN-12B Oral and phonetics
- HST-303 History of Normandy

I can log in to Ecampus but I only see "AN-11B". My student number is 22600418.

Thank you very much,
Lukas
""", day=15, hm='10:22', lang='en',
  codes=['AN-11B', 'AN-12B', 'HST-303'], nums=['22600418'],
  sym='not_enrolled', role='student', sch='BG',
  note='Erasmus student in English lists courses from learning agreement')

# 017
M('sec-staps-tableau-html-groupes', 'Aurélie Ternisien <aurelie.ternisien@unicaen.fr>',
  'Affectations TD L1 STAPS', html="""<html><body style="font-family:Calibri">
<p>Bonjour,</p>
<p>Certains étudiants de L1 STAPS sont dans le mauvais TD sur Ecampus. Apogée dit :</p>
<table border="1">
<thead><tr><th colspan="3">Apogée (au 15/01/2027)</th><th>Ecampus</th></tr>
<tr><th>N° étu</th><th>Élément</th><th>Groupe</th><th>Groupe affiché</th></tr></thead>
<tr><td>22412001</td><td>T1AN11</td><td>T1AN11TD1</td><td>T1AN11TD3</td></tr>
<tr><td>22412078</td><td>T1AN11</td><td>T1AN11TD2</td><td>aucun</td></tr>
<tr><td>22413350</td><td>T1PH12</td><td>T1PH12TD3</td><td>T1PH12TD1</td></tr>
</table>
<p>Merci<br>Aurélie Ternisien, scolarité STAPS<br>02 31 56 72 10</p>
</body></html>""", fmt='html', day=15, hm='11:48', cs='iso-8859-1',
  codes=['T1AN11', 'T1AN11TD1', 'T1AN11TD3', 'T1AN11TD2', 'T1PH12', 'T1PH12TD3', 'T1PH12TD1'],
  nums=['22412001', '22412078', '22413350'],
  sym='wrong_group', sch='I', et=['STAPL1'],
  note='HTML table with merged header comparing Apogee and Ecampus groups')

# 018
M('etu-gea-alternant', 'Kevin Robillard <kevin.robillard@etu.unicaen.fr>', 'groupe alternant',
  """Bonjour,

Je suis alternant en BUT GEA 1ere année et sur Ecampus je suis dans le TP1A avec les initiaux et pas
dans le groupe des alternants, du coup j'ai pas les bons devoirs sur GA1R106 et GA1R108.
Numéro étudiant 22402277

Merci d'avance
Kévin
""", day=18, hm='12:01',
  codes=[('GA1TP1A', 'TP1A'), ('GA1ALT', 'groupe des alternants'), 'GA1R106', 'GA1R108'],
  nums=['22402277'], sym='wrong_group', role='student', sch='E', et=['BGEA1'],
  note='apprentice placed in TP1A instead of the apprentices group, groups in words')

# 019
M('ens-histoire-L2-liste-espaces', 'Bérénice Aumont <berenice.aumont@unicaen.fr>',
  'Cours L2 Histoire, S4',
  """Bonjour,

Pour mes cours du S4 en L2 Histoire je ne suis inscrite que dans un seul espace.
Ceux qui manquent :
  * HST 202 - Histoire médiévale 2
  * HST 205 - Paléographie
Celui qui marche : HST 206 (Latin).

Bonne journée,
Bérénice Aumont
PRAG Histoire - bureau MRSH 118
""", day=18, hm='14:40',
  codes=[('HST-202', 'HST 202'), ('HST-205', 'HST 205'), ('HST-206', 'HST 206')],
  sym='teacher_not_enrolled', sch='G',
  note='teacher writes history codes with a space instead of a dash, bullet list')

# 020
M('etu-info-code-coupe', 'Yanis Hadj <yanis.hadj@etu.unicaen.fr>', 'cours reseau introuvable',
  """slt
le cours 4IN5RE (réseaux) n'existe pas sur ecampus ?? je tape le code dans la recherche rien ne sort.
je suis en L3 informatique
merci
""", day=19, hm='23:14',
  codes=[('4IN5RES', '4IN5RE')], sym='course_missing', role='student', sch='F', et=['4LINF3'],
  note='student cuts last letter of an informatics code, searches course')

# 021
M('sec-meef-reponse-correction-M2', 'Claire Vautier <claire.vautier@unicaen.fr>',
  'RE: Inscriptions M1 MEEF Caen - tableau',
  """Pardon, erreur de ma part : la 3e ligne c'est 2CA255 (M2), pas 1CA154 ; les M1 sont bons pour 1CA154.

Claire

Le 07/01/2027 à 14:30, Claire Vautier a écrit :
> Voici le récapitulatif des espaces où mes étudiants du M1 MEEF 1er degré de Caen ne sont pas
> inscrits :
> 1CA151  Didactique du français   62 / 0
> 1CA152  Didactique des mathématiques   62 / 0
> 1CA154  Sciences et technologie   60 / 41
""", day=7, hm='15:02',
  codes=['2CA255', '1CA154', '1CA151', '1CA152'],
  sym='not_enrolled', sch='A', et=['MEEF1C'],
  note='one line of correction on top of a quoted list (plain rendering of the earlier table)')

# 022
M('resp-eco-l3-cohorte-liste', 'Olivier Tanguy <olivier.tanguy@unicaen.fr>',
  'Cohorte L3 éco dans mes espaces du S6 ?',
  """Bonjour,

Est-ce que je peux ajouter moi-même la cohorte ECOL3 dans mes trois espaces du S6 ?
EC0510 / EC0520 / EC0530
Les IP des étudiants de L3 ne sont pas finies et le cours commence lundi (amphi B, 8h).
La promo fait 95.

O. Tanguy
""", day=19, hm='17:30',
  codes=['ECOL3', 'EC0510', 'EC0520', 'EC0530'], sym='cohort_question', sch='J',
  note='teacher asks about adding the ECOL3 cohort to three slash-separated courses')

# 023
M('etu-psy-dashboard', 'Laura Ferey <laura.ferey@etu.unicaen.fr>', 'Cours disparus du tableau de bord',
  """Bonjour,

Depuis la semaine dernière mes cours PSM1.E01 et PSM1.E03 ne s'affichent plus dans mon tableau de
bord, mais quand je clique sur le lien https://ecampus.unicaen.fr/course/view.php?id=61204 j'y ai
accès normalement et je suis bien inscrite.
Je suis en M1 psycho.

Laura Férey (22008315)
""", day=20, hm='09:33',
  codes=['PSM1.E01', 'PSM1.E03'], nums=['22008315'], ids=[61204],
  sym='course_not_on_dashboard', role='student', sch='H', et=['MPSY1'],
  note='student enrolled but courses gone from dashboard, course link')

# 024
M('sec-geo-liste-tableur-i-pour-1', 'Gaëlle Marion <gaelle.marion@unicaen.fr>',
  'Liste cours L2 géo pour étudiants en retard d\'IP',
  """Bonjour,

Trois étudiants de L2 géographie ont fait leur IP hier seulement. Ils devraient apparaître demain
dans ces cours si j'ai bien compris ? Les codes copiés du tableur :

GO2.SIG1	SIG 1	TP1
GO2.GEOM	Géomorphologie	TP2
GO2.POPU	Géographie de la population	TP1

Ah, pour le SIG mes collègues écrivent parfois GO2.SIGI, c'est le même.

Étudiants : 22214450, 22215009, 22217731

Gaëlle Marion
Secrétariat pédagogique Géographie - 02 31 56 58 13
""", day=20, hm='11:15',
  codes=['GO2.SIG1', ('GO2.SIG1TP1', 'TP1'), 'GO2.GEOM', ('GO2.GEOMTP2', 'TP2'), 'GO2.POPU',
         ('GO2.POPUTP1', 'TP1')],
  nums=['22214450', '22215009', '22217731'],
  sym='not_enrolled', sch='K', et=['LGEO2'],
  note='tab pasted from spreadsheet, groups given per course; mentions I-for-1 variant of same code')

# 025
M('ens-lve-html-collection', 'Deborah Wright <deborah.wright@unicaen.fr>',
  'Mutualisation AN-20A / AN-30A', html="""<p>Bonjour,</p>
<p>Depuis ce semestre la traduction de L2 (<b>AN-20A</b>) et le thème-version de L3 (<b>AN-30A</b>) sont
mutualisés : même salle, même enseignante (moi). L'espace AN-30A a disparu de mon tableau de bord et
les L3 ne le trouvent plus. Est-ce lié ?</p>
<p>Mes groupes : AN-20ATD1, AN-20ATD2 et AN-30ATD1.</p>
<p>Deborah Wright<br>Lectrice, département d'études anglophones<br>
<i>Ce message et ses pièces jointes sont confidentiels.</i></p>""", fmt='html', day=21, hm='08:47',
  codes=['AN-20A', 'AN-30A', 'AN-20ATD1', 'AN-20ATD2', 'AN-30ATD1'],
  sym='course_moved_renamed', sch='B',
  note='porteur/porte situation: one course disappeared after mutualisation')

# 026
M('etu-staps-code-coupe-digit', 'Mathis Lair <mathis.lair@etu.unicaen.fr>', 'biomeca',
  """bonjour je vois pas le cours de biomeca T2BM2 ni physio de l'effort. je suis en L2 STAPS.
mon num etudiant 22306618
""", day=21, hm='19:02',
  codes=[('T2BM21', 'T2BM2')], nums=['22306618'],
  sym='not_enrolled', role='student', sch='I', et=['STAPL2'],
  note='student drops the last digit of a STAPS code; second course named in words only')

# 027
M('dir-etudes-math-plusieurs-etapes', 'Sébastien Vallée <sebastien.vallee@unicaen.fr>',
  'L2 et L3 maths : IP jusqu\'au groupe ?',
  """Bonjour,

Je relaie un problème pour deux années :

L2 Mathématiques (4LMAT2)
  4MA3ALG  Algèbre linéaire 3     -> personne dans TD2
  4MA3ANA  Analyse 3              -> OK
L3 Mathématiques (4LMAT3)
  4MA5TOP  Topologie              -> 12 étudiants sur 38 inscrits
  4MA5MES  Mesure et intégration  -> OK

Je suppose que c'est l'histoire de l'inscription jusqu'au groupe de la FAQ ? La scolarité me dit que
c'est fait.

S. Vallée, directeur des études Licence Maths, LMNO, bureau S3 320
""", day=22, hm='10:00',
  codes=['4LMAT2', '4MA3ALG', ('4MA3ALGTD2', 'TD2'), '4MA3ANA', '4LMAT3', '4MA5TOP', '4MA5MES'],
  sym='not_enrolled', sch='F',
  note='two etapes with their elements laid out as an aligned list; TD2 of a cited course')

# 028
M('sec-hss-numbered-archived', 'Patricia Lemonnier <patricia.lemonnier@unicaen.fr>',
  'Espaces M2 socio',
  """Bonjour,

Les espaces M2 Sociologie pour le S4 :
1) M.2.MS01 - Séminaire de recherche
2) M.2.MS02 - Sociologie des politiques publiques
3) M.2.MS03 - Mémoire de recherche

Le n°2 a été renommé sur Ecampus et se retrouve dans une catégorie "Archives" ; l'enseignant ne le
retrouve plus. Pourtant le code n'a pas changé dans Apogée à ma connaissance.

Patricia Lemonnier, scolarité masters HSS
""", day=22, hm='14:55',
  codes=['M.2.MS01', 'M.2.MS02', 'M.2.MS03'], sym='course_moved_renamed', sch='C',
  note='numbered list, one course moved to archives')

# 029
M('etu-droit-l1-vague', 'Emma Gosselin <emma.gosselin@etu.unicaen.fr>', 'je vois pas mon cours',
  """Bonjour je ne vois pas mon cours de droit civil sur ecampus alors que mes amis oui. je suis en
premiere année de droit.
Emma
""", day=25, hm='20:40',
  sym='not_enrolled', role='student', sch='', et=['DRL1'],
  note='vague student mail, no code, etape in words')

# 030
M('resp-gea2-tableau-tp', 'Franck Hamelin <franck.hamelin@unicaen.fr>',
  'BUT GEA 2 - groupes TP mélangés', html="""<p>Bonjour,</p>
<p>En BUT GEA 2e année, les groupes de TP ne correspondent plus à Apogée dans les ressources
suivantes :</p>
<table border="1" cellspacing="0">
<tr><th colspan="2">Ressource</th><th colspan="2">Groupes concernés</th></tr>
<tr><td>GA2R304</td><td>Comptabilité approfondie</td><td>GA2TP1A</td><td>GA2TP1B</td></tr>
<tr><td>GA2R305</td><td>Contrôle de gestion (R3.05)</td><td>GA2TP2A</td><td>&nbsp;</td></tr>
</table>
<p>Les étudiants du TP2B se retrouvent dans TP2A.</p>
<p>F. Hamelin - 02 31 56 70 33</p>""", fmt='alt', day=25, hm='08:15',
  codes=['GA2R304', 'GA2TP1A', 'GA2TP1B', 'GA2R305', 'GA2TP2A', ('GA2TP2B', 'TP2B')],
  sym='wrong_group', sch='E', et=['BGEA2'],
  note='HTML table with merged headers, BUT GEA 2 groups mixed; TP2B in words; etape in words')

# 031
M('etu-histoire-L1-code-minuscule', '22419903@etu.unicaen.fr', 'Re: mon cours hst-101',
  """Merci pour votre réponse, mais ça ne marche toujours pas, le cours hst-101 n'apparait pas.
Je suis en L1 histoire TD1.

Le mar. 26 janv. 2027 à 09:12, CEMU Assistance <cemu.assistance@unicaen.fr> a écrit :
> Bonjour,
> Pouvez-vous nous indiquer le code du cours et votre numéro étudiant ?
> Cordialement, l'équipe CEMU
>
> > je suis pas inscrite dans histoire ancienne
""", day=26, hm='12:40', irt='<cemu-rep-2027012609@unicaen.fr>',
  codes=[('HST-101', 'hst-101'), ('HST-101TD1', 'TD1')], nums=['22419903'],
  sym='not_enrolled', role='student', sch='G', et=['LHIS1'],
  note='reply with lower-case code; TD1 of the cited course')

# 032
M('sec-psy-liste-num-etudiants-cours', 'Hélène Quesnel <helene.quesnel@unicaen.fr>',
  'Étudiants M1 psy absents des groupes',
  """Bonjour,

Suite à notre échange, voici les étudiants de M1 Psychologie absents de leur groupe :

22006611 ; PSM1.E02 ; PS1E02G1
22006698 ; PSM1.E02 ; PS1E02G2
22007010 ; PSM1.E04 ; PS1E04G1

Ils sont inscrits dans le cours mais sans groupe, donc ne voient pas les dépôts.

H. Quesnel
""", day=26, hm='15:20',
  codes=['PSM1.E02', 'PS1E02G1', 'PS1E02G2', 'PSM1.E04', 'PS1E04G1'],
  nums=['22006611', '22006698', '22007010'], sym='wrong_group', sch='H', et=['MPSY1'],
  note='semicolon list of student, element, group; students in no group')

# 033
M('etu-eco-anglais-dashboard', 'Sofia Rinaldi <sofia.rinaldi@etu.unicaen.fr>', 'Courses not on dashboard',
  """Hi,
I'm an exchange student in 2nd year economics. On my dashboard I only see EC0330, but my
timetable also has EC0340 (History of economic thought). When I search for it I can enter it, it
just doesn't show on the dashboard.
Thanks, Sofia (22600977)
""", day=27, hm='10:05', lang='en',
  codes=['EC0330', 'EC0340'], nums=['22600977'],
  sym='course_not_on_dashboard', role='student', sch='J',
  note='English exchange student, course not on dashboard')

# 034
M('resp-droit-m1-liste-ancienne-maquette', 'Thomas Bellanger <thomas.bellanger@unicaen.fr>',
  'Anciens codes droit civil',
  """Bonjour,

Dans la liste de nos cours que m'a transmise l'ancienne responsable figure DR1CIV3 (Droit civil 3),
que je ne trouve nulle part. Je crois qu'il a été supprimé à la réforme et remplacé par DR1CIV2.
Mes étudiants du master droit des affaires qui font du tutorat en L1 doivent y avoir accès :
pouvez-vous confirmer que DR1CIV2 est le bon espace ?

T. Bellanger
""", day=27, hm='16:20',
  codes=['DR1CIV3', 'DR1CIV2'], sym='course_moved_renamed', sch='D', et=['DRM1AF'],
  note='old archived code named by the writer with its replacement')

# 035
M('etu-meef-alencon', 'Camille Roussel <camille.roussel@etu.unicaen.fr>', 'MEEF Alençon cours absent',
  """Bonjour,
Je suis en M1 MEEF 1er degré à Alençon, et le cours 1CA15 de didactique des maths n'apparaît pas. Les
autres (1CA151, 1CA153) sont là.
Camille Roussel, n° 22110486
""", day=28, hm='08:30',
  codes=[('1CA152', '1CA15'), '1CA151', '1CA153'], nums=['22110486'],
  sym='not_enrolled', role='student', sch='A', et=['MEEF1A'],
  note='truncated code resolved by the label given; etape in words with city')
