package org.grassroots.planner.importer.xlsx;

import java.util.Locale;
import java.util.zip.ZipException;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.grassroots.planner.importer.Messages;

/** Says in the user's language why POI could not read a workbook. */
final class WorkbookFailure {
    private WorkbookFailure() {
    }

    static String message(Throwable failure) {
        String detail = detail(failure);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof XlsxPlanImporter.NoSheet noSheet) {
                return Messages.get(noSheet.allHidden ? "no.visible.sheet" : "no.sheet");
            }
            String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("zip bomb") || text.contains("max entry size") || text.contains("maxentrysize")
                    || text.contains("more internal file entries") || text.contains("bytearraymaxoverride")) {
                return Messages.get("zip.bomb", detail);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedFileFormatException || t instanceof InvalidFormatException
                    || t instanceof ZipException) {
                return Messages.get("not.a.workbook", detail);
            }
        }
        return Messages.get("unreadable", detail);
    }

    /** @return true if this is the sheet reader stopping on purpose, however the parser wrapped it */
    static boolean isStop(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof PlanSheetHandler.StopReading) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof org.xml.sax.SAXException sax && sax.getException() != null && sax.getException() != t) {
            return sax.getException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String detail(Throwable failure) {
        String message = failure.getMessage();
        String text = message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
