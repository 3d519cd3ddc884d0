package org.grassroots.planner.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The printable report: the PDF parsed again with PDFBox (Japanese title as text, the font embedded as
 * a subset, the same bytes for the same content) and the HTML page's content. The documents are also
 * written to {@code target/proposal-samples/} for a look (pdftoppm).
 */
class PdfReportTest {
    private static final Map<String, String> JUSTIFIED = Map.of("REGION-OUTSIDE-JURISDICTION:C-4",
            "ヒューストン総領事館との共催のため、テキサス州で実施する。");

    @Test
    void japaneseReportHasItsTitleAsTextAndEmbedsItsFont() throws Exception {
        byte[] pdf = PdfReport.write(Plans.content(null, JUSTIFIED), Locale.JAPANESE);
        keep("report-all-ja.pdf", pdf);
        String text = Poi.call(() -> {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertTrue(doc.getNumberOfPages() >= 2);
                for (PDPage page : doc.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertTrue(font instanceof PDType0Font, font.getName());
                        assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                        assertNotNull(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2(),
                                "a TrueType font file");
                        assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "a subset: " + font.getName());
                    }
                }
                return new PDFTextStripper().getText(doc);
            }
        });
        assertTrue(text.contains("年度計画 提案書"), text);
        assertTrue(text.contains("令和5年度"), text);
        // search and copy find the ideographs written, not the Kangxi radicals that share their glyphs
        assertTrue(text.contains("作成日時"), text);
        assertTrue(text.codePoints().noneMatch(c -> c >= 0x2F00 && c <= 0x2FDF), "no Kangxi radical in: " + text);
        assertTrue(text.contains("ヒューストン総領事館との共催"), "the justification is printed");
        assertTrue(text.contains("REGION-OUTSIDE-JURISDICTION"), text);
    }

    @Test
    void englishReportForOneMission() throws Exception {
        byte[] pdf = PdfReport.write(Plans.content("cg-chicago", Map.of()), Locale.ENGLISH);
        keep("report-chicago-en.pdf", pdf);
        String text = Poi.call(() -> {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                return new PDFTextStripper().getText(doc);
            }
        });
        assertTrue(text.contains("Fiscal-year proposal"), text);
        assertTrue(text.contains("Consulate-General of Japan in Chicago") || text.contains("Chicago"), text);
        assertTrue(text.contains("(no justification written)"), text);
    }

    @Test
    void sameContentGivesTheSameBytes() throws Exception {
        ProposalContent c = Plans.content(null, JUSTIFIED);
        assertArrayEquals(PdfReport.write(c, Locale.JAPANESE), PdfReport.write(c, Locale.JAPANESE));
        assertArrayEquals(HtmlReport.write(c, Locale.JAPANESE), HtmlReport.write(c, Locale.JAPANESE));
    }

    @Test
    void htmlReportIsOnePageWithMapChartAndFindings() throws Exception {
        byte[] bytes = HtmlReport.write(Plans.content(null, JUSTIFIED), Locale.JAPANESE);
        keep("report-all-ja.html", bytes);
        String html = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<html lang=\"ja\">"));
        assertTrue(html.contains("年度計画 提案書"));
        assertTrue(html.contains(">IL</text>"), "the tile map");
        assertTrue(html.contains("ヒューストン総領事館との共催"), "the justification");
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"),
                "no external resource");
    }

    private static void keep(String name, byte[] bytes) throws Exception {
        Path dir = Path.of("target", "proposal-samples").toAbsolutePath();
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }
}
