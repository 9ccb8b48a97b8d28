MAILS = []
CEMU = "cemu.assistance@unicaen.fr"


def G(codes=(), nums=(), ids=(), sym="other", role="student", lang="fr", auto=False, schemes=(), note=""):
    canon, written = [], []
    for c, w in codes:
        if c not in canon:
            canon.append(c)
        if w not in written:
            written.append(w)
    return {"apogee_codes": canon, "apogee_codes_as_written": written, "student_numbers": list(nums),
            "course_ids": list(ids), "symptom": sym, "sender_role": role, "language": lang,
            "auto_reply": auto, "schemes": list(schemes), "note": note}


def add(slug, gold, **spec):
    MAILS.append({"slug": slug, "spec": spec, "gold": gold})


def sig(name, title, service, room, phone, extra=""):
    return f"""--
{name}
{title}
{service}
Université de Caen Normandie
{room}
Esplanade de la Paix - CS 14032
14032 CAEN Cedex 5
Tél. : {phone}
{extra}""".rstrip() + "\n"
