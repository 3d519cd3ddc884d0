package org.grassroots.planner.export;

import java.io.IOException;
import java.util.Locale;

/** The formats of the proposal documents and their writers. */
public enum ProposalExport {
    XLSX("xlsx"), HTML("html"), PDF("pdf");

    private final String code;

    ProposalExport(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** @return the format of this command-line code, or null */
    public static ProposalExport fromCode(String code) {
        for (ProposalExport f : values()) {
            if (f.code.equals(code)) {
                return f;
            }
        }
        return null;
    }

    /** @return the document's bytes */
    public byte[] write(ProposalContent content, Locale locale) throws IOException {
        return switch (this) {
            case XLSX -> XlsxProposal.write(content, locale);
            case HTML -> HtmlReport.write(content, locale);
            case PDF -> PdfReport.write(content, locale);
        };
    }
}
