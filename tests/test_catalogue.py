"""The code catalogue: tolerant look-up, its use by the reader, its loading from REFER and Moodle."""
from __future__ import annotations

import sqlite3

import pytest

from triage.demo.scenarios import DEMO_DAY
from triage.extractors import read
from triage.catalogue import Catalogue, tolerant_key
from triage.model import ParsedMail
from triage.pipeline.analyse import Analyser
from triage.config import load as load_config
from triage.sources import SourceSettings, Sources

KNOWN = Catalogue.of(["HLAN201", "M.1HRP9C", "IRAN-15", "SPHY210", "B3ESP7", "LX-2BIO", "KP9",
                      "Q4.ALG", "2HR5C", "HLAN202", "AB.12", "AB-12"])


def mail(body: str, subject: str = "Ecampus") -> ParsedMail:
    return ParsedMail(message_id="t", subject=subject, from_addr="jean.dupont@unicaen.fr",
                      text=body, new_text=body)


def codes(body: str, catalogue: Catalogue | None = KNOWN) -> list[str]:
    return read(mail(body), catalogue=catalogue).entities.apogee_codes


@pytest.mark.parametrize("written, canonical", [
    ("HLAN201", "HLAN201"), ("hlan201", "HLAN201"), ("hlan 201", "HLAN201"),
    ("M1HRP9C", "M.1HRP9C"), ("m.1hrp9c", "M.1HRP9C"), ("IRAN15", "IRAN-15"), ("iran 15", "IRAN-15"),
    ("SPHY2IO", "SPHY210"), ("HLANO201", None), ("HLAN2O1", "HLAN201"), ("M.1HRP9", "M.1HRP9C"),
    ("SPHY21", "SPHY210"), ("HLAN20", None), ("AB12", None), ("ZZZ999", None),
])
def test_tolerant_match(written, canonical):
    # HLAN20 could be HLAN201 or HLAN202; AB12 is AB.12 or AB-12: no guess when ambiguous.
    assert KNOWN.match(written) == canonical


def test_tolerant_key_is_what_people_change():
    assert tolerant_key(" m.1 hrp-9c ") == tolerant_key("M1HRP9C") == "M1HRP9C"
    assert tolerant_key("IRAN-15") == tolerant_key("1RAN15") == tolerant_key("iran15")


@pytest.mark.parametrize("body, expected", [
    ("Mes étudiants de b3esp7 ne voient rien", ["B3ESP7"]),          # scheme no rule describes
    ("le module lx 2bio est vide", ["LX-2BIO"]),                      # stray space, missing dash
    ("Bonjour, M1HRP9C et iran15 svp", ["M.1HRP9C", "IRAN-15"]),
    ("salle HLAN201 ?", ["HLAN201"]),                                 # the catalogue outranks context
    ("Q4.ALG : Algèbre", ["Q4.ALG"]),
])
def test_catalogue_reads_any_scheme(body, expected):
    assert codes(body) == expected


def test_without_catalogue_an_unknown_scheme_needs_context():
    assert codes("Mes étudiants de b3esp7 ne voient rien", None) == []
    assert codes("Le code Apogée B3ESP7 n'apparaît pas", None) == ["B3ESP7"]


def test_a_code_unknown_to_the_catalogue_is_still_reported_in_context():
    # An archived or mistyped code is a finding: it is reported, in its canonical written form.
    assert codes("le code apogée HLAN299 n'existe pas", KNOWN) == ["HLAN299"]
    assert codes("la promo fait 120 étudiants, salle SA-110", KNOWN) == []


def test_tolerance_for_a_dropped_zero_and_a_version_without_its_dash():
    known = Catalogue.of(["ECL2-TD07", "ECL2-TD03", "1LANGL", "AB07C1", "AB7C01", "SPHY2"])
    assert known.match("ECL2-TD7") == known.match("ecl2 td7") == "ECL2-TD07"
    assert known.match("AB7C1") is None                       # AB07C1 or AB7C01: no guess
    assert known.match("1LANGL701") == known.match("1LANGL-701") == "1LANGL"
    assert known.match("SPHY2101") is None                    # an étape's version after a letter only


def test_a_known_code_outranks_the_reading_rules():
    """What the catalogue knows is a code even where a rule says otherwise: a pseudo-group it
    lists, a code without a digit, a code and its group split by a space."""
    known = Catalogue.of(["RCAED334", "ELP_RCAED334_CM", "UCGE-M2", "UCGE-CEMU", "1CA207",
                          "1CA207G1", "MEEF2E"])
    assert codes("tous dans le groupe ELP_RCAED334_CM", known) == ["ELP_RCAED334_CM", "RCAED334"]
    assert codes("tous dans le groupe ELP_RCAED334_CM", Catalogue.of(["RCAED334"])) == ["RCAED334"]
    body = "dans le module UCGE-M2, pas dans le groupe à distance UCGE-CEMU"
    assert codes(body, known) == ["UCGE-M2", "UCGE-CEMU"]
    # without the catalogue, only as one of the mail's scheme (test_extractors: without a digit)
    assert codes(body, None) == ["UCGE-M2", "UCGE-CEMU"]
    alone = "pas dans le groupe à distance UCGE-CEMU"
    assert codes(alone, known) == ["UCGE-CEMU"] and codes(alone, None) == []
    assert codes("dans le cours (1CA207), groupe 1CA207 G1", known) == ["1CA207", "1CA207G1"]
    # A diploma and its year is not the étape the catalogue knows under that key.
    assert codes("l'UE 1CA207 (MEEF 2e année)", known) == ["1CA207"]
    # A known code and its group, the group's dash left out (« IFSI2 G3 » for IFSI2-G3); a level
    # before an element's code it knows (« M1 CHIM12 »), never before a word (« L1 AES »).
    groups = Catalogue.of(["IFSI2", "IFSI2-G3", "M1CHIM12", "L1AES"])
    assert codes("Léa (groupe IFSI2 G3) n'a pas accès", groups) == ["IFSI2-G3"]
    assert codes("l'examen en ligne de M1 CHIM12 ce matin", groups) == ["M1CHIM12"]
    assert codes("inscrite en L1 AES depuis septembre", groups) == []


def test_a_truncated_code_beside_its_whole_is_a_code_of_its_own():
    """`M.1HRP9` alone is `M.1HRP9C` cut short; beside `M.1HRP9C` in the same mail (« l'ancien
    M.1HRP9, devenu M.1HRP9C ») it is another code, reported as written."""
    assert codes("le cours M.1HRP9 n'apparaît pas") == ["M.1HRP9C"]
    body = "l'ancien espace M.1HRP9 a été archivé, devenu M.1HRP9C cette année"
    assert sorted(codes(body)) == ["M.1HRP9", "M.1HRP9C"]
    spans = read(mail(body), catalogue=KNOWN).entities.spans
    assert [(s.text, s.value) for s in spans if s.kind == "apogee_code"] == [
        ("M.1HRP9", "M.1HRP9"), ("M.1HRP9C", "M.1HRP9C")]


def test_a_code_split_in_three():
    """« BIO3 UE 12 » is a code the catalogue knows, or, without it, one of the scheme of
    another code of the mail (its head is then no code of its own); alone and unknown, only
    its head reads as a code, as it did before."""
    known = Catalogue.of(["BIO3UE12", "BIO3UE07"])
    listed = "- BIO3UE07 : Génétique\n- BIO3 UE 12 : Écologie"
    assert codes(listed, known) == codes(listed, None) == ["BIO3UE07", "BIO3UE12"]
    assert codes("- BIO3 UE 12 : Écologie", known) == ["BIO3UE12"]
    assert codes("- BIO3 UE 12 : Écologie", None) == ["BIO3"]
    assert codes("en BIO3 TD 12 personnes", known) == []


def test_an_old_code_beside_its_successor_is_read_as_written():
    """In a mail about a code replaced by another, the old code the catalogue no longer knows is
    a code of its own: not its successor read tolerantly, nor a known code it would complete."""
    known = Catalogue.of(["GEOL2.05", "GEOL2.06", "LATN-12B", "LATN-13"])
    body = "mon cours (ancien code GEOL205) a été renommé GEOL2.05 et archivé"
    assert sorted(codes(body, known)) == ["GEOL2.05", "GEOL205"]
    assert codes("mon cours GEOL205 ne s'affiche pas", known) == ["GEOL2.05"]
    body = "LATN-12 a été remplacé par LATN-13 dans la maquette"
    assert sorted(codes(body, known)) == ["LATN-12", "LATN-13"]
    assert codes("je ne vois pas LATN-12 sur Ecampus", known) == ["LATN-12B"]
    # a course renamed or become invisible says nothing of its code's succession
    assert codes("LATN-12 a été renommé et il est devenu invisible", known) == ["LATN-12B"]


def test_a_known_code_in_a_table_row_with_a_phone():
    """A pasted row « number name group phone » reads as a contact line; the group the
    catalogue knows is still a code there, and one it does not know is not."""
    body = ("Ces étudiants ne sont pas dans leur groupe :\n"
            "25031188 MARTIN Léo HLAN201 06 11 22 33 44\n"
            "25031199 DURAND Zoé HLAN299 07 55 66 77 88\n")
    assert codes(body) == ["HLAN201"]


def test_an_etape_of_letters_alone_is_read_as_the_catalogue_stores_it():
    """An étape without a digit or separator (`DUPAT`) is a code where the catalogue lists it,
    written in capitals; in lower case, unknown, or a common word, it is a word."""
    known = Catalogue.of(["DUPAT", "DUPAT-M01", "DATE"])
    assert codes("inscrite au DU Patrimoine (DUPAT), module DUPAT-M01", known) == ["DUPAT",
                                                                                  "DUPAT-M01"]
    assert codes("le dupat de cette année, à la DATE prévue", known) == []
    assert codes("inscrite au DU Patrimoine (DUPAT)", None) == []


def test_the_catalogue_vetoes_a_code_no_scheme_starts_with():
    """A candidate the catalogue does not know is still reported when it keeps a known scheme's
    start (an archived or mistyped code); one that no known code starts like needs more."""
    known = Catalogue.of(["EL3.FIN2", "EL3.INT1", "SA-101", "SA-102"])
    body = "les examens de EL3.FIN2 et de SA-110 n'ont pas d'espace, mais sur ADE"
    assert codes(body, known) == ["EL3.FIN2", "SA-110"]       # a mistyped SA-1xx
    assert codes(body, Catalogue.of(["EL3.FIN2", "EL3.INT1"])) == ["EL3.FIN2"]


def test_an_archived_code_of_a_known_family_needs_no_cue_word():
    """Codes gone from APOGÉE, listed without a cue word, are read when they have the very shape
    of a family the catalogue knows (three first characters, letters and digits at the same
    places); a token of another shape still needs the context a code unknown to REFER needs."""
    family = Catalogue.of(["KX2BOT4", "KX2ZOO4", "KX2GEN5", "KX2-TP1"])
    body = "Ces espaces sont passés dans les Archives : KX2ECO3, KX2MIC3 et KX2PAL3 surtout."
    assert codes(body, family) == ["KX2ECO3", "KX2MIC3", "KX2PAL3"]
    assert family.has_family("kx2eco3") and not family.has_family("KX2EC3")
    assert not family.has_family("KX2-TP9")                   # one known code of that shape
    assert codes(body, Catalogue.of(["KX2BOT4", "KX2-TP1"])) == []
    assert codes("Archives : KX2ECO3 et KX2F7", family) == ["KX2ECO3"]     # not the family's shape


def test_a_semester_before_a_code_the_catalogue_knows_alone_stays_apart():
    """« S2 PHY07 »: joined where the catalogue knows S2PHY07 (or knows neither), the semester
    and the code where it knows PHY07 alone; a code it knows is never another's short form."""
    assert codes("je n'ai pas accès au cours S2 PHY07", Catalogue.of(["S2PHY07"])) == ["S2PHY07"]
    assert codes("je n'ai pas accès au cours S2 PHY07", Catalogue.of(["PHY07"])) == ["PHY07"]
    known = Catalogue.of(["S2PHY07", "PHY07"])
    assert codes("le cours S2PHY07 et le cours PHY07", known) == ["S2PHY07", "PHY07"]


def test_an_unknown_code_gets_its_schemes_separator():
    """An archived code written without its dash, among known codes that all carry it."""
    body = "Mon cours G01GPH (Géographie physique 1) a été déplacé dans les archives"
    scheme = Catalogue.of(["G01-AME", "G01-CAR", "G01-CLI"])
    assert codes(body, scheme) == ["G01-GPH"]
    assert codes(body, Catalogue.of(["G01-AME", "G01CAR", "G01-CLI"])) == ["G01GPH"]   # disagree
    assert codes(body, Catalogue.of(["G01-AME"])) == ["G01GPH"]                       # too few
    assert codes(body, None) == ["G01GPH"]
    # and the zero its codes all write in their last part (« BT-R2.4 » among BT-R2.01…)
    numbered = Catalogue.of(["BT-R2.01", "BT-R2.02", "BT-R2.05"])
    assert codes("mon cours BT-R2.4 est dans les archives", numbered) == ["BT-R2.04"]
    assert codes("mon cours BT-R2.4 est dans les archives", Catalogue.of(
        ["BT-R2.01", "BT-R2.1A"])) == ["BT-R2.4"]
    # a digit some known parts start with is a truncation, not a dropped zero: left as written
    tens = Catalogue.of(["BT-R2.01", "BT-R2.05", "BT-R2.41", "BT-R2.42"])
    assert codes("mon cours BT-R2.4 est dans les archives", tens) == ["BT-R2.4"]


def test_a_group_named_by_its_short_name_takes_the_mails_element():
    """« je suis en TP2B » names a group of the element the mail cites, when the catalogue lists
    that group; another element's group of the same name, or no element, leaves it alone."""
    known = Catalogue.of(["BIO2", "BIO2-TP1A", "BIO2-TP2B", "CHI2", "CHI2-TP2B", "CHI2-TP1A"])
    body = "Dans le cours BIO2 je suis dans le TP1A sur Ecampus alors que je suis en tp2b"
    assert codes(body, known) == ["BIO2", "BIO2-TP1A", "BIO2-TP2B"]
    assert codes("groupe BIO2-TP1A au lieu de TP2B", known) == ["BIO2-TP1A", "BIO2-TP2B"]
    assert codes("les cours BIO2 et CHI2 : je suis en TP2B", known) == ["BIO2", "CHI2"]
    assert codes("je suis en TP2B depuis lundi", known) == []
    # the head may be a word of the mail that is no code of its own (a year of a diploma)
    groups = Catalogue.of(["BIO2-TP2B", "CHI2-TP2B"])
    assert codes("BUT BIO2 : les étudiants du TP2B n'ont pas accès", groups) == ["BIO2-TP2B"]
    assert codes("BUT BIO2 et CHI2 : les étudiants du TP2B n'ont pas accès", groups) == []
    assert codes(body, None) == ["BIO2"]                      # only the catalogue knows groups
    assert known.named("tp2b") == ["BIO2-TP2B", "CHI2-TP2B"] and known.named("BIO2") == []


def sources(demo_dir, **kw) -> Sources:
    return Sources(SourceSettings(**{"refer_url": f"sqlite:///{demo_dir}/refer.db",
                                     "moodle_url": f"sqlite:///{demo_dir}/moodle.db", **kw}))


def test_catalogue_loads_every_element_etape_group_and_idnumber(demo_dir):
    src = sources(demo_dir)
    try:
        catalogue = src.catalogue()
    finally:
        src.close()
    with sqlite3.connect(demo_dir / "refer.db") as refer:
        elements = {r[0] for r in refer.execute("SELECT COD_ELP FROM ELEMENT_PEDAGOGI")}
        etapes = {r[0] for r in refer.execute("SELECT COD_ETP FROM ETAPE")}
        groups = {r[0] for r in refer.execute("SELECT COD_EXT_GPE FROM GROUPE")}
    with sqlite3.connect(demo_dir / "moodle.db") as moodle:
        idnumbers = {r[0] for r in moodle.execute("SELECT idnumber FROM mdl_course WHERE idnumber <> ''")}
    assert elements and etapes and groups and idnumbers
    # groups too: a group cited by its short name is completed from them (group_names.py)
    assert catalogue.codes == {c.upper() for c in elements | etapes | groups | idnumbers}


def test_catalogue_is_cached_refreshed_and_survives_a_source_down(demo_dir, tmp_path):
    import shutil
    for f in ("refer.db", "moodle.db"):
        shutil.copy(demo_dir / f, tmp_path / f)
    src = sources(tmp_path, catalogue_refresh_s=3600)
    try:
        first = src.catalogue()
        with sqlite3.connect(tmp_path / "refer.db") as refer:
            refer.execute("INSERT INTO ELEMENT_PEDAGOGI (COD_ELP, LIB_ELP) VALUES ('ZQ9NEW', 'Nouveau')")
        assert src.catalogue() is first                  # cached: no query before the refresh
        src.catalogue_cache.next_load = 0                 # the refresh is due
        assert "ZQ9NEW" in src.catalogue()
        (tmp_path / "refer.db").unlink()                  # REFER gone: keep the last catalogue
        (tmp_path / "refer.db").mkdir()
        src.refer.dispose()
        src.catalogue_cache.next_load = 0
        kept = src.catalogue()
        assert kept is not None and "ZQ9NEW" in kept
    finally:
        src.close()


def test_the_pipeline_reads_codes_the_catalogue_knows(demo_dir, tmp_path):
    """An element of a scheme no shape rule knows is read when REFER knows it, not otherwise."""
    import shutil
    for f in ("refer.db", "moodle.db"):
        shutil.copy(demo_dir / f, tmp_path / f)
    with sqlite3.connect(tmp_path / "refer.db") as refer:
        refer.execute("INSERT INTO ELEMENT_PEDAGOGI (COD_ELP, LIB_ELP, ETA_ELP) "
                      "VALUES ('B3ESP7', 'Espagnol B3', 'O')")
    body = "Bonjour, mes étudiants de b3esp7 ne sont pas inscrits. Merci"
    config = load_config(None, env={})
    assert Analyser.from_config(config).analyse(mail(body), now=DEMO_DAY) \
        .reading.entities.apogee_codes == []
    src = sources(tmp_path)
    try:
        analysis = Analyser.from_config(config, src).analyse(mail(body), now=DEMO_DAY)
    finally:
        src.close()
    assert analysis.reading.entities.apogee_codes == ["B3ESP7"]
    assert all(f.situation != "unknown_code" for f in analysis.findings)


def test_inspect_reads_with_the_catalogue_when_sources_are_configured(demo_dir, tmp_path,
                                                                        monkeypatch):
    import json
    import shutil

    from click.testing import CliRunner

    from triage.cli import cli
    for f in ("refer.db", "moodle.db"):
        shutil.copy(demo_dir / f, tmp_path / f)
    with sqlite3.connect(tmp_path / "refer.db") as refer:
        refer.execute("INSERT INTO ELEMENT_PEDAGOGI (COD_ELP, LIB_ELP, ETA_ELP) "
                      "VALUES ('B3ESP7', 'Espagnol B3', 'O')")
    eml = tmp_path / "mail.eml"
    eml.write_bytes("From: jean.dupont@unicaen.fr\nTo: cemu.assistance@unicaen.fr\n"
                    "Subject: Ecampus\nMessage-ID: <c@t>\nContent-Type: text/plain; charset=utf-8\n\n"
                    "Bonjour, mes étudiants de b3esp7 ne sont pas inscrits.\n".encode())
    for k in [k for k in __import__("os").environ if k.startswith("TRIAGE_")]:
        monkeypatch.delenv(k)
    monkeypatch.setenv("TRIAGE_DATABASE_URL", f"sqlite:///{tmp_path / 'store.db'}")
    plain = CliRunner().invoke(cli, ["inspect", "--json", str(eml)])
    assert plain.exit_code == 0, plain.output
    record = json.loads(plain.output.strip().splitlines()[-1])
    assert record["entities"]["apogee_codes"] == []
    assert record["draft"]["template"] == "need_info"       # « merci de nous indiquer le code »
    monkeypatch.setenv("TRIAGE_REFER_URL", f"sqlite:///{tmp_path / 'refer.db'}")
    monkeypatch.setenv("TRIAGE_MOODLE_URL", f"sqlite:///{tmp_path / 'moodle.db'}")
    known = CliRunner().invoke(cli, ["inspect", "--json", str(eml)])
    assert known.exit_code == 0, known.output
    record = json.loads(known.output.strip().splitlines()[-1])
    assert record["entities"]["apogee_codes"] == ["B3ESP7"]
    assert record["draft"]["template"] != "need_info"


def _unreachable(db_file) -> None:
    """The database file gone and a folder in its place: SQLite cannot open it (a server down)."""
    db_file.unlink()
    db_file.mkdir()


def test_a_restart_during_an_outage_reads_with_the_saved_catalogue(demo_dir, tmp_path):
    """The last good catalogue is saved (atomically, with its load time); a process started while
    REFER is unreachable reads codes with it, not by shape alone; a copy from other sources or an
    unreadable one is not used."""
    import json
    import shutil

    from triage.sources.catalogue import LIVE, NONE, SAVED
    for f in ("refer.db", "moodle.db"):
        shutil.copy(demo_dir / f, tmp_path / f)
    with sqlite3.connect(tmp_path / "refer.db") as refer:
        refer.execute("INSERT INTO ELEMENT_PEDAGOGI (COD_ELP, LIB_ELP, ETA_ELP) "
                      "VALUES ('B3ESP7', 'Espagnol B3', 'O')")
    saved = tmp_path / "state" / "catalogue.json"
    body = "Bonjour, mes étudiants de b3esp7 ne sont pas inscrits. Merci"
    config = load_config(None, env={})

    def codes_after_start(**kw) -> tuple[str, list[str]]:
        src = sources(tmp_path, catalogue_file=str(saved), **kw)
        try:
            state = src.catalogue_state()
            read_codes = Analyser.from_config(config, src).analyse(mail(body), now=DEMO_DAY) \
                .reading.entities.apogee_codes
        finally:
            src.close()
        return state.source, read_codes

    assert codes_after_start() == (LIVE, ["B3ESP7"])
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert "B3ESP7" in data["codes"] and data["loaded_at"]
    assert [p.name for p in saved.parent.iterdir()] == ["catalogue.json"]   # no temporary left
    _unreachable(tmp_path / "refer.db")                       # REFER down, then a restart
    assert codes_after_start() == (SAVED, ["B3ESP7"])
    src = sources(tmp_path, catalogue_file=str(saved))
    try:
        state = src.catalogue_state()
    finally:
        src.close()
    assert state.loaded_at is not None and state.loaded_at.isoformat(timespec="seconds") == \
        data["loaded_at"]
    assert "copie enregistrée le" in state.describe()
    # Nothing saved, another university's copy, a damaged file: shape and context alone.
    saved_bytes = saved.read_bytes()
    saved.unlink()
    assert codes_after_start() == (NONE, [])
    saved.write_bytes(saved_bytes)
    shutil.copy(tmp_path / "moodle.db", tmp_path / "other-moodle.db")
    assert codes_after_start(moodle_url=f"sqlite:///{tmp_path / 'other-moodle.db'}") == (NONE, [])
    saved.write_text('{"format": 1, "codes": [', encoding="utf-8")
    assert codes_after_start() == (NONE, [])


def test_a_failed_refresh_keeps_the_live_catalogue_and_the_saved_copy(demo_dir, tmp_path):
    """REFER going down after a good load: the process keeps its own catalogue; the copy on
    disk is the good one, never overwritten by a failed load."""
    import shutil

    from triage.sources.catalogue import LIVE
    for f in ("refer.db", "moodle.db"):
        shutil.copy(demo_dir / f, tmp_path / f)
    saved = tmp_path / "catalogue.json"
    src = sources(tmp_path, catalogue_file=str(saved))
    try:
        first = src.catalogue_state()
        before = saved.read_bytes()
        _unreachable(tmp_path / "refer.db")
        src.refer.dispose()
        src.catalogue_cache.next_load = 0
        kept = src.catalogue_state()
    finally:
        src.close()
    assert kept.source == LIVE and kept.catalogue is first.catalogue
    assert saved.read_bytes() == before


def test_a_code_without_digits_as_typed_is_the_known_code_with_its_digit():
    """« JURI.HIS » (an I typed for the 1 of JUR1.HIS) is the known code; a word of capitals the
    catalogue does not know with a digit stays a word."""
    known = Catalogue.of(["JUR1.HIS", "JUR1.CST", "KP9"])
    assert codes("les espaces JUR1.CST, JURI.HIS et d'autres", known) == ["JUR1.CST", "JUR1.HIS"]
    assert codes("voir SAINT-LO et CAEN-NORD", known) == []


def _labels_are_the_sources_own(src: Sources, refer_rows, moodle_rows) -> None:
    """The catalogue's labels are APOGÉE's long labels (LIB_ETP, LIB_ELP, LIB_GPE) and, for a
    course only Moodle knows, its full name without the code in brackets."""
    try:
        catalogue = src.catalogue()
    finally:
        src.close()
    assert catalogue is not None and catalogue.labels
    etapes, elements, groups = refer_rows
    for code, label in etapes + elements + groups:
        assert catalogue.label(code.upper()) == " ".join(label.split()), code
    apogee = {c.upper() for c, _ in etapes + elements + groups}
    titled = [(code, name) for code, name in moodle_rows if code.upper() not in apogee]
    assert titled
    for code, name in titled:
        own = name.startswith(f"({code})")       # a course named by another code keeps it
        assert catalogue.label(code.upper()) == (name.split(")", 1)[1].strip() if own
                                                 else name), code


def _rows(query) -> tuple[list, list, list]:
    return tuple(query(f"SELECT {code}, {label} FROM {table} WHERE {label} <> ''")
                 for table, code, label in (("ETAPE", "COD_ETP", "LIB_ETP"),
                                            ("ELEMENT_PEDAGOGI", "COD_ELP", "LIB_ELP"),
                                            ("GROUPE", "COD_EXT_GPE", "LIB_GPE")))


def test_catalogue_keeps_the_label_of_every_code(demo_dir):
    with sqlite3.connect(demo_dir / "refer.db") as refer:
        refer_rows = _rows(lambda sql: refer.execute(sql).fetchall())
    with sqlite3.connect(demo_dir / "moodle.db") as moodle:
        moodle_rows = moodle.execute("SELECT idnumber, fullname FROM mdl_course "
                                     "WHERE idnumber <> '' AND fullname LIKE '(%'").fetchall()
    assert all(refer_rows) and moodle_rows
    _labels_are_the_sources_own(sources(demo_dir), refer_rows, moodle_rows)


def test_catalogue_keeps_the_label_of_every_code_on_postgresql(demo_dir, pg_url):
    from sqlalchemy import create_engine, text

    from triage.demo.university import load_into
    load_into(pg_url, demo_dir)
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        refer_rows = _rows(lambda sql: [tuple(r) for r in conn.execute(text(sql))])
        moodle_rows = [tuple(r) for r in conn.execute(text(
            "SELECT idnumber, fullname FROM mdl_course WHERE idnumber <> '' AND fullname LIKE '(%'"))]
    engine.dispose()
    _labels_are_the_sources_own(Sources(SourceSettings(refer_url=pg_url, moodle_url=pg_url)),
                                refer_rows, moodle_rows)


def test_a_blank_label_is_none_and_a_course_name_loses_only_its_own_code(demo_dir, tmp_path):
    import shutil
    for f in ("refer.db", "moodle.db"):
        shutil.copy(demo_dir / f, tmp_path / f)
    with sqlite3.connect(tmp_path / "refer.db") as refer:
        refer.execute("INSERT INTO ETAPE (COD_ETP, LIB_ETP, LIC_ETP) VALUES ('ZQ1DRT', '  ', '')")
        refer.execute("INSERT INTO ETAPE (COD_ETP, LIB_ETP, LIC_ETP) "
                      "VALUES ('ZQ2DRT', 'Licence  2 Droit -  Caen', 'L2 DROIT')")
    with sqlite3.connect(tmp_path / "moodle.db") as moodle:
        category = moodle.execute("SELECT MIN(id) FROM mdl_course_categories").fetchone()[0]
        for idnumber, fullname in (("ZQ9ANG", "(ZQ9ANG) Anglais de spécialité"),
                                   ("ZQ8ANG", "(ZQ7ANG) Anglais renforcé"),
                                   ("ZQ6ANG", "")):
            moodle.execute("INSERT INTO mdl_course (category, fullname, shortname, idnumber) "
                           "VALUES (?, ?, ?, ?)", (category, fullname, idnumber, idnumber))
    src = sources(tmp_path)
    try:
        catalogue = src.catalogue()
    finally:
        src.close()
    assert {"ZQ1DRT", "ZQ2DRT", "ZQ9ANG", "ZQ8ANG", "ZQ6ANG"} <= catalogue.codes
    assert catalogue.label("ZQ1DRT") is None and catalogue.label("ZQ6ANG") is None
    assert catalogue.label("ZQ2DRT") == "Licence 2 Droit - Caen"     # spaces folded
    assert catalogue.label("ZQ9ANG") == "Anglais de spécialité"
    assert catalogue.label("ZQ8ANG") == "(ZQ7ANG) Anglais renforcé"  # another code: kept


def test_labels_are_saved_and_a_copy_saved_without_labels_still_loads(tmp_path):
    import json
    from datetime import datetime, timezone

    from triage.sources.catalogue import SAVED, read_saved, save
    path = tmp_path / "catalogue.json"
    known = Catalogue.of(["1DRO01", "1DRO01-TD7", "D1.CIV3"],
                         {"1DRO01": "Licence Droit 1re année", "d1.civ3": "Droit civil 1",
                          "ZZZ": "not a code of this catalogue"})
    assert known.labels == {"1DRO01": "Licence Droit 1re année", "D1.CIV3": "Droit civil 1"}
    save(path, known, datetime(2026, 12, 6, 12, tzinfo=timezone.utc), "src")
    state = read_saved(path, "src")
    assert state.source == SAVED and state.catalogue == known
    assert state.catalogue.labels == known.labels
    # a copy written before labels were saved (format 1, codes only) reads as before
    path.write_text(json.dumps({"format": 1, "loaded_at": "2026-12-05T22:00:00+00:00",
                                "sources": "src", "codes": ["1DRO01", "D1.CIV3"]}),
                    encoding="utf-8")
    old = read_saved(path, "src")
    assert old.source == SAVED and old.catalogue.codes == {"1DRO01", "D1.CIV3"}
    assert old.catalogue.labels == {} and old.catalogue.label("1DRO01") is None


def test_a_writers_catalogue_may_give_labels(tmp_path):
    import json

    from triage.extractors.evaluation import load_catalogue
    (tmp_path / "catalogue.json").write_text(json.dumps(
        {"elements": ["IFI.21A"], "etapes": ["M1FIN"], "groups": ["M1FIN-TD1"],
         "unknown": ["IFI.99"], "labels": {"M1FIN": "MASTER 1 FINANCE", "IFI.99": "archivé"}}),
        encoding="utf-8")
    labelled = load_catalogue(tmp_path)
    assert labelled.codes == {"IFI.21A", "M1FIN", "M1FIN-TD1"}
    assert labelled.labels == {"M1FIN": "MASTER 1 FINANCE"}
    (tmp_path / "catalogue.json").write_text(json.dumps({"etapes": ["M1FIN"]}), encoding="utf-8")
    assert load_catalogue(tmp_path).labels == {}


def test_the_catalogue_says_how_many_of_its_codes_have_a_label():
    """Without labels, groups and étapes named in words are not completed: the admin must see it."""
    from triage.sources.catalogue import counted
    assert counted(Catalogue.of(["HLAN201", "HLAN202", "L1LEA"])) == "3 codes, sans libellé"
    labelled = Catalogue.of(["HLAN201", "HLAN202", "L1LEA"],
                            {"HLAN201": "Anglais S2", "L1LEA": "Licence LEA 1re année", "X1": "?"})
    assert counted(labelled) == "3 codes, dont 2 avec un libellé"
