"""Write the labelled corpus: `python -m tests.corpus.make_corpus` (the .eml files are committed)."""
from __future__ import annotations

from pathlib import Path

from tests.corpus import corpus_courses, corpus_enrolment, corpus_extra, corpus_noise
from tests.corpus.corpus_lib import write

HERE = Path(__file__).parent


def corpus():
    """Every mail of the tuning corpus."""
    return corpus_enrolment.mails() + corpus_courses.mails() + corpus_noise.mails() + corpus_extra.mails()


if __name__ == "__main__":
    mails = corpus()
    write(mails, HERE)
    print(f"{len(mails)} mails written to {HERE}")
