"""Converts one face of Debian's Noto Sans CJK .ttc (CFF outlines) into a TrueType-outline (glyf) .ttf.

Run once per machine by deploy/lib/common.sh (ensure_report_fonts): reports set in the glyf face are embedded
as small CID TrueType fonts instead of Type 3 procedures (see src/ComplianceHub.Reports/README.md, "Font
embedding"). Needs Debian's python3-fonttools.
  /usr/bin/python3 deploy/tools/cjk-to-glyf.py /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc 2 OUT.ttf
Face 2 of the collection is Noto Sans CJK SC. Takes 40-70 s per face on a 2-core machine. Writes OUT.ttf.part
and renames it, so a reader never sees half a font.
"""
import os, sys, time
from fontTools.ttLib import TTCollection, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

src, index, dst = sys.argv[1], int(sys.argv[2]), sys.argv[3]
t0 = time.time()
font = TTCollection(src).fonts[index]
order = font.getGlyphOrder()
glyphs = font.getGlyphSet()
glyf = newTable("glyf"); glyf.glyphOrder = order; glyf.glyphs = {}
upem = font["head"].unitsPerEm
for name in order:
    pen = TTGlyphPen(None)
    # Cubic to quadratic within 1/1000 em; TrueType's contour direction is the reverse of CFF's.
    glyphs[name].draw(Cu2QuPen(pen, max_err=upem / 1000, reverse_direction=True))
    glyf.glyphs[name] = pen.glyph()
font["glyf"] = glyf
font["loca"] = newTable("loca")
del font["CFF "]
if "VORG" in font: del font["VORG"]
# maxp 1.0 and post 3.0 (no glyph names) are what a glyf font carries; fontTools recomputes the rest on save.
maxp = font["maxp"]; maxp.tableVersion = 0x00010000
for a in ("maxZones","maxTwilightPoints","maxStorage","maxFunctionDefs","maxInstructionDefs","maxStackElements","maxSizeOfInstructions","maxComponentElements"):
    setattr(maxp, a, 0)
maxp.maxZones = 1
font["head"].glyphDataFormat = 0
post = font["post"]; post.formatType = 3.0; post.extraNames = []; post.mapping = {}
font.sfntVersion = "\x00\x01\x00\x00"
font.save(dst + ".part")
os.replace(dst + ".part", dst)
print(f"{dst}: {time.time()-t0:.1f} s", file=sys.stderr)
