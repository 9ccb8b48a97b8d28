"""What a code-like token is when it is no APOGÉE code (extractors/not_codes.py), seen through
the whole reader, without and with a catalogue."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import read
from triage.model import ParsedMail


def codes(body: str, catalogue: Catalogue | None = None) -> list[str]:
    parsed = ParsedMail(message_id="t", subject="Ecampus", from_addr="jean.dupont@unicaen.fr",
                        text=body, new_text=body, headers={})
    return read(parsed, catalogue=catalogue).entities.apogee_codes


def test_a_service_desk_ticket_number_is_no_code():
    """An IT service desk numbers its incidents and requests with a prefix and six digits or
    more (« INC482213 », « REQ731046 »): no code, whatever the words before; the course beside
    it still is one, and so is a short code with such a prefix (« PRB12 »)."""
    body = "Le cours HIST205 affiche une erreur.\nRéf. DSI : INC482213 (voir aussi REQ731046)."
    assert codes(body) == ["HIST205"]
    assert codes("Le quiz du cours PRB12 ne s'ouvre plus.") == ["PRB12"]


def test_a_certification_register_number_is_no_code():
    """A training's certification in France Compétences' registers (« code RS6021 »,
    « RNCP35467 »), as spam for paid courses cites them: no code, even after « code » and with
    a catalogue that knows nothing like it."""
    body = "Formation bureautique certifiante (code RS6021, titre RNCP35467) : 0 € à payer."
    assert codes(body) == []
    assert codes(body, Catalogue.of(["HIST205", "S5.BIO12"])) == []


def test_a_version_and_its_release_channel_is_no_code():
    """« Firefox 128.0esr », « 24.04LTS »: a version number with its release channel (extended
    support, long-term) is no code; the course beside it is."""
    assert codes("J'utilise Firefox 128.0esr et Ubuntu 24.04LTS, le cours HIST205 est vide.") == [
        "HIST205"]


def test_a_but_resource_by_its_short_name_is_no_code():
    """The BUT numbers its resources « R1.05 », « R2.12 » within a department: alone, even
    after « cours », no code (no writer's gold ever counts one); written with its department's
    prefix it is one (« GEA R1.07 »), and a catalogue that knows the short name still decides."""
    assert codes("Je ne suis dans aucun groupe pour le cours R2.12 , merci") == []
    assert codes("Le cours R1.05 Introduction au droit reste vide.") == []
    assert codes("Le cours GEA R1.07 est introuvable.") == ["GEAR1.07"]
    assert codes("Le cours R2.12 reste vide.", Catalogue.of(["R2.12"])) == ["R2.12"]
