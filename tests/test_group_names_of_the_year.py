"""Groups named in passing that hang on the year (or semester) of the cited course, not on the
course itself (« cours ECG1R104 … je suis dans le TD 2 »: `ECG1TD2`), extractors/year_groups.py
through extractors/group_names.py."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import labels, read, year_groups
from triage.model import ParsedMail


def codes(body: str, catalogue: Catalogue) -> list[str]:
    mail = ParsedMail(message_id="t", subject="Ecampus", from_addr="noa.bellec@etu.unicaen.fr",
                      text=body, new_text=body)
    return sorted(read(mail, catalogue=catalogue).entities.apogee_codes)


# A BUT whose TD groups are its years' (`ECG1TD2`), a licence whose courses number semesters
# (`SOC5.B02`, semester 5: year 3's groups `SOC3TD4`), other programmes holding a TD 2 too.
YEARS = Catalogue.of(["ECG1R104", "ECG2R301", "ECG1TD1", "ECG1TD2", "ECG2TD1", "ECG2TD2",
                      "ECG2ALT", "ECG2FI", "SOC5.B02", "SOC3TD4", "SOC3-EAD", "HIS1TD2",
                      "LNG2-TD2", "LNG2-TD4"])


def test_a_group_of_the_cited_courses_year():
    assert codes("Bonjour, dans le cours ECG1R104 je suis dans le TD 2 au lieu du TD1.", YEARS) \
        == ["ECG1R104", "ECG1TD1", "ECG1TD2"]
    assert codes("Mes étudiants du TD2 ne voient pas ECG2R301.", YEARS) == ["ECG2R301", "ECG2TD2"]


def test_a_semester_numbered_course_gives_its_years_groups():
    # semester 5 is the third year's: `SOC3TD4`, no `SOC5TD4` being known
    assert codes("Cours SOC5.B02 : je suis en TD 4 mais je ne vois rien.", YEARS) == \
        ["SOC3TD4", "SOC5.B02"]
    # a group the semester's own head holds comes first
    both = Catalogue.of([*YEARS.codes, "SOC5TD4"])
    assert codes("Cours SOC5.B02 : je suis en TD 4 mais je ne vois rien.", both) == \
        ["SOC5.B02", "SOC5TD4"]


def test_a_kind_of_study_of_the_cited_courses_year():
    assert codes("Je suis apprentie, en ECG2R301 je suis dans le groupe FI et pas dans le "
                 "groupe des alternants.", YEARS) == ["ECG2ALT", "ECG2FI", "ECG2R301"]
    # … not of a year read from a semester: « le groupe EAD » beside SOC5.B02 is left alone
    assert "SOC3-EAD" not in codes("Dans SOC5.B02 je n'ai pas accès au groupe EAD.", YEARS)


def test_a_year_said_in_words_outranks_the_codes():
    # the writer's year (2e année) is not the code's (ECG1…): no head of year 1
    said = labels.years_said("Je suis en BUT ECG 2e année, mon TD 2", False)
    assert year_groups.year_heads(["ECG1R104"], said) == ()
    assert [h.written for h in year_groups.year_heads(["ECG2R301"], said)[0]] == ["ECG2"]
    # `LN1MKT05`'s head `LN1` holds none of the initials of « BUT MKT » (B, M): a site's
    # letters, not the programme's
    said = labels.years_said("Étudiants de BUT MKT 1re année, groupe TD2", False)
    assert year_groups.year_heads(["LN1MKT05"], said) == ()


def test_two_schemes_of_one_head_the_cited_codes_decides():
    both = Catalogue.of([*YEARS.codes, "ECG1-TD2"])
    # `ECG1R104` writes its year's head glued: `ECG1TD2`, not `ECG1-TD2`
    assert codes("Dans le cours ECG1R104 je suis dans le TD 2.", both) == ["ECG1R104", "ECG1TD2"]


def test_no_group_of_a_sites_course_nor_of_a_bare_number():
    # a site's course (`ECG1R104L`, a letter after its number) has its site's groups
    assert year_groups.year_heads(["ECG1R104L"]) == ()
    # « groupe 2 » is no year's group (writers do not agree a bare number names one)
    heads = year_groups.year_heads(["ECG1R104"])
    assert year_groups.named("2", "", "2", "", heads, YEARS) == set()
    assert year_groups.named("TD2", "TD", "2", "", heads, YEARS) == {"ECG1TD2"}
    assert codes("cours ECG1R104, je suis dans le groupe 2", YEARS) == ["ECG1R104"]


def test_year_heads():
    heads = year_groups.year_heads(["GEA1R106", "BGE-R301", "PSL5.E06", "GEA1R03I"])
    # `BGE-R301` heads its year's groups (`BGE2`) and, since round 22, its semester's (`BGES3`:
    # BUT schemes whose groups hang on the semester, `GEAS3-TD3`)
    assert [[h.written for h in tier] for tier in heads] == [["BGE2", "BGES3", "GEA1", "PSL5"],
                                                             ["PSL3"]]
