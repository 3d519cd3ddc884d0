package org.grassroots.planner.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertTrue(text.contains("管轄外の州を対象とする案件"), "the rule by its name: " + text);
    }

    /**
     * The proposal a desk officer sends as it is, read back from the PDF: a cover page, every initiative
     * listed by name, amounts in 千円 with ▲, 令和 with the Western year, the time in JST, rules by name, no
     * code in the Japanese text and no usage hint.
     */
    @Test
    void theJapaneseProposalIsADocumentADeskOfficerSendsAsItIs() throws Exception {
        java.util.List<org.grassroots.planner.model.Initiative> plan = new java.util.ArrayList<>(Plans.plan());
        plan.add(Plans.initiative("N-9", 2023, "cg-new-york", 230_000_000).states(java.util.List.of("NY"))
                .kind(org.grassroots.planner.model.Kind.JAPAN_EVENT).themes(java.util.List.of("dgc-agriculture", "digital"))
                .format(org.grassroots.planner.model.Format.HYBRID).titleJa("ニューヨーク日本祭り").build());
        ProposalContent c = ProposalContent.prepare(Plans.rules(), plan, 2023, null,
                org.grassroots.planner.reference.ReferenceData.shipped().referenceFor(2023), Plans.names(), JUSTIFIED, Plans.AT);
        byte[] pdf = PdfReport.write(c, Locale.JAPANESE);
        keep("proposal-desk-ja.pdf", pdf);
        String text = Poi.call(() -> {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDFTextStripper first = new PDFTextStripper();
                first.setStartPage(1);
                first.setEndPage(1);
                String cover = first.getText(doc);
                assertTrue(cover.contains("グラスルーツからの日米関係強化に関する政府タスクフォース"), cover);
                assertTrue(cover.contains("令和5年度（2023年度） 案件計画 提案書"), cover);
                assertTrue(cover.contains("外務省 北米第二課"), cover);
                assertTrue(cover.contains("年度：令和5年度（2023年度）、2023年4月1日〜2024年3月31日"), cover);
                assertTrue(cover.contains("全在外公館"), cover);
                return new PDFTextStripper().getText(doc);
            }
        });
        String joined = text.replace("\n", "").replace("\r", "");
        for (org.grassroots.planner.model.Initiative i : c.initiatives()) {
            assertTrue(joined.contains(i.getTitleJa()), "listed: " + i.getTitleJa());
        }
        assertTrue(joined.contains("在ニューヨーク総領事館") && joined.contains("日本関連イベント") && joined.contains("農業、デジタル")
                && joined.contains("ニューヨーク州") && joined.contains("ハイブリッド"), "names of mission, kind, themes, state, format");
        long remaining = c.remainingJpy();
        assertTrue(remaining < 0);
        assertTrue(joined.contains(Exports.amount(c.plannedJpy(), true)), "the planned total in 千円");
        assertTrue(joined.contains("▲" + String.format("%,d", Math.round(-remaining / 1000.0)) + "千円"), "▲ before a negative: " + joined);
        assertTrue(joined.contains("230,000千円"), "each budget in 千円");
        assertTrue(joined.contains("令和5年9月1日〜令和5年9月2日"), "dates in 令和");
        assertTrue(joined.contains("2026-11-28 18:00 JST") && !joined.contains("UTC"), "the time in JST");
        assertTrue(joined.contains("別添：確認結果の指摘事項と理由") && joined.contains("予算上限額の超過"), "the annex, rules by name");
        assertTrue(joined.contains("理由：未記入") && joined.contains("理由：ヒューストン総領事館との共催"), joined);
        for (String code : java.util.List.of("cg-chicago", "cg-new-york", "info-dissemination", "japan-event", "food-pr",
                "innovation-science", "dgc-agriculture", "in-person", "hybrid", "REGION-OUTSIDE-JURISDICTION", "BUDGET-OVER-CAP",
                "KIND-THEME-MISMATCH", "POLICY-WORKERS-MAJOR-MISSION", "FORMAT-MIX", "HISTORY-NOT-EVALUATED-3Y",
                "JPY", "FY2023")) {
            assertFalse(joined.contains(code), "no code in the Japanese text: " + code);
        }
        for (String hint : java.util.List.of("ワークブック", "出力すると", "理由書き", "シート")) {
            assertFalse(joined.contains(hint), "no usage hint: " + hint);
        }
        byte[] en = PdfReport.write(c, Locale.ENGLISH);
        keep("proposal-desk-en.pdf", en);
        String enText = Poi.call(() -> {
            try (PDDocument doc = Loader.loadPDF(en)) {
                return new PDFTextStripper().getText(doc);
            }
        }).replace("\n", " ");
        assertTrue(enText.contains("JPY 230,000,000") && enText.contains("Plan of initiatives for FY2023"), enText);
        assertTrue(enText.contains("Over the budget cap"), enText);
    }

    @Test
    void amountsAreInThousandsOfYenWithATriangleInJapanese() {
        assertEquals("250,870千円", Exports.amount(250_870_000, true));
        assertEquals("▲30,870千円", Exports.amount(-30_870_000, true));
        assertEquals("1千円", Exports.amount(500, true));
        assertEquals("0千円", Exports.amount(-400, true));
        assertEquals("JPY -30,870,000", Exports.amount(-30_870_000, false));
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
        assertTrue(text.contains("Justification: not written"), text);
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
