#!/usr/bin/env bash
# Makes the font collection the PDF font tests configure as jixiao.pdf.font:
#   query-side/src/test/resources/io/jixiao/query/exports/fonts/two-faces.ttc
# both faces of WenQuanYi Micro Hei 0.2.0-beta (Debian fonts-wqy-microhei 0.2.0-beta-3.1, Apache-2.0: see
# src/main/resources/io/jixiao/query/exports/fonts/ for the licence and notice), cut down with fonttools 4.38.0 to
# 绩, 效 and 䶵 (U+4DB5, a CJK Extension A character the bundled font leaves out). So it is a collection with two
# named faces, it has Chinese glyphs, it lacks Latin letters (which the bundled font then supplies) and it has one
# character the bundled font lacks.
#   apt-get install fonts-wqy-microhei fonttools && query-side/src/test/fonts/make-test-font.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
/usr/bin/python3 - /usr/share/fonts/truetype/wqy/wqy-microhei.ttc \
  src/test/resources/io/jixiao/query/exports/fonts/two-faces.ttc <<'PYTHON'
import sys
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection

collection = TTCollection(sys.argv[1], recalcTimestamp=False)
options = Options(name_IDs=['*'], name_languages=['*'], notdef_outline=True, drop_tables=Options().drop_tables + ['FFTM'])
for face in collection.fonts:
    subsetter = Subsetter(options)
    subsetter.populate(text='绩效\u4db5')
    subsetter.subset(face)
collection.save(sys.argv[2])
PYTHON
ls -l src/test/resources/io/jixiao/query/exports/fonts/two-faces.ttc
