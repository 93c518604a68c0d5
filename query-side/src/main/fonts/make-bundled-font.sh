#!/usr/bin/env bash
# Makes the Chinese font the printable form embeds when jixiao.pdf.font is not set:
#   query-side/src/main/resources/io/jixiao/query/exports/fonts/WenQuanYiMicroHei-GBK.ttf
# a subset of WenQuanYi Micro Hei 0.2.0-beta (Debian package fonts-wqy-microhei 0.2.0-beta-3.1; Apache-2.0, see
# LICENSE-Apache-2.0.txt and NOTICE.txt beside the font), face 0 ("WenQuanYi Micro Hei") of its collection, made
# with pyftsubset (Debian package fonttools 4.38.0): TrueType outlines, which PDFBox embeds as a subset (CFF-outline
# fonts such as Noto CJK it cannot). Kept: every character of GBK (so all of GB2312), the whole CJK Unified
# Ideographs block, and the Latin, punctuation, currency, symbol, kana and full-width ranges a form may use, as far
# as the font has them. The output is byte-for-byte reproducible with the same font and fonttools versions.
#   apt-get install fonts-wqy-microhei fonttools && query-side/src/main/fonts/make-bundled-font.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
source_font=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
target=src/main/resources/io/jixiao/query/exports/fonts/WenQuanYiMicroHei-GBK.ttf
characters=$(mktemp)
trap 'rm -f "$characters"' EXIT
/usr/bin/python3 - "$source_font" > "$characters" <<'PYTHON'
import sys
from fontTools.ttLib import TTCollection

cmap = TTCollection(sys.argv[1]).fonts[0].getBestCmap()
wanted = set()
for lead in range(0x81, 0xFF):
    for trail in range(0x40, 0xFF):
        try:
            wanted.update(map(ord, bytes([lead, trail]).decode('gbk')))
        except UnicodeDecodeError:
            pass
for first, last in [(0x20, 0x7E), (0xA0, 0x17F), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x218F),
                    (0x2190, 0x21FF), (0x2200, 0x22FF), (0x2460, 0x24FF), (0x2500, 0x257F), (0x25A0, 0x25FF),
                    (0x2600, 0x26FF), (0x3000, 0x303F), (0x3040, 0x30FF), (0x3200, 0x33FF), (0x4E00, 0x9FFF),
                    (0xFE30, 0xFE4F), (0xFF00, 0xFFEF)]:
    wanted.update(range(first, last + 1))
print('\n'.join('U+%04X' % c for c in sorted(c for c in wanted if c in cmap)))
PYTHON
pyftsubset "$source_font" --font-number=0 --unicodes-file="$characters" --output-file="$target" \
  --name-IDs='*' --name-languages='*' --notdef-outline
echo "$target: $(wc -l < "$characters") characters, $(wc -c < "$target") bytes"
