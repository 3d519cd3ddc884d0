package org.grassroots.planner.model;

/** The kinds of initiative named by the source document (contract codes). */
public enum Kind {
    INFO_DISSEMINATION("info-dissemination"),
    COMPANY_SUPPORT("company-support"),
    JAPAN_EVENT("japan-event"),
    TOURISM_PROMOTION("tourism-promotion"),
    FOOD_PR("food-pr"),
    OTHER("other");

    private final String code;

    Kind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** @return the kind with this contract code, or {@code null} if none has it */
    public static Kind fromCode(String code) {
        return Codes.find(values(), Kind::code, code);
    }
}
