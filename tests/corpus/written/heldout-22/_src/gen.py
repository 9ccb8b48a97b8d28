import gen_base, mails_a, mails_b, mails_c, mails_d
gen_base.write_all()
print(len(gen_base.MAILS), "mails")
