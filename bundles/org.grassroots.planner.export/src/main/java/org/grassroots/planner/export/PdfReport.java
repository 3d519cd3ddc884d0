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
import org.grassroots.planner.model.Severity;

/**
 * The printable report as PDF (A4), drawn with Apache PDFBox: page 1 the budget against the cap,
 * the budget chart and the tile map; then the years chart, the changes (since the last proposal and
 * since the previous year) and the findings summary with every error finding and its justification. IPAex Gothic, a TrueType font shipped in this bundle, is embedded
 * as a subset, so the Japanese prints on any machine. Deterministic: the document's dates are the
 * content's timestamp and its ID is derived from the content, so the same content gives the same
 * bytes.
 */
public final class PdfReport {
    static final String FONT = "/fonts/ipaexg.ttf";
    private static final float MARGIN = 42;
    private static final PDRectangle A4 = PDRectangle.A4;

    private PdfReport() {
    }

    public static byte[] write(ProposalContent c, Locale locale) throws IOException {
        return Poi.call(() -> {
            try (PDDocument doc = new PDDocument()) {
                PDType0Font font;
                try (InputStream in = PdfReport.class.getResourceAsStream(FONT)) {
                    if (in == null) {
                        throw new IOException("the report font is missing from the export bundle: " + FONT);
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
                info.setTitle(l.get("title") + " FY" + c.fiscalYear() + (c.mission() == null ? "" : " " + c.mission()));
                // (the document's metadata keeps the codes, for the file system; the pages show names)
                info.setCreator("Grassroots Planner");
                info.setProducer("Grassroots Planner (Apache PDFBox)");
                byte[] html = HtmlReport.write(c, locale); // the ID follows the content, not the clock
                doc.setDocumentId(java.util.Arrays.hashCode(html) * 31L + c.generatedAt().toEpochMilli());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return ToUnicodeRepair.repair(out.toByteArray());
            }
        });
    }

    /** Draws page after page, top to bottom, keeping a cursor. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private final ProposalContent c;
        private final Labels l;
        private final ReportFigures fig;
        private final CodeNames names;
        private final Map<Integer, Boolean> glyphs = new HashMap<>();
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream cs;
        private float y;

        Writer(PDDocument doc, PDType0Font font, ProposalContent c, Labels l) {
            this.doc = doc;
            this.font = font;
            this.c = c;
            this.l = l;
            this.fig = new ReportFigures(c, l);
            this.names = new CodeNames(c.names(), l);
        }

        void write() throws IOException {
            cover();
            newPage();
            text(l.get("title"), MARGIN, y - 20, 20, 0x08, 0x45, 0x94);
            y -= 34;
            text(fig.subtitle(), MARGIN, y - 12, 12, 0x22, 0x22, 0x22);
            y -= 18;
            String stamp = l.get("generated", Exports.timestamp(c.generatedAt())); // in JST
            if (c.proposalStatus() != null) {
                stamp += "   " + l.get("status", l.get("state." + c.proposalStatus()));
            }
            text(stamp, MARGIN, y - 9, 9, 0x55, 0x55, 0x55);
            y -= 14;
            if (c.proposalComment() != null) {
                paragraph(l.get("comment", c.proposalComment()), 9, A4.getWidth() - 2 * MARGIN, MARGIN);
            }
            if (c.initiatives().stream().anyMatch(i -> i.getId().startsWith("SAMPLE-"))) {
                paragraph(l.get("summary.sample"), 8, A4.getWidth() - 2 * MARGIN, MARGIN);
            }
            y -= 6;
            budget();
            List<ReportFigures.Bar> bars = fig.bars();
            chart(fig.chartTitle(), bars, fig.barCap(), bars.size() > 10 ? 9 : 11); // 17 missions leave room for the map
            map();
            newPage();
            initiatives();
            chart(l.get("chart.years"), fig.years(), c.mission() == null ? c.reference().getBudgetCapJpy() : 0, 14);
            changes();
            newPage();
            findings();
            cs.close();
            footers();
        }

        // ---- sections ---------------------------------------------------------------------------

        private void budget() throws IOException {
            heading(l.get("budget.heading"));
            List<String[]> rows = new ArrayList<>();
            boolean ja = l.japanese();
            rows.add(new String[] { l.get("budget.planned"), Exports.amount(c.plannedJpy(), ja) });
            rows.add(new String[] { l.get(c.mission() == null ? "budget.cap" : "budget.capMission"), Exports.amount(c.capJpy(), ja) });
            rows.add(new String[] { l.get("budget.remaining"), Exports.amount(c.remainingJpy(), ja) });
            rows.add(new String[] { l.get("budget.used"), c.capJpy() == 0 ? "-"
                    : String.format(Locale.ROOT, "%.1f%%", 100.0 * c.plannedJpy() / c.capJpy()) });
            if (c.mission() != null) {
                rows.add(new String[] { l.get("budget.year"), Exports.amount(c.yearBudgetJpy(), ja) });
                rows.add(new String[] { l.get("budget.cap"), Exports.amount(c.reference().getBudgetCapJpy(), ja) });
            }
            rows.add(new String[] { l.get("summary.initiatives"), String.valueOf(c.activeInitiatives()) });
            Map<Severity, Long> n = c.findingCounts();
            rows.add(new String[] { l.get("findings.heading"),
                    l.get("findings.summary", n.get(Severity.ERROR), n.get(Severity.WARNING), n.get(Severity.INFO)) });
            float rowH = 14;
            float x0 = MARGIN;
            float x2 = MARGIN + 390;
            for (int i = 0; i < rows.size(); i++) {
                if (i % 2 == 0) {
                    fill(x0, y - rowH + 3, x2 - x0, rowH, 0xf2, 0xf2, 0xf2);
                }
                text(rows.get(i)[0], x0 + 4, y - 8, 9, 0x22, 0x22, 0x22);
                String v = rows.get(i)[1];
                text(v, x2 - 4 - width(v, 9), y - 8, 9, 0x22, 0x22, 0x22);
                y -= rowH;
            }
            y -= 8;
        }

        private void chart(String title, List<ReportFigures.Bar> bars, long cap, float barH) throws IOException {
            if (bars.isEmpty()) {
                return;
            }
            heading(title);
            float labelW = 170;
            float plotX = MARGIN + labelW;
            float plotW = A4.getWidth() - 2 * MARGIN - labelW - 70;
            long max = Math.max(cap, bars.stream().mapToLong(ReportFigures.Bar::valueJpy).max().orElse(1));
            float gap = 3;
            float top = y;
            float size = Math.min(9, barH - 2);
            for (ReportFigures.Bar b : bars) {
                float w = max == 0 ? 0 : (float) (plotW * b.valueJpy() / (double) max);
                String label = fit(b.label(), size, labelW - 8);
                text(label, plotX - 6 - width(label, size), y - barH + (barH - size) / 2 + 2, size, 0x22, 0x22, 0x22);
                if (b.sourced()) {
                    fill(plotX, y - barH, w, barH, 0x9e, 0x9e, 0x9e);
                } else {
                    fill(plotX, y - barH, w, barH, 0x21, 0x71, 0xb5);
                }
                String v = (b.approximate() ? l.get("approx") + " " : "") + Exports.millions(b.valueJpy());
                text(v, plotX + w + 4, y - barH + (barH - size) / 2 + 2, size, 0x22, 0x22, 0x22);
                y -= barH + gap;
            }
            if (cap > 0) {
                float x = plotX + (float) (plotW * cap / (double) max);
                cs.setStrokingColor(0xb0 / 255f, 0, 0x20 / 255f);
                cs.setLineWidth(1);
                cs.setLineDashPattern(new float[] { 4, 3 }, 0);
                cs.moveTo(x, top + 2);
                cs.lineTo(x, y);
                cs.stroke();
                cs.setLineDashPattern(new float[0], 0);
                String capText = l.get("chart.capLine") + " " + Exports.millions(cap);
                text(capText, x - width(capText, 8) / 2, y - 9, 8, 0xb0, 0x00, 0x20);
                y -= 12;
            }
            y -= 8;
        }

        private void map() throws IOException {
            List<ReportFigures.Tile> tiles = fig.tiles();
            int cols = ReportFigures.maxCol(tiles);
            int rows = ReportFigures.maxRow(tiles);
            float legendH = 30;
            float available = y - MARGIN - 24 - legendH - 20;
            float size = Math.min((A4.getWidth() - 2 * MARGIN) / cols, Math.min(34, available / rows));
            if (size < 18) { // not enough room left on this page
                newPage();
                size = Math.min((A4.getWidth() - 2 * MARGIN) / cols, 34);
            }
            heading(l.get("map.heading"));
            float x0 = MARGIN + (A4.getWidth() - 2 * MARGIN - cols * size) / 2;
            float top = y;
            for (ReportFigures.Tile t : tiles) {
                float x = x0 + (t.state().col() - 1) * size + 1.5f;
                float ty = top - t.state().row() * size + 1.5f;
                float s = size - 3;
                int[] rgb = ReportFigures.fill(t.intensity());
                fill(x, ty, s, s, rgb[0], rgb[1], rgb[2]);
                if (t.uncovered()) {
                    cs.setStrokingColor(0xb0 / 255f, 0, 0x20 / 255f);
                    cs.setLineDashPattern(new float[] { 3, 2 }, 0);
                    cs.setLineWidth(1.6f);
                } else {
                    cs.setStrokingColor(0x55 / 255f, 0x55 / 255f, 0x55 / 255f);
                    cs.setLineWidth(t.priority() ? 2.2f : 0.6f);
                }
                cs.addRect(x, ty, s, s);
                cs.stroke();
                cs.setLineDashPattern(new float[0], 0);
                int g = t.intensity() > 0.55 ? 0xff : 0x22;
                float fs = Math.min(9, size / 3.4f);
                text(t.label(), x + (s - width(t.label(), fs)) / 2, ty + s / 2 - fs / 3, fs, g, g, g);
                if (t.seat()) {
                    fill(x + s - 6, ty + s - 6, 3.5f, 3.5f, 0xd9, 0x5f, 0x02);
                }
            }
            y = top - rows * size - 8;
            paragraph(l.get("map.legend"), 8, A4.getWidth() - 2 * MARGIN, MARGIN);
            paragraph(l.get("map.note"), 8, A4.getWidth() - 2 * MARGIN, MARGIN);
            y -= 6;
        }

        /**
         * Per comparison: counts and totals, then the first initiatives one line each (change, id,
         * title cut to fit, budget before and after); the rest as "and N more".
         */
        private void changes() throws IOException {
            heading(l.get("changes.heading"));
            float width = A4.getWidth() - 2 * MARGIN;
            float rowH = 12;
            float size = 8.5f;
            for (ProposalContent.Comparison cmp : c.comparisons()) {
                room(16 + 3 * 12 + rowH);
                text(ChangeLines.heading(c, cmp, l), MARGIN, y - 10, 10, 0x08, 0x45, 0x94);
                y -= 15;
                if (cmp.diff() == null) {
                    paragraph(ChangeLines.missing(c, cmp, l), 9, width, MARGIN);
                    y -= 6;
                    continue;
                }
                for (String line : ChangeLines.summary(cmp, l)) {
                    paragraph(line, 9, width, MARGIN);
                }
                y -= 2;
                List<ChangeLines.Line> lines = ChangeLines.of(cmp.diff());
                float idX = MARGIN + 84; // room for "Otherwise changed"
                float titleX = idX + 68;
                float right = MARGIN + width;
                int shown = Math.min(lines.size(), ChangeLines.REPORT_LIMIT);
                for (int i = 0; i < shown; i++) {
                    ChangeLines.Line line = lines.get(i);
                    room(rowH);
                    if (i % 2 == 0) {
                        fill(MARGIN, y - rowH + 3, width, rowH, 0xf2, 0xf2, 0xf2);
                    }
                    int[] col = changeColour(line.change());
                    float ty = y - 8.5f;
                    text(fit(l.get("changes." + line.change().key), size, idX - MARGIN - 6), MARGIN + 3, ty, size, col[0],
                            col[1], col[2]);
                    text(fit(line.initiative().getId(), size, titleX - idX - 4), idX, ty, size, 0x22, 0x22, 0x22);
                    String budgets = ChangeLines.budgets(line);
                    float budgetsW = width(budgets, size);
                    text(fit(line.initiative().getTitleJa(), size, right - 3 - budgetsW - 10 - titleX), titleX, ty, size, 0x22,
                            0x22, 0x22);
                    text(budgets, right - 3 - budgetsW, ty, size, 0x22, 0x22, 0x22);
                    y -= rowH;
                }
                if (lines.size() > shown) {
                    y -= 2;
                    paragraph(l.get("changes.more", lines.size() - shown), 8, width, MARGIN);
                }
                y -= 8;
            }
        }

        private static int[] changeColour(ChangeLines.Change change) {
            return switch (change) {
                case ADDED -> new int[] { 0x1b, 0x6e, 0x20 };
                case DROPPED -> new int[] { 0xb0, 0x00, 0x20 };
                case BUDGET -> new int[] { 0x08, 0x45, 0x94 };
                default -> new int[] { 0x55, 0x55, 0x55 };
            };
        }

        private void findings() throws IOException {
            heading(l.get("p.annex"));
            Map<Severity, Long> n = c.findingCounts();
            paragraph(l.get("findings.summary", n.get(Severity.ERROR), n.get(Severity.WARNING), n.get(Severity.INFO)), 9,
                    A4.getWidth() - 2 * MARGIN, MARGIN);
            y -= 2;
            float rowH = 13;
            for (Map.Entry<String, Object[]> e : c.findingsByRule().entrySet()) {
                room(rowH);
                Severity s = (Severity) e.getValue()[0];
                int[] col = severityColour(s);
                fill(MARGIN, y - rowH + 3, 6, rowH - 4, col[0], col[1], col[2]);
                text(fit(ruleName(e.getKey()), 9, 290), MARGIN + 12, y - 8, 9, 0x22, 0x22, 0x22);
                text(l.get("severity." + s.code()), MARGIN + 310, y - 8, 9, col[0], col[1], col[2]);
                String count = String.valueOf(e.getValue()[1]);
                text(count, MARGIN + 420 - width(count, 9), y - 8, 9, 0x22, 0x22, 0x22);
                y -= rowH;
            }
            y -= 8;
            heading(l.get("findings.errors"));
            List<ExplainedFinding> errors = c.findings().stream().filter(f -> f.finding().getSeverity() == Severity.ERROR).toList();
            if (errors.isEmpty()) {
                paragraph(l.get("findings.none"), 9, A4.getWidth() - 2 * MARGIN, MARGIN);
                return;
            }
            float textW = A4.getWidth() - 2 * MARGIN - 12;
            for (ExplainedFinding f : errors) {
                List<String> explanation = wrap(f.explanation(l.japanese()), 9, textW);
                String just = f.justification() == null ? l.get("p.noJustification") : l.get("p.justification", f.justification());
                List<String> justification = wrap(just, 9, textW - 10);
                List<String> title = wrap(ruleName(f.finding().getRule()) + (l.japanese() ? "\uff08" : " (") + subject(f)
                        + (l.japanese() ? "\uff09" : ")"), 9, textW + 12);
                room(12 * (title.size() + explanation.size() + justification.size()));
                for (String line : title) {
                    text(line, MARGIN, y - 9, 9, 0xb0, 0x00, 0x20);
                    y -= 12;
                }
                for (String line : explanation) {
                    text(line, MARGIN + 12, y - 9, 9, 0x22, 0x22, 0x22);
                    y -= 12;
                }
                for (String line : justification) {
                    int g = f.justification() == null ? 0x88 : 0x22;
                    text(line, MARGIN + 22, y - 9, 9, g, g, f.justification() == null ? 0x88 : 0x55);
                    y -= 12;
                }
                y -= 4;
            }
        }

        /** @return the rule's readable name in the language, else its id */
        private String ruleName(String rule) {
            String name = l.get("rule." + rule);
            return name.equals("rule." + rule) ? rule : name;
        }

        /** @return what the finding is about, by name: the initiative's title, the mission, the state, or the year */
        private String subject(ExplainedFinding f) {
            org.grassroots.planner.model.Finding x = f.finding();
            if (x.getInitiative() != null) {
                return c.initiatives().stream().filter(i -> i.getId().equals(x.getInitiative())).findFirst()
                        .map(i -> l.japanese() || i.getTitleEn() == null ? i.getTitleJa() : i.getTitleEn()).orElse(x.getInitiative())
                        + (x.getState() == null ? "" : (l.japanese() ? "\u3001" : ", ") + names.name(x.getState()));
            }
            if (x.getMission() != null) {
                return names.name(x.getMission());
            }
            if (x.getState() != null) {
                return names.name(x.getState());
            }
            return l.get("p.year");
        }

        // ---- the cover page and the list of initiatives -------------------------------------------

        private void cover() throws IOException {
            newPage();
            boolean ja = l.japanese();
            float w = A4.getWidth() - 2 * MARGIN;
            y -= 40;
            paragraph(l.get("p.programme"), 12, w, MARGIN);
            y -= 60;
            String year = fiscalYear(c.fiscalYear());
            for (String line : wrap(l.get("p.coverTitle", year), 24, w)) {
                text(line, MARGIN, y - 24, 24, 0x08, 0x45, 0x94);
                y -= 34;
            }
            y -= 30;
            paragraph(l.get("p.fiscalYear", year, String.valueOf(c.fiscalYear()), String.valueOf(c.fiscalYear() + 1)), 12, w,
                    MARGIN);
            y -= 6;
            paragraph(l.get("p.mission", c.mission() == null ? l.get("p.allMissions") : names.name(c.mission())), 12, w, MARGIN);
            y -= 6;
            if (c.proposalStatus() != null) {
                paragraph(l.get("status", l.get("state." + c.proposalStatus())), 12, w, MARGIN);
                y -= 6;
            }
            paragraph(l.get("budget.planned") + (ja ? "\uff1a" : ": ") + Exports.amount(c.plannedJpy(), ja), 12, w, MARGIN);
            y = MARGIN + 120;
            paragraph(l.get("p.division"), 12, w, MARGIN);
            y -= 6;
            paragraph(l.get("generated", Exports.timestamp(c.generatedAt())), 10, w, MARGIN);
        }

        /** @return the fiscal year as the language writes it: 令和5年度（2023年度）, FY2023 */
        private String fiscalYear(int year) {
            return l.japanese() ? new org.grassroots.planner.model.FiscalYear(year).japanese() + "\uff08" + year + "\u5e74\u5ea6\uff09"
                    : "FY" + year;
        }

        /** The list of the initiatives: title, mission, kind, themes, states, format, dates, budget, by name. */
        private void initiatives() throws IOException {
            heading(l.get("p.list"));
            boolean ja = l.japanese();
            String sep = ja ? "\u3001" : ", ";
            List<String> header = List.of(l.get("col.titleJa").replace("\uff08\u65e5\u672c\u8a9e\uff09", ""), l.get("col.mission"),
                    l.get("col.kind"), l.get("col.themes"), l.get("col.states"), l.get("col.format"), l.get("p.col.dates"),
                    l.get("p.col.budget"));
            if (!ja) {
                header = new ArrayList<>(header);
                header.set(0, "Initiative");
            }
            List<List<String>> rows = new ArrayList<>();
            List<Boolean> right = List.of(false, false, false, false, false, false, false, true);
            for (org.grassroots.planner.model.Initiative i : c.initiatives()) {
                String title = (ja || i.getTitleEn() == null ? i.getTitleJa() : i.getTitleEn())
                        + (i.isCancelled() ? " " + l.get("p.cancelled") : "");
                rows.add(List.of(title, shortName(i.getMission()), l.kind(i.getKind().code()),
                        String.join(sep, i.getThemes().stream().map(names::name).toList()),
                        String.join(sep, i.getStates().stream().map(names::name).toList()),
                        i.getFormat() == null ? "\u2013" : l.format(i.getFormat().code()), dates(i),
                        i.getBudgetJpy() == null ? "\u2013" : Exports.amount(i.getBudgetJpy(), ja)));
            }
            float[] share = { 0.24f, 0.12f, 0.09f, 0.14f, 0.11f, 0.07f, 0.13f, 0.10f };
            float total = A4.getWidth() - 2 * MARGIN;
            float[] w = new float[share.length];
            for (int k = 0; k < w.length; k++) {
                w[k] = share[k] * total;
            }
            tableRow(header, w, right, 7, true, 0);
            int n = 0;
            for (List<String> row : rows) {
                if (y - 30 < MARGIN + 14) {
                    newPage();
                    tableRow(header, w, right, 7, true, 0);
                }
                tableRow(row, w, right, 7, false, n++);
            }
            y -= 10;
        }

        private String shortName(String mission) {
            String name = names.name(mission);
            return l.japanese() ? name.replace("\u65e5\u672c\u56fd", "")
                    : name.replace("Consulate-General of Japan in ", "CG ").replace("Consular Office of Japan in ", "CO ")
                            .replace("Embassy of Japan, ", "Embassy, ");
        }

        private String dates(org.grassroots.planner.model.Initiative i) {
            if (i.getStartDate() == null && i.getEndDate() == null) {
                return "\u2013";
            }
            if (!l.japanese()) {
                return i.getEndDate() == null || i.getEndDate().equals(i.getStartDate()) ? String.valueOf(i.getStartDate())
                        : (i.getStartDate() == null ? "" : i.getStartDate()) + " \u2013 " + i.getEndDate();
            }
            java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("GGGGy\u5e74M\u6708d\u65e5",
                    Locale.JAPANESE);
            String from = i.getStartDate() == null ? "" : f.format(java.time.chrono.JapaneseDate.from(i.getStartDate()));
            if (i.getEndDate() == null || i.getEndDate().equals(i.getStartDate())) {
                return from;
            }
            return from + "\u301c" + f.format(java.time.chrono.JapaneseDate.from(i.getEndDate()));
        }

        private void tableRow(List<String> cells, float[] w, List<Boolean> right, float size, boolean header, int n)
                throws IOException {
            float pad = 2.5f;
            float line = size + 2.5f;
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int k = 0; k < cells.size(); k++) {
                List<String> ls = wrap(cells.get(k), size, w[k] - 2 * pad);
                wrapped.add(ls);
                lines = Math.max(lines, ls.size());
            }
            float h = lines * line + 3;
            room(h);
            float total = 0;
            for (float v : w) {
                total += v;
            }
            if (header) {
                fill(MARGIN, y - h, total, h, 0xe8, 0xee, 0xf7);
            } else if (n % 2 == 1) {
                fill(MARGIN, y - h, total, h, 0xf5, 0xf5, 0xf5);
            }
            float x = MARGIN;
            for (int k = 0; k < cells.size(); k++) {
                float ty = y - size - 1.5f;
                for (String s : wrapped.get(k)) {
                    float tx = right.get(k) && !header ? x + w[k] - pad - width(s, size) : x + pad;
                    if (header) {
                        text(s, tx, ty, size, 0x08, 0x45, 0x94);
                    } else {
                        text(s, tx, ty, size, 0x22, 0x22, 0x22);
                    }
                    ty -= line;
                }
                x += w[k];
            }
            y -= h;
        }

        private static int[] severityColour(Severity s) {
            return switch (s) {
                case ERROR -> new int[] { 0xb0, 0x00, 0x20 };
                case WARNING -> new int[] { 0xa1, 0x5c, 0x00 };
                default -> new int[] { 0x55, 0x55, 0x55 };
            };
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
            room(40);
            y -= 4;
            text(s, MARGIN, y - 12, 12, 0x08, 0x45, 0x94);
            y -= 16;
            fill(MARGIN, y, A4.getWidth() - 2 * MARGIN, 0.8f, 0x08, 0x45, 0x94);
            y -= 8;
        }

        private void paragraph(String s, float size, float w, float x) throws IOException {
            for (String line : wrap(s, size, w)) {
                room(size + 4);
                text(line, x, y - size, size, 0x44, 0x44, 0x44);
                y -= size + 3;
            }
        }

        private void footers() throws IOException {
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream f = new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    String s = l.get("page", String.valueOf(i + 1), String.valueOf(pages.size())) + "   "
                            + l.get("title") + " " + fiscalYear(c.fiscalYear())
                            + (c.mission() == null ? "" : " " + shortName(c.mission()));
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

        /** The text with every character the font has no glyph for replaced, and controls as blanks. */
        private String printable(String s) {
            StringBuilder out = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> {
                if (Character.isISOControl(cp)) {
                    out.append(' ');
                } else if (glyphs.computeIfAbsent(cp, this::hasGlyph)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append(cp == '\u2013' || cp == '\u2014' ? '-' : '?');
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

        /** @return the label shortened with an ellipsis to fit the width */
        private String fit(String s, float size, float w) throws IOException {
            if (width(s, size) <= w) {
                return s;
            }
            String t = s;
            while (t.length() > 1 && width(t + "…", size) > w) {
                t = t.substring(0, t.length() - 1);
            }
            return t + "…";
        }

        /** Closing brackets and punctuation that never start a line: they hang at the end of the line before. */
        private static final String NO_LINE_START = "\u3001\u3002\uff0c\uff0e\uff09\u300d\u300f\u3011\u3015\uff3d\uff5d"
                + "\u30fc\u30fb\uff1a\uff1b\uff01\uff1f,.)]}:;!?";

        /**
         * Lines of at most {@code w} points (a closing bracket or punctuation may hang past it): Latin text
         * breaks at blanks, Japanese between any two characters.
         */
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
                if (width(line.toString(), size) > w && !(line.length() > 1 && NO_LINE_START.indexOf(ch) >= 0)) {
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
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
