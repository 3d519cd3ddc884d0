package org.grassroots.planner.model;

import java.util.List;

/** A theme of the contract's catalogue, with the policy lines it belongs to. */
public final class Theme {
    private final String code;
    private final String labelJa;
    private final String labelEn;
    private final List<String> lines;

    public Theme(String code, String labelJa, String labelEn, List<String> lines) {
        this.code = code;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
        this.lines = List.copyOf(lines);
    }

    public String getCode() {
        return code;
    }

    public String getLabelJa() {
        return labelJa;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public List<String> getLines() {
        return lines;
    }
}
