from lib import *

CEMU = "cemu.assistance@unicaen.fr"
CEMU_TO = "CEMU Assistance <cemu.assistance@unicaen.fr>"
CEMU_SIG = """--
L'équipe Assistance du CEMU
Centre d'Enseignement Multimédia Universitaire
Université de Caen Normandie
cemu.assistance@unicaen.fr - https://cemu.unicaen.fr"""

DISCLAIMER = """Ce message et toutes les pièces jointes sont établis à l'intention exclusive de ses destinataires et sont confidentiels. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. Avant d'imprimer ce message, pensez à l'environnement."""

ADDR = "Esplanade de la Paix - CS 14032 - 14032 CAEN Cedex 5"
