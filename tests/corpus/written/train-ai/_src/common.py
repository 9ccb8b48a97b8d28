MAILS = []


def M(slug, frm, subj, body=None, *, html=None, fmt='plain', cs='utf-8', cte=None, day=11, hm='09:12',
      irt=None, att=None, to='cemu.assistance@unicaen.fr', codes=(), nums=(), ids=(), sym='other',
      role='staff', lang='fr', auto=False, sch='', et=(), note='', extra=None):
    cl = [(c, c) if isinstance(c, str) else c for c in codes]
    MAILS.append(dict(slug=slug, frm=frm, subj=subj, body=body, html=html, fmt=fmt, cs=cs, cte=cte,
                      day=day, hm=hm, irt=irt, att=att, to=to, codes=cl, nums=list(nums), ids=list(ids),
                      sym=sym, role=role, lang=lang, auto=auto, sch=sch, et=list(et), note=note,
                      extra=extra or {}))
