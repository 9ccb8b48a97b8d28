from mails import *
@reg("other")
def _(m):
    nm, ad, f, l = student_addr(m); e = pick("elements", sc())
    return ("date partiel", f"Bonjour, savez-vous quand aura lieu le partiel de {usual(e)} ? Sur ecampus rien n'est indiqué. merci", "student","fr","exam date question",dict(frm=f"{nm} <{ad}>"))
@reg("other")
def _(m):
    nm, ad, f, l = staff_addr(); e = pick("elements", sc()); u, cid = link(m, "mod/quiz/view.php" if False else "course/view.php")
    return ("Paramètre test", f"Bonjour,\nDans mon cours {m.c(e)} ({u}) je voudrais que le test soit ouvert de 14h à 14h45 avec une seule tentative et un tiers-temps pour 2 étudiants. Comment régler les dérogations ?\nMerci\n{f} {l}", "staff","fr","quiz settings / tiers-temps",dict(frm=f"{nm} <{ad}>"))
@reg("other")
def _(m):
    nm, ad, f, l = staff_addr()
    return ("Re: [CEMU #%d] Merci" % R.randint(240000,259999), f"Merci beaucoup, tout fonctionne maintenant !\nBonne journée\n{f}" + fwd("CEMU Assistance <cemu.assistance@unicaen.fr>", "Bonjour,\nLe cours est désormais visible.\nCordialement,\nCEMU", "mar. 14 oct. 2025 à 11:03"), "staff","fr","thank-you",dict(frm=f"{nm} <{ad}>"))
@reg("other")
def _(m):
    return ("Votre boîte mail est pleine - action requise", "Cher utilisateur,\n\nVotre quota de messagerie a atteint 98%. Cliquez ici pour valider votre compte : http://unicaen-webmail-verif.com/login\nFaute de quoi votre compte sera suspendu sous 24h.\n\nService informatique", "unknown","fr","phishing spam",dict(frm="Service Informatique <admin@helpdesk-mail-upgrade.net>"))
@reg("other")
def _(m):
    return ("Offre spéciale licences -40%", "Bonjour,\nProfitez de notre offre Microsoft 365 Education à 49,90 € HT/an (réf. MS-365-EDU-A3, code promo RENTREE25).\nDevis sous 24h : 01 84 25 33 10\nL'équipe SoftDistrib", "unknown","fr","commercial spam with product refs and price",dict(frm="SoftDistrib <promo@softdistrib.fr>", form="htmlonly"))
@reg("other")
def _(m):
    nm, ad, f, l = student_addr(m)
    return ("attestation de réussite", f"Bonjour, j'aurais besoin de mon attestation de réussite de L2 pour un dossier Parcoursup/master, à qui dois-je m'adresser ? INE {ine()}\nCordialement\n{f} {l}", "student","fr","not Ecampus: certificate request",dict(frm=f"{nm} <{ad}>"))
@reg("other")
def _(m):
    nm, ad, f, l = staff_addr(); u, cid = link(m, "course/view.php")
    return ("Import de notes", f"Bonjour,\nComment exporter le carnet de notes de {u} vers un fichier Excel compatible avec la saisie Apogée ? Version Moodle affichée : 4.1.12.\n{f} {l}", "staff","fr","gradebook export question",dict(frm=f"{nm} <{ad}>"))
@reg("other")
def _(m):
    nm, ad, f, l = student_addr(m)
    return ("plagiarism", f"Hi, my assignment was flagged by Compilatio at 34% but they are all quotations. Who can I talk to? Ticket 2025-10-4471. {f}", "student","en","English: plagiarism report question",dict(frm=f"{nm} <{ad}>"))
# automatic
@reg("auto")
def _(m):
    f, l = person()
    return ("Absent du bureau : Re: inscriptions Ecampus", f"Bonjour,\n\nJe suis absente du bureau du 20/10 au 02/11/2025 inclus. Pour toute question urgente concernant la scolarité, merci de contacter le secrétariat au {tel()} ou scolarite.droit@unicaen.fr.\n\n{f} {l}", "unknown","fr","out of office",dict(frm=f"{f} {l} <{ascii_(f)}.{ascii_(l)}@unicaen.fr>", headers={"Auto-Submitted":"auto-replied","X-Autoreply":"yes"}))
@reg("auto")
def _(m):
    f, l = person()
    return ("Automatic reply: Accès au cours", f"Thank you for your message. I am currently travelling with limited access to email until 15 January 2026. For urgent matters please contact the IAE office: {tel()}.\n\n{f} {l}", "unknown","en","English out of office",dict(frm=f"{f} {l} <{ascii_(f)}.{ascii_(l)}@unicaen.fr>", headers={"Auto-Submitted":"auto-replied"}))
@reg("auto")
def _(m):
    return ("Undelivered Mail Returned to Sender", "This is the mail system at host smtp.unicaen.fr.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<" + m.n() + "@etu.unicaen.fr>: host mx.etu.unicaen.fr[10.14.2.3] said: 550 5.1.1\n    User unknown (in reply to RCPT TO command)\n", "unknown","en","bounce (DSN)",dict(frm="MAILER-DAEMON@unicaen.fr (Mail Delivery System)", dsn=True))
@reg("auto")
def _(m):
    return ("[liste-enseignants] Lettre d'info du CEMU - novembre 2025", "Lettre d'information du CEMU\n\n- Nouvelle version d'Ecampus (Moodle 4.5) le 3 février 2026\n- Ateliers Moodle niveau 1 : 18/11 14h, salle CEMU-03\n- Problèmes d'accès à Ecampus : http://cemu.unicaen.fr/le-cemu/problemes-d-acces-a-ecampus-1088766.kjsp\n\nPour vous désabonner : https://listes.unicaen.fr/sympa/signoff/liste-enseignants\n", "unknown","fr","mailing list newsletter",dict(frm="CEMU <cemu-info@listes.unicaen.fr>", headers={"List-Id":"<liste-enseignants.listes.unicaen.fr>","Precedence":"list","List-Unsubscribe":"<https://listes.unicaen.fr/sympa/signoff/liste-enseignants>"}, form="alt"))
@reg("auto")
def _(m):
    f, l = person()
    return ("Réponse automatique : [CEMU #%d]" % R.randint(240000,259999), f"Bonjour,\nJe suis en congé maladie jusqu'au 9 janvier. Vos messages ne seront pas transférés.\n{f} {l.upper()}\nBureau {office()}", "unknown","fr","automatic reply on a ticket",dict(frm=f"{f} {l} <{ascii_(f)}.{ascii_(l)}@unicaen.fr>", headers={"Auto-Submitted":"auto-replied"}))
