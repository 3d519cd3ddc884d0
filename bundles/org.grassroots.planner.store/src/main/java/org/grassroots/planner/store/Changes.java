package org.grassroots.planner.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.grassroots.planner.model.Initiative;

/** Names the fields in which two versions of an initiative differ, for the edit history. */
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

    /** @return the changed fields as {@code name: old -> new}, separated by "; " */
    static String between(Initiative before, Initiative after) {
        List<String> out = new ArrayList<>();
        for (Field f : FIELDS) {
            Object a = f.value().apply(before);
            Object b = f.value().apply(after);
            if (!Objects.equals(a, b)) {
                out.add(f.name() + ": " + a + " -> " + b);
            }
        }
        String text = String.join("; ", out);
        return text.length() > 2000 ? text.substring(0, 1997) + "..." : text;
    }
}
