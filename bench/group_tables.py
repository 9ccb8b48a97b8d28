"""Reading a pasted table of students and their groups, with the catalogue: time against size.

    python bench/group_tables.py

A secretary pastes a spreadsheet (course | name | number | group) under a sentence citing the
courses: every « TD1 » of the table is a group name said in passing, looked for among the groups
of every cited course. Before round 22's end each name was looked up again at each row (a 40 KB
table of 60 courses: 11 s of CPU); `group_names.looked_up_once` looks each name up once per scope.
The courses and groups are made up here; the reading is the pipeline's (`extractors.read`).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from triage.catalogue import Catalogue  # noqa: E402
from triage.extractors import read  # noqa: E402
from triage.model import ParsedMail  # noqa: E402

GROUPS_PER_COURSE = 8


def table_mail(rows: int, courses: int) -> tuple[ParsedMail, Catalogue]:
    codes = [f"XCO{i:04d}" for i in range(courses)]
    groups = [f"{c}TD{k}" for c in codes for k in range(1, GROUPS_PER_COURSE + 1)]
    labels = {**{c: f"COURS {i}" for i, c in enumerate(codes)},
              **{g: f"TD{g[-1]} COURS" for g in groups}}
    text = ("Bonjour, pour les cours " + ", ".join(codes) + " voici les groupes :\n"
            + "\n".join(f"{codes[i % courses]} | Dupont Jean | {20000000 + i} | "
                        f"TD{1 + i % GROUPS_PER_COURSE}" for i in range(rows))
            + "\nMerci")
    mail = ParsedMail(message_id="t", subject="groupes", from_addr="a.b@unicaen.fr", text=text,
                      new_text=text)
    return mail, Catalogue.of(codes + groups, labels, [])


def main() -> int:
    print(f"{'rows':>6}{'courses':>9}{'KB':>7}{'CPU s':>8}{'codes':>7}")
    for rows, courses in ((250, 20), (1000, 20), (1000, 60), (2000, 60)):
        mail, catalogue = table_mail(rows, courses)
        start = time.process_time()
        reading = read(mail, catalogue=catalogue)
        spent = time.process_time() - start
        print(f"{rows:>6}{courses:>9}{len(mail.text) / 1000:>7.0f}{spent:>8.2f}"
              f"{len(reading.entities.apogee_codes):>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
