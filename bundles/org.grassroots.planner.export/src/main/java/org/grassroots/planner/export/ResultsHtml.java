package org.grassroots.planner.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The results report as one self-contained HTML page (inline SVG charts and map, no script). */
final class ResultsHtml {
    private ResultsHtml() {
    }

    static byte[] write(ResultsContent c, Locale locale) {
        Labels l = new Labels(locale);
        StringBuilder h = new StringBuilder(32_000);
        String title = ResultsDocument.title(c, l);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(l.japanese() ? "ja" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n<style>\n")
                .append("body{font-family:'IPAexGothic','Noto Sans CJK JP',sans-serif;margin:2em auto;max-width:60em;color:#222}\n")
                .append("h1{color:#084594;font-size:1.6em;margin-bottom:.2em}h2{color:#084594;border-bottom:2px solid #084594;")
                .append("font-size:1.2em;margin-top:1.6em}h3{color:#084594;font-size:1.05em}\n")
                .append("table{border-collapse:collapse;margin:.5em 0;font-size:.9em}td,th{border:1px solid #ccc;padding:.2em .5em;")
                .append("vertical-align:top}th{background:#e8eef7;text-align:left}td.n{text-align:right}tr.total td{font-weight:bold}\n")
                .append("p.small{font-size:.8em;color:#555}.programme{color:#555}\n</style>\n</head>\n<body>\n");
        h.append("<p class=\"programme\">").append(esc(l.get("r.programme"))).append("</p>\n<h1>").append(esc(title))
                .append("</h1>\n<p class=\"small\">").append(esc(ResultsDocument.generated(c, l))).append("</p>\n");
        for (ResultsDocument.Block b : ResultsDocument.of(c, l)) {
            if (b instanceof ResultsDocument.Heading x) {
                boolean sub = x.text().startsWith("(");
                h.append(sub ? "<h3>" : "<h2>").append(esc(x.text())).append(sub ? "</h3>\n" : "</h2>\n");
            } else if (b instanceof ResultsDocument.Para x) {
                h.append(x.small() ? "<p class=\"small\">" : "<p>").append(esc(x.text())).append("</p>\n");
            } else if (b instanceof ResultsDocument.Table x) {
                table(h, x);
            } else if (b instanceof ResultsDocument.Bars x) {
                bars(h, x);
            } else if (b instanceof ResultsDocument.TileMap x) {
                map(h, x);
            }
        }
        h.append("</body>\n</html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder h, ResultsDocument.Table t) {
        h.append("<table>\n");
        if (!t.keyValue()) {
            h.append("<tr>");
            for (int i = 0; i < t.header().size(); i++) {
                if (!t.codes().contains(i)) {
                    h.append("<th>").append(esc(t.header().get(i))).append("</th>");
                }
            }
            h.append("</tr>\n");
        }
        for (List<Object> row : t.rows()) {
            boolean total = !t.keyValue() && t.codes().contains(row.size() - 1) && "".equals(row.get(row.size() - 1));
            h.append(total ? "<tr class=\"total\">" : "<tr>");
            for (int i = 0; i < row.size(); i++) {
                if (t.codes().contains(i)) {
                    continue;
                }
                Object v = row.get(i);
                boolean th = t.keyValue() && i == 0;
                h.append(th ? "<th>" : v instanceof Long ? "<td class=\"n\">" : "<td>").append(esc(ResultsDocument.cell(v)))
                        .append(th ? "</th>" : "</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void bars(StringBuilder h, ResultsDocument.Bars b) {
        if (b.bars().isEmpty()) {
            return;
        }
        long max = Math.max(1, b.bars().stream().mapToLong(ResultsDocument.Bar::value).max().orElse(1));
        int rowH = 20;
        int labelW = 260;
        int plotW = 380;
        h.append("<p><b>").append(esc(b.title())).append("</b></p>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(labelW + plotW + 80).append("\" height=\"").append(rowH * b.bars().size() + 4).append("\">\n");
        int y = 2;
        for (ResultsDocument.Bar bar : b.bars()) {
            int w = (int) Math.round(plotW * (double) bar.value() / max);
            h.append("<text x=\"").append(labelW - 6).append("\" y=\"").append(y + 14).append("\" font-size=\"12\" text-anchor=\"end\">")
                    .append(esc(bar.label())).append("</text>");
            h.append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 2).append("\" width=\"").append(w)
                    .append("\" height=\"").append(rowH - 5).append("\" fill=\"").append(bar.published() ? "#9e9e9e" : "#2171b5")
                    .append("\"/>");
            h.append("<text x=\"").append(labelW + w + 4).append("\" y=\"").append(y + 14).append("\" font-size=\"12\">")
                    .append(ResultsDocument.cell(bar.value())).append("</text>\n");
            y += rowH;
        }
        h.append("</svg>\n");
    }

    private static void map(StringBuilder h, ResultsDocument.TileMap m) {
        int size = 40;
        int cols = m.tiles().stream().mapToInt(t -> t.state().col()).max().orElse(12);
        int rows = m.tiles().stream().mapToInt(t -> t.state().row()).max().orElse(9);
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(cols * size + 4).append("\" height=\"")
                .append(rows * size + 4).append("\">\n<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">")
                .append("<path d=\"M0,6 L6,0\" stroke=\"#b00020\" stroke-width=\"1\"/></pattern></defs>\n");
        for (ResultsDocument.Tile t : m.tiles()) {
            int x = (t.state().col() - 1) * size + 2;
            int y = (t.state().row() - 1) * size + 2;
            String fill = t.reached() ? "#2171b5" : t.notReached() ? "url(#hatch)" : "#eeeeee";
            String stroke = t.outreach() ? "#d95f02" : "#888888";
            h.append("<rect x=\"").append(x + 1).append("\" y=\"").append(y + 1).append("\" width=\"").append(size - 3)
                    .append("\" height=\"").append(size - 3).append("\" fill=\"").append(fill).append("\" stroke=\"")
                    .append(stroke).append("\" stroke-width=\"").append(t.outreach() ? 3 : 1).append("\"/>");
            h.append("<text x=\"").append(x + size / 2).append("\" y=\"").append(y + size / 2 + 4)
                    .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"").append(t.reached() ? "#ffffff" : "#222222")
                    .append("\">").append(t.state().code()).append("</text>\n");
        }
        h.append("</svg>\n<p class=\"small\">").append(esc(m.legend())).append("</p>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
