package org.grassroots.planner.model;

/** How an initiative is held (contract codes). */
public enum Format {
    IN_PERSON("in-person"),
    ONLINE("online"),
    HYBRID("hybrid");

    private final String code;

    Format(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** @return the format with this contract code, or {@code null} if none has it */
    public static Format fromCode(String code) {
        return Codes.find(values(), Format::code, code);
    }
}
