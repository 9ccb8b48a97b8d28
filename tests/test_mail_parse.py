"""parse_mail on the mails people really send: charsets, French quoting, HTML, attachments."""
from __future__ import annotations

import base64
import logging
import re

import pytest

from triage.mail.html import html_to_text
from triage.mail.parse import parse_mail
from triage.mail.quoting import normalise, split_text


def raw_mail(headers: str, body: bytes | str = b"Bonjour", sep: str = "\n") -> bytes:
    body = body.encode() if isinstance(body, str) else body
    return headers.strip().replace("\n", sep).encode("utf-8", "surrogateescape") + \
        (sep * 2).encode() + body


BASE = "From: Léa <lea@etu.unicaen.fr>\nTo: cemu.assistance@unicaen.fr\nMessage-ID: <x1@etu>\n"


# --------------------------------------------------------------------------- charsets
@pytest.mark.parametrize("charset,data", [
    ("iso-8859-1", "Numéro étudiant : 21901234, élève".encode("latin-1")),
    ("windows-1252", "L’accès au cours « Maths » coûte 0 €".encode("cp1252")),
    ("utf-8", "Problème d'accès à Ecampus".encode()),
    ("x-unknown-charset", "Problème d'accès".encode()),           # LookupError in the stdlib
    ("utf-8", "Accès refusé".encode("latin-1")),                   # wrong declaration
    ("iso-8859-1", "Accès refusé".encode("utf-8")),                # utf-8 declared as latin-1
])
def test_every_charset_gives_readable_french(charset, data):
    mail = parse_mail(raw_mail(BASE + f"Subject: t\nContent-Type: text/plain; charset={charset}",
                               data))
    assert "\ufffd" not in mail.text and "Ã" not in mail.text
    assert any(word in mail.text for word in ("Numéro", "L’accès", "Problème", "Accès"))


def test_a_charset_declared_the_rfc_2231_way_is_read_on_the_first_pass(caplog):
    """charset*=us-ascii''iso-8859-1: the first (compat32) reading gets the parameter as a
    tuple; decoded, the body is read there, not after a failure and a second parse."""
    caplog.set_level(logging.INFO, logger="triage.mail.parse")
    mail = parse_mail(raw_mail(BASE + "Subject: t\nContent-Type: text/plain; "
                               "charset*=us-ascii''iso-8859-1", "Numéro étudiant".encode("latin-1")))
    assert mail.text.startswith("Numéro étudiant")
    assert "unreadable" not in caplog.text and not mail.defects


def test_encoded_word_headers_and_raw_8bit_headers():
    mail = parse_mail(raw_mail(
        "From: =?iso-8859-1?Q?Ren=E9e_Dupr=E9?= <renee@etu.unicaen.fr>\n"
        "Subject: =?utf-8?B?UHJvYmzDqG1lIGQnYWNjw6hz?= au cours\n"
        "To: cemu@unicaen.fr\nMessage-ID: <e1@x>"))
    assert mail.from_name == "Renée Dupré" and mail.subject == "Problème d'accès au cours"
    latin = parse_mail(b"From: lea@etu.unicaen.fr\nSubject: Acc\xe8s refus\xe9\n\nx")
    assert latin.subject == "Accès refusé"


@pytest.mark.parametrize("header", [
    'Content-Type: application/pdf; name*=utf-8\'\'rel%C3%A9v%C3%A9.pdf; name*',  # gh-151857
    'To: "',                                                                   # gh-148518
    "Message-ID: <[abc]@[127.0.0.1]>",                                        # gh-105802
])
def test_headers_that_break_policy_default_never_raise(header):
    mail = parse_mail(raw_mail("From: lea@etu.unicaen.fr\nSubject: s\n" + header, b"corps"))
    assert mail.from_addr == "lea@etu.unicaen.fr" and mail.message_id


def test_missing_message_id_gets_a_content_hash():
    raw = raw_mail("From: lea@etu.unicaen.fr\nSubject: s")
    assert parse_mail(raw).message_id == parse_mail(raw).message_id
    assert parse_mail(raw).message_id.startswith("sha256:")
    assert parse_mail(raw + b"!").message_id != parse_mail(raw).message_id


# --------------------------------------------------------------------------- defects & loops
def test_defects_for_no_sender_no_body_invalid_addresses():
    assert "no sender" in parse_mail(b"Subject: s\n\ntexte").defects[0]
    assert parse_mail(raw_mail(BASE + "Subject: s", b"")).defects == ["no body"]
    bad = parse_mail(raw_mail("From: < >\nCc: {{{\nSubject: s", b"x"))
    assert any("no sender" in d for d in bad.defects)
    assert any("Cc" in d for d in bad.defects) and bad.broken
    assert parse_mail(b"\x00\xff garbage").broken          # still returned, never raised


def _b(text: str) -> str:
    return f"=?utf-8?b?{base64.b64encode(text.encode()).decode()}?="


def test_a_from_encoded_whole_gives_its_address_and_is_flagged():
    """Some mailers encode the whole From, address included: the address is read from the
    decoded header, and the mail is flagged for a human (it breaks RFC 2047 section 5)."""
    mail = parse_mail(raw_mail(f"From: {_b('Anaïs Leroy <anais.leroy@etu.unicaen.fr>')}\n"
                               "To: cemu.assistance@unicaen.fr\nSubject: merci"))
    assert (mail.from_name, mail.from_addr) == ("Anaïs Leroy", "anais.leroy@etu.unicaen.fr")
    assert mail.broken and "encoded whole" in mail.defects[0]


@pytest.mark.parametrize("from_header", [
    # a real address beside encoded words: the address as written, never the decoded one
    f"{_b('doyen@unicaen.fr')} <eve@evil.example>",
    # text outside the encoded words (the « Mailsploit » shape): no address from decoding
    f"{_b('doyen@unicaen.fr')}{_b(chr(0))}@evil.example",
    # a line break or a second address inside: nothing read from decoding
    _b("Eve <eve@evil.example>\r\nBcc: victim@example.org"),
    _b("a@etu.unicaen.fr, b@etu.unicaen.fr"),
    _b("pas une adresse"),
])
def test_decoding_never_gives_an_address_a_stranger_could_hide(from_header):
    mail = parse_mail(raw_mail(f"From: {from_header}\nTo: cemu.assistance@unicaen.fr\nSubject: s"))
    assert mail.from_addr == "" or mail.from_addr.endswith("@evil.example")
    assert not any("encoded whole" in d for d in mail.defects)


@pytest.mark.parametrize("headers,reason", [
    ("Auto-Submitted: auto-replied\nSubject: Absence", "auto-submitted"),
    ("X-Autoreply: yes\nSubject: Absent", "auto-reply"),
    ("Precedence: bulk\nSubject: Lettre", "precedence"),
    ("List-Id: <etudiants.unicaen.fr>\nSubject: Info", "mailing list"),
    ("Return-Path: <>\nSubject: Undelivered", "bounce"),
    ("Subject: [GLPI #0000001] New ticket\nX-Loop: glpi", "helpdesk"),
])
def test_automatic_mails_are_recognised(headers, reason):
    mail = parse_mail(raw_mail(BASE.replace("Message-ID: <x1@etu>\n", "") + headers, b"x"))
    assert reason in mail.auto_reason


@pytest.mark.parametrize("sender,reason", [
    ("MAILER-DAEMON@unicaen.fr", "bounce"), ("postmaster@etu.unicaen.fr", "bounce"),
    ("bounces+ecampus=unicaen.fr@listes.example.org", "bounce"),
    ("noreply@moodle.unicaen.fr", "no-reply sender"), ("ne_pas_repondre@unicaen.fr", "no-reply sender"),
    ("do-not-reply@partage.example.org", "no-reply sender"),
])
def test_senders_that_are_machines(sender, reason):
    """The address alone says it: a mail system's (a bounce) or one that reads nothing."""
    mail = parse_mail(raw_mail(BASE.replace("Léa <lea@etu.unicaen.fr>", sender) + "Subject: s"))
    assert mail.auto_reason == reason


def test_who_a_reply_goes_to():
    """The pipeline's answer address (mail/addresses.py, the same checks the reader uses): the
    Reply-To, else the From; never ours (+tags, any case), a no-reply or a mail system."""
    from triage.mail.addresses import reply_address
    ours = ("cemu.assistance@unicaen.fr",)
    assert reply_address("", "lea@etu.unicaen.fr", ours) == "lea@etu.unicaen.fr"
    assert reply_address("Cemu.Assistance+x@unicaen.fr", "lea@etu.unicaen.fr", ours) == \
        "lea@etu.unicaen.fr"
    for robot in ("cemu.assistance+relance@UNICAEN.fr", "noreply@moodle.unicaen.fr",
                  "mailer-daemon@unicaen.fr", "bounces+x=y@listes.example.org"):
        assert reply_address("", robot, ours) == "", robot
    assert reply_address("", "jean.bouncer@unicaen.fr", ours) == "jean.bouncer@unicaen.fr"


def test_a_student_mail_is_not_automatic():
    assert parse_mail(raw_mail(BASE + "Subject: cours", b"Bonjour")).auto_reason == ""


# --------------------------------------------------------------------------- quoting
@pytest.mark.parametrize("history", [
    "Le lun. 3 févr. 2025 à 10:12, CEMU Assistance <cemu.assistance@unicaen.fr> a\nécrit\u00a0:\n> Bonjour",
    "Le 03/02/2025 à 10:12, CEMU a écrit\u202f:\n> ancien",
    "----- Mail original -----\nDe: \"CEMU\" <cemu@unicaen.fr>\nÀ: lea\nEnvoyé: lundi\n",
    "-----Message d'origine-----\nDe : CEMU\nEnvoyé : lundi 3 février 2025 10:12\nÀ : Léa\n",
    "-------- Message transféré --------\nSujet : cours\nDate : lun.\nDe : prof@unicaen.fr\n",
    "________________________________\nDe\u00a0: CEMU <cemu@unicaen.fr>\nEnvoyé\u00a0: lundi\nObjet\u00a0: Re: cours",
    "De : CEMU Assistance <cemu@unicaen.fr>\nEnvoyé : lundi 3 février 2025 10:12\nÀ : Léa\n",
    "On Mon, Feb 3, 2025 at 10:12 AM CEMU <cemu@unicaen.fr> wrote:\n> Hello",
])
def test_new_text_is_separated_from_french_quoted_history(history):
    text = "Merci, mon code est RCAED334.\n\nCordialement,\nLéa\n\n" + history + "\nVIEUX TEXTE"
    parts = split_text(text)
    assert parts.new.startswith("Merci, mon code est RCAED334.") and parts.new.endswith("Léa")
    assert "VIEUX TEXTE" in parts.quoted and "VIEUX" not in parts.new


@pytest.mark.parametrize("last", ["Le secrétariat de biologie – 02 31 56 00 00", "On verra demain",
                                  "le cours reste invisible"])
def test_a_last_line_opening_like_an_attribution_is_read(last):
    """A mail ending on « Le secrétariat … » was an unreadable body: looking for an attribution
    wrapped over the next lines read past the last one (IndexError)."""
    body = "Bonjour,\nles consignes du TP sont invisibles.\nCordialement,\n" + last
    mail = parse_mail(raw_mail(BASE + "Subject: TP", body))
    assert mail.defects == [] and mail.new_text == body and mail.quoted_text == ""
    assert split_text("Merci\n" + last).new == "Merci\n" + last


def test_attributions_are_only_looked_for_where_a_verb_says_so():
    """Round 7: _attribution_at returns at once when no line of its window says « écrit »,
    « wrote » or « written »; on every written mail and on wrapped edge cases, the same answer
    as trying the three spans."""
    from pathlib import Path

    from triage.mail import quoting

    def spans_tried(lines: list[str], i: int) -> bool:
        for span in (1, 2, 3):
            if i + span > len(lines) or span > 1 and re.search(r"[.!?:]\s*$", lines[i + span - 2]):
                break
            chunk = " ".join(ln.strip() for ln in lines[i:i + span])
            if chunk and quoting._ATTRIBUTION.match(chunk):
                return True
        return False
    texts = [parse_mail(f.read_bytes()).text
             for f in sorted((Path(__file__).parent / "corpus").rglob("*.eml"))]
    edge = ["Le 3 mars 2025 à 10:12, Jean <j@unicaen.fr> a\nécrit :", "On Mon, 3 Feb 2025 at 10:12, X has\nwritten:",
            "Le lun. 3 févr. 2025, CEMU\n<cemu@unicaen.fr>\na écrit :", "LE 03/02/2025 A ÉCRIT :",
            "le 3 mars 2025, jean a écrıt :", "On 2025-02-03 X wrote\n:", "Le cours\nLe 3 mars 2025"]
    found = 0
    for text in texts + edge:
        lines = quoting.normalise(text).split("\n")
        for i in range(len(lines)):
            assert quoting._attribution_at(lines, i) == spans_tried(lines, i), lines[i:i + 3]
            found += spans_tried(lines, i)
    assert found > 100


def test_signature_and_mobile_footer_are_split_off():
    parts = split_text("Je n'ai pas accès.\n-- \nLéa Martin\nL2 Droit")
    assert parts.new == "Je n'ai pas accès." and parts.signature.startswith("-- ")
    assert split_text("Bonjour\nEnvoyé de mon iPhone").signature == "Envoyé de mon iPhone"


def test_plain_prose_mentioning_de_is_not_a_quote():
    text = "De : mon côté, rien ne marche.\nMerci de votre aide."
    assert split_text(text).new == text


def test_normalise_turns_line_ends_and_french_spaces_into_plain_ones():
    """Each character is replaced where it is, whatever others the text holds (round 7 replaced
    str.translate by one str.replace per character the text holds)."""
    assert normalise("a\u00a0:\u202fb\u2007c\u2009d\ufeffe\r\nf\rg\r\r\n\u00a0\u00a0") == \
        "a : b c de\nf\ng\n\n  "
    assert normalise("Objet\u202f: cours") == "Objet : cours" and normalise("") == ""
    assert normalise(None) == ""


# --------------------------------------------------------------------------- html
def test_html_only_mail_keeps_links_and_quotes():
    html = ('<html><head><style>p{color:red}</style><script>x()</script></head><body>'
            '<p>Bonjour,</p><p>le <a href="https://ecampus.unicaen.fr/course/view.php?id=4242">'
            'cours de maths</a> est vide&nbsp;!</p><div>Le 3 févr. 2025, CEMU a écrit :</div>'
            '<blockquote><p>ancienne réponse</p></blockquote></body></html>')
    mail = parse_mail(raw_mail(BASE + "Subject: s\nContent-Type: text/html; charset=utf-8", html))
    assert "course/view.php?id=4242" in mail.new_text
    assert "color:red" not in mail.text and "x()" not in mail.text
    assert "> ancienne réponse" in mail.quoted_text and "ancienne" not in mail.new_text
    assert mail.html.startswith("<html>")


def test_html_text_does_not_repeat_a_visible_link():
    text = html_to_text('<a href="https://ecampus.unicaen.fr/">https://ecampus.unicaen.fr/</a>')
    assert text.count("ecampus") == 1


def test_html_text_of_a_long_line_of_spans_and_links():
    """A page of inline tags without a block is one long line, written in pieces (round 7: it
    was copied whole at each piece); each link's target follows its text unless the text is the
    link, quoted lines keep their prefix."""
    spans = "".join(f"<span>mot{n} </span>" for n in range(3000))
    assert html_to_text(f"<p>{spans}</p>") == " ".join(f"mot{n}" for n in range(3000))
    links = "".join(f'<a href="https://e.fr/{n}">cours {n}</a> <a href="https://e.fr/{n}">'
                    f"https://e.fr/{n}</a> " for n in range(2000))
    assert html_to_text(f"<blockquote><p>Bonjour</p><p>{links}</p></blockquote>") == \
        "> Bonjour\n> " + " ".join(f"cours {n} <https://e.fr/{n}> https://e.fr/{n}" for n in range(2000))


def test_html_quotes_nested_deeper_than_mail_does_share_one_prefix():
    """Each line of a quote carries its depth as "> " prefixes; a hostile mail nesting thousands
    of blockquotes made that quadratic (160 kB of them: 64 MB of text). Beyond 50 levels the
    prefix stays that of level 50."""
    from triage.mail.html import MAX_QUOTE_DEPTH
    assert html_to_text("<blockquote>" * 3 + "x") == "> > > x"
    assert html_to_text("<blockquote>" * 60 + "x") == "> " * MAX_QUOTE_DEPTH + "x"
    deep = html_to_text("<blockquote><p>x</p>" * 8000)
    assert len(deep) < 8000 * (2 * MAX_QUOTE_DEPTH + 3) and deep.count("\n") == 7999


def test_html_left_unfinished_is_read_as_text():
    """An unterminated tag with thousands of characters after it (broken or hostile markup): the
    standard parser rescans that rest once per "<" when closing (quadratic: minutes for a few
    hundred kB on Python 3.11); past 2,000 characters it is read as text with its tags removed,
    which is what the parser makes of it too."""
    assert html_to_text("<p>Bonjour</p>" + "x<y " * 1000) == "Bonjour\n" + ("x<y " * 1000).strip()
    assert html_to_text("<p>Bonjour &amp; merci</p>" + "<a " * 1000 + "&eacute;t&eacute;") \
        == "Bonjour & merci\n" + "<a " * 1000 + "été"
    assert html_to_text("<div>Objet</div><!--" + "note " * 600) == "Objet\n<!--" + ("note " * 600).strip()


# --------------------------------------------------------------------------- attachments
def _multipart(parts: list[str]) -> bytes:
    body = "".join(f"--XX\n{p}\n" for p in parts) + "--XX--\n"
    return raw_mail(BASE + 'Subject: pj\nMIME-Version: 1.0\nContent-Type: multipart/mixed; '
                    'boundary="XX"', body)


def test_attachments_rfc2231_and_rfc2047_names_and_size_limit():
    png = base64.b64encode(b"\x89PNG" + b"0" * 200).decode()
    mail = parse_mail(_multipart([
        "Content-Type: text/plain; charset=utf-8\n\nVoir capture.",
        "Content-Type: image/png\nContent-Disposition: attachment;\n"
        " filename*0*=UTF-8''capture%20%C3%A9cran;\n filename*1*=.png\n"
        f"Content-Transfer-Encoding: base64\n\n{png}",
        'Content-Type: application/pdf; name="=?utf-8?B?cmVsZXbDqS5wZGY=?="\n'
        f"Content-Transfer-Encoding: base64\n\n{png}",
    ]), max_attachment_bytes=100)
    names = [a.filename for a in mail.attachments]
    assert names == ["capture écran.png", "relevé.pdf"]
    assert mail.attachments[0].content_type == "image/png"
    assert all(a.truncated and a.content == b"" and a.size == 204 for a in mail.attachments)
    assert mail.new_text == "Voir capture."


def test_attachment_names_wherever_a_header_gives_them():
    """Round 7 reads a part's parameters only when a header could name it: a name in either
    header, in capitals or raw 8-bit, is still read; a text part without one stays the body."""
    png = base64.b64encode(b"\x89PNG" + b"0" * 20).decode()
    mail = parse_mail(_multipart([
        "Content-Type: text/plain; charset=utf-8\n\nVoir les pièces.",
        f"Content-Type: image/png; NAME=capture.png\nContent-Transfer-Encoding: base64\n\n{png}",
        "Content-Type: text/plain; charset=utf-8\nContent-Disposition: inline; "
        "FileName=\"notes.txt\"\n\nnotes",
        "Content-Type: application/pdf\nContent-Disposition: attachment; "
        f"filename=\"relevX.pdf\"\nContent-Transfer-Encoding: base64\n\n{png}",
    ]).replace(b"relevX", b"relev\xe9"))
    names = [a.filename for a in mail.attachments]
    assert names[:2] == ["capture.png", "notes.txt"] and len(names) == 3
    assert names[2].startswith("relev") and names[2].endswith(".pdf")    # raw 8-bit: a Header
    assert mail.new_text == "Voir les pièces."


# --------------------------------------------------------------------------- Message-ID fast path
@pytest.mark.parametrize("headers", [
    BASE,
    BASE.replace("\n", "\r\n"),                                                  # CRLF mail
    "Message-ID: <first@etu>\nFrom: a@b.fr\n",                                   # first line
    "From: a@b.fr\nMessage-Id:\t<tab@etu> \n",                                  # case, spaces
    "From: a@b.fr\nMessage-ID:\n <folded@etu>\n",                               # folded
    "From: a@b.fr\nMessage-ID: <one@etu>\nMessage-ID: <two@etu>\n",             # twice
    "From: a@b.fr\nX-Original-Message-ID: <orig@etu>\nMessage-ID: <real@etu>\n",
    "From: a@b.fr\nMessage-ID: <x@[10.0.0.1]>\n",                               # gh-105802
    "From: a@b.fr\nMessage-ID: no-brackets@etu\n",
    "From: a@b.fr\nSubject: no id at all\n",
])
def test_the_watchers_message_id_is_the_one_parse_mail_gives(headers):
    from triage.mail.parse import message_id_of
    for body in ("Bonjour\n\nMessage-ID: <in-the-body@etu>\n", ""):
        raw = raw_mail(headers, body) if body else headers.encode()
        assert message_id_of(raw) == parse_mail(raw).message_id


def test_the_watchers_message_id_matches_parse_mail_on_every_stored_mail():
    from pathlib import Path

    from triage.mail.parse import message_id_of
    root = Path(__file__).resolve().parents[1]
    files = [*root.glob("tests/corpus/**/*.eml"), *root.glob("triage/demo/mails/*.eml"),
             *(root.parent / "shared" / "peer-mail" / "glpi").glob("*.eml")]
    assert len(files) > 150
    for path in files:
        raw = path.read_bytes()
        assert message_id_of(raw) == parse_mail(raw).message_id, path.name


def test_plain_address_headers_read_as_the_standard_parser_reads_them():
    """Address headers of the plain forms are split without the standard library's parser
    (a tenth of a millisecond each, the parse's largest cost on an ordinary mail), into the very
    pairs it gives; any other form (quotes, comments, groups, encoded words, odd dots, a name
    with a dot) is still its parser's."""
    from email.utils import getaddresses

    from triage.mail.parse import _PLAIN_ADDRESS, _split_addresses
    plain = ["jean.dupont@unicaen.fr", "Jean Dupont <jean.dupont@unicaen.fr>",
             "  Jean   Marie O'Neil-Durand  <j-m.oneil+ecampus@etu.unicaen.fr> ",
             "a@b.fr, Scolarité <scol@unicaen.fr>".replace("é", "e"), "Jean\tDupont<jd@x.fr>"]
    parsed = ['"Dupont, Jean" <jean.dupont@unicaen.fr>', "jean@x.fr (Jean Dupont)",
              "=?utf-8?q?Ana=C3=AFs?= <anais@x.fr>", "J. Dupont <jd@x.fr>", "a..b@x.fr",
              "undisclosed-recipients:;", "a@b.fr,, c@d.fr", "Jean <jean@x.fr", "<jd@x.fr>",
              "Scolarité <scol@unicaen.fr>"]
    for value in plain:
        assert all(_PLAIN_ADDRESS.fullmatch(piece) for piece in value.split(",")), value
        assert _split_addresses(value) == getaddresses([value]), value
    for value in parsed:
        assert not all(_PLAIN_ADDRESS.fullmatch(piece) for piece in value.split(",")), value
        assert _split_addresses(value) == getaddresses([value]), value
    assert _split_addresses("Jean Dupont <jean.dupont@unicaen.fr>") == [
        ("Jean Dupont", "jean.dupont@unicaen.fr")]
