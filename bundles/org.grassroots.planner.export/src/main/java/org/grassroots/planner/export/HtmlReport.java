package org.grassroots.planner.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.grassroots.planner.model.Severity;

/**
 * The printable report as one self-contained HTML page (inline CSS and SVG, no script, no external
 * file): title, budget against the cap, the budget chart, the years before, the tile map, the changes
 * since the last proposal and the previous year, and the findings summary with the error findings and their justifications.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static byte[] write(ProposalContent c, Locale locale) {
        return new Writer(c, new Labels(locale)).html().getBytes(StandardCharsets.UTF_8);
    }

    private static final class Writer {
        private final ProposalContent c;
        private final Labels l;
        private final ReportFigures fig;
        private final CodeNames names;
        private final StringBuilder h = new StringBuilder(64 * 1024);

        Writer(ProposalContent c, Labels l) {
            this.c = c;
            this.l = l;
            this.fig = new ReportFigures(c, l);
            this.names = new CodeNames(c.names(), l);
        }

        String html() {
            String title = l.get("title") + " " + fig.subtitle();
            h.append("<!DOCTYPE html>\n<html lang=\"").append(l.japanese() ? "ja" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<title>").append(esc(title)).append("</title>\n<style>\n")
                    .append("body{font-family:\"IPAexGothic\",\"IPAexゴシック\",\"Noto Sans CJK JP\",\"Hiragino Sans\",\"Yu Gothic\",sans-serif;")
                    .append("margin:2em auto;max-width:60em;color:#222;line-height:1.45}\n")
                    .append("h1{font-size:1.6em;margin-bottom:.1em}h3{font-size:1em;margin:1em 0 .2em}h2{font-size:1.2em;border-bottom:2px solid #08459488;margin-top:1.6em}\n")
                    .append("table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #bbb;padding:.2em .5em;vertical-align:top}\n")
                    .append("th{background:#eee;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}\n")
                    .append(".sub{color:#555}.error{color:#b00020}.warning{color:#a15c00}.info{color:#555}.note{color:#555;font-size:.9em}\n")
                    .append("@media print{body{margin:0;max-width:none}h2{break-after:avoid}svg{break-inside:avoid}}\n")
                    .append("</style>\n</head>\n<body>\n");
            h.append("<h1>").append(esc(l.get("title"))).append("</h1>\n<p class=\"sub\">").append(esc(fig.subtitle()))
                    .append("<br>").append(esc(l.get("generated", Exports.timestamp(c.generatedAt()))));
            if (c.proposalStatus() != null) {
                h.append("<br>").append(esc(l.get("status", l.get("state." + c.proposalStatus()))));
                if (c.proposalComment() != null) {
                    h.append("<br>").append(esc(l.get("comment", c.proposalComment())));
                }
            }
            h.append("</p>\n");
            if (c.initiatives().stream().anyMatch(i -> i.getId().startsWith("SAMPLE-"))) {
                h.append("<p class=\"note\">").append(esc(l.get("summary.sample"))).append("</p>\n");
            }
            budget();
            chart(fig.chartTitle(), fig.bars(), fig.barCap());
            chart(l.get("chart.years"), fig.years(), c.mission() == null ? c.reference().getBudgetCapJpy() : 0);
            map();
            initiatives();
            changes();
            findings();
            h.append("</body>\n</html>\n");
            return h.toString();
        }

        private void budget() {
            h.append("<h2>").append(esc(l.get("budget.heading"))).append("</h2>\n<table>\n");
            boolean ja = l.japanese();
            row(l.get("budget.planned"), Exports.amount(c.plannedJpy(), ja));
            row(l.get(c.mission() == null ? "budget.cap" : "budget.capMission"), Exports.amount(c.capJpy(), ja));
            row(l.get("budget.remaining"), Exports.amount(c.remainingJpy(), ja));
            row(l.get("budget.used"), c.capJpy() == 0 ? "-"
                    : String.format(Locale.ROOT, "%.1f%%", 100.0 * c.plannedJpy() / c.capJpy()));
            if (c.mission() != null) {
                row(l.get("budget.year"), Exports.amount(c.yearBudgetJpy(), ja));
                row(l.get("budget.cap"), Exports.amount(c.reference().getBudgetCapJpy(), ja));
            }
            row(l.get("summary.initiatives"), String.valueOf(c.activeInitiatives()));
            h.append("</table>\n");
        }

        private void row(String label, String value) {
            h.append("<tr><th>").append(esc(label)).append("</th><td class=\"n\">").append(esc(value)).append("</td></tr>\n");
        }

        /** A horizontal bar chart in SVG, in millions of yen, with a dashed cap line if {@code cap > 0}. */
        private void chart(String title, List<ReportFigures.Bar> bars, long cap) {
            h.append("<h2>").append(esc(title)).append("</h2>\n");
            if (bars.isEmpty()) {
                return;
            }
            int labelW = 230;
            int plotW = 420;
            int barH = 18;
            int gap = 6;
            long max = Math.max(cap, bars.stream().mapToLong(ReportFigures.Bar::valueJpy).max().orElse(1));
            int height = bars.size() * (barH + gap) + 30;
            h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(labelW + plotW + 90).append("\" height=\"")
                    .append(height).append("\" font-size=\"12\" role=\"img\" aria-label=\"").append(esc(title)).append("\">\n");
            int y = 4;
            for (ReportFigures.Bar b : bars) {
                int w = (int) Math.round((double) plotW * b.valueJpy() / max);
                h.append("<text x=\"").append(labelW - 6).append("\" y=\"").append(y + 13).append("\" text-anchor=\"end\">")
                        .append(esc(b.label())).append("</text>\n");
                h.append("<rect x=\"").append(labelW).append("\" y=\"").append(y).append("\" width=\"").append(w)
                        .append("\" height=\"").append(barH).append("\" fill=\"").append(b.sourced() ? "#9e9e9e" : "#2171b5")
                        .append("\"/>\n");
                h.append("<text x=\"").append(labelW + w + 4).append("\" y=\"").append(y + 13).append("\">")
                        .append(b.approximate() ? esc(l.get("approx")) + " " : "").append(Exports.millions(b.valueJpy()))
                        .append("</text>\n");
                y += barH + gap;
            }
            if (cap > 0) {
                int x = labelW + (int) Math.round((double) plotW * cap / max);
                h.append("<line x1=\"").append(x).append("\" y1=\"0\" x2=\"").append(x).append("\" y2=\"").append(y)
                        .append("\" stroke=\"#b00020\" stroke-dasharray=\"4 3\"/>\n");
                h.append("<text x=\"").append(x).append("\" y=\"").append(y + 14).append("\" fill=\"#b00020\" text-anchor=\"middle\">")
                        .append(esc(l.get("chart.capLine"))).append(" ").append(Exports.millions(cap)).append("</text>\n");
            }
            h.append("</svg>\n");
        }

        private void map() {
            h.append("<h2>").append(esc(l.get("map.heading"))).append("</h2>\n");
            List<ReportFigures.Tile> tiles = fig.tiles();
            int size = 46;
            int cols = ReportFigures.maxCol(tiles);
            int rows = ReportFigures.maxRow(tiles);
            h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(cols * size + 4).append("\" height=\"")
                    .append(rows * size + 4).append("\" font-size=\"12\" role=\"img\" aria-label=\"").append(esc(l.get("map.heading")))
                    .append("\">\n");
            for (ReportFigures.Tile t : tiles) {
                int x = 2 + (t.state().col() - 1) * size;
                int y = 2 + (t.state().row() - 1) * size;
                int[] rgb = ReportFigures.fill(t.intensity());
                h.append("<g><title>").append(esc(l.japanese() ? t.state().nameJa() : t.state().nameEn())).append(": ")
                        .append(t.initiatives()).append(", JPY ").append(Exports.yen(t.budgetJpy())).append("</title>");
                h.append("<rect x=\"").append(x + 2).append("\" y=\"").append(y + 2).append("\" width=\"").append(size - 4)
                        .append("\" height=\"").append(size - 4).append("\" fill=\"rgb(").append(rgb[0]).append(',').append(rgb[1])
                        .append(',').append(rgb[2]).append(")\" stroke=\"").append(t.uncovered() ? "#b00020" : "#555")
                        .append("\" stroke-width=\"").append(t.priority() ? 3 : 1).append('"')
                        .append(t.uncovered() ? " stroke-dasharray=\"5 3\"" : "").append("/>");
                h.append("<text x=\"").append(x + size / 2).append("\" y=\"").append(y + size / 2 + 4)
                        .append("\" text-anchor=\"middle\" fill=\"").append(t.intensity() > 0.55 ? "#fff" : "#222").append("\">")
                        .append(t.label()).append("</text>");
                if (t.seat()) {
                    h.append("<circle cx=\"").append(x + size - 9).append("\" cy=\"").append(y + 9)
                            .append("\" r=\"3\" fill=\"#d95f02\"/>");
                }
                h.append("</g>\n");
            }
            h.append("</svg>\n<p class=\"note\">").append(esc(l.get("map.legend"))).append("<br>").append(esc(l.get("map.note")))
                    .append("</p>\n");
        }

        /** Per comparison: counts and totals, and the first initiatives listed (the workbook has them all). */
        private void changes() {
            h.append("<h2>").append(esc(l.get("changes.heading"))).append("</h2>\n");
            for (ProposalContent.Comparison cmp : c.comparisons()) {
                h.append("<h3>").append(esc(ChangeLines.heading(c, cmp, l))).append("</h3>\n");
                if (cmp.diff() == null) {
                    h.append("<p class=\"note\">").append(esc(ChangeLines.missing(c, cmp, l))).append("</p>\n");
                    continue;
                }
                h.append("<p>");
                List<String> summary = ChangeLines.summary(cmp, l);
                for (int i = 0; i < summary.size(); i++) {
                    h.append(i == 0 ? "" : "<br>").append(esc(summary.get(i)));
                }
                h.append("</p>\n");
                List<ChangeLines.Line> lines = ChangeLines.of(cmp.diff());
                if (lines.isEmpty()) {
                    continue;
                }
                h.append("<table>\n<tr><th>").append(esc(l.get("col.change"))).append("</th><th>").append(esc(l.get("col.id")))
                        .append("</th><th>").append(esc(l.get("col.titleJa"))).append("</th><th>").append(esc(l.get("col.budget")))
                        .append("</th></tr>\n");
                for (ChangeLines.Line line : lines.subList(0, Math.min(lines.size(), ChangeLines.REPORT_LIMIT))) {
                    h.append("<tr><td>").append(esc(l.get("changes." + line.change().key))).append("</td><td>")
                            .append(esc(line.initiative().getId())).append("</td><td>").append(esc(line.initiative().getTitleJa()))
                            .append("</td><td class=\"n\">").append(esc(ChangeLines.budgets(line))).append("</td></tr>\n");
                }
                h.append("</table>\n");
                if (lines.size() > ChangeLines.REPORT_LIMIT) {
                    h.append("<p class=\"note\">").append(esc(l.get("changes.more", lines.size() - ChangeLines.REPORT_LIMIT)))
                            .append("</p>\n");
                }
            }
        }

        private void findings() {
            Map<Severity, Long> n = c.findingCounts();
            h.append("<h2>").append(esc(l.get("findings.heading"))).append("</h2>\n<p>")
                    .append(esc(l.get("findings.summary", n.get(Severity.ERROR), n.get(Severity.WARNING), n.get(Severity.INFO))))
                    .append("</p>\n<table>\n<tr><th>").append(esc(l.get("col.rule"))).append("</th><th>")
                    .append(esc(l.get("col.severity"))).append("</th><th>").append(esc(l.get("col.count"))).append("</th></tr>\n");
            for (Map.Entry<String, Object[]> e : c.findingsByRule().entrySet()) {
                Severity s = (Severity) e.getValue()[0];
                h.append("<tr><td>").append(esc(ruleName(e.getKey()))).append("</td><td class=\"").append(s.code()).append("\">")
                        .append(esc(l.get("severity." + s.code()))).append("</td><td class=\"n\">").append(e.getValue()[1])
                        .append("</td></tr>\n");
            }
            h.append("</table>\n<h2>").append(esc(l.get("findings.errors"))).append("</h2>\n");
            List<ExplainedFinding> errors = c.findings().stream().filter(f -> f.finding().getSeverity() == Severity.ERROR).toList();
            if (errors.isEmpty()) {
                h.append("<p>").append(esc(l.get("findings.none"))).append("</p>\n");
                return;
            }
            h.append("<table>\n<tr><th>").append(esc(l.get("col.rule"))).append("</th><th>").append(esc(l.get("col.explanation")))
                    .append("</th><th>").append(esc(l.get("col.justification"))).append("</th></tr>\n");
            for (ExplainedFinding f : errors) {
                h.append("<tr><td>").append(esc(ruleName(f.finding().getRule()))).append("</td><td>")
                        .append(esc(f.explanation(l.japanese())))
                        .append("</td><td>").append(f.justification() == null
                                ? "<span class=\"note\">" + esc(l.get("findings.noJustification")) + "</span>"
                                : esc(f.justification()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        private String ruleName(String rule) {
            String name = l.get("rule." + rule);
            return name.equals("rule." + rule) ? rule : name;
        }

        /** The list of the initiatives by name: title, mission, kind, themes, states, format, dates, budget. */
        private void initiatives() {
            boolean ja = l.japanese();
            String sep = ja ? "\u3001" : ", ";
            h.append("<h2>").append(esc(l.get("p.list"))).append("</h2>\n<table>\n<tr>");
            for (String col : List.of(ja ? "\u6848\u4ef6\u540d" : "Initiative", l.get("col.mission"), l.get("col.kind"),
                    l.get("col.themes"), l.get("col.states"), l.get("col.format"), l.get("p.col.dates"), l.get("p.col.budget"))) {
                h.append("<th>").append(esc(col)).append("</th>");
            }
            h.append("</tr>\n");
            for (org.grassroots.planner.model.Initiative i : c.initiatives()) {
                String title = (ja || i.getTitleEn() == null ? i.getTitleJa() : i.getTitleEn())
                        + (i.isCancelled() ? " " + l.get("p.cancelled") : "");
                h.append("<tr><td>").append(esc(title)).append("</td><td>").append(esc(names.name(i.getMission())))
                        .append("</td><td>").append(esc(l.kind(i.getKind().code()))).append("</td><td>")
                        .append(esc(String.join(sep, i.getThemes().stream().map(names::name).toList()))).append("</td><td>")
                        .append(esc(String.join(sep, i.getStates().stream().map(names::name).toList()))).append("</td><td>")
                        .append(esc(i.getFormat() == null ? "\u2013" : l.format(i.getFormat().code())))
                        .append("</td><td>").append(esc(dates(i))).append("</td><td class=\"n\">")
                        .append(esc(i.getBudgetJpy() == null ? "\u2013" : Exports.amount(i.getBudgetJpy(), ja)))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
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

        private static String esc(String s) {
            if (s == null) {
                return "";
            }
            StringBuilder out = new StringBuilder(s.length());
            for (char ch : s.toCharArray()) {
                switch (ch) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    default -> out.append(ch);
                }
            }
            return out.toString();
        }
    }
}
