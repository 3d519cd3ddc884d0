package org.grassroots.planner.model;

/** Severity of a rule finding, worst first. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** @return the severity with this code, or {@code null} if none has it */
    public static Severity fromCode(String code) {
        return Codes.find(values(), Severity::code, code);
    }
}
