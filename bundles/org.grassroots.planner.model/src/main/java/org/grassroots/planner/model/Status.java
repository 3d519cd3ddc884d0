package org.grassroots.planner.model;

/** Where an initiative stands in the planning workflow (contract codes). */
public enum Status {
    DRAFT("draft"),
    PROPOSED("proposed"),
    APPROVED("approved"),
    DONE("done"),
    CANCELLED("cancelled");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** @return the status with this contract code, or {@code null} if none has it */
    public static Status fromCode(String code) {
        return Codes.find(values(), Status::code, code);
    }
}
