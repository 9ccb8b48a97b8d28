from other import *
import glob
for f in glob.glob(os.path.join(OUT, "*.eml")): os.remove(f)
SYMS = [s for s in T if s not in ("other","auto")]
plan = []
for s in SYMS: plan += [s]*5          # 14*5 = 70
plan += R.sample(SYMS, 10)            # 80
plan += ["other"]*11 + ["auto"]*9     # 100
R.shuffle(plan)
gold = {}; used = {}; tot = [0, 0]
slug = {"wrong_name":"nom","cannot_login":"connexion","course_moved_renamed":"archive","course_missing":"cours-absent","course_not_on_dashboard":"tableau-bord","students_cannot_see_course":"etud-voient-pas","not_enrolled":"non-inscrits","teacher_not_enrolled":"ens-non-inscrit","wrong_group":"groupe","participants_block_missing":"participants","cas_unknown_destination":"cas","database_error":"bdd","too_many_teachers":"trop-ens","cohort_question":"cohorte","other":"divers","auto":"auto"}
for idx, s in enumerate(plan, 1):
    k = used.get(s, 0); used[s] = k + 1
    fns = T[s]; f = fns[k % len(fns)]
    m = M()
    subj, text, role, lang, note, ex = f(m)
    fn = "%03d-%s.eml" % (idx, slug[s])
    fix = lambda t: re.sub(r"\b([Dd])e ([aeiouhéèê])", r"\1'\2", t) if t else t
    if lang == "fr": text = fix(text); ex["html"] = fix(ex.get("html"))
    if ex.get("dsn"):
        outer = MIMEMultipart("report", report_type="delivery-status")
        outer.attach(mk_text(text, "plain", "us-ascii", "8bit"))
        import email as E
        ds = MIMEBase("message", "delivery-status"); ds.set_payload([E.message_from_string("Reporting-MTA: dns; smtp.unicaen.fr\n"), E.message_from_string("Final-Recipient: rfc822; unknown@etu.unicaen.fr\nAction: failed\nStatus: 5.1.1\n")]); outer.attach(ds)
        build(fn, ex["frm"], subj, text, msg=outer, to="cemu.assistance@unicaen.fr")
    else:
        build(fn, ex["frm"], subj, text, html=ex.get("html"), form=ex.get("form"), headers=ex.get("headers"), png=ex.get("png", False))
    tot[0] += m.ment; tot[1] += m.dmg
    gold[fn] = {"apogee_codes": m.codes, "apogee_codes_as_written": m.written, "student_numbers": m.nums,
                "course_ids": m.ids, "symptom": "other" if s == "auto" else s, "sender_role": role, "language": lang,
                "auto_reply": s == "auto", "schemes": m.schemes, "note": note}
json.dump(gold, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)
cited = {c for g in gold.values() for c in g["apogee_codes"]}
cat = {"elements": sorted(set(ALL["elements"]) - UNKNOWN), "etapes": sorted(set(ALL["etapes"]) - UNKNOWN), "groups": sorted(set(ALL["groups"]) - UNKNOWN),
       "unknown": sorted(UNKNOWN), "labels": {c: LABELS[c] for c in sorted(LABELS) if c not in UNKNOWN}}
for c in cited: assert c in LABELS or c in UNKNOWN, c
json.dump(cat, open(os.path.join(OUT, "catalogue.json"), "w"), ensure_ascii=False, indent=1)
print("mentions", tot, "damaged frac %.2f" % (tot[1]/max(1,tot[0])))
