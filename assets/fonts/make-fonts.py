#!/usr/bin/env python3
"""Reproduces the fonts bundled in assets/fonts/ (run from the repository root).

Sources (Debian 12 packages, SIL Open Font License 1.1):
  fonts-noto-core 20201225-1: /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf
  fonts-noto-cjk 1:20220127:  /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc (face 2: Noto Sans CJK SC)

Needs fontTools (pip install fonttools; tested with 4.68.0).

  NotoSansArabic-Regular.ttf   copied as is (the whole Arabic block, presentation forms, harakat).
  NotoSansSC-Glosa.otf         Noto Sans CJK SC cut down to: ASCII and Latin-1, general
                               punctuation, CJK symbols and punctuation, full-width forms,
                               every character of GB 2312 (6,763 hanzi and 682 symbols), and
                               every character of tests/corpus/udhr_cmn_hans.txt and of the
                               Chinese interface catalogue assets/i18n/zh/glosa.ftl.
"""
import pathlib
import shutil
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

ARABIC = pathlib.Path("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf")
CJK = pathlib.Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
OUT = pathlib.Path("assets/fonts")


def gb2312() -> set[str]:
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def main() -> int:
    shutil.copyfile(ARABIC, OUT / "NotoSansArabic-Regular.ttf")

    chars = gb2312()
    for extra in ["tests/corpus/udhr_cmn_hans.txt", "assets/i18n/zh/glosa.ftl"]:
        chars |= set(pathlib.Path(extra).read_text(encoding="utf-8"))
    ranges = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x3000, 0x303F), (0xFF00, 0xFFEF)]
    for lo, hi in ranges:
        chars |= {chr(c) for c in range(lo, hi + 1)}
    chars = {c for c in chars if c.isprintable() or c == " "}

    collection = TTCollection(str(CJK))
    font = collection.fonts[2]
    assert "SC" in font["name"].getDebugName(4), font["name"].getDebugName(4)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in chars))
    subsetter.subset(font)
    font.save(str(OUT / "NotoSansSC-Glosa.otf"))
    print(f"{len(chars)} characters kept", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
