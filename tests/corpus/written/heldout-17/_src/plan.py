"""The 100-mail plan. Run from anywhere: python3 _src/plan.py"""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from gen import *
import catalogue as K

S = lambda t, slug, **kw: dict(t=t, slug=slug, **kw)
P = [
 # ---------------- students (55)
 S(t_stu_not_enrolled, "etu-l1-geo", kw=dict(scheme="geo", etape_said=True)),
 S(t_stu_not_enrolled, "etu-psy-sms", kw=dict(scheme="psy", style=1, glue=True)),
 S(t_stu_not_enrolled, "etu-staps-caps", kw=dict(scheme="staps", style=2, etape_said=True), fmt="plain"),
 S(t_stu_not_enrolled, "etu-info-dropdigit", kw=dict(scheme="info", dmg="dropdigit")),
 S(t_stu_not_enrolled, "etu-lea", kw=dict(scheme="lea", etape_said=True, dmg="space"), fmt="alt"),
 S(t_stu_not_enrolled, "etu-jur-sms", kw=dict(scheme="jur", style=1, dmg="nodash")),
 S(t_stu_not_enrolled, "etu-pass", kw=dict(scheme="pass", style=2, dmg="O0")),
 S(t_stu_not_enrolled, "etu-ha", kw=dict(scheme="ha", style=0), fmt="html"),
 S(t_stu_not_enrolled, "etu-inspe", kw=dict(scheme="inspe", etape_said=True)),
 S(t_stu_not_enrolled, "etu-llce", kw=dict(scheme="llce", style=1)),
 S(t_stu_not_enrolled, "etu-mch", kw=dict(scheme="mch", dmg="adddash")),
 S(t_stu_not_enrolled, "etu-du-fle", kw=dict(scheme="du", etape_said=True), fmt="alt"),
 S(t_stu_not_enrolled, "etu-hss-glued", kw=dict(scheme="hss", style=1, glue=True, dmg="lower")),
 S(t_stu_erasmus_en, "erasmus-geo", kw=dict(scheme="geo")),
 S(t_stu_erasmus_en, "erasmus-lea", kw=dict(scheme="lea", etape_said=True), fmt="html"),
 S(t_stu_erasmus_en, "erasmus-psy", kw=dict(scheme="psy"), attach="Learning agreement.png"),
 S(t_stu_doctorat, "doct-formation", kw=dict(sym="not_enrolled")),
 S(t_stu_dashboard, "etu-dashboard-gea", kw=dict(scheme="gea")),
 S(t_stu_dashboard, "etu-dashboard-jur", kw=dict(scheme="jur", etape_said=True, dmg="lower"), fmt="alt"),
 S(t_stu_dashboard, "etu-dashboard-inspe", kw=dict(scheme="inspe"), attach="Capture d’écran 2026-10-14 101503.png"),
 S(t_stu_doctorat, "doct-dashboard", kw=dict(sym="course_not_on_dashboard")),
 S(t_stu_wrong_group, "etu-group-info", kw=dict(scheme="info", words=True)),
 S(t_stu_wrong_group, "etu-group-jur", kw=dict(scheme="jur", dmg="space"), fmt="alt"),
 S(t_stu_wrong_group, "etu-group-gea", kw=dict(scheme="gea", words=True, etape_said=True)),
 S(t_stu_wrong_group, "etu-group-psy", kw=dict(scheme="psy")),
 S(t_stu_wrong_group, "etu-group-lea", kw=dict(scheme="lea", words=True)),
 S(t_stu_wrong_group, "etu-group-staps", kw=dict(scheme="staps", dmg="lower"), fmt="html"),
 S(t_stu_distance, "etu-distance-jur", kw=dict(scheme="jur")),
 S(t_stu_distance, "etu-distance-du", kw=dict(scheme="du")),
 S(t_stu_distance, "etu-distance-geo", kw=dict(scheme="geo", etape_said=False)),
 S(t_stu_alternant, "etu-alternant-gea-a"),
 S(t_stu_alternant, "etu-alternant-gea-b"),
 S(t_stu_login, "etu-login", kw=dict()),
 S(t_stu_login, "etu-login-reprise", kw=dict(etape_said=True)),
 S(t_stu_login, "etu-login-2", kw=dict()),
 S(t_stu_cas, "etu-cas-ha", kw=dict(scheme="ha")),
 S(t_stu_cas, "etu-cas-staps", kw=dict(scheme="staps")),
 S(t_stu_cas, "erasmus-cas-en", kw=dict(scheme="geo", en=True)),
 S(t_stu_dberror, "etu-db-info", kw=dict(scheme="info")),
 S(t_stu_dberror, "etu-db-pass", kw=dict(scheme="pass")),
 S(t_stu_dberror, "etu-db-en", kw=dict(scheme="mch", en=True), fmt="alt"),
 S(t_stu_wrong_name, "etu-name", kw=dict(scheme="geo")),
 S(t_stu_wrong_name, "etu-name-2", kw=dict(scheme="geo", etape_said=True)),
 S(t_stu_wrong_name, "etu-name-en", kw=dict(scheme="du", en=True, etape_said=True)),
 S(t_stu_course_missing, "etu-missing-info-unknown", kw=dict(scheme="info", unknown="INFO3-99")),
 S(t_stu_course_missing, "etu-missing-ha", kw=dict(scheme="ha", etape_said=True)),
 S(t_stu_course_missing, "etu-missing-staps-unknown", kw=dict(scheme="staps", unknown="STP2-Z12")),
 S(t_stu_course_missing, "etu-missing-llce", kw=dict(scheme="llce"), fmt="html"),
 S(t_stu_moved, "etu-moved-psy", kw=dict(scheme="psy")),
 S(t_stu_moved, "etu-moved-hss", kw=dict(scheme="hss")),
 S(t_stu_participants, "etu-participants", kw=dict(scheme="mch")),
 S(t_stu_participants, "etu-participants-2", kw=dict(scheme="lea")),
 S(t_stu_thanks, "etu-thanks", kw=dict(scheme="geo")),
 S(t_stu_thanks, "etu-thanks-2", kw=dict(scheme="pass"), fmt="alt"),
 S(t_stu_other_en, "doct-quiz-en", kw=dict(scheme="ed")),
 # ---------------- staff (40)
 S(t_teacher_not_enrolled, "ens-not-enrolled-geo", kw=dict(scheme="geo"), fmt="alt"),
 S(t_teacher_not_enrolled, "ens-not-enrolled-mch", kw=dict(scheme="mch", dmg="lower", etape_said=True)),
 S(t_teacher_not_enrolled, "ens-not-enrolled-hss", kw=dict(scheme="hss"), fmt="html"),
 S(t_teacher_en_not_enrolled, "ens-en-not-enrolled", kw=dict(scheme="info")),
 S(t_teacher_students_cannot_see, "ens-invisible-psy", kw=dict(scheme="psy", etape_said=True)),
 S(t_teacher_students_cannot_see, "ens-invisible-info", kw=dict(scheme="info", words_group=True), fmt="alt"),
 S(t_teacher_students_cannot_see, "ens-invisible-inspe", kw=dict(scheme="inspe", etape_said=True, dmg="space")),
 S(t_teacher_students_cannot_see, "ens-invisible-staps", kw=dict(scheme="staps", words_group=True), fmt="html"),
 S(t_teacher_students_cannot_see, "ens-invisible-llce", kw=dict(scheme="llce", dmg="nodash")),
 S(t_teacher_en_students, "ens-en-students", kw=dict(scheme="llce")),
 S(t_sec_table, "scol-table-jur", kw=dict(scheme="jur", etape_said=True), fmt="html"),
 S(t_sec_table, "scol-table-gea", kw=dict(scheme="gea", n_rows=7), fmt="html"),
 S(t_sec_table, "scol-table-psy", kw=dict(scheme="psy", n_rows=4, etape_said=True), fmt="alt", attach="code"),
 S(t_sec_table, "scol-groups-pass", kw=dict(scheme="pass", sym="wrong_group", n_rows=6), fmt="html"),
 S(t_sec_table, "scol-groups-info", kw=dict(scheme="info", sym="wrong_group", etape_said=True), fmt="alt"),
 S(t_fwd_student, "scol-fwd-staps", kw=dict(scheme="staps", etape_said=True)),
 S(t_fwd_student, "scol-fwd-lea", kw=dict(scheme="lea")),
 S(t_fwd_student, "scol-fwd-ha", kw=dict(scheme="ha", etape_said=True), fmt="html"),
 S(t_too_many_teachers, "ens-too-many-gea", kw=dict(scheme="gea")),
 S(t_too_many_teachers, "ens-too-many-jur", kw=dict(scheme="jur"), fmt="alt"),
 S(t_too_many_teachers, "ens-too-many-pass", kw=dict(scheme="pass")),
 S(t_staff_participants, "ens-participants", kw=dict(scheme="ha")),
 S(t_staff_participants, "ens-participants-en", kw=dict(scheme="mch", en=True)),
 S(t_cohort, "dir-cohort-geo", kw=dict(etape_codes=["GEOL2", "GEOL3"])),
 S(t_cohort, "dir-cohort-meef", kw=dict(etape_codes=["MEF1D1"], cite_elem="1CA153")),
 S(t_cohort, "dir-cohort-gea", kw=dict(etape_codes=["BGEA2"]), fmt="html"),
 S(t_course_missing_staff, "ens-missing-mch-unknown", kw=dict(scheme="mch", unknown="MCH1U19")),
 S(t_course_missing_staff, "ens-missing-geo", kw=dict(scheme="geo")),
 S(t_moved_staff, "ens-moved-geo-archived", kw=dict(scheme="geo", unknown_old="GEO2-CA9")),
 S(t_moved_staff, "ens-moved-jur", kw=dict(scheme="jur"), fmt="alt"),
 S(t_moved_staff, "ens-moved-psy-unknown", kw=dict(scheme="psy", unknown_old="PSY.3B99")),
 S(t_dsi_dberror, "dsi-db", kw=dict(scheme="lea")),
 S(t_sec_wrong_name, "scol-name"),
 S(t_staff_login, "vacataire-login"),
 S(t_staff_other, "ens-tiers-temps", kw=dict(scheme="staps"), fmt="html"),
 S(t_teacher_groups_empty, "ens-groups-empty-psy", kw=dict(scheme="psy")),
 S(t_teacher_groups_empty, "ens-groups-empty-gea", kw=dict(scheme="gea"), fmt="alt"),
 S(t_sec_dashboard, "fc-dashboard", kw=dict(scheme="du")),
 S(t_staff_cas, "personnel-cas"),
 S(t_teacher_thanks, "ens-thanks-quoted", kw=dict(scheme="inspe")),
 # ---------------- unknown (5)
 S(t_autoreply, "absence-fr", auto=True),
 S(t_autoreply, "absence-en", kw=dict(en=True), auto=True),
 S(t_bounce, "bounce", kw=dict(scheme="jur"), auto=True),
 S(t_spam, "spam-phishing", kw=dict(en=True), fmt="html"),
 S(t_outsider, "parent-login", kw=dict(scheme="staps", sym="cannot_login")),
]
for s in P:
    if "fmt" in s:
        pass
assert len(P) == 100, len(P)

R.shuffle(P)
gold = {}
for i, spec in enumerate(P, 1):
    fname, g = build(spec, i, spec["slug"])
    gold[fname] = g
with open(os.path.join(OUT, "gold.json"), "w") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "catalogue.json"), "w") as f:
    json.dump(K.dump(), f, ensure_ascii=False, indent=1)
print(len(gold))
