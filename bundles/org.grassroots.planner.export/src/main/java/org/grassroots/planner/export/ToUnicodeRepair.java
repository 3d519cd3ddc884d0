package org.grassroots.planner.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Makes a saved report's text searchable and copyable as written. For a glyph that several code
 * points share, PDFBox's subset writes the lowest of them into the font's ToUnicode map; in IPAex
 * Gothic that is often a Kangxi radical (⽇ U+2F47) rather than the ideograph the text used (日
 * U+65E5), so a reader searching the PDF for 日 would not find it (apache/pdfbox pull request 470).
 * This rewrites each ToUnicode map with every value in its NFKC form, which turns the Kangxi radicals
 * into their ideographs and leaves everything else as it was. (Radicals of the CJK Radicals
 * Supplement block mostly have no NFKC form and stay.)
 */
final class ToUnicodeRepair {
    private static final int ENTRIES_PER_BLOCK = 100;

    private ToUnicodeRepair() {
    }

    /** @return the PDF with its ToUnicode maps repaired, or the same bytes if nothing needed it */
    static byte[] repair(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            boolean changed = false;
            for (PDPage page : doc.getPages()) {
                COSDictionary fonts = page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
                if (fonts == null) {
                    continue;
                }
                for (COSName name : fonts.keySet()) {
                    COSDictionary font = fonts.getCOSDictionary(name);
                    COSStream toUnicode = font == null ? null : font.getCOSStream(COSName.TO_UNICODE);
                    if (toUnicode != null && seen.add(toUnicode)) {
                        changed |= rewrite(toUnicode);
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static boolean rewrite(COSStream stream) throws IOException {
        CMap cmap;
        try (InputStream in = stream.createInputStream()) {
            cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        Map<Integer, String> mapping = new TreeMap<>();
        boolean changed = false;
        for (int code = 0; code <= 0xFFFF; code++) {
            String text = cmap.toUnicode(code, 2);
            if (text != null) {
                String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
                // only a single character for a single one: NFKC also expands ligatures and the like
                String value = normal.codePointCount(0, normal.length()) == 1 && isKangxi(text) ? normal : text;
                changed |= !value.equals(text);
                mapping.put(code, value);
            }
        }
        if (changed) {
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(write(mapping).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return changed;
    }

    private static boolean isKangxi(String text) {
        int c = text.codePointAt(0);
        return text.length() == 1 && c >= 0x2F00 && c <= 0x2FDF;
    }

    /** @return a ToUnicode CMap of two-byte codes, one bfchar entry per code */
    private static String write(Map<Integer, String> mapping) {
        StringBuilder s = new StringBuilder();
        s.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        s.append("/CIDSystemInfo\n<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n");
        s.append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        s.append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = mapping.entrySet().stream().toList();
        for (int from = 0; from < entries.size(); from += ENTRIES_PER_BLOCK) {
            var block = entries.subList(from, Math.min(entries.size(), from + ENTRIES_PER_BLOCK));
            s.append(block.size()).append(" beginbfchar\n");
            for (var e : block) {
                s.append(String.format("<%04X> <", e.getKey()));
                for (char c : e.getValue().toCharArray()) {
                    s.append(String.format("%04X", (int) c));
                }
                s.append(">\n");
            }
            s.append("endbfchar\n");
        }
        s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return s.toString();
    }
}
