package org.grassroots.planner.importer.xlsx;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.grassroots.planner.importer.FileSizeLimit;
import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportProblem;
import org.grassroots.planner.importer.ImportedPlan;
import org.grassroots.planner.importer.Messages;
import org.grassroots.planner.importer.PlanImporter;
import org.grassroots.planner.importer.PlanRows;
import org.xml.sax.InputSource;

/**
 * The plan file of the contract as an Excel workbook: the header and rows of the first visible sheet
 * (hidden and very hidden sheets are skipped), read
 * as a stream (POI's {@link XSSFReader} and {@link XSSFSheetXMLHandler}: the sheet is never held in
 * memory, so 100,000 rows cost little), checked by the same {@link PlanRows} as CSV. Problems carry
 * the Excel row number as line and the column number.
 */
public class XlsxPlanImporter implements PlanImporter {

    @Override
    public String formatName() {
        return "XLSX";
    }

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm");
    }

    @Override
    public ImportedPlan read(Path file) throws ImportException {
        FileSizeLimit.check(file);
        String name = file.toString();
        PlanRows rows = new PlanRows(name);
        try {
            Poi.call(() -> {
                readFirstVisibleSheet(file, rows);
                return null;
            });
        } catch (OLE2NotOfficeXmlFileException e) {
            throw problem(name, Messages.get("old.or.encrypted"));
        } catch (Exception e) {
            throw problem(name, WorkbookFailure.message(e));
        }
        return rows.result();
    }

    private static void readFirstVisibleSheet(Path file, PlanRows rows) throws Exception {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookSettings settings = WorkbookSettings.read(reader.getWorkbookData());
            if (settings.sheets() == 0) {
                throw new NoSheet(false);
            }
            if (settings.firstVisibleSheet() == null) {
                throw new NoSheet(true);
            }
            DataFormatter formatter = new PlainDataFormatter(settings.date1904());
            CellTypeFilter xml = new CellTypeFilter(XMLHelper.newXMLReader());
            xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, reader.getSharedStringsTable(),
                    new PlanSheetHandler(rows, xml), formatter, false));
            try (InputStream sheet = reader.getSheet(settings.firstVisibleSheet())) {
                xml.parse(new InputSource(sheet));
            } catch (Exception e) {
                if (!WorkbookFailure.isStop(e)) {
                    throw e;
                } // else PlanRows has seen enough to reject the file
            }
        } finally {
            pkg.revert();
        }
    }

    private static ImportException problem(String file, String message) {
        return new ImportException(List.of(new ImportProblem(file, 0, 0, null, message)));
    }

    /** A workbook without any sheet, or without a visible one. */
    static final class NoSheet extends OpenXML4JException {
        private static final long serialVersionUID = 1L;
        final boolean allHidden;

        NoSheet(boolean allHidden) {
            super(allHidden ? "no visible sheet" : "no sheet");
            this.allHidden = allHidden;
        }
    }
}
