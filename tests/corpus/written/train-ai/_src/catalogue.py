# Catalogue of writer BI: codes "the university knows" (January 2027 story).
E, G, T = {}, {}, {}
UNKNOWN = {}

SCH = {
    'A': 'inspe 1CAnnn (FAQ example)',
    'B': 'lve AN-nnX (FAQ example)',
    'C': 'hss M.1.MSnn (FAQ example)',
    'D': 'droit DRnMATn (invented)',
    'E': 'but gea GAnRnnn / GAnTPnX (invented)',
    'F': 'sciences 4MAnXXX / 4INnXXX (invented)',
    'G': 'histoire HST-nnn (invented)',
    'H': 'psycho PSMn.Enn / PSnEnnGn (invented)',
    'I': 'staps TnXXnn (invented)',
    'J': 'eco ECnnnn (invented)',
    'K': 'geo GOn.XXXX (invented)',
}

def el(code, label, groups=()):
    E[code] = label
    for g, gl in groups:
        G[g] = gl

# A. INSPE (FAQ-like)
for c, l in [('1CA151', 'Didactique du français'), ('1CA152', 'Didactique des mathématiques'),
             ('1CA153', 'Analyse du contexte'), ('1CA154', 'Sciences et technologie'),
             ('1CA155', 'Arts et EPS'), ('1CA156', 'Langue vivante étrangère'),
             ('1CA157', 'Initiation à la recherche'), ('1CA158', "Stage d'observation"),
             ('2CA251', 'Didactique du français 2'), ('2CA252', 'Didactique des mathématiques 2'),
             ('2CA253', 'Mémoire'), ('2CA254', 'Stage en responsabilité'),
             ('2CA255', 'Numérique éducatif'), ('2CA256', 'Gestion de classe')]:
    el(c, l, [(c + 'G1', 'Groupe 1 ' + l), (c + 'G2', 'Groupe 2 ' + l),
              (c + 'G3', 'Groupe 3 ' + l), (c + 'EAD', 'Groupe EAD CEMU ' + l)])
T.update({'MEEF1C': 'Master 1 MEEF 1er degré Caen', 'MEEF2C': 'Master 2 MEEF 1er degré Caen',
          'MEEF1A': 'Master 1 MEEF 1er degré Alençon', 'MEEF2A': 'Master 2 MEEF 1er degré Alençon'})

# B. LVE anglais (FAQ-like AN-10A)
for c, l in [('AN-10A', 'EC1 Langue Traduction'), ('AN-10B', 'EC2 Grammaire anglaise'),
             ('AN-11A', 'Civilisation britannique 1'), ('AN-11B', 'Civilisation américaine 1'),
             ('AN-12A', 'Littérature 1'), ('AN-12B', 'Oral et phonétique 1'),
             ('AN-20A', 'Traduction 2'), ('AN-20B', 'Phonologie'),
             ('AN-21A', 'Littérature américaine'), ('AN-21B', 'Civilisation britannique 2'),
             ('AN-30A', 'Thème et version 3'), ('AN-31A', 'Linguistique anglaise')]:
    el(c, l, [(c + 'TD%d' % i, 'TD%d %s' % (i, l)) for i in range(1, 5)])
T.update({'LLCA1': 'Licence LLCER Anglais 1re année', 'LLCA2': 'Licence LLCER Anglais 2e année',
          'LLCA3': 'Licence LLCER Anglais 3e année'})

# C. HSS sociologie (FAQ-like M.1.MS03)
for c, l in [('M.1.MS01', "Méthodologie de l'enquête"), ('M.1.MS02', 'Sociologie urbaine'),
             ('M.1.MS03', 'Théories du changement social'), ('M.1.MS04', 'Sociologie du travail'),
             ('M.1.MS05', 'Statistiques appliquées'), ('M.1.MS06', 'Anglais pour sociologues'),
             ('M.2.MS01', 'Séminaire de recherche'), ('M.2.MS02', 'Sociologie des politiques publiques'),
             ('M.2.MS03', 'Mémoire de recherche')]:
    el(c, l, [(c + 'G1', 'Groupe 1 ' + l), (c + 'G2', 'Groupe 2 ' + l)])
T.update({'MSOC1': 'Master 1 Sociologie', 'MSOC2': 'Master 2 Sociologie'})

# D. Droit (invented DRnMATn)
dr = [('DR1INT1', 'INTRODUCTION AU DROIT'), ('DR1CIV1', 'DROIT CIVIL 1'), ('DR1CIV2', 'DROIT CIVIL 2'),
      ('DR1CST1', 'DROIT CONSTITUTIONNEL 1'), ('DR1CST2', 'DROIT CONSTITUTIONNEL 2'),
      ('DR1HIS1', 'HISTOIRE DU DROIT 1'), ('DR1ANG1', 'ANGLAIS JURIDIQUE 1'),
      ('DR2ADM1', 'DROIT ADMINISTRATIF 1'), ('DR2ADM2', 'DROIT ADMINISTRATIF 2'),
      ('DR2OBL1', 'DROIT DES OBLIGATIONS 1'), ('DR2OBL2', 'DROIT DES OBLIGATIONS 2'),
      ('DR2PEN1', 'DROIT PENAL GENERAL'), ('DR2FIN1', 'FINANCES PUBLIQUES'),
      ('DR3AFF1', 'DROIT DES AFFAIRES 1'), ('DR3TRV1', 'DROIT DU TRAVAIL 1'),
      ('DR3EUR1', "DROIT DE L'UNION EUROPEENNE"), ('DR3FIS1', 'DROIT FISCAL')]
for c, l in dr:
    gs = [(c + 'TD%d' % i, 'TD%d %s' % (i, l)) for i in range(1, 7)]
    if c.startswith('DR1'):
        gs.append((c + 'EAD', 'TD EAD CEMU ' + l))
    el(c, l, gs)
T.update({'DRL1': 'Licence Droit 1re année', 'DRL2': 'Licence Droit 2e année',
          'DRL3': 'Licence Droit 3e année', 'DRM1AF': 'Master 1 Droit des affaires'})

# E. BUT GEA (invented GAnRnnn, groups per year)
for c, l in [('GA1R101', 'Fonctionnement des organisations'), ('GA1R102', 'Économie'),
             ('GA1R103', 'Droit des affaires'), ('GA1R104', 'Environnement comptable'),
             ('GA1R105', 'Introduction à la comptabilité'), ('GA1R106', 'Mathématiques appliquées'),
             ('GA1R107', 'Outils numériques'), ('GA1R108', 'Expression communication'),
             ('GA1R109', 'Anglais 1'), ('GA1S101', 'SAÉ 1.01 Organisation'),
             ('GA2R301', 'Management des organisations'), ('GA2R302', 'Économie 3'),
             ('GA2R303', 'Droit du travail'), ('GA2R304', 'Comptabilité approfondie'),
             ('GA2R305', 'Contrôle de gestion'), ('GA2R306', 'Fiscalité'), ('GA2S301', 'SAÉ 3.01 Diagnostic')]:
    el(c, l)
for y in (1, 2, 3):
    for i in (1, 2, 3):
        G['GA%dTD%d' % (y, i)] = 'TD%d BUT GEA %d' % (i, y)
        for s in 'AB':
            G['GA%dTP%d%s' % (y, i, s)] = 'TP%d%s' % (i, s)
    G['GA%dALT' % y] = 'Groupe alternants BUT GEA %d' % y
T.update({'BGEA1': 'BUT GEA 1re année', 'BGEA2': 'BUT GEA 2e année', 'BGEA3': 'BUT GEA 3e année'})

# F. Sciences (invented 4MAnXXX)
for c, l in [('4MA3ALG', 'Algèbre linéaire 3'), ('4MA3ANA', 'Analyse 3'), ('4MA3PRB', 'Probabilités 1'),
             ('4MA4ANA', 'Analyse 4'), ('4MA4ALG', 'Algèbre 4'), ('4MA5TOP', 'Topologie'),
             ('4MA5MES', 'Mesure et intégration'), ('4IN3PRG', 'Programmation impérative'),
             ('4IN3BDD', 'Bases de données 1'), ('4IN3ARC', 'Architecture des ordinateurs'),
             ('4IN4ALG', 'Algorithmique 2'), ('4IN5RES', 'Réseaux'), ('4IN5CMP', 'Compilation'),
             ('4IN5GLO', 'Génie logiciel')]:
    el(c, l, [(c + 'TD1', 'TD1 ' + l), (c + 'TD2', 'TD2 ' + l), (c + 'TP1', 'TP1 ' + l), (c + 'TP2', 'TP2 ' + l)])
T.update({'4LMAT2': 'Licence Mathématiques 2e année', '4LMAT3': 'Licence Mathématiques 3e année',
          '4LINF2': 'Licence Informatique 2e année', '4LINF3': 'Licence Informatique 3e année'})

# G. Histoire (invented HST-nnn)
hst = {101: 'Histoire ancienne 1', 102: 'Histoire médiévale 1', 103: 'Histoire moderne 1',
       104: 'Histoire contemporaine 1', 105: 'Méthodologie historique', 106: 'Géographie pour historiens',
       201: 'Histoire ancienne 2', 202: 'Histoire médiévale 2', 203: 'Histoire moderne 2',
       204: 'Histoire contemporaine 2', 205: 'Paléographie', 206: 'Latin pour historiens',
       301: 'Historiographie', 302: 'Archéologie', 303: 'Histoire de la Normandie', 304: 'Patrimoine'}
for n, l in hst.items():
    c = 'HST-%d' % n
    el(c, l, [(c + 'TD%d' % i, 'TD%d %s' % (i, l)) for i in (1, 2, 3)])
T.update({'LHIS1': 'Licence Histoire 1re année', 'LHIS2': 'Licence Histoire 2e année',
          'LHIS3': 'Licence Histoire 3e année'})

# H. Psychologie (invented PSMn.Enn, groups PSnEnnGn)
psy1 = ['Psychologie cognitive avancée', 'Psychopathologie', 'Neuropsychologie', 'Méthodes statistiques',
        'Psychologie sociale', 'Entretien clinique', 'Psychologie expérimentale', 'Stage et analyse de pratique']
psy2 = ['Psychologie clinique approfondie', 'Évaluation psychologique', 'Mémoire de recherche', 'Déontologie']
for yr, lst in ((1, psy1), (2, psy2)):
    for i, l in enumerate(lst, 1):
        c = 'PSM%d.E%02d' % (yr, i)
        el(c, l, [('PS%dE%02dG%d' % (yr, i, g), 'Groupe %d %s' % (g, l)) for g in (1, 2)])
T.update({'MPSY1': 'Master 1 Psychologie', 'MPSY2': 'Master 2 Psychologie'})

# I. STAPS (invented TnXXnn)
for c, l in [('T1AN11', 'Anatomie fonctionnelle'), ('T1PH12', 'Physiologie 1'), ('T1SH13', 'Sciences humaines 1'),
             ('T1AP14', 'Pratique sportive 1'), ('T2BM21', 'Biomécanique'), ('T2PH22', "Physiologie de l'effort"),
             ('T2SO23', 'Sociologie du sport'), ('T2AP24', 'Pratique sportive 2'), ('T2EN25', 'Entraînement 1'),
             ('T3EN31', 'Entraînement 2'), ('T3MG32', 'Management du sport'), ('T3AP34', 'Pratique sportive 3')]:
    el(c, l, [(c + 'TD%d' % i, 'TD%d %s' % (i, l)) for i in (1, 2, 3)])
T.update({'STAPL1': 'Licence STAPS 1re année', 'STAPL2': 'Licence STAPS 2e année',
          'STAPL3': 'Licence STAPS 3e année'})

# J. Economie (invented ECnnnn)
for c, l in [('EC0110', 'Microéconomie 1'), ('EC0120', 'Macroéconomie 1'), ('EC0130', 'Statistiques 1'),
             ('EC0140', 'Mathématiques 1'), ('EC0310', 'Microéconomie 3'), ('EC0320', 'Économétrie 1'),
             ('EC0330', 'Économie monétaire'), ('EC0340', 'Histoire de la pensée économique'),
             ('EC0510', 'Économie industrielle'), ('EC0520', "Finance d'entreprise"), ('EC0530', 'Économie publique')]:
    el(c, l, [(c + 'TD%d' % i, 'TD%d %s' % (i, l)) for i in range(1, 5)])
T.update({'ECOL1': 'Licence Économie 1re année', 'ECOL2': 'Licence Économie 2e année',
          'ECOL3': 'Licence Économie 3e année'})

# K. Geographie (invented GOn.XXXX)
for c, l in [('GO1.CART', 'Cartographie'), ('GO1.CLIM', 'Climatologie'), ('GO1.URBA', 'Géographie urbaine'),
             ('GO1.RURA', 'Géographie rurale'), ('GO2.SIG1', 'SIG 1'), ('GO2.GEOM', 'Géomorphologie'),
             ('GO2.POPU', 'Géographie de la population'), ('GO2.TERR', 'Stage de terrain')]:
    el(c, l, [(c + 'TP1', 'TP1 ' + l), (c + 'TP2', 'TP2 ' + l)])
T.update({'LGEO1': 'Licence Géographie 1re année', 'LGEO2': 'Licence Géographie 2e année'})

UNKNOWN.update({'DR1CIV3': 'archived', 'HST-099': 'archived', '4IN3ALG': 'mistyped', 'EC0315': 'mistyped',
                'AN-10C': 'archived', 'GA1R199': 'invented', 'PSM1.E12': 'archived', 'T2AP29': 'archived',
                '1CA199': 'archived', 'EC0160': 'unknown to Apogee', 'GO1.CARX': 'mistyped'})


def catalogue():
    labels = {}
    labels.update(E); labels.update(G); labels.update(T)
    return {'elements': sorted(E), 'etapes': sorted(T), 'groups': sorted(G),
            'unknown': sorted(UNKNOWN), 'labels': labels}
