package org.grassroots.planner.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The results report as PDF (A4, IPAex Gothic embedded as a subset), drawn block by block from the
 * same {@link ResultsDocument} as the HTML and the workbook. Deterministic: the dates are the content's
 * timestamp and the document ID follows the content.
 */
final class ResultsPdf {
    private static final float MARGIN = 42;
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float WIDTH = A4.getWidth() - 2 * MARGIN;

    private ResultsPdf() {
    }

    static byte[] write(ResultsContent c, Locale locale) throws IOException {
        return Poi.call(() -> {
            try (PDDocument doc = new PDDocument()) {
                PDType0Font font;
                try (InputStream in = ResultsPdf.class.getResourceAsStream(PdfReport.FONT)) {
                    if (in == null) {
                        throw new IOException("the report font is missing from the export bundle: " + PdfReport.FONT);
                    }
                    font = PDType0Font.load(doc, in, true);
                }
                Labels l = new Labels(locale);
                new Writer(doc, font, c, l).write();
                PDDocumentInformation info = doc.getDocumentInformation();
                Calendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
                at.setTimeInMillis(c.generatedAt().toEpochMilli());
                info.setCreationDate(at);
                info.setModificationDate(at);
                info.setTitle(ResultsDocument.title(c, l));
                info.setCreator("Grassroots Planner");
                info.setProducer("Grassroots Planner (Apache PDFBox)");
                byte[] html = ResultsHtml.write(c, locale);
                doc.setDocumentId(java.util.Arrays.hashCode(html) * 31L + c.generatedAt().toEpochMilli());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return ToUnicodeRepair.repair(out.toByteArray());
            }
        });
    }

    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private final ResultsContent c;
        private final Labels l;
        private final Map<Integer, Boolean> glyphs = new HashMap<>();
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream cs;
        private float y;

        Writer(PDDocument doc, PDType0Font font, ResultsContent c, Labels l) {
            this.doc = doc;
            this.font = font;
            this.c = c;
            this.l = l;
        }

        void write() throws IOException {
            newPage();
            text(l.get("r.programme"), MARGIN, y - 10, 10, 0x55, 0x55, 0x55);
            y -= 16;
            for (String line : wrap(ResultsDocument.title(c, l), 18, WIDTH)) {
                text(line, MARGIN, y - 18, 18, 0x08, 0x45, 0x94);
                y -= 24;
            }
            text(ResultsDocument.generated(c, l), MARGIN, y - 9, 9, 0x55, 0x55, 0x55);
            y -= 16;
            boolean first = true;
            for (ResultsDocument.Block b : ResultsDocument.of(c, l)) {
                if (b instanceof ResultsDocument.Section) {
                    if (!first && y < A4.getHeight() / 2) {
                        newPage();
                    }
                    first = false;
                } else if (b instanceof ResultsDocument.Heading h) {
                    if (h.text().startsWith("(")) {
                        room(60);
                        paragraph(h.text(), 10.5f, WIDTH, MARGIN, 0x08, 0x45, 0x94);
                        y -= 2;
                    } else {
                        heading(h.text());
                    }
                } else if (b instanceof ResultsDocument.Para p) {
                    float size = p.small() ? 8 : 9;
                    paragraph(p.text(), size, WIDTH, MARGIN, 0x33, 0x33, 0x33);
                    y -= 4;
                } else if (b instanceof ResultsDocument.Table t) {
                    table(t);
                } else if (b instanceof ResultsDocument.Bars bars) {
                    bars(bars);
                } else if (b instanceof ResultsDocument.TileMap m) {
                    map(m);
                }
            }
            cs.close();
            footers();
        }

        private void table(ResultsDocument.Table t) throws IOException {
            List<Integer> shown = new ArrayList<>();
            for (int i = 0; i < t.header().size(); i++) {
                if (!t.codes().contains(i)) {
                    shown.add(i);
                }
            }
            float size = shown.size() > 8 ? 7 : shown.size() > 5 ? 8 : 9;
            float pad = 3;
            float[] natural = new float[shown.size()];
            for (int k = 0; k < shown.size(); k++) {
                int i = shown.get(k);
                natural[k] = t.keyValue() ? 0 : width(t.header().get(i), size);
                for (List<Object> row : t.rows()) {
                    natural[k] = Math.max(natural[k], width(ResultsDocument.cell(row.get(i)), size));
                }
                natural[k] += 2 * pad;
            }
            float[] w = natural.clone();
            if (t.keyValue()) {
                w[0] = Math.min(natural[0], WIDTH * 0.38f);
                w[1] = WIDTH - w[0];
            } else if (sum(natural) > WIDTH) {
                // water-filling: narrow columns keep their width, the others share what is left equally
                boolean[] fixed = new boolean[w.length];
                float left = WIDTH;
                int open = w.length;
                boolean changed = true;
                while (changed && open > 0) {
                    changed = false;
                    float fair = left / open;
                    for (int k = 0; k < w.length; k++) {
                        if (!fixed[k] && natural[k] <= fair) {
                            fixed[k] = true;
                            w[k] = natural[k];
                            left -= natural[k];
                            open--;
                            changed = true;
                        }
                    }
                }
                float unfixedNatural = 0;
                for (int k = 0; k < w.length; k++) {
                    if (!fixed[k]) {
                        unfixedNatural += natural[k];
                    }
                }
                for (int k = 0; k < w.length; k++) {
                    if (!fixed[k]) { // what is left: half shared equally, half in proportion to what each would take
                        w[k] = left / open / 2 + left * natural[k] / unfixedNatural / 2;
                    }
                }
            }
            float line = size + 3;
            if (!t.keyValue()) {
                drawRow(t.header(), shown, w, size, pad, line, 0, false, 0);
            }
            int n = 0;
            for (List<Object> row : t.rows()) {
                boolean total = !t.keyValue() && t.codes().contains(row.size() - 1) && "".equals(row.get(row.size() - 1));
                drawRow(row, shown, w, size, pad, line, t.keyValue() ? 1 : 2, total, n++);
            }
            y -= 8;
        }

        /** @param kind 0 a header row, 1 a row of a key-value table (the key shaded), 2 a body row */
        private void drawRow(List<?> row, List<Integer> shown, float[] w, float size, float pad, float line, int kind,
                boolean total, int n) throws IOException {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int k = 0; k < shown.size(); k++) {
                List<String> wrapped = wrap(ResultsDocument.cell(row.get(shown.get(k))), size, w[k] - 2 * pad);
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            float h = lines * line + 3;
            room(h);
            if (kind == 0) {
                fill(MARGIN, y - h, sum(w), h, 0xe8, 0xee, 0xf7);
            } else if (kind == 1) {
                fill(MARGIN, y - h, w[0], h, 0xe8, 0xee, 0xf7);
            } else if (n % 2 == 1) {
                fill(MARGIN, y - h, sum(w), h, 0xf5, 0xf5, 0xf5);
            }
            float x = MARGIN;
            for (int k = 0; k < shown.size(); k++) {
                boolean number = kind != 1 && row.get(shown.get(k)) instanceof Long;
                boolean blue = kind == 0 || total || (kind == 1 && k == 0);
                float ty = y - size - 1.5f;
                for (String s : cells.get(k)) {
                    float tx = number ? x + w[k] - pad - width(s, size) : x + pad;
                    if (blue) {
                        text(s, tx, ty, size, 0x08, 0x45, 0x94);
                    } else {
                        text(s, tx, ty, size, 0x22, 0x22, 0x22);
                    }
                    ty -= line;
                }
                x += w[k];
            }
            cs.setStrokingColor(0xcc / 255f, 0xcc / 255f, 0xcc / 255f);
            cs.setLineWidth(0.4f);
            cs.moveTo(MARGIN, y - h);
            cs.lineTo(MARGIN + sum(w), y - h);
            cs.stroke();
            y -= h;
        }

        private static float sum(float[] w) {
            float s = 0;
            for (float v : w) {
                s += v;
            }
            return s;
        }

        private void bars(ResultsDocument.Bars b) throws IOException {
            if (b.bars().isEmpty()) {
                return;
            }
            float barH = 12;
            room(20 + Math.min(b.bars().size(), 10) * (barH + 3));
            paragraph(b.title(), 9, WIDTH, MARGIN, 0x08, 0x45, 0x94);
            y -= 2;
            float labelW = 200;
            float plotX = MARGIN + labelW;
            float plotW = WIDTH - labelW - 50;
            long max = Math.max(1, b.bars().stream().mapToLong(ResultsDocument.Bar::value).max().orElse(1));
            for (ResultsDocument.Bar bar : b.bars()) {
                room(barH + 3);
                float w = (float) (plotW * bar.value() / (double) max);
                String label = fit(bar.label(), 8, labelW - 8);
                text(label, plotX - 6 - width(label, 8), y - barH + 3, 8, 0x22, 0x22, 0x22);
                if (bar.published()) {
                    fill(plotX, y - barH, w, barH, 0x9e, 0x9e, 0x9e);
                } else {
                    fill(plotX, y - barH, w, barH, 0x21, 0x71, 0xb5);
                }
                text(ResultsDocument.cell(bar.value()), plotX + w + 4, y - barH + 3, 8, 0x22, 0x22, 0x22);
                y -= barH + 3;
            }
            y -= 8;
        }

        private void map(ResultsDocument.TileMap m) throws IOException {
            int cols = m.tiles().stream().mapToInt(t -> t.state().col()).max().orElse(12);
            int rows = m.tiles().stream().mapToInt(t -> t.state().row()).max().orElse(9);
            float size = Math.min(WIDTH / cols, 30);
            room(rows * size + 40);
            float x0 = MARGIN + (WIDTH - cols * size) / 2;
            float top = y;
            for (ResultsDocument.Tile t : m.tiles()) {
                float x = x0 + (t.state().col() - 1) * size + 1.5f;
                float ty = top - t.state().row() * size + 1.5f;
                float s = size - 3;
                if (t.reached()) {
                    fill(x, ty, s, s, 0x21, 0x71, 0xb5);
                } else {
                    fill(x, ty, s, s, 0xf0, 0xf0, 0xf0);
                    if (t.notReached()) {
                        cs.setStrokingColor(0xb0 / 255f, 0, 0x20 / 255f);
                        cs.setLineWidth(0.5f);
                        for (float d = 4; d < 2 * s; d += 5) {
                            float ax = x + Math.max(0, d - s);
                            float ay = ty + Math.min(d, s);
                            float bx = x + Math.min(d, s);
                            float by = ty + Math.max(0, d - s);
                            cs.moveTo(ax, ay);
                            cs.lineTo(bx, by);
                        }
                        cs.stroke();
                    }
                }
                if (t.outreach()) {
                    cs.setStrokingColor(0xd9 / 255f, 0x5f / 255f, 0x02 / 255f);
                    cs.setLineWidth(2.4f);
                } else {
                    cs.setStrokingColor(0x88 / 255f, 0x88 / 255f, 0x88 / 255f);
                    cs.setLineWidth(0.6f);
                }
                cs.addRect(x, ty, s, s);
                cs.stroke();
                float fs = Math.min(8, size / 3.4f);
                int g = t.reached() ? 0xff : 0x22;
                fill(x + (s - width(t.state().code(), fs)) / 2 - 1, ty + s / 2 - fs / 2 - 1, width(t.state().code(), fs) + 2,
                        fs + 1.5f, t.reached() ? 0x21 : 0xf0, t.reached() ? 0x71 : 0xf0, t.reached() ? 0xb5 : 0xf0);
                text(t.state().code(), x + (s - width(t.state().code(), fs)) / 2, ty + s / 2 - fs / 3, fs, g, g, g);
            }
            y = top - rows * size - 6;
            paragraph(m.legend(), 8, WIDTH, MARGIN, 0x44, 0x44, 0x44);
            y -= 4;
        }

        // ---- drawing ----------------------------------------------------------------------------

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(A4);
            doc.addPage(page);
            pages.add(page);
            cs = new PDPageContentStream(doc, page);
            y = A4.getHeight() - MARGIN;
        }

        private void room(float needed) throws IOException {
            if (y - needed < MARGIN + 14) {
                newPage();
            }
        }

        private void heading(String s) throws IOException {
            room(50);
            y -= 4;
            text(s, MARGIN, y - 12, 12, 0x08, 0x45, 0x94);
            y -= 16;
            fill(MARGIN, y, WIDTH, 0.8f, 0x08, 0x45, 0x94);
            y -= 8;
        }

        private void paragraph(String s, float size, float w, float x, int r, int g, int b) throws IOException {
            for (String line : wrap(s, size, w)) {
                room(size + 4);
                text(line, x, y - size, size, r, g, b);
                y -= size + 3;
            }
        }

        private void footers() throws IOException {
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream f = new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND,
                        true)) {
                    String s = l.get("r.page", String.valueOf(i + 1), String.valueOf(pages.size())) + "   "
                            + ResultsDocument.title(c, l);
                    f.beginText();
                    f.setFont(font, 8);
                    f.setNonStrokingColor(0x77 / 255f, 0x77 / 255f, 0x77 / 255f);
                    f.newLineAtOffset(MARGIN, MARGIN / 2);
                    f.showText(printable(s));
                    f.endText();
                }
            }
        }

        private void fill(float x, float fy, float w, float h, int r, int g, int b) throws IOException {
            cs.setNonStrokingColor(r / 255f, g / 255f, b / 255f);
            cs.addRect(x, fy, w, h);
            cs.fill();
        }

        private void text(String s, float x, float ty, float size, int r, int g, int b) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.setNonStrokingColor(r / 255f, g / 255f, b / 255f);
            cs.newLineAtOffset(x, ty);
            cs.showText(printable(s));
            cs.endText();
        }

        private float width(String s, float size) throws IOException {
            return font.getStringWidth(printable(s)) / 1000 * size;
        }

        private String printable(String s) {
            StringBuilder out = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> {
                if (Character.isISOControl(cp)) {
                    out.append(' ');
                } else if (glyphs.computeIfAbsent(cp, this::hasGlyph)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append(cp == '\u2013' || cp == '\u2014' || cp == '\u2212' ? '-' : '?');
                }
            });
            return out.toString();
        }

        private boolean hasGlyph(int cp) {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }

        private String fit(String s, float size, float w) throws IOException {
            if (width(s, size) <= w) {
                return s;
            }
            String t = s;
            while (t.length() > 1 && width(t + "\u2026", size) > w) {
                t = t.substring(0, t.length() - 1);
            }
            return t + "\u2026";
        }

        private static final String NO_LINE_START = "\u3001\u3002\uff0c\uff0e\uff09\u300d\u300f\u3011\u3015\uff3d\uff5d"
                + "\u30fc\u30fb\uff1a\uff1b\uff01\uff1f,.)]}:;!?";

        /** Lines of at most {@code w} points: Latin text breaks at blanks, Japanese between any two characters. */
        private List<String> wrap(String s, float size, float w) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            int lastBlank = -1;
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                line.append(ch);
                if (ch == ' ') {
                    lastBlank = line.length() - 1;
                }
                if (width(line.toString(), size) > w && line.length() > 1 && NO_LINE_START.indexOf(ch) < 0) {
                    if (ch != ' ' && ch < 0x1100 && lastBlank > 0) {
                        lines.add(line.substring(0, lastBlank));
                        String rest = line.substring(lastBlank + 1);
                        line.setLength(0);
                        line.append(rest);
                    } else {
                        line.setLength(line.length() - 1);
                        lines.add(line.toString());
                        line.setLength(0);
                        if (ch != ' ') {
                            line.append(ch);
                        }
                    }
                    lastBlank = line.lastIndexOf(" ");
                }
            }
            if (line.length() > 0 || lines.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
