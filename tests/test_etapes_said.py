"""The étape a writer says they are in, named in words (« je suis en L1 droit »), found by its
catalogue label and kept apart from the cited codes (entities.etapes_said; extractors/etapes_said.py).
Catalogues and mails written for these tests."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import read
from triage.extractors.evaluation import etapes_said_gold
from triage.model import ParsedMail

ELEMENTS = {"JUR1CIV": "Droit civil : les personnes", "HST1MED": "Histoire médiévale"}
ETAPES = {"LJUR1": "Licence Droit 1re année", "LJUR2": "L2 DROIT",
          "LHST1": "Licence 1 Histoire", "MHST1": "Master Histoire 1re année",
          "BINFO2": "BUT Informatique 2"}
CODES = [*ELEMENTS, *ETAPES]
LABELLED = Catalogue.of(CODES, {**ELEMENTS, **ETAPES}, ETAPES)


def reading(body: str, catalogue: Catalogue | None = LABELLED):
    mail = ParsedMail(message_id="t", subject="Ecampus", from_addr="zoe.leroy@etu.unicaen.fr",
                      text=body, new_text=body)
    return read(mail, catalogue=catalogue).entities


def test_a_year_said_in_words_gives_the_one_etape_whose_label_matches():
    for said in ("je suis en L1 droit", "je suis en première année de droit",
                 "étudiante en licence 1 Droit"):
        entities = reading(f"Bonjour, {said} et le cours JUR1CIV n'apparaît pas.")
        assert entities.etapes_said == ["LJUR1"], said
        # a fact of its own: the cited codes are the same as without it
        assert entities.apogee_codes == ["JUR1CIV"]
        span = next(s for s in entities.spans if s.kind == "etape_said")
        assert span.part == "new" and span.value == "LJUR1"
    assert reading("Je suis en L2 droit, merci de m'inscrire").etapes_said == ["LJUR2"]
    # a label may end with its diploma's year alone
    assert reading("Bonjour, je suis en BUT info 2e année").etapes_said == ["BINFO2"]


def test_two_etapes_whose_labels_match_alike_give_none():
    # two licences of history in their first year, nothing said to tell them apart
    twins = Catalogue.of(["LHST1", "LHSTV1", "HST1MED"],
                         {"LHST1": "Licence 1 Histoire", "LHSTV1": "L1 HISTOIRE - VIRE",
                          "HST1MED": "Histoire médiévale"}, ["LHST1", "LHSTV1"])
    entities = reading("Je suis en L1 histoire et je ne vois pas HST1MED.", twins)
    assert entities.etapes_said == []
    assert entities.apogee_codes == ["HST1MED"]
    # the place said settles it
    assert reading("Je suis en L1 histoire à Vire, je ne vois pas HST1MED.", twins) \
        .etapes_said == ["LHSTV1"]


def test_a_year_without_its_diploma_is_the_licences_when_a_master_matches_alike():
    """« 1re année d'histoire » agrees with the licence's first year and the master's alike:
    people say « M1 » for a master's year, so the licence is meant; the diploma said settles it,
    and a BUT that agrees as well leaves it unsaid."""
    assert reading("Je suis en 1re année d'histoire et je ne vois pas HST1MED.").etapes_said \
        == ["LHST1"]
    assert reading("Je suis en M1 histoire, je ne vois pas HST1MED.").etapes_said == ["MHST1"]
    assert reading("Je suis en première année de master d'histoire.").etapes_said == ["MHST1"]
    with_but = Catalogue.of(["LHST1", "MHST1", "BHST1"],
                            {"LHST1": "Licence 1 Histoire", "MHST1": "Master Histoire 1re année",
                             "BHST1": "BUT Histoire et patrimoine 1"}, ["LHST1", "MHST1", "BHST1"])
    assert reading("Je suis en 1re année d'histoire.", with_but).etapes_said == []


def test_without_labels_or_etapes_nothing_is_said_and_the_codes_are_unchanged():
    body = "Bonjour, je suis en L1 droit et le cours JUR1CIV n'apparaît pas."
    for catalogue in (Catalogue.of(CODES, etapes=ETAPES),          # no labels
                      Catalogue.of(CODES, {**ELEMENTS, **ETAPES}),  # no code known as an étape
                      None):
        entities = reading(body, catalogue)
        assert entities.etapes_said == []
        assert entities.apogee_codes == reading(body).apogee_codes == ["JUR1CIV"]


def test_an_etape_cited_as_its_code_is_a_code_not_said_again():
    entities = reading("Bonjour, je suis en L1 droit (LJUR1), le cours JUR1CIV manque.")
    assert entities.apogee_codes == ["LJUR1", "JUR1CIV"]
    assert entities.etapes_said == []


def staff_reading(body: str):
    mail = ParsedMail(message_id="t", subject="Ecampus", from_addr="paul.marchand@unicaen.fr",
                      text=body, new_text=body)
    return read(mail, catalogue=LABELLED).entities


def test_a_courses_year_with_its_code_in_brackets_is_no_etape_said():
    """« le cours de … de L1 (CODE) » says which year the course belongs to, not the writer's."""
    for body in ("Bonjour, mon cours de droit civil de L1 (JUR1CIV) n'apparaît plus.",
                 "Dans l'UE de droit civil en 1re année de droit (jur1civ) il manque des étudiants.",
                 "J'enseigne dans le module histoire médiévale L1 (HST1MED), je n'y suis pas."):
        entities = staff_reading(body)
        assert entities.etapes_said == [], body
        assert entities.apogee_codes in (["JUR1CIV"], ["HST1MED"]), body
    # the cohort a staff member writes about stays said: no course before the year, or no code
    # in brackets after it
    assert staff_reading("Mes étudiants de L1 droit ne voient pas JUR1CIV.").etapes_said \
        == ["LJUR1"]
    assert staff_reading("Mon cours de droit civil de L2 droit a disparu.").etapes_said \
        == ["LJUR2"]
    assert staff_reading("Les étudiants de L1 droit (groupe B) ne voient rien.").etapes_said \
        == ["LJUR1"]
    # a student's own year said before the course's code
    assert reading("Je suis en L1 droit (JUR1CIV manque).").etapes_said == ["LJUR1"]


def test_a_staff_members_function_is_no_etape_said():
    """« responsable L2 droit » in a signature is the writer's job, not the mail's cohort."""
    for signed in ("Cordialement,\nM. Durand, responsable L2 droit",
                   "Bien à vous,\nScolarité L2 droit",
                   "Anne Petit\nSecrétariat pédagogique L2 droit - bureau 12"):
        entities = staff_reading(f"Bonjour,\nle cours JUR1CIV a trop d'enseignants.\n{signed}")
        assert entities.etapes_said == [], signed
    # a student signing with their year says it
    assert reading("Bonjour,\nje ne vois pas JUR1CIV.\nZoé Leroy, L2 droit").etapes_said \
        == ["LJUR2"]


def test_a_programme_named_in_english_or_cut_short_is_read_against_the_french_labels():
    assert reading("Hello, I'm in first-year law and I cannot see JUR1CIV.").etapes_said \
        == ["LJUR1"]
    assert reading("Hi, second-year law student here, my courses are gone.").etapes_said \
        == ["LJUR2"]
    maths = Catalogue.of(["LMAT3", "LPHY3"], {"LMAT3": "L3 MATHEMATIQUES",
                                              "LPHY3": "L3 PHYSIQUE"}, ["LMAT3", "LPHY3"])
    assert reading("Bonjour, je suis en L3 maths, merci.", maths).etapes_said == ["LMAT3"]
    assert reading("I'm a third-year physics student.", maths).etapes_said == ["LPHY3"]


def test_an_automatic_reply_says_no_etape():
    """An out-of-office names the absent person's cohorts (« pour les L2 droit, contactez … »)."""
    body = "Je suis absente jusqu'au 3 novembre. Pour les L2 droit, contactez la scolarité."
    auto = ParsedMail(message_id="t", subject="Réponse automatique : Ecampus",
                      from_addr="anne.petit@unicaen.fr", text=body, new_text=body,
                      headers={"auto-submitted": "auto-replied"}, auto_reason="RFC 3834")
    assert read(auto, catalogue=LABELLED).entities.etapes_said == []
    assert staff_reading(body.replace("Je suis absente jusqu'au 3 novembre. ", "")
                         ).etapes_said == ["LJUR2"]


def test_the_bench_counts_as_said_the_etapes_whose_written_form_is_not_the_code():
    gold = {"apogee_codes": ["LJUR1", "JUR1CIV", "LHST1", "MHST1"],
            "apogee_codes_as_written": ["L1 droit", "jur1civ", "lhst1-101", "M HST 1"]}
    assert etapes_said_gold(gold, LABELLED.etapes) == {"LJUR1"}
    assert etapes_said_gold({"apogee_codes": ["LJUR1"]}, LABELLED.etapes) == set()


def test_the_bench_takes_the_etapes_said_of_a_gold_that_lists_them_apart():
    """Writers since round 12 keep an étape named in words out of the codes (`etapes_said`)."""
    gold = {"apogee_codes": ["JUR1CIV"], "apogee_codes_as_written": ["jur1civ"],
            "etapes_said": ["LJUR1"]}
    assert etapes_said_gold(gold, LABELLED.etapes) == {"LJUR1"}
    assert etapes_said_gold(dict(gold, etapes_said=[]), LABELLED.etapes) == set()


def test_inspect_shows_the_etape_said_with_its_label(demo_dir, tmp_path, monkeypatch):
    """With REFER configured, `triage inspect --json` gains `etapes_said` beside the codes, and
    its text form says it in French with the étape's label."""
    import json
    import os
    import shutil

    from click.testing import CliRunner

    from triage.cli import cli
    for f in ("refer.db", "moodle.db"):
        shutil.copy(demo_dir / f, tmp_path / f)
    eml = tmp_path / "mail.eml"
    eml.write_bytes("From: zoe.leroy@etu.unicaen.fr\nTo: cemu.assistance@unicaen.fr\n"
                    "Subject: Ecampus\nMessage-ID: <e@t>\nContent-Type: text/plain; charset=utf-8"
                    "\n\nBonjour, je suis en L2 droit et langues, je ne vois aucun cours.\n".encode())
    for k in [k for k in os.environ if k.startswith("TRIAGE_")]:
        monkeypatch.delenv(k)
    monkeypatch.setenv("TRIAGE_DATABASE_URL", f"sqlite:///{tmp_path / 'store.db'}")
    monkeypatch.setenv("TRIAGE_REFER_URL", f"sqlite:///{tmp_path / 'refer.db'}")
    monkeypatch.setenv("TRIAGE_MOODLE_URL", f"sqlite:///{tmp_path / 'moodle.db'}")
    result = CliRunner().invoke(cli, ["inspect", "--json", str(eml)])
    assert result.exit_code == 0, result.output
    entities = json.loads(result.output.strip().splitlines()[-1])["entities"]
    assert entities["etapes_said"] == ["2DRLG1"]
    assert entities["apogee_codes"] == []
    text = CliRunner().invoke(cli, ["inspect", str(eml)])
    assert text.exit_code == 0, text.output
    assert "étape indiquée : 2DRLG1 (Licence 2 Droit parcours Droit et langues)" in text.output


def test_refer_says_which_codes_are_etapes_and_the_saved_copy_keeps_them(demo_dir, tmp_path):
    import sqlite3
    from datetime import datetime, timezone

    from triage.sources import SourceSettings, Sources
    from triage.sources.catalogue import read_saved, save
    src = Sources(SourceSettings(refer_url=f"sqlite:///{demo_dir}/refer.db",
                                 moodle_url=f"sqlite:///{demo_dir}/moodle.db"))
    try:
        catalogue = src.catalogue()
    finally:
        src.close()
    with sqlite3.connect(demo_dir / "refer.db") as refer:
        etapes = {r[0].upper() for r in refer.execute("SELECT COD_ETP FROM ETAPE")}
    assert etapes and catalogue.etapes == etapes
    path = tmp_path / "catalogue.json"
    save(path, catalogue, datetime(2026, 12, 6, 16, tzinfo=timezone.utc), "src")
    assert read_saved(path, "src").catalogue.etapes == etapes


def test_an_etape_one_of_whose_groups_the_mail_writes_as_its_code_is_not_said_again():
    """« je suis en L2 droit … dans le groupe LJUR2-TDB »: the group's code begins with its
    étape's, the mail cites it already; a group named in words (« groupe B ») leaves the étape
    said (writers count both), and an étape written with its version is no group."""
    grouped = Catalogue.of([*CODES, "LJUR2-TDA", "LJUR2-TDB"],
                           {**ELEMENTS, **ETAPES, "LJUR2-TDA": "L2 DROIT TD A",
                            "LJUR2-TDB": "L2 DROIT TD B"}, ETAPES)
    cited = reading("Bonjour, je suis en L2 droit mais Ecampus me met dans LJUR2-TDA au lieu de "
                    "LJUR2-TDB.", grouped)
    assert cited.apogee_codes == ["LJUR2-TDA", "LJUR2-TDB"]
    assert cited.etapes_said == []
    assert reading("Bonjour, je suis en L2 droit, le cours JUR1CIV n'apparaît pas.", grouped) \
        .etapes_said == ["LJUR2"]
    # the other étape's code beginning alike is no group of this one
    assert reading("Je suis en L1 droit et je cherche LJUR2-TDA.", grouped).etapes_said \
        == ["LJUR1"]


def test_on_a_tie_the_etape_naming_no_parcours_is_the_one_said():
    """Three law étapes of the first year, two of them a parcours: a student who names no
    parcours is in the plain one; naming one settles it by its words, and two plain étapes
    tied still leave it unsaid."""
    parcours = Catalogue.of(["DRL1A", "DRL1B", "DRL1C", "JUR1CIV"],
                            {"DRL1A": "Licence 1 Droit parcours Europe", "DRL1B": "L1 DROIT",
                             "DRL1C": "1re année Licence Droit option Histoire",
                             "JUR1CIV": "Droit civil"}, ["DRL1A", "DRL1B", "DRL1C"])
    for said in ("je suis en première année de droit", "je suis en l1 droit",
                 "I am a first-year law student"):
        assert reading(f"Bonjour, {said}, je ne vois pas JUR1CIV.", parcours).etapes_said \
            == ["DRL1B"], said
    assert reading("Je suis en L1 droit parcours Europe.", parcours).etapes_said == ["DRL1A"]
    # the mail names a parcours the labels do not tell: no guess
    assert reading("Je suis en L1 droit, parcours renforcé.", parcours).etapes_said == []
    twins = Catalogue.of(["DRL1A", "DRL1B", "DRL1V"],
                         {"DRL1A": "Licence 1 Droit parcours Europe", "DRL1B": "L1 DROIT",
                          "DRL1V": "L1 DROIT VIRE"}, ["DRL1A", "DRL1B", "DRL1V"])
    assert reading("Je suis en L1 droit.", twins).etapes_said == []


def test_a_year_in_a_category_path_is_no_etape_said():
    """« sous "L1 DROIT > S2" », « Sciences > L2 »: where Ecampus files courses."""
    for path in ('Mon cours est maintenant sous "L2 DROIT > S4" au lieu de S3.',
                 "Il n'est pas dans la catégorie Droit > L2 > S3."):
        assert reading(f"Bonjour, {path}").etapes_said == [], path
    # a quoted line's « > » is no path
    assert reading("Bonjour,\n> je suis en L2 droit\nmerci").etapes_said == ["LJUR2"]


# Étapes whose label names no year the way a licence's does: a DU, a doctorate, PASS, an
# engineering school counting its years « 3A », « 4A ».
NAMED = {"DUMGT": "DU Management des équipes (formation continue)",
         "DUCOM": "DU Communication - formation continue", "DUFC1": "DU formation continue 1",
         "DOC200": "Doctorat ED 200 Sciences", "DOC300": "Doctorat ED 300 Lettres",
         "PSANT": "Parcours d'accès spécifique santé",
         "ING3M": "ESIX 3A Mécatronique", "ING4M": "ESIX 4A Mécatronique",
         "ING4A": "ESIX 4A Agroalimentaire", "GEN01": "Génétique"}
BY_NAME = Catalogue.of([*NAMED, *CODES], {**NAMED, **ELEMENTS, **ETAPES},
                       [*ETAPES, *(c for c in NAMED if c != "GEN01")])


def test_an_etape_of_no_year_is_said_by_its_name_where_the_writer_says_they_are_in_it():
    cases = {"Bonjour, je suis inscrite en DU management en formation continue.": "DUMGT",
             "Stagiaire de la formation continue (DU communication, à distance), je n'ai plus "
             "accès au module.": "DUCOM",
             "Doctorante en 3e année à l'ED 300, je ne vois pas la formation.": "DOC300",
             "I am a second-year PhD student (ED 200) and cannot see the module.": "DOC200",
             "Bonjour, on est en 4A méca à l'ESIX et le cours n'existe pas.": "ING4M",
             "I'm in the 3rd year of the engineering school (ESIX, mechatronics).": "ING3M",
             "Nous voudrions inscrire toute la promo de PASS dans l'espace.": "PSANT"}
    for body, code in cases.items():
        assert reading(body, BY_NAME).etapes_said == [code], body


def test_a_programme_named_without_being_the_writers_is_no_etape_said():
    for body in ("Le cours d'anatomie du PASS n'apparaît plus.",          # a course's programme
                 "Module ED 200 disparu des archives.",                   # a training's school
                 "Je suis en DU, le module ne s'affiche pas.",            # which DU: no guess
                 "On est en ESIX et le cours n'existe pas.",              # which year: no guess
                 "PROBLEME DU COURS DE GENETIQUE GEN01 POUR MOI QUI SUIS EN PREMIERE",
                 "Je suis en du droit, pass le cours.",                   # small letters: words
                 "Deux stagiaires sont bien dans le groupe CEMU DU communication."):
        assert reading(body, BY_NAME).etapes_said == [], body


def test_a_teachers_year_is_no_etape_said():
    """« Intervenant extérieur en M1 … », « J'assure le CM … en L3 », « responsable du module …
    en 2e année »: where they teach; their students (« mes étudiants de L2 droit ») are the
    cohort their mail is about."""
    for body in ("Intervenante extérieure en L2 droit, je ne vois pas la liste.",
                 "J'assure cette année le CM de droit civil en L1 droit.",
                 "Je suis responsable du module de droit civil en L1 droit."):
        assert reading(body).etapes_said == [], body
    assert reading("Mes étudiants de L2 droit ne voient pas le cours.").etapes_said == ["LJUR2"]


def test_a_year_in_the_subject_alone_is_no_etape_said():
    """A subject names what the mail is about (« Groupes TD L2 droit », a thread's « RE: … »);
    the writer's own étape is said in the body."""
    mail = ParsedMail(message_id="t", subject="RE: Étudiants non inscrits - L2 droit",
                      from_addr="scol@unicaen.fr", text="Merci, c'est réglé.",
                      new_text="Merci, c'est réglé.")
    assert read(mail, catalogue=LABELLED).entities.etapes_said == []
    said = ParsedMail(message_id="t", subject="L2 droit", from_addr="zoe@etu.unicaen.fr",
                      text="Je suis en L2 droit et JUR1CIV manque.",
                      new_text="Je suis en L2 droit et JUR1CIV manque.")
    assert read(said, catalogue=LABELLED).entities.etapes_said == ["LJUR2"]


def test_a_place_glossed_in_brackets_after_the_year_tells_two_etapes_apart():
    sites = Catalogue.of(["TCC1", "TCL1", "TC1R01"],
                         {"TCC1": "BUT TC 1A Caen", "TCL1": "BUT TC 1A Lisieux",
                          "TC1R01": "Marketing"}, ["TCC1", "TCL1"])
    assert reading("Voici les étudiants de 1re année TC (Lisieux) sans cours :", sites) \
        .etapes_said == ["TCL1"]
    assert reading("Voici les étudiants de 1re année TC sans cours :", sites).etapes_said == []
    # a course's code in brackets glosses the course, not the year
    assert reading("Je suis en 1re année TC, le cours de marketing (Lisieux TC1R01) manque.",
                   sites).etapes_said == []


def test_a_year_typed_short_in_a_text_message_is_read():
    assert reading("slt jsui en 1ere anne de droit jai pa mes cours").etapes_said == ["LJUR1"]
    assert reading("jsuis en 2e anné de BUT info").etapes_said == ["BINFO2"]
