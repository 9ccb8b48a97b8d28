class M:
    def __init__(self, slug, frm, subj, body, symptom, role, lang, etapes=(), fmt="plain", cs="utf-8",
                 note="", auto=False, attach=None, hdr=None, date=None):
        self.__dict__.update(locals()); del self.__dict__["self"]
        self.etapes = list(etapes); self.hdr = hdr or {}
