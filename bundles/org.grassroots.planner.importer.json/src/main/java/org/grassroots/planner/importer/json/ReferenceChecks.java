package org.grassroots.planner.importer.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.grassroots.planner.importer.ImportProblem;
import org.grassroots.planner.importer.Messages;
import org.grassroots.planner.reference.ReferenceData;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Checks a fiscal-year reference document against the contract before it is turned into a
 * reference, so that every problem is reported with its line and column and in the user's
 * language: the required keys and their types, a share between 0 and 1, known state codes, and
 * missions (optional) with a code and a list of states. Keys the contract does not name (such as
 * {@code sources}) are left alone.
 */
final class ReferenceChecks {
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2200;

    private final String file;
    private final PositionedJson json;
    private final ReferenceData reference = ReferenceData.shipped();
    private final List<ImportProblem> problems = new ArrayList<>();

    private ReferenceChecks(String file, PositionedJson json) {
        this.file = file;
        this.json = json;
    }

    /** @return every problem of the document, in document order of the keys checked */
    static List<ImportProblem> check(String file, PositionedJson json) {
        ReferenceChecks checks = new ReferenceChecks(file, json);
        checks.run();
        return checks.problems;
    }

    private void run() {
        for (String path : json.duplicateKeys()) {
            problem(path + "#duplicate", name(path), Messages.get("json.duplicate.key", name(path)));
        }
        if (!(json.root() instanceof JsonObject root)) {
            problem("$", null, Messages.get("json.not.an.object"));
            return;
        }
        whole(root, "fiscal_year", FIRST_YEAR, LAST_YEAR);
        whole(root, "budget_cap_jpy", 0, Long.MAX_VALUE);
        share(root, "mission_share_max");
        if (root.has("priority_share_min") && !root.get("priority_share_min").isJsonNull()) {
            JsonElement value = root.get("priority_share_min");
            BigDecimal n = number(value);
            if (n == null || n.signum() < 0 || n.compareTo(BigDecimal.ONE) > 0) {
                problem("$.priority_share_min", "priority_share_min",
                        Messages.get("json.share.or.zero", "priority_share_min", value.toString()));
            }
        }
        for (String key : org.grassroots.planner.model.FiscalYearReference.THRESHOLDS.keySet()) {
            if (root.has(key) && !root.get(key).isJsonNull()) {
                JsonElement value = root.get(key);
                BigDecimal n = number(value);
                boolean factor = key.equals("cost_median_factor");
                if (n == null || n.signum() < 0 || (!factor && n.compareTo(BigDecimal.ONE) > 0)) {
                    problem("$." + key, key, factor ? Messages.get("json.factor", key, value.toString())
                            : Messages.get("json.share.or.zero", key, value.toString()));
                }
            }
        }
        strings(root, "$", "priority_themes", false);
        strings(root, "$", "priority_states", true);
        if (root.has("missions")) {
            missions(root.get("missions"));
        }
    }

    private JsonElement required(JsonObject object, String parent, String key) {
        JsonElement value = object.get(key);
        if (value == null || value.isJsonNull()) {
            problem(parent, key, Messages.get("json.required", key));
            return null;
        }
        return value;
    }

    private static BigDecimal number(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber() ? value.getAsBigDecimal() : null;
    }

    private void whole(JsonObject root, String key, long min, long max) {
        JsonElement value = required(root, "$", key);
        if (value == null) {
            return;
        }
        BigDecimal n = number(value);
        boolean whole = n != null && n.stripTrailingZeros().scale() <= 0;
        if (!whole || n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem("$." + key, key, Messages.get("json.whole.number", key, min, max, value.toString()));
        }
    }

    private void share(JsonObject root, String key) {
        JsonElement value = required(root, "$", key);
        if (value == null) {
            return;
        }
        BigDecimal n = number(value);
        if (n == null || n.signum() <= 0 || n.compareTo(BigDecimal.ONE) > 0) {
            problem("$." + key, key, Messages.get("json.share", key, value.toString()));
        }
    }

    private void strings(JsonObject object, String parent, String key, boolean states) {
        JsonElement value = required(object, parent, key);
        if (value == null) {
            return;
        }
        String path = parent + "." + key;
        if (!value.isJsonArray()) {
            problem(path, key, Messages.get("json.string.list", key));
            return;
        }
        JsonArray array = value.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            JsonElement e = array.get(i);
            String at = path + "[" + i + "]";
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                problem(at, key, Messages.get("json.string.list", key));
            } else if (states && !reference.states().containsKey(e.getAsString())) {
                problem(at, key, Messages.get("unknown.code", "state", e.getAsString()));
            }
        }
    }

    private void missions(JsonElement value) {
        if (!value.isJsonArray()) {
            problem("$.missions", "missions", Messages.get("json.object.list", "missions"));
            return;
        }
        JsonArray array = value.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            String path = "$.missions[" + i + "]";
            if (!(array.get(i) instanceof JsonObject mission)) {
                problem(path, "missions", Messages.get("json.object.list", "missions"));
                continue;
            }
            JsonElement code = required(mission, path, "code");
            if (code != null && (!code.isJsonPrimitive() || !code.getAsJsonPrimitive().isString()
                    || code.getAsString().isBlank())) {
                problem(path + ".code", "code", Messages.get("json.string", "code"));
            }
            strings(mission, path, "states", true);
        }
    }

    private static String name(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private void problem(String path, String key, String message) {
        PositionedJson.Position at = json.at(path);
        problems.add(new ImportProblem(file, at.line(), at.column(), key, message));
    }
}
