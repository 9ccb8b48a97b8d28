"""Dump every reading, to check that a speed change leaves them byte-identical.

    python bench/reading_dump.py OUT            # write the dump to OUT, print its SHA-256
    python bench/reading_dump.py --compare A B  # the first lines where two dumps differ

For every mail of the generated corpus (tests/corpus), its held-out set and every set under
tests/corpus/written/: every field of its parse (`ParsedMail`, attachments included) and every
field of its reading (`Reading`: codes and their spans, codes as written, étapes said, numbers,
course ids, URLs, errors, symptom and its evidence, role, language, auto-reply, foreign
helpdesk) without a catalogue, with the folder's catalogue and with the union of every
writer's catalogue (a catalogue of REFER's size); the classifier's features (names, values,
order, the words shown for each) and its decision and probability as raw floats. Then the
1 MB HTML mail of bench/extraction.py, parsed and read without, with train-a's and with the
union's catalogue. A speed change must give the same file, to the byte (`cmp`).
"""
from __future__ import annotations

import dataclasses
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from triage import extractors  # noqa: E402
from triage.catalogue import Catalogue  # noqa: E402
from triage.extractors import learned  # noqa: E402
from triage.extractors.evaluation import load, load_catalogue  # noqa: E402
from triage.mail.parse import parse_mail  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def folders() -> list[Path]:
    """The generated corpus, its held-out set and every written set (never the sealed one)."""
    written = sorted(p.parent for p in (CORPUS / "written").glob("*/gold.json"))
    return [CORPUS, CORPUS / "heldout", *written]


def union_catalogue(sets: list[Path]) -> Catalogue:
    """Every written set's catalogue in one (codes, labels, étapes)."""
    import json
    codes: list[str] = []
    labels: dict[str, str] = {}
    etapes: list[str] = []
    for folder in sets:
        path = folder / "catalogue.json"
        if not path.exists():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        codes += [c for key in ("elements", "etapes", "groups", "courses")
                  for c in data.get(key, [])]
        if isinstance(data.get("labels"), dict):
            labels.update(data["labels"])
        etapes += data.get("etapes", [])
    return Catalogue.of(codes, labels, etapes)


def parse_lines(mail) -> list[str]:
    return [f"  parse {f.name} {getattr(mail, f.name)!r}" for f in dataclasses.fields(mail)]


def reading_lines(tag: str, reading) -> list[str]:
    out = []
    for f in dataclasses.fields(reading):
        if f.name == "entities":
            for g in dataclasses.fields(reading.entities):
                out.append(f"  {tag} entities.{g.name} {getattr(reading.entities, g.name)!r}")
        else:
            out.append(f"  {tag} {f.name} {getattr(reading, f.name)!r}")
    return out


def classifier_lines(mail) -> list[str]:
    """The features the model sees (in order, with their values and shown words) and its
    decision, floats written exactly."""
    model = learned.load()
    if model is None:
        return ["  classifier none"]
    text = extractors.mail_text(mail)
    values, words = learned.features(text)
    out = [f"  feature {name} {value.hex()} {learned.shown(words[name])!r}"
           for name, value in values.items()]
    scored = model.classify(text)
    out.append(f"  classify {scored.symptom} {float(scored.score).hex()} {scored.evidence!r}")
    return out


def dump(out_path: Path) -> str:
    sets = folders()
    union = union_catalogue(sets)
    lines: list[str] = []
    for folder in sets:
        catalogue = load_catalogue(folder)
        for sample in load(folder):
            mail = parse_mail(sample.raw)
            lines.append(f"== {folder.relative_to(CORPUS.parent)}/{sample.name}")
            lines += parse_lines(mail)
            lines += reading_lines("read", extractors.read(mail))
            if catalogue is not None:
                lines += reading_lines("read+cat", extractors.read(mail, catalogue=catalogue))
            lines += reading_lines("read+union", extractors.read(mail, catalogue=union))
            lines += classifier_lines(mail)
    from extraction import big_html_mail     # bench/extraction.py, beside this file
    big = parse_mail(big_html_mail())
    lines.append("== 1 MB HTML mail")
    lines += parse_lines(big)
    lines += reading_lines("read", extractors.read(big))
    lines += reading_lines("read+train-a", extractors.read(
        big, catalogue=load_catalogue(CORPUS / "written" / "train-a")))
    lines += reading_lines("read+union", extractors.read(big, catalogue=union))
    data = ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
    out_path.write_bytes(data)
    return f"{hashlib.sha256(data).hexdigest()}  {len(lines):,} lines, {len(sets)} folders"


def compare(a: Path, b: Path, shown: int = 20) -> int:
    """Print the first differing lines (with the mail they belong to); 1 when they differ."""
    left = a.read_text(encoding="utf-8").splitlines()
    right = b.read_text(encoding="utf-8").splitlines()
    mail, differ = "", 0
    for x, y in zip(left, right):
        if x.startswith("== "):
            mail = x
        if x != y:
            differ += 1
            if differ <= shown:
                print(f"{mail}\n- {x[:300]}\n+ {y[:300]}")
    differ += abs(len(left) - len(right))
    print(f"{differ} lines differ" if differ else "identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    if sys.argv[1:2] == ["--compare"]:
        sys.exit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
    print(dump(Path(sys.argv[1])))
