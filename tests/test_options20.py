"""Round 20 (helper options20): a course's one option group named in passing (« l'option »,
« le groupe option »), a course written without its year's digit (« EC-MAC1 » for EC1-MAC1)."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import dropped_digits, option_groups, read
from triage.model import ParsedMail


def codes(body: str, catalogue: Catalogue, subject: str = "Ecampus") -> list[str]:
    mail = ParsedMail(message_id="t", subject=subject, from_addr="lea.morin@unicaen.fr",
                      text=body, new_text=body)
    return sorted(read(mail, catalogue=catalogue).entities.apogee_codes)


SPORT = Catalogue.of(
    ["GYM204", "GYM204-G1", "GYM204-G2", "GYM204OPT", "APS311", "APS311VOL", "APS311ESC",
     "APS311-G1"],
    {"GYM204": "Gymnastique", "GYM204-G1": "TD G1 Gymnastique", "GYM204-G2": "TD G2 Gymnastique",
     "GYM204OPT": "Option agrès (Gymnastique)", "APS311": "Activités de pleine nature",
     "APS311VOL": "Option voile", "APS311ESC": "Option escalade", "APS311-G1": "TD G1 APN"})


def test_the_option_of_a_cited_course_is_its_one_option_group():
    assert codes("Dans GYM204, le groupe option est vide alors que 12 étudiants l'ont choisie.",
                 SPORT) == ["GYM204", "GYM204OPT"]
    assert codes("Merci d'inscrire à GYM204 + l'option :\n21004567\n21009876", SPORT) \
        == ["GYM204", "GYM204OPT"]
    assert option_groups.named(["GYM204"], SPORT) == "GYM204OPT"


def test_no_option_where_the_course_has_several_or_none_is_cited():
    # several options: « l'option » says none of them
    assert codes("Dans APS311, le groupe option est vide.", SPORT) == ["APS311"]
    # no course cited: a group said in words alone is none
    assert codes("Le groupe option est vide depuis lundi.", SPORT) == []
    assert option_groups.named(["APS311"], SPORT) is None


def test_a_setting_called_option_is_no_group():
    # « l'option de durée » is a setting of Moodle, not the students who chose an option
    assert option_groups.bare_mentions("Je ne vois pas l'option de durée dans GYM204.") == []
    # and an option named by its word is another reader's (« l'option voile »)
    assert option_groups.bare_mentions("Je suis dans l'option voile.") == []
    assert len(option_groups.bare_mentions("GYM204 + l'option : 3 étudiants")) == 1


ECO = Catalogue.of(["EG1-FIN2", "EG2-FIN2", "EG3-FIN2", "EG2FIN2TD1", "EG2FIN2TD2", "EG1FIN2TD1",
                    "DR2CIV4", "DR2CIV4-T1"])


def test_a_course_without_its_years_digit_beside_its_own_group():
    # three years hold the course: the group the mail cites says which
    assert codes("Dans EG-FIN2 on m'a mis dans le groupe EG2FIN2TD2 au lieu du TD1.", ECO) \
        == ["EG2-FIN2", "EG2FIN2TD1", "EG2FIN2TD2"]
    assert dropped_digits.year_dropped("EG-FIN2", ECO) == ["EG1-FIN2", "EG2-FIN2", "EG3-FIN2"]


def test_a_course_without_its_years_digit_known_once():
    assert codes("Je ne suis pas inscrit dans DRCIV4 (droit civil), merci.", ECO) == ["DR2CIV4"]


def test_a_course_without_its_year_left_when_the_mail_does_not_say_which():
    # nothing says the year: no guess among EG1-, EG2-, EG3-FIN2
    assert "EG2-FIN2" not in codes("Le cours EG-FIN2 a disparu de mon tableau de bord.", ECO)
    assert dropped_digits.year_dropped("EG2-FIN2", ECO) == []


BIO = Catalogue.of(["BIO201A", "BIO201A-G1", "BIO201A-P1", "BIO305A", "BIO305B", "BIO305A-G1",
                    "BIO305B-G1"])


def test_a_course_without_its_letter_that_starts_one_course():
    # « BIO201 » starts BIO201A and its own groups only: that course
    assert codes("Je ne suis pas inscrite dans BIO201 (génétique).", BIO) == ["BIO201A"]
    assert dropped_digits.suffix_dropped(["BIO201"], BIO) == {"BIO201": "BIO201A"}


def test_a_course_without_its_letter_that_starts_two_is_left():
    # « BIO305 » starts BIO305A and BIO305B: the mail does not say which
    assert dropped_digits.suffix_dropped(["BIO305"], BIO) == {}
    assert "BIO305A" not in codes("Je ne suis pas inscrite dans BIO305 (écologie).", BIO)


GESTION = Catalogue.of(["GM1CG04", "GM2CG04", "GM1CG04FI", "GM2CG04FI"])


def test_the_year_said_in_words_picks_a_codes_dropped_year():
    assert codes("Je suis en M2 contrôle de gestion et je ne vois pas le cours GMCG04.",
                 GESTION) == ["GM2CG04"]
    # no year said: M1 or M2, left as written
    assert not {"GM1CG04", "GM2CG04"} & set(
        codes("Je ne vois pas le cours GMCG04 sur ecampus.", GESTION))
