"""Codes the catalogue recognises although the mail writes more or less than the code: a
semester written before it, the number heading it left out."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import read
from triage.model import ParsedMail


def codes(body: str, catalogue: Catalogue | None = None) -> list[str]:
    parsed = ParsedMail(message_id="t", subject="Ecampus", from_addr="jean.dupont@unicaen.fr",
                        text=body, new_text=body, headers={})
    return read(parsed, catalogue=catalogue).entities.apogee_codes


BODY_WITH_SEMESTERS = "Je ne suis inscrit ni en S2-HGEO204 ni en s4-sbio2b07 sur Ecampus."


def test_a_semester_written_before_a_code_the_catalogue_knows_without_it():
    """« S2-HGEO204 », « s4-sbio2b07 »: the semester before a code the catalogue knows alone
    is the code's semester: the code is the known one. A catalogue that knows the prefixed
    form (a scheme with semesters, `S2-HGEO204`) keeps it."""
    assert codes(BODY_WITH_SEMESTERS, Catalogue.of(["HGEO204", "SBIO2B07"])) == [
        "HGEO204", "SBIO2B07"]
    assert codes(BODY_WITH_SEMESTERS, Catalogue.of(["S2-HGEO204", "HGEO204", "SBIO2B07"])) == [
        "S2-HGEO204", "SBIO2B07"]


def test_the_number_heading_a_code_left_out():
    """« LIT104 » for `25LIT104`: the year heading the code left out, when one known code
    alone ends so; when two do (`1CA153`, `2CA153`), « CA153 » completes to neither."""
    known = Catalogue.of(["25LIT104", "25LIT105", "1CA153", "2CA153"])
    assert known.numbered("lit104") == "25LIT104"
    assert known.numbered("CA153") is None
    assert codes("Le cours LIT104 n'apparaît plus dans mon tableau de bord.", known) == [
        "25LIT104"]
    assert "1CA153" not in codes("Le cours CA153 n'apparaît plus.", known)
    assert "2CA153" not in codes("Le cours CA153 n'apparaît plus.", known)


def test_a_level_typed_apart_from_an_etape_where_the_mail_names_an_etape():
    """« la cohorte L2 GEO », « (M1 PSYC) », « - L3 DRT » alone on a list's line: an étape the
    catalogue knows, its level typed apart; « je suis inscrit en L2 GEO » names a year of
    study (no writer counts it as a code)."""
    known = Catalogue.of(["L2GEO", "M1PSYC", "L3DRT"])
    assert codes("Mon tuteur dit que je ne suis pas dans la cohorte L2 GEO sur Ecampus.",
                 known) == ["L2GEO"]
    assert codes("I am in M1 Psychology (M1 PSYC) and my name is wrong.", known) == ["M1PSYC"]
    assert codes("Cohortes à synchroniser :\n- L3 DRT\n- M1 PSYC\n", known) == ["L3DRT", "M1PSYC"]
    assert codes("Je suis inscrit en L2 GEO depuis septembre.", known) == []
    assert codes("Les étudiants de L3 DRT n'ont pas accès au cours.", known) == []


def test_codes_joined_by_underscores_as_the_catalogue_knows_them():
    """« ST3_APS2 » (a code with an underscore), « hg2_ue07 » for `HG2-UE07` (a Moodle short
    name's underscore): codes the catalogue knows; an underscore joins words too (« le fichier
    notes_td3_v2 », a login « jdupont_2 »), so only as it knows them."""
    known = Catalogue.of(["ST3_APS2", "HG2-UE07", "TD3"])
    body = "Les cours ST3_APS2 et hg2_ue07 manquent ; voir le fichier notes_td3_v2 de jdupont_2."
    assert codes(body, known) == ["ST3_APS2", "HG2-UE07"]
