"""Odd but real mail, through Dovecot and the workers, as an agent then reads it (issue 18.5):
forwarded mails and delivery reports kept, encoded names with commas, every text part of a
mixed mail, Japanese charsets decoded (or the mail flagged), a junk line before the headers,
two different mails sharing one Message-ID. Built with the standard library's `email` writer
and by hand, as the mailers that send them do."""
from __future__ import annotations

from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from sqlalchemy import select

from tests.test_hostile_mail import OURS, STUDENT, take
from triage.model import ParsedMail
from triage.pipeline.lifecycle import TicketState
from triage.pipeline.receive import HOMONYM
from triage.store import models as m

pytest_plugins = ["tests.fixtures_mail"]


def stored(sessions, subject_part: str) -> tuple[m.Message, ParsedMail]:
    with sessions() as s:
        rows = [r for r in s.scalars(select(m.Message)) if subject_part in (r.subject or "")]
        assert len(rows) == 1, [r.subject for r in s.scalars(select(m.Message))]
        row = rows[0]
        s.expunge(row)
        return row, ParsedMail.from_dict(row.parsed)


def test_forwarded_mail_and_delivery_report_are_kept(dovecot, sessions):
    inner = EmailMessage()
    inner["From"] = "enseignant@unicaen.fr"
    inner["Subject"] = "Notes du TD"
    inner.set_content("Les notes du TD 3 sont en ligne.")
    forward = EmailMessage()
    forward["From"], forward["To"], forward["Subject"] = STUDENT, OURS, "Fwd: notes"
    forward.set_content("Je transfère le message de mon enseignant.")
    forward.add_attachment(inner)                       # message/rfc822
    report = (                                       # as Postfix writes it (RFC 3464)
        "From: MAILER-DAEMON@unicaen.fr\r\nTo: " + OURS + "\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n"
        "--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Votre message n'a pas pu être remis.\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; smtp.unicaen.fr\r\n\r\nFinal-Recipient: rfc822; "
        "absent@etu.unicaen.fr\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
        "--B\r\nContent-Type: message/rfc822\r\n\r\n"
        "From: " + OURS + "\r\nTo: absent@etu.unicaen.fr\r\nSubject: Re: x\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nNotre réponse d'origine.\r\n"
        "--B--\r\n").encode()
    take(dovecot, sessions, bytes(forward), report)
    _, fwd = stored(sessions, "Fwd: notes")
    assert fwd.new_text.startswith("Je transfère")
    assert "Les notes du TD 3 sont en ligne." in fwd.quoted_text    # read as a forwarded block
    kept = {a.filename: a for a in fwd.attachments}
    assert kept["Notes du TD.eml"].content_type == "message/rfc822"
    with sessions() as s:
        content = s.scalars(select(m.AttachmentRow.content).where(
            m.AttachmentRow.filename == "Notes du TD.eml")).one()
        assert b"Les notes du TD 3 sont en ligne." in content
    _, dsn = stored(sessions, "Undelivered")
    types = sorted(a.content_type for a in dsn.attachments)
    assert "Notre réponse d'origine." in dsn.quoted_text and "Status" not in dsn.quoted_text
    assert types == ["message/delivery-status", "message/rfc822"]
    with sessions() as s:
        contents = b"".join(s.scalars(select(m.AttachmentRow.content)))
        assert b"Status: 5.1.1" in contents and "Notre réponse d'origine".encode() in contents


def test_names_texts_and_charsets_reach_the_agent(dovecot, sessions):
    comma = (b"From: =?utf-8?q?M=C3=BCller=2C_Bernd?= <bernd.mueller@uni-example.de>\r\n"
             b"To: " + OURS.encode() + b"\r\nSubject: comma\r\n\r\nHello\r\n")
    mixed = MIMEMultipart("mixed")
    mixed["From"], mixed["To"], mixed["Subject"] = STUDENT, OURS, "mixed"
    mixed.attach(MIMEText("Première partie du texte.", _charset="utf-8"))
    mixed.attach(MIMEText("<p>Une partie HTML.</p>", "html", _charset="utf-8"))
    mixed.attach(MIMEText("Seconde partie, après la capture.", _charset="utf-8"))
    jis = EmailMessage()
    jis["From"], jis["To"] = "tanaka@example.jp", OURS
    jis["Subject"] = "日本語の件名"                       # encoded words, ISO-2022-JP
    jis.set_content("講義が見つかりません。", charset="iso-2022-jp")
    sjis = ("From: 山田 <yamada@example.jp>\r\nTo: " + OURS + "\r\nSubject: シフトJIS件名\r\n"
            "Content-Type: text/plain; charset=shift_jis\r\n\r\n本文です。\r\n").encode("shift_jis")
    undeclared = ("From: yamada@example.jp\r\nTo: " + OURS + "\r\nSubject: 宣言なし\r\n\r\n"
                  "body\r\n").encode("shift_jis")
    junk = (b"Envelope-line-from-a-broken-gateway\r\nFrom: " + STUDENT.encode() +
            b"\r\nTo: " + OURS.encode() + b"\r\nSubject: junk first\r\n\r\nTexte\r\n")
    take(dovecot, sessions, comma, mixed.as_bytes(), bytes(jis), sjis, undeclared, junk)
    _, got = stored(sessions, "comma")
    assert got.from_name == "Müller, Bernd"
    _, got = stored(sessions, "mixed")
    assert "Première partie" in got.text and "Seconde partie, après la capture." in got.text
    _, got = stored(sessions, "日本語")
    assert got.subject == "日本語の件名" and "講義が見つかりません" in got.text and not got.defects
    _, got = stored(sessions, "シフト")
    assert (got.subject, got.from_name, got.text) == ("シフトJIS件名", "山田", "本文です。")
    with sessions() as s:
        flagged = [t for t in s.scalars(select(m.Ticket)) if "8-bit header" in t.flag_reason]
        assert len(flagged) == 1 and flagged[0].state == TicketState.NEEDS_HUMAN
    _, got = stored(sessions, "junk first")
    assert got.from_addr == STUDENT and "junk line" in got.defects[0]


def test_same_message_id_different_mail_is_a_new_flagged_message(dovecot, sessions):
    def form(body: str, route: str) -> bytes:     # a web form reusing its Message-ID
        return (f"Received: from {route}\r\nFrom: {STUDENT}\r\nTo: {OURS}\r\n"
                f"Subject: Formulaire de contact\r\nMessage-ID: <form@ent.unicaen.fr>\r\n\r\n"
                f"{body}\r\n").encode()
    take(dovecot, sessions, form("Première demande : cours RCAED334.", "mx1"),
         form("Première demande : cours RCAED334.", "mx2"),     # the same mail by another route
         form("Seconde demande, toute différente : RCAED501.", "mx1"))
    with sessions() as s:
        rows = s.scalars(select(m.Message).order_by(m.Message.id)).all()
        assert len(rows) == 2
        assert rows[0].defects == [] and rows[1].defects == [HOMONYM]
        assert rows[1].message_id.startswith("form@ent.unicaen.fr~")
        assert HOMONYM in rows[1].ticket.flag_reason
        assert "Seconde demande" in ParsedMail.from_dict(rows[1].parsed).text
