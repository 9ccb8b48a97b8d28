from lib import *
from datetime import datetime as D
from lib import *
S_DR="droit JL1.Cnn (dotted)"; S_GEA="BUT GEA BGE-Rnnn (dash)"; S_MEEF="INSPE MF1.SLnn (dotted, site)"; S_IN="info IN5Ann"
S_LEA="LEA.nXXX (dot, letters)"; S_PASS="PASS PS1.UEnn"; S_IAE="IAE IAM1-Xnn (dash)"; S_ST="STAPS STPnEnn"
S_HS="histoire HSTn.nn"; S_PSY="psycho PSLn.Enn"; S_GEO="geo EAD GEnDnn"; S_ESX="ESIX ESX-Xnn"; S_7M="digit-first 7MDAnn"
S_HLAN="letters+digits HLANnnn (FAQ-like)"; S_1CA="digit-first 1CAnnn (FAQ-like)"; S_IRAN="IRAN-nn (FAQ-like)"
S_ETP="etape code (+version)"; S_GRP="group short name"

