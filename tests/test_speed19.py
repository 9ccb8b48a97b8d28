"""Speed of reading, round 19: fast paths that must read exactly as the general ones."""
from __future__ import annotations

import random

import pytest

from triage.mail import html as html_module
from triage.mail.html import _TextBuilder, _feed_plain_tags, html_to_text

# Pieces of HTML glued at random: tags without attributes (the fast path's), and everything that
# must send a document to HTMLParser (attributes, comments, declarations, a lone « < », raw
# <script>/<style> content, a « & » near the end).
_PIECES = ["<p>", "</p>", "<td>", "</TD>", "<tr>", "</tr>", "<table>", "<br>", "<a>", "</a>",
           "<pre>", "</pre>", "<blockquote>", "</blockquote>", "<li>", "<Ul>", "<title>",
           "</title>", "<img>", "<http:lien>", "<o:p>", "</o:p>", "Bonjour", " ", "\n", "  \t",
           "L2INF103", "22012345", "&amp;", "&eacute;t&eacute;", "&", "&#233;", "é", "x",
           "<b class='x'>", '<a href="https://ecampus.unicaen.fr/">', "<!-- note -->", "< 3",
           "<!DOCTYPE html>", "<script>", "</script>", "<style>", "p{}", "</style>", "<br/>",
           "</ p>", "&am", "<", ">", "<?xml ?>"]

_PLAIN = {"<p>", "</p>", "<td>", "</TD>", "<tr>", "</tr>", "<table>", "<br>", "<a>", "</a>", "<pre>",
          "</pre>", "<blockquote>", "</blockquote>", "<li>", "<Ul>", "<title>", "</title>", "<img>",
          "<http:lien>", "<o:p>", "</o:p>"}


def _stdlib(html: str, monkeypatch: pytest.MonkeyPatch) -> str:
    with monkeypatch.context() as m:
        m.setattr(html_module, "_feed_plain_tags", lambda builder, text: False)
        return html_to_text(html)


def test_plain_tags_read_as_htmlparser_reads_them(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(19)
    plain = [p for p in _PIECES if p[0] != "<" and p not in ("&am", ">") or p in _PLAIN]
    fast = 0
    for n in range(4000):
        pieces = plain if n % 2 else _PIECES
        doc = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        fast += _feed_plain_tags(_TextBuilder(), doc)
        assert html_to_text(doc) == _stdlib(doc, monkeypatch), doc
    assert fast > 1500                     # (the fast path was taken, not only its fallback)


def test_a_table_of_plain_tags_takes_the_fast_path() -> None:
    table = "<table><tr><td>22012345</td><td>L2INF103 &amp; TD 4</td></tr>\n</table><p>Merci</p>"
    assert _feed_plain_tags(_TextBuilder(), table)
    assert html_to_text(table) == "22012345 L2INF103 & TD 4\nMerci"


@pytest.mark.parametrize("doc", ['<p class="x">a</p>', "<p>a<!-- b --></p>", "<p>a < b</p>",
                                 "<style>p{}</style><p>a</p>", "<br/>a", "<!DOCTYPE html><p>a"])
def test_any_other_construct_goes_to_htmlparser(doc: str) -> None:
    assert not _feed_plain_tags(_TextBuilder(), doc)
    assert "a" in html_to_text(doc)


@pytest.mark.parametrize("name", ["_SAYS_STUDENT", "_SAYS_DOCTORAL_STUDENT", "_TEACHES",
                                  "_SOUNDS_STUDENT", "_SAYS_STAFF"])
def test_a_first_letters_look_ahead_finds_what_the_pattern_found(name: str) -> None:
    import re

    from triage.extractors import sender
    fast = getattr(sender, name)
    plain = re.compile(re.sub(r"^\(\?=\[\w+\]\)", "", fast.pattern), fast.flags)
    assert plain.pattern != fast.pattern
    rng = random.Random(name)
    words = ["Je suis étudiante en L2", "JE SUIS EN licence", "je reprends mes études", "İ am a student",
             "ı am an exchange student", "my student number", "Mon numéro étudiant", "chui etudiant",
             "je suis doctorant", "I'm a second-year PhD candidate", "j'enseigne", "TEACHING",
             "chargée de TD", "contrat doctoral", "Lecturer", "ater", "monitorat", "mes étudiants",
             "xje suis étudiant", "1i am a student", " ", ", ", "\n", "bonjour", "L2INF103",
             "étudiant en L2", "en m1 de droit", "Erasmus student", "my exchange year",
             "erasmus from M", "n° étudiant :", "J'ai un devoir", "we have a quiz", "on a un qcm",
             "Enseignant", "vacataire", "ATER", "professeur", "maître de conf", "MCF", "prag",
             "scolarité", "secrétariat", "gestionnaire", "lecturer", "teacher", "doctorant",
             "formatrice", "parent", "ma fille", "mon fils", "my son", "our students",
             "notre étudiante", "nos étudiants", "ancienne étudiante", "former student",
             "j'ai obtenu mon"]
    for _ in range(3000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
        text = "".join(c.swapcase() if rng.random() < 0.2 else c for c in text)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert fast.search("Bonjour, je suis étudiante en L2 droit") is not None or name != "_SAYS_STUDENT"
    assert fast.search("Bonjour, je suis là pour le cours") is None   # (a negative: no reading)


def test_a_forward_is_told_as_the_one_pattern_told_it() -> None:
    import re

    from triage.extractors import _says_forward
    before = re.compile(r"^\s*(?:tr|fwd?|wg|rv)\s*:|message transf[ée]r[ée]|forwarded message"
                        r"|d[ée]but du message (?:r[ée]exp[ée]di[ée]|transf[ée]r[ée])|message joint",
                        re.IGNORECASE | re.MULTILINE)
    rng = random.Random(5)
    words = ["TR:", "tr :", "Fwd:", "RV: ", "wg:", "message transféré", "MESSAGE TRANSFERE",
             "forwarded message", "Début du message réexpédié", "debut du message transfere",
             "message joint", "trop", "rv", ":", " ", "\n", "  \n", "Bonjour", "message"]
    for _ in range(3000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 8)))
        assert _says_forward(text) == bool(before.search(text)), text
    assert _says_forward("Merci\n  Fwd: inscription L2")
    assert not _says_forward("Le TR: non, pas de transfert ici")   # (« TR: » not at a line's start)


@pytest.mark.parametrize("module, name, before", [
    ("identifiers", "_NUMBER", r"(?<![\d#\w])(?<!\d[-/])(\d{8})(?![\d\w]|[-/]\d)"),
    ("split_codes", "_SEMESTER_DASHED", r"(?<![\w@.\-])([Ss]\d) [-\u2013] "
                                        r"([A-Za-z]{2,5}\d{2,3}[A-Za-z]?)(?![\w@]|[.\-]\w)"),
])
def test_a_look_behind_after_the_first_character_matches_as_before(module: str, name: str,
                                                                   before: str) -> None:
    import importlib
    import re

    now = getattr(importlib.import_module(f"triage.extractors.{module}"), name)
    old = re.compile(before)
    rng = random.Random(name)
    pieces = ["22012345", "2201234", "1", "0", "-", "/", "#", "@", ".", "S", "s", "S3", " - ",
              " – ", "PHY02", "HLAN201", "a", "é", " ", "\n", "n° ", "٣"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert [(m.span(), m.groups()) for m in now.finditer(text)] == \
               [(m.span(), m.groups()) for m in old.finditer(text)], text
    assert [m.group(1) for m in now.finditer("n° 22012345, S3 - PHY02")] in (["22012345"],
                                                                              ["S3"])
    for negative in ("x22012345", "2025/22012345", "220123456", "AS3 - PHY02", "S3 - PHY02y2"):
        assert not now.search(negative)


@pytest.mark.parametrize("name", ["_STUDENT_CUE", "_NUMBER_CUE", "_NOT_NUMBER_CUE", "_DATE_CUE"])
def test_a_number_cue_with_its_first_letters_matches_as_before(name: str) -> None:
    import re

    from triage.extractors import identifiers
    fast = getattr(identifiers, name)
    plain = re.compile(re.sub(r"^\(\?=\[[^\]]+\]\)", "", fast.pattern), fast.flags)
    assert plain.pattern != fast.pattern
    rng = random.Random(name)
    words = ["étudiant", "ETU", "Student", "apogée", "APOGEE", "numéro", "N°", "no", "identifiant",
             "ticket", "GLPI", "ine", "réf.", "Tél", "facture", "Quittance", "virement", "née le",
             "naissance", "Date", "du", "au", "depuis", "jusqu'au", "born", "on", "since", "ſ", "ı",
             "K", ":", " ", "=", "\n", ". ", "x", "1", "mon ", "est ", "c'est le "]
    for _ in range(4000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 8)))
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
               [(m.span(), m.groups()) for m in plain.finditer(text)], text
    assert identifiers._STUDENT_CUE.search("mon numéro APOGÉE : ")
    assert not identifiers._DATE_CUE.search("inscrit au cours ")       # (not right before it)


def test_a_contact_line_is_told_as_before() -> None:
    import re

    from triage.extractors import parts
    fast = parts._CONTACT
    plain = re.compile(re.sub(r"^\(\?=\[[^\]]+\]\)", "", fast.pattern), fast.flags)
    near = re.compile(r"[\s\S]{0,14}?(?:" + plain.pattern + ")", re.IGNORECASE)
    assert plain.pattern != fast.pattern
    rng = random.Random(7)
    words = ["Tél", "téléphone", "PHONE", "fax", "Mobile", "portable", "standard", "ligne directe",
             ".", ":", " ", "+33", "+", "0", "02 31 56 78 90", "14000 Caen", "14032 CAEN", "Cedex",
             "bureau", "n° ", "SA", "-", "1", "office ", "poste 4", "bât.", "Bâtiment ", "B",
             "horaires :", "BP 5186", "CS 14032", "ſ", "=", "/", "x", "Bonjour", "\t", "ε"]
    for _ in range(4000):
        line = "".join(rng.choice(words) for _ in range(rng.randint(0, 10)))
        assert [m.span() for m in fast.finditer(line)] == [m.span() for m in plain.finditer(line)]
        got, want = parts._CONTACT_NEAR_START.match(line), near.match(line)
        assert (got and got.span()) == (want and want.span()), line
    assert fast.search("Tél. : 02 31 56 78 90")
    assert not fast.search("je suis en L2 depuis septembre")
