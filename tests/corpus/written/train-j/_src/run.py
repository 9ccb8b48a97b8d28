import lib
for m in ['m1','m2','m3','m4','m5']: __import__(m)
lib.save(); print(len(lib.GOLD))
