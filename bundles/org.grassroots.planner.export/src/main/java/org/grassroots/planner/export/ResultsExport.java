package org.grassroots.planner.export;

import java.io.IOException;
import java.util.Locale;

/** The formats of the results report and their writers. */
public enum ResultsExport {
    XLSX("xlsx"), HTML("html"), PDF("pdf");

    private final String code;

    ResultsExport(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** @return the format of this command-line code, or null */
    public static ResultsExport fromCode(String code) {
        for (ResultsExport f : values()) {
            if (f.code.equals(code)) {
                return f;
            }
        }
        return null;
    }

    /** @return the document's bytes */
    public byte[] write(ResultsContent content, Locale locale) throws IOException {
        return switch (this) {
            case XLSX -> ResultsXlsx.write(content, locale);
            case HTML -> ResultsHtml.write(content, locale);
            case PDF -> ResultsPdf.write(content, locale);
        };
    }
}
