"""Round 17's speed paths give the answers of the general code they spare (helper speed17)."""
from __future__ import annotations

import email
from email import policy

from triage.extractors import learned, symptom
from triage.mail import parse


def _mail(headers: bytes, body: bytes = b"Bonjour\n") -> bytes:
    return headers + b"\n" + body


TRICKY_HEADERS = _mail(
    b"Received: from a by b\nreceived: from c by d\nFrom: Jos\xc3\xa9 <jose@etu.unicaen.fr>\n"
    b"To: cemu@unicaen.fr\nSUBJECT: =?utf-8?q?Cours_absent?=\nSubject: second subject\n"
    b"X-Note: caf\xe9 cr\xe8me\nContent-Type: text/plain; charset=iso-8859-1\n")


def test_header_block_gives_what_message_get_gives():
    message = email.message_from_bytes(TRICKY_HEADERS, policy=policy.compat32)
    block = parse._HeaderBlock(message)
    for name in ("received", "Received", "subject", "From", "x-note", "X-Missing", "content-type"):
        assert str(block.get(name)) == str(message.get(name))
        assert type(block.get(name)) is type(message.get(name))
    assert block.get("X-Missing") is None


def test_headers_keep_the_first_occurrence_decoded():
    mail = parse.parse_mail(TRICKY_HEADERS)
    assert mail.subject == "Cours absent"
    assert mail.headers["subject"] == "Cours absent"       # not the second Subject
    assert mail.headers["received"] == "from a by b"
    assert mail.headers["x-note"] == "café crème"          # raw 8-bit, in the body's charset
    assert mail.from_addr == "jose@etu.unicaen.fr" and mail.from_name == "José"
    assert not any("undeclared" in d for d in mail.defects)


def _features_reference(norms: list[str], surfaces: list[str]) -> dict[str, object]:
    """The word loop of `learned.features` as written before the per-word cache."""
    values: dict[str, object] = {}
    is_word = [learned._word(n) for n in norms]
    for i, n in enumerate(norms):
        if not is_word[i]:
            continue
        if n not in learned._STOP:
            for name in ("w:" + n, *(("p:" + n[:learned._STEM],) if len(n) > learned._STEM
                                     else ())):
                values.setdefault(name, surfaces[i])
        if i and is_word[i - 1]:
            values.setdefault(f"b:{norms[i - 1]}_{n}", (i,))
    return values


def test_word_features_same_names_in_the_same_order():
    text = ("Je ne vois pas le cours L2 droit : 12 étudiants, TD4, a b les inscriptions "
            "d'hier… 25110291 réinscription réinscription ok")
    reading = symptom.read_text(text)
    mail = learned.MailText(own_weighted=[(reading, 1.0)])
    values, words = learned.features(mail)
    expected = _features_reference(reading.norms, reading.surfaces)
    got = [name for name in values if name[:2] in ("w:", "p:", "b:")]
    assert got == list(expected)       # order matters: the model sums rows in this order
    assert "w:ne" not in values and "w:le" not in values     # « ne » skipped, stop words out
    assert "p:reins" in values and "w:12" not in values       # a stem; a number is no word


def test_word_of_drops_whitespace_and_ne_only():
    assert symptom._word_of("\r") is None and symptom._word_of("  ") is None
    assert symptom._word_of("ne") is None and symptom._word_of("n'") is None
    assert symptom._word_of("Inscrits") == "inscrit"
    reading = symptom.read_text("Je ne suis\n\npas  inscrite")
    assert reading.norms == ["je", "etre", "pas", "inscrit"]
    assert reading.surfaces == ["Je", "suis", "pas", "inscrite"]


def test_group_and_unit_words_still_read_after_the_head_test():
    concepts = {c.concept for c in symptom.find_cues("Je ne suis pas dans le TD12 ce semestre.")}
    assert "WRONG_GROUP" in concepts and "GROUP_NAME" in concepts
    assert "COURSE" in {c.concept for c in symptom.find_cues("Je ne vois pas l'UE3 sur Moodle.")}
    # a word that merely starts like one is none (« tdah », « ecole »)
    assert not {c.concept for c in symptom.find_cues("Mon tdah et mon ecole.")} & {
        "GROUP_NAME", "COURSE"}
