"""Generate train-x: python3 gen.py (writes ../NNN-*.eml, ../gold.json, ../catalogue.json)."""
import build, mails1, mails2
build.run(mails1.MAILS + mails2.MAILS)
