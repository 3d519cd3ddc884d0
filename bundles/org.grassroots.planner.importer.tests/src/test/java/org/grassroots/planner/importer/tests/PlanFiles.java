package org.grassroots.planner.importer.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plan files written cell by cell, exactly as given, to test what the readers make of any cell: CSV
 * (RFC 4180, every cell quoted) and minimal XLSX workbooks (inline-string cells, sheets that may be
 * hidden), written by hand because this bundle does not see POI (only the XLSX bundle does).
 */
final class PlanFiles {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

    /**
     * A sheet of a workbook.
     *
     * @param state {@code null} (visible), {@code "hidden"} or {@code "veryHidden"}
     */
    record Sheet(String name, String state, List<List<String>> rows) {
        static Sheet visible(List<List<String>> rows) {
            return new Sheet("plan", null, rows);
        }
    }

    private PlanFiles() {
    }

    /** @return the rows as CSV text, CRLF line ends, every cell quoted */
    static String csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                out.append(c == 0 ? "" : ",").append('"').append(row.get(c).replace("\"", "\"\"")).append('"');
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** @return an XLSX workbook of one visible sheet holding the rows */
    static byte[] xlsx(List<List<String>> rows) throws IOException {
        return workbook(List.of(Sheet.visible(rows)));
    }

    /** @return an XLSX workbook of these sheets, in this order */
    static byte[] workbook(List<Sheet> sheets) throws IOException {
        return FuzzSeeds.zip(entries(sheets));
    }

    /** @return the parts of an XLSX workbook of these sheets, in this order */
    static Map<String, byte[]> entries(List<Sheet> sheets) {
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>");
        StringBuilder workbookRels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">");
        Map<String, byte[]> sheetParts = new LinkedHashMap<>();
        for (int n = 1; n <= sheets.size(); n++) {
            Sheet sheet = sheets.get(n - 1);
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"")
                    .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            workbook.append("<sheet name=\"").append(xml(sheet.name())).append("\" sheetId=\"").append(n).append('"')
                    .append(sheet.state() == null ? "" : " state=\"" + sheet.state() + "\"").append(" r:id=\"rId")
                    .append(n).append("\"/>");
            workbookRels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(RELATIONSHIPS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
            sheetParts.put("xl/worksheets/sheet" + n + ".xml", utf8(sheetXml(sheet.rows())));
        }
        types.append("</Types>");
        workbook.append("</sheets></workbook>");
        workbookRels.append("</Relationships>");
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8(types.toString()));
        parts.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\""
                + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        parts.put("xl/workbook.xml", utf8(workbook.toString()));
        parts.put("xl/_rels/workbook.xml.rels", utf8(workbookRels.toString()));
        parts.putAll(sheetParts);
        return parts;
    }

    private static String sheetXml(List<List<String>> rows) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            out.append("<row r=\"").append(r + 1).append("\">");
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                if (row.get(c).isEmpty()) {
                    continue;
                }
                out.append("<c r=\"").append(column(c)).append(r + 1).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                        .append(xml(row.get(c))).append("</t></is></c>");
            }
            out.append("</row>");
        }
        return out.append("</sheetData></worksheet>").toString();
    }

    /** @return the Excel column letters of a 0-based column */
    static String column(int c) {
        return c < 26 ? String.valueOf((char) ('A' + c)) : column(c / 26 - 1) + (char) ('A' + c % 26);
    }

    /**
     * @return the text escaped for an XML element: markup characters as entities, control characters
     *         (which XML cannot hold, or would turn CR into LF) in OOXML's {@code _xHHHH_} form, as Excel writes them
     */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (ch < 0x20 && ch != '\t' || ch == 0x7F) {
                        out.append(String.format("_x%04X_", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
