package org.grassroots.planner.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.planner.model.Budgets;
import org.grassroots.planner.model.Figure;
import org.grassroots.planner.model.FiscalYear;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.model.Severity;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.model.Theme;
import org.grassroots.planner.reference.UsState;

/**
 * The proposal as an Excel workbook: Summary (budget against the cap, by mission, kind and theme,
 * the fiscal years before), Changes (since the last proposal and since the previous year), Initiatives, Findings (with explanations and justifications) and
 * Reference. Numbers and dates are real cells, totals are SUM formulas (evaluated before writing, so
 * viewers that do not recalculate show them), header rows are frozen, columns are as wide as their
 * content. Deterministic: the workbook's created and modified dates are the content's timestamp and
 * every zip entry has the same fixed time, so the same content gives the same bytes.
 */
public final class XlsxProposal {
    /** The time of every zip entry (1 January 2000, UTC): not the export's, which is in docProps/core.xml. */
    private static final long ENTRY_TIME = LocalDate.of(2000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    private static final int MAX_WIDTH = 60;

    private XlsxProposal() {
    }

    public static byte[] write(ProposalContent content, Locale locale) throws IOException {
        return Poi.call(() -> {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                new Writer(wb, content, new Labels(locale)).write();
                XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
                var core = wb.getProperties().getCoreProperties();
                Date at = Date.from(content.generatedAt());
                core.setCreated(Optional.of(at));
                core.setModified(Optional.of(at));
                core.setCreator("Grassroots Planner");
                core.setTitle(new Labels(locale).get("title") + " FY" + content.fiscalYear()
                        + (content.mission() == null ? "" : " " + content.mission()));
                wb.write(raw);
            }
            return normalise(raw.toByteArray());
        });
    }

    /** Rewrites the zip with fixed entry times, keeping the entries' order and content. */
    private static byte[] normalise(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(ENTRY_TIME);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static final class Writer {
        private final XSSFWorkbook wb;
        private final ProposalContent c;
        private final Labels l;
        private final boolean ja;
        private final CellStyle header;
        private final CellStyle title;
        private final CellStyle bold;
        private final CellStyle yen;
        private final CellStyle delta;
        private final CellStyle deltaBold;
        private final CellStyle yenBold;
        private final CellStyle date;
        private final CellStyle percent;
        private final CellStyle wrap;
        private final CellStyle plain;

        Writer(XSSFWorkbook wb, ProposalContent c, Labels l) {
            this.wb = wb;
            this.c = c;
            this.l = l;
            this.ja = l.japanese();
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            header = wb.createCellStyle();
            header.setFont(boldFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setWrapText(true);
            title = wb.createCellStyle();
            title.setFont(titleFont);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            short yenFormat = wb.createDataFormat().getFormat("#,##0");
            yen = wb.createCellStyle();
            yen.setDataFormat(yenFormat);
            short deltaFormat = wb.createDataFormat().getFormat("+#,##0;-#,##0;0");
            delta = wb.createCellStyle();
            delta.setDataFormat(deltaFormat);
            deltaBold = wb.createCellStyle();
            deltaBold.setDataFormat(deltaFormat);
            deltaBold.setFont(boldFont);
            deltaBold.setBorderTop(BorderStyle.THIN);
            yenBold = wb.createCellStyle();
            yenBold.setDataFormat(yenFormat);
            yenBold.setFont(boldFont);
            yenBold.setBorderTop(BorderStyle.THIN);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            plain = wb.createCellStyle();
            plain.setVerticalAlignment(VerticalAlignment.TOP);
        }

        void write() {
            summary();
            changes();
            initiatives();
            findings();
            reference();
            for (Sheet s : wb) {
                printable(s);
            }
        }

        /** Printed (or saved as PDF) a sheet comes out landscape, as wide as one A4 page, its header on every page. */
        private void printable(Sheet s) {
            s.setFitToPage(true);
            s.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            s.getPrintSetup().setLandscape(true);
            s.getPrintSetup().setFitWidth((short) 1);
            s.getPrintSetup().setFitHeight((short) 0);
            if (s.getPaneInformation() != null && s.getPaneInformation().isFreezePane()) {
                s.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf(
                        "1:" + s.getPaneInformation().getHorizontalSplitPosition()));
            }
        }

        // ---- Summary ----------------------------------------------------------------------------

        private void summary() {
            Sheet s = wb.createSheet(l.get("sheet.summary"));
            Widths w = new Widths();
            int r = 0;
            text(s, r++, 0, l.get("title"), title, null);
            text(s, r++, 0, subtitle(), bold, null);
            text(s, r++, 0, l.get("generated", Exports.timestamp(c.generatedAt())), null, null);
            if (c.proposalStatus() != null) {
                text(s, r++, 0, l.get("status", l.get("state." + c.proposalStatus())), bold, null);
            }
            if (c.proposalComment() != null) {
                text(s, r++, 0, l.get("comment", c.proposalComment()), null, null);
            }
            r++;
            text(s, r++, 0, l.get("budget.heading"), bold, null);
            int plannedRow = r;
            label(s, r, l.get("budget.planned"), w);
            number(s, r++, 1, c.plannedJpy(), yen);
            int capRow = r;
            label(s, r, l.get(c.mission() == null ? "budget.cap" : "budget.capMission"), w);
            number(s, r++, 1, c.capJpy(), yen);
            label(s, r, l.get("budget.remaining"), w);
            formula(s, r++, 1, "B" + (capRow + 1) + "-B" + (plannedRow + 1), yen);
            label(s, r, l.get("budget.used"), w);
            formula(s, r++, 1, "IF(B" + (capRow + 1) + "=0,0,B" + (plannedRow + 1) + "/B" + (capRow + 1) + ")", percent);
            if (c.mission() != null) {
                label(s, r, l.get("budget.year"), w);
                number(s, r++, 1, c.yearBudgetJpy(), yen);
                label(s, r, l.get("budget.cap"), w);
                number(s, r++, 1, c.reference().getBudgetCapJpy(), yen);
            }
            label(s, r, l.get("summary.initiatives"), w);
            number(s, r++, 1, c.activeInitiatives(), null);
            r++;
            r = totals(s, r, l.get("by.mission"), l.get("col.mission"), c.byMission(), true, w, this::missionName);
            r++;
            r = totals(s, r, l.get("by.kind"), l.get("col.kind"), c.byKind(), true, w, k -> l.kind(k));
            r++;
            r = totals(s, r, l.get("by.theme"), l.get("col.themes"), c.byTheme(), false, w, this::themeName);
            r++;
            text(s, r++, 0, l.get("years.heading"), bold, null);
            headerRow(s, r++, w, l.get("col.year"), l.get("col.plannedInPlan"), l.get("col.initiatives"),
                    l.get("col.sourced"), l.get("col.approx"), l.get("col.source"));
            for (YearBudget y : c.years()) {
                Row row = s.createRow(r++);
                cell(row, 0, yearLabel(y.year()), w);
                if (y.plannedJpy() != null) {
                    numberCell(row, 1, y.plannedJpy(), yen);
                    numberCell(row, 2, y.plannedInitiatives(), null);
                }
                if (y.sourcedJpy() != null) {
                    numberCell(row, 3, y.sourcedJpy(), yen);
                    cell(row, 4, y.approximate() ? l.get("approx") : "", w);
                    cell(row, 5, y.source(l.locale()), null);
                }
            }
            w.apply(s);
            s.setColumnWidth(0, Math.max(s.getColumnWidth(0), 30 * 256));
            s.setColumnWidth(1, Math.max(s.getColumnWidth(1), 16 * 256));
            s.setColumnWidth(2, Math.max(s.getColumnWidth(2), 12 * 256));
            s.setColumnWidth(3, Math.max(s.getColumnWidth(3), 16 * 256));
            s.setColumnWidth(5, 90 * 256);
        }

        /** A table key | initiatives | budget with, if {@code sum}, a total row of SUM formulas. */
        private int totals(Sheet s, int r, String heading, String keyHeader, List<ProposalContent.Total> totals, boolean sum,
                Widths w, java.util.function.Function<String, String> name) {
            text(s, r++, 0, heading, bold, null);
            headerRow(s, r++, w, keyHeader, l.get("col.initiatives"), l.get("col.budget"));
            int first = r;
            for (ProposalContent.Total t : totals) {
                Row row = s.createRow(r++);
                cell(row, 0, name.apply(t.key()), w);
                numberCell(row, 1, t.initiatives(), null);
                numberCell(row, 2, t.budgetJpy(), yen);
            }
            if (sum) {
                Row row = s.createRow(r++);
                cell(row, 0, l.get("total"), w).setCellStyle(bold);
                String a = first + 1 + "";
                String b = r - 1 + "";
                row.createCell(1).setCellFormula("SUM(B" + a + ":B" + b + ")");
                row.getCell(1).setCellStyle(yenBold);
                row.createCell(2).setCellFormula("SUM(C" + a + ":C" + b + ")");
                row.getCell(2).setCellStyle(yenBold);
            }
            return r;
        }

        // ---- Changes ----------------------------------------------------------------------------

        /**
         * One block per comparison (since the last proposal, since the previous year) under one frozen
         * header: the block's heading, the initiatives and budget before and after, a row per kind of
         * change (count, budgets), then every listed initiative. Without anything to compare with, the
         * block says why in one row.
         */
        private void changes() {
            Sheet s = wb.createSheet(l.get("sheet.changes"));
            Widths w = new Widths();
            headerRow(s, 0, w, l.get("col.change"), l.get("col.id"), l.get("col.mission"), l.get("col.titleJa"),
                    l.get("col.initiatives"), l.get("col.before"), l.get("col.after"), l.get("col.difference"));
            int r = 1;
            for (ProposalContent.Comparison cmp : c.comparisons()) {
                text(s, r++, 0, ChangeLines.heading(c, cmp, l), bold, null);
                if (cmp.diff() == null) {
                    text(s, r++, 0, ChangeLines.missing(c, cmp, l), null, null);
                    r++;
                    continue;
                }
                Row row = s.createRow(r++);
                cell(row, 0, l.get("changes.rowInitiatives"), w);
                numberCell(row, 5, cmp.initiativesBefore(), null);
                numberCell(row, 6, cmp.initiativesAfter(), null);
                numberCell(row, 7, cmp.initiativesAfter() - cmp.initiativesBefore(), delta);
                row = s.createRow(r++);
                cell(row, 0, l.get("changes.rowBudget"), w).setCellStyle(bold);
                numberCell(row, 5, cmp.diff().budgetBeforeJpy(), yenBold);
                numberCell(row, 6, cmp.diff().budgetAfterJpy(), yenBold);
                numberCell(row, 7, cmp.diff().budgetAfterJpy() - cmp.diff().budgetBeforeJpy(), deltaBold);
                List<ChangeLines.Line> lines = ChangeLines.of(cmp.diff());
                for (ChangeLines.Change change : ChangeLines.Change.values()) {
                    long[] sum = ChangeLines.sums(lines, change);
                    row = s.createRow(r++);
                    cell(row, 0, l.get("changes." + change.key), w);
                    numberCell(row, 4, sum[0], null);
                    if (sum[0] > 0) {
                        if (change != ChangeLines.Change.ADDED) {
                            numberCell(row, 5, sum[1], yen);
                        }
                        if (change != ChangeLines.Change.DROPPED) {
                            numberCell(row, 6, sum[2], yen);
                        }
                        numberCell(row, 7, Budgets.subtract(sum[2], sum[1]), delta);
                    }
                }
                if (lines.isEmpty()) {
                    text(s, r++, 0, l.get("changes.none"), null, null);
                }
                for (ChangeLines.Line line : lines) {
                    row = s.createRow(r++);
                    cell(row, 0, l.get("changes." + line.change().key), w);
                    cell(row, 1, line.initiative().getId(), w);
                    cell(row, 2, line.initiative().getMission(), w);
                    cell(row, 3, line.initiative().getTitleJa(), w);
                    if (line.beforeJpy() != null) {
                        numberCell(row, 5, line.beforeJpy(), yen);
                    }
                    if (line.afterJpy() != null) {
                        numberCell(row, 6, line.afterJpy(), yen);
                    }
                    numberCell(row, 7, line.differenceJpy(), delta);
                }
                r++;
            }
            s.createFreezePane(0, 1);
            w.atLeast(0, 16).atLeast(1, 10).atLeast(4, 8).atLeast(5, 14).atLeast(6, 14).atLeast(7, 14);
            w.apply(s);
        }

        // ---- Initiatives ------------------------------------------------------------------------

        private void initiatives() {
            Sheet s = wb.createSheet(l.get("sheet.initiatives"));
            Widths w = new Widths();
            headerRow(s, 0, w, l.get("col.id"), l.get("col.fiscalYear"), l.get("col.mission"), l.get("col.titleJa"),
                    l.get("col.titleEn"), l.get("col.kind"), l.get("col.themes"), l.get("col.states"),
                    l.get("col.partners"), l.get("col.format"), l.get("col.start"), l.get("col.end"),
                    l.get("col.budget"), l.get("col.status"), l.get("col.worst"));
            // the codes, for a round trip, in hidden columns after the names
            String[] codes = { "mission", "kind", "themes", "states", "format", "status" };
            Row head = s.getRow(0);
            for (int k = 0; k < codes.length; k++) {
                Cell cell = head.createCell(15 + k);
                cell.setCellValue(codes[k]);
                cell.setCellStyle(header);
            }
            Map<String, Severity> worst = c.worstByInitiative();
            CodeNames names = new CodeNames(c.names(), l);
            String sep = ja ? "\u3001" : ", ";
            int r = 1;
            for (Initiative i : c.initiatives()) {
                Row row = s.createRow(r++);
                cell(row, 0, i.getId(), w);
                numberCell(row, 1, i.getFiscalYear(), null);
                cell(row, 2, names.name(i.getMission()), w);
                cell(row, 3, i.getTitleJa(), w);
                cell(row, 4, i.getTitleEn(), w);
                cell(row, 5, l.kind(i.getKind().code()), w);
                cell(row, 6, String.join(sep, i.getThemes().stream().map(names::name).toList()), w);
                cell(row, 7, String.join(sep, i.getStates().stream().map(names::name).toList()), w);
                cell(row, 8, String.join(";", i.getPartners()), w);
                cell(row, 9, i.getFormat() == null ? null : l.format(i.getFormat().code()), w);
                dateCell(row, 10, i.getStartDate());
                dateCell(row, 11, i.getEndDate());
                if (i.getBudgetJpy() != null) {
                    numberCell(row, 12, i.getBudgetJpy(), yen);
                }
                cell(row, 13, l.status(i.getStatus().code()), w);
                Severity sev = worst.get(i.getId());
                cell(row, 14, sev == null ? null : severity(sev), w);
                cell(row, 15, i.getMission(), null);
                cell(row, 16, i.getKind().code(), null);
                cell(row, 17, String.join(";", i.getThemes()), null);
                cell(row, 18, String.join(";", i.getStates()), null);
                cell(row, 19, i.getFormat() == null ? null : i.getFormat().code(), null);
                cell(row, 20, i.getStatus().code(), null);
            }
            for (int k = 15; k <= 20; k++) {
                s.setColumnHidden(k, true);
            }
            Row total = s.createRow(r);
            cell(total, 0, l.get("total"), w).setCellStyle(bold);
            int last = Math.max(2, r); // cancelled initiatives do not count, as in every total of the proposal
            total.createCell(12).setCellFormula("SUMIF(U2:U" + last + ",\"<>" + Status.CANCELLED.code() + "\",M2:M" + last + ")");
            total.getCell(12).setCellStyle(yenBold);
            s.createFreezePane(1, 1);
            if (r > 1) {
                s.setAutoFilter(new CellRangeAddress(0, r - 1, 0, 14));
            }
            w.atLeast(1, 8).atLeast(10, 11).atLeast(11, 11).atLeast(12, 14);
            w.apply(s);
        }

        // ---- Findings ---------------------------------------------------------------------------

        private void findings() {
            Sheet s = wb.createSheet(l.get("sheet.findings"));
            Widths w = new Widths();
            headerRow(s, 0, w, l.get("col.severity"), l.get("col.rule"), l.get("col.initiative"), l.get("col.mission"),
                    l.get("col.state"), l.get("col.explanation"), l.get("col.justification"), "rule", "mission", "state");
            CodeNames names = new CodeNames(c.names(), l);
            int r = 1;
            for (ExplainedFinding f : c.findings()) {
                Row row = s.createRow(r++);
                String rule = f.finding().getRule();
                String ruleName = l.get("rule." + rule);
                cell(row, 0, severity(f.finding().getSeverity()), w);
                cell(row, 1, ruleName.equals("rule." + rule) ? rule : ruleName, w);
                cell(row, 2, f.finding().getInitiative(), w);
                cell(row, 3, f.finding().getMission() == null ? null : names.name(f.finding().getMission()), w);
                cell(row, 4, f.finding().getState() == null ? null : names.name(f.finding().getState()), w);
                cell(row, 5, f.explanation(ja), w).setCellStyle(wrap);
                cell(row, 6, f.justification(), w).setCellStyle(wrap);
                cell(row, 7, rule, null);
                cell(row, 8, f.finding().getMission(), null);
                cell(row, 9, f.finding().getState(), null);
            }
            for (int k = 7; k <= 9; k++) {
                s.setColumnHidden(k, true);
            }
            s.createFreezePane(0, 1);
            if (r > 1) {
                s.setAutoFilter(new CellRangeAddress(0, r - 1, 0, 6));
            }
            w.atLeast(6, 30);
            w.apply(s);
        }

        // ---- Reference --------------------------------------------------------------------------

        private void reference() {
            Sheet s = wb.createSheet(l.get("sheet.reference"));
            Widths w = new Widths();
            headerRow(s, 0, w, l.get("col.code"), l.get("col.name"), l.get("col.value"), l.get("col.source"));
            int r = 1;
            Row row = s.createRow(r++);
            cell(row, 0, "budget_cap_jpy", w);
            cell(row, 1, l.get("ref.cap"), w);
            numberCell(row, 2, c.reference().getBudgetCapJpy(), yen);
            row = s.createRow(r++);
            cell(row, 0, "mission_share_max", w);
            cell(row, 1, l.get("ref.shareMax"), w);
            Cell share = row.createCell(2);
            share.setCellValue(c.reference().getMissionShareMax());
            share.setCellStyle(percent);
            r++;
            text(s, r++, 0, l.get("ref.priorityThemes"), bold, null);
            for (Theme t : c.data().themes()) {
                if (c.reference().getPriorityThemes().contains(t.getCode())) {
                    row = s.createRow(r++);
                    cell(row, 0, t.getCode(), w);
                    cell(row, 1, ja ? t.getLabelJa() : t.getLabelEn(), w);
                    cell(row, 2, String.join(", ", t.getLines()), w);
                }
            }
            r++;
            text(s, r++, 0, l.get("ref.priorityStates"), bold, null);
            for (String code : new java.util.TreeSet<>(c.reference().getPriorityStates())) {
                row = s.createRow(r++);
                cell(row, 0, code, w);
                UsState st = c.data().states().get(code);
                cell(row, 1, st == null ? code : ja ? st.nameJa() : st.nameEn(), w);
                List<Figure> emp = c.data().figures(code, Figure.EMPLOYMENT);
                if (!emp.isEmpty()) {
                    Figure f = emp.get(emp.size() - 1);
                    numberCell(row, 2, f.value(), yen);
                    cell(row, 3, f.measure() + " " + f.year() + ": " + f.source(l.locale()), null);
                }
            }
            r++;
            text(s, r++, 0, l.get("ref.missions"), bold, null);
            for (Mission m : c.reference().getMissions()) {
                row = s.createRow(r++);
                cell(row, 0, m.getCode(), w);
                cell(row, 1, ja ? m.getNameJa() : m.getNameEn(), w);
                cell(row, 2, String.join(", ", m.getStates()), w);
            }
            r++;
            text(s, r++, 0, l.get("ref.figures"), bold, null);
            headerRow(s, r++, w, l.get("col.subject"), l.get("col.measure"), l.get("col.value"), l.get("col.source"));
            for (Figure f : c.data().figures()) {
                row = s.createRow(r++);
                cell(row, 0, f.subject() + " " + f.year(), w);
                cell(row, 1, f.measure() + (f.approximate() ? " (" + l.get("approx") + ")" : ""), w);
                numberCell(row, 2, f.value(), yen);
                cell(row, 3, f.source(l.locale()), null);
            }
            s.createFreezePane(0, 1);
            w.atLeast(2, 14);
            w.apply(s);
            s.setColumnWidth(3, 100 * 256);
        }

        // ---- cells ------------------------------------------------------------------------------

        private String subtitle() {
            String year = l.get("subtitle.year", String.valueOf(c.fiscalYear()), new FiscalYear(c.fiscalYear()).japanese());
            return year + " / " + (c.mission() == null ? l.get("subtitle.all") : missionName(c.mission()));
        }

        private String yearLabel(int year) {
            return ja ? new FiscalYear(year).japanese() + "（FY" + year + "）" : "FY" + year;
        }

        private String missionName(String code) {
            Mission m = c.data().mission(code);
            return m == null ? code : (ja ? m.getNameJa() : m.getNameEn()) + " (" + code + ")";
        }

        private String themeName(String code) {
            for (Theme t : c.data().themes()) {
                if (t.getCode().equals(code)) {
                    return (ja ? t.getLabelJa() : t.getLabelEn()) + " (" + code + ")";
                }
            }
            return code;
        }

        private String severity(Severity s) {
            return l.get("severity." + s.code());
        }

        private void headerRow(Sheet s, int r, Widths w, String... names) {
            Row row = s.createRow(r);
            for (int i = 0; i < names.length; i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(names[i]);
                cell.setCellStyle(header);
                w.see(i, names[i]);
            }
        }

        private void label(Sheet s, int r, String text, Widths w) {
            cell(s.createRow(r), 0, text, w);
        }

        private Cell text(Sheet s, int r, int col, String text, CellStyle style, Widths w) {
            Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
            Cell cell = cell(row, col, text, w);
            if (style != null) {
                cell.setCellStyle(style);
            }
            return cell;
        }

        private Cell cell(Row row, int col, String text, Widths w) {
            Cell cell = row.createCell(col);
            if (text != null) {
                cell.setCellValue(text);
                if (w != null) {
                    w.see(col, text);
                }
            }
            cell.setCellStyle(plain);
            return cell;
        }

        private void number(Sheet s, int r, int col, long value, CellStyle style) {
            numberCell(s.getRow(r), col, value, style);
        }

        private void numberCell(Row row, int col, long value, CellStyle style) {
            Cell cell = row.createCell(col);
            cell.setCellValue(value);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }

        private void formula(Sheet s, int r, int col, String formula, CellStyle style) {
            Cell cell = s.getRow(r).createCell(col);
            cell.setCellFormula(formula);
            cell.setCellStyle(style);
        }

        private void dateCell(Row row, int col, LocalDate value) {
            if (value != null) {
                Cell cell = row.createCell(col);
                cell.setCellValue(value);
                cell.setCellStyle(date);
            }
        }
    }

    /** Column widths after the longest text seen (East Asian characters count twice), capped. */
    private static final class Widths {
        private final List<Integer> chars = new ArrayList<>();

        void see(int col, String text) {
            while (chars.size() <= col) {
                chars.add(0);
            }
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                n += text.charAt(i) >= 0x1100 ? 2 : 1;
            }
            chars.set(col, Math.max(chars.get(col), n));
        }

        Widths atLeast(int col, int n) {
            see(col, "x".repeat(n));
            return this;
        }

        void apply(Sheet s) {
            for (int i = 0; i < chars.size(); i++) {
                s.setColumnWidth(i, Math.min(MAX_WIDTH, chars.get(i) + 2) * 256);
            }
        }
    }

    static String columnName(int col) {
        return CellReference.convertNumToColString(col);
    }
}
