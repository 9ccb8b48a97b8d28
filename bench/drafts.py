"""Drafts benchmark: does the chosen template match the gold label, and does any draft leak?

    python bench/drafts.py [--dir var/bench-demo] [--scale 1.0]

Runs tests/corpus/*.eml (gold: tests/corpus/gold.json, `template` per mail; "none" = no draft
or a draft that names no situation) through the Analyser against the demo university (SQLite).
Prints, per gold template, how often the chosen template is the gold one; the overall share is
the proxy for "approved without an edit" (target >= 70 %). The leak check is independent of
responses/guard.py: it reads the rendered text against the mail's own text and the demo's people.
Target: zero leaks.
"""
from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from diagnose import CORPUS, ensure_demo  # noqa: E402
from triage.demo.schema import MOODLE, REFER  # noqa: E402
from triage.demo.setup import demo_config  # noqa: E402
from triage.mail.parse import parse_mail  # noqa: E402
from triage.pipeline.analyse import Analyser  # noqa: E402
from triage.sources import SourceSettings, Sources  # noqa: E402

NUMBER = re.compile(r"(?<!\d)\d{8}(?!\d)")
NO_SITUATION = {"investigating", "to_write", "none"}
TARGET = 0.70


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


class LeakCheck:
    """What a draft must not carry: unwritten numbers and names, others' numbers, internals."""

    def __init__(self, demo: Path):
        db = sqlite3.connect(demo / "moodle.db")
        # Full names ("Prénom Nom" and "Nom Prénom") and staff logins of every demo account.
        self.names, self.logins = set(), set()
        for first, last, username, idnumber in db.execute(
                "SELECT firstname, lastname, username, idnumber FROM mdl_user"):
            if first and last:
                self.names |= {f"{first} {last}".lower(), f"{last} {first}".lower()}
            if not idnumber and "-" in (username or ""):
                self.logins.add(username.lower())
        db.close()
        # Only names with "_": COMPOSANTE, GROUPE, ETAPE are also the French words a reply uses.
        tables = {t.name for md in (REFER, MOODLE) for t in md.sorted_tables if "_" in t.name}
        columns = {c.name.upper() for t in REFER.sorted_tables for c in t.columns if "_" in c.name}
        self.internal = sorted(tables) + sorted(columns)

    def check(self, text: str, mail, role: str) -> list[str]:
        """The leaks of one rendered draft, as short labels."""
        written = " ".join([mail.subject, mail.text, mail.html, mail.from_name, mail.from_addr])
        flat, low = _flat(written), written.lower()
        own = mail.from_addr.partition("@")[0]
        out = []
        for n in set(NUMBER.findall(text)):
            if n not in flat:
                out.append(f"number not written: {n}")
            elif role == "student" and n != own:
                out.append(f"another student's number to a student: {n}")
        body = text.lower()
        out += [f"name not written: {x}" for x in self.names if x in body and x not in low]
        out += [f"login not written: {x}" for x in self.logins
                if re.search(rf"(?<![\w-]){re.escape(x)}(?![\w-])", body) and x not in low]
        out += [f"internal name: {x}" for x in self.internal
                if re.search(rf"(?<!\w){re.escape(x)}(?!\w)", text, re.IGNORECASE)]
        return out


def chosen(analysis) -> str:
    """The template id the bench compares with gold ('none' when no situation is answered)."""
    if analysis.draft is None:
        return "none"
    return "none" if analysis.draft.template in NO_SITUATION else analysis.draft.template


def main() -> None:
    """Run the corpus, print the per-template table, the overall share and the leaks."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", type=Path, default=ROOT / "var" / "bench-demo")
    ap.add_argument("--scale", type=float, default=1.0)
    args = ap.parse_args()
    gold_path = CORPUS / "gold.json"
    if not gold_path.exists() or not list(CORPUS.glob("*.eml")):
        print(f"no labelled corpus in {CORPUS}: nothing to measure")
        return
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    ensure_demo(args.dir, args.scale)
    sources = Sources(SourceSettings(refer_url=f"sqlite:///{args.dir}/refer.db",
                                     moodle_url=f"sqlite:///{args.dir}/moodle.db"))
    analyser = Analyser.from_config(demo_config(args.dir), sources)
    leak_check = LeakCheck(args.dir)
    per: dict[str, Counter] = defaultdict(Counter)
    confusions, leaks, masked = Counter(), [], 0
    for name, label in sorted(gold.items()):
        path = CORPUS / name
        if not path.exists():
            continue
        mail = parse_mail(path.read_bytes())
        analysis = analyser.analyse(mail)
        got, want = chosen(analysis), label["template"]
        per[want]["n"] += 1
        per[want]["ok"] += got == want
        if got != want:
            confusions[(want, got)] += 1
        if analysis.draft is not None:
            role = label.get("sender_role") or analysis.reading.sender_role
            leaks += [(name, x) for x in leak_check.check(analysis.draft.text, mail, role)]
            masked += "[numéro masqué]" in analysis.draft.text
    sources.close()
    report(per, confusions, leaks, masked)


def report(per, confusions, leaks, masked) -> None:
    """Print the table."""
    total = sum(c["n"] for c in per.values())
    ok = sum(c["ok"] for c in per.values())
    print(f"{'gold template':<28} {'mails':>5} {'chosen = gold':>14}")
    for template, c in sorted(per.items(), key=lambda kv: (-kv[1]["n"], kv[0])):
        print(f"{template:<28} {c['n']:>5} {c['ok']:>6} ({c['ok'] / c['n']:5.0%})")
    share = ok / total if total else 0.0
    print(f"\noverall: {ok}/{total} = {share:.1%} chosen template is gold's "
          f"(proxy for approved without edit; target >= {TARGET:.0%}: "
          f"{'OK' if share >= TARGET else 'MISSED'})")
    if confusions:
        print("most frequent misses (gold -> chosen): " + ", ".join(
            f"{w}->{g} x{n}" for (w, g), n in confusions.most_common(6)))
    print(f"leaks: {len(leaks)} (target 0){'' if leaks else ' OK'}; drafts where the guard "
          f"masked a number: {masked}")
    for name, what in leaks[:20]:
        print(f"  LEAK {name}: {what}")


if __name__ == "__main__":
    main()
