package org.grassroots.planner.reference;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Mission;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads the fiscal-year reference file of the contract. {@code missions} is optional: the
 * jurisdictions given there replace the shipped ones of the same missions. {@code priority_share_min}
 * is optional too (0 to 1, default 0.5).
 */
public final class ReferenceJson {
    private ReferenceJson() {
    }

    public static FiscalYearReference read(Reader in, String fileName, List<Mission> shippedMissions) {
        try {
            JsonObject root = JsonParser.parseReader(in).getAsJsonObject();
            int year = required(root, "fiscal_year", fileName).getAsInt();
            long cap = required(root, "budget_cap_jpy", fileName).getAsLong();
            double share = required(root, "mission_share_max", fileName).getAsDouble();
            Set<String> themes = strings(required(root, "priority_themes", fileName).getAsJsonArray());
            Set<String> states = strings(required(root, "priority_states", fileName).getAsJsonArray());
            List<Mission> missions = new ArrayList<>(shippedMissions);
            if (root.has("missions")) {
                for (JsonElement e : root.getAsJsonArray("missions")) {
                    JsonObject m = e.getAsJsonObject();
                    String code = required(m, "code", fileName).getAsString();
                    List<String> jurisdiction = List.copyOf(strings(required(m, "states", fileName).getAsJsonArray()));
                    int at = indexOf(missions, code);
                    if (at >= 0) {
                        missions.set(at, missions.get(at).withStates(jurisdiction));
                    } else {
                        missions.add(new Mission(code, code, code, jurisdiction));
                    }
                }
            }
            double shareMin = root.has("priority_share_min") && !root.get("priority_share_min").isJsonNull()
                    ? root.get("priority_share_min").getAsDouble()
                    : FiscalYearReference.DEFAULT_PRIORITY_SHARE_MIN;
            java.util.Map<String, Double> thresholds = new java.util.LinkedHashMap<>();
            for (String key : FiscalYearReference.THRESHOLDS.keySet()) {
                if (root.has(key) && !root.get(key).isJsonNull()) {
                    thresholds.put(key, root.get(key).getAsDouble());
                }
            }
            return new FiscalYearReference(year, cap, share, themes, states, missions, shareMin).withThresholds(thresholds);
        } catch (JsonParseException | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
            throw new ReferenceFormatException(fileName + ": not a valid reference file: " + e.getMessage(), e);
        }
    }

    private static int indexOf(List<Mission> missions, String code) {
        for (int i = 0; i < missions.size(); i++) {
            if (missions.get(i).getCode().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private static JsonElement required(JsonObject o, String key, String fileName) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            throw new ReferenceFormatException(fileName + ": the key \"" + key + "\" is required", null);
        }
        return e;
    }

    private static Set<String> strings(JsonArray array) {
        Set<String> out = new LinkedHashSet<>();
        array.forEach(e -> out.add(e.getAsString()));
        return out;
    }

    static Reader reader(java.io.InputStream in) {
        return new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8);
    }

    static JsonObject parse(java.io.InputStream in, String name) {
        try (Reader r = reader(in)) {
            return JsonParser.parseReader(r).getAsJsonObject();
        } catch (IOException | JsonParseException e) {
            throw new ReferenceFormatException(name + ": " + e.getMessage(), e);
        }
    }
}
