import shutil, os
from lib import OUT
if os.path.isdir(OUT): shutil.rmtree(OUT)
import en, fr, cls
from build import ALL
assert len(ALL) == len(set(ALL)), "duplicate ids"
print(len(ALL), "cases")
