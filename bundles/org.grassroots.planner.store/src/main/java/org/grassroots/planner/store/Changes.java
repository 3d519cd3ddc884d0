package org.grassroots.planner.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.grassroots.planner.model.Initiative;

/**
 * Names the fields in which two versions of an initiative differ, for the edit history, with each value
 * written as the PostgreSQL audit trigger writes it ({@code db/V7__team_roles_and_audit.postgresql.sql}):
 * lists as in the plan file ({@code a;b}), codes as codes, dates ISO, null for none.
 */
final class Changes {
    private static final List<Field> FIELDS = List.of(new Field("fiscal_year", Initiative::getFiscalYear),
            new Field("mission", Initiative::getMission), new Field("title_ja", Initiative::getTitleJa),
            new Field("title_en", Initiative::getTitleEn), new Field("kind", Initiative::getKind),
            new Field("themes", Initiative::getThemes), new Field("states", Initiative::getStates),
            new Field("partners", Initiative::getPartners), new Field("format", Initiative::getFormat),
            new Field("start_date", Initiative::getStartDate), new Field("end_date", Initiative::getEndDate),
            new Field("budget_jpy", Initiative::getBudgetJpy), new Field("status", Initiative::getStatus),
            new Field("actual_cost_jpy", Initiative::getActualCostJpy), new Field("participants", Initiative::getParticipants),
            new Field("online_views", Initiative::getOnlineViews), new Field("media_reports", Initiative::getMediaReports),
            new Field("dignitaries", Initiative::getDignitaries), new Field("outcome", Initiative::getOutcome),
            new Field("best_practice", Initiative::getBestPractice));

    private record Field(String name, Function<Initiative, Object> value) {
    }

    private Changes() {
    }

    /** @return the place of this field in the plan file's column order (unknown fields last) */
    static int order(String field) {
        for (int k = 0; k < FIELDS.size(); k++) {
            if (FIELDS.get(k).name().equals(field)) {
                return k;
            }
        }
        return FIELDS.size();
    }

    /** One field of a change: its value before and after, as text (null for none). */
    record FieldChange(String field, String before, String after) {
    }

    /**
     * @return the fields an update changed; for a deletion ({@code after} null) the deleted values; for an
     *         insertion ({@code before} null) none (the row itself holds them)
     */
    static List<FieldChange> fields(Initiative before, Initiative after) {
        List<FieldChange> out = new ArrayList<>();
        if (before == null) {
            return out;
        }
        for (Field f : FIELDS) {
            String a = text(f.value().apply(before));
            String b = after == null ? null : text(f.value().apply(after));
            if (!Objects.equals(a, b)) {
                out.add(new FieldChange(f.name(), a, b));
            }
        }
        return out;
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(";"));
        }
        if (value instanceof org.grassroots.planner.model.Kind k) {
            return k.code();
        }
        if (value instanceof org.grassroots.planner.model.Format f) {
            return f.code();
        }
        if (value instanceof org.grassroots.planner.model.Status s) {
            return s.code();
        }
        return String.valueOf(value);
    }

    /** @return the changed fields as {@code name: old -> new}, separated by "; " */
    static String between(Initiative before, Initiative after) {
        List<String> out = new ArrayList<>();
        for (FieldChange c : fields(before, after)) {
            out.add(c.field() + ": " + c.before() + " -> " + c.after());
        }
        String text = String.join("; ", out);
        return text.length() > 2000 ? text.substring(0, 1997) + "..." : text;
    }
}
