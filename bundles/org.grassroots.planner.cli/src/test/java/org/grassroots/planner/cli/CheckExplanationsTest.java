package org.grassroots.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.grassroots.planner.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Every finding of {@code planner check --format json} keeps the contract's keys, and its facts say
 * what matched: the themes and the priority list they missed, the year total and the cap, the state
 * and the mission's jurisdiction, and so on for each contract rule.
 */
class CheckExplanationsTest {
    private static final Map<String, List<String>> FACTS_OF_RULE = Map.of(
            "AP2-NO-PRIORITY-THEME", List.of("themes", "priority_themes"),
            "AP2-UNKNOWN-THEME", List.of("theme", "themes"),
            "AP2-NO-PARTNER", List.of("partners"),
            "REGION-OUTSIDE-PRIORITY", List.of("states", "priority_states"),
            "REGION-OUTSIDE-JURISDICTION", List.of("jurisdiction"),
            "BUDGET-OVER-CAP", List.of("fiscal_year", "total_jpy", "cap_jpy"),
            "BUDGET-MISSION-SHARE", List.of("total_jpy", "share_cap_jpy", "mission_share_max", "cap_jpy"),
            "DATA-NO-BUDGET", List.of("budget_jpy"),
            "DATA-INVALID-DATES", List.of("start_date", "end_date", "fiscal_year_start", "fiscal_year_end"),
            "COVERAGE-UNCOVERED-STATE", List.of("fiscal_year", "missions"));

    @TempDir
    Path dir;

    @Test
    void everyContractFindingExplainsItselfUnderTheContractKeys() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        Path plan = dir.resolve("sample-fy2023-plan.csv");
        try (InputStream in = ReferenceData.openSample("sample-fy2023-plan.csv")) {
            Files.copy(in, plan);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Planner.run(new String[] { "check", "--plan", plan.toString(), "--format", "json" },
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true));
        JsonObject root = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals(2023, root.get("fiscal_year").getAsInt());
        Map<String, JsonObject> firstOfRule = new HashMap<>();
        for (JsonElement e : root.getAsJsonArray("findings")) {
            JsonObject f = e.getAsJsonObject();
            assertTrue(f.keySet().containsAll(Set.of("rule", "severity", "initiative", "mission", "state", "message")), f.toString());
            firstOfRule.putIfAbsent(f.get("rule").getAsString(), f);
        }
        assertTrue(firstOfRule.keySet().containsAll(FACTS_OF_RULE.keySet()), firstOfRule.keySet().toString());
        FACTS_OF_RULE.forEach((rule, facts) -> {
            JsonObject f = firstOfRule.get(rule);
            assertTrue(f.getAsJsonObject("facts").keySet().containsAll(facts), rule + " explains itself: " + f);
        });

        JsonObject jurisdiction = firstOfRule.get("REGION-OUTSIDE-JURISDICTION");
        String state = jurisdiction.get("state").getAsString();
        assertTrue(!jurisdiction.get("initiative").isJsonNull() && !jurisdiction.get("mission").isJsonNull(), jurisdiction.toString());
        List<String> states = jurisdiction.getAsJsonObject("facts").getAsJsonArray("jurisdiction").asList().stream()
                .map(JsonElement::getAsString).toList();
        assertTrue(!states.contains(state), "the state is outside the jurisdiction named: " + jurisdiction);

        JsonObject total = firstOfRule.get("BUDGET-OVER-CAP");
        assertTrue(total.get("initiative").isJsonNull() && total.get("mission").isJsonNull() && total.get("state").isJsonNull());
        JsonObject facts = total.getAsJsonObject("facts");
        assertTrue(facts.get("total_jpy").getAsLong() > facts.get("cap_jpy").getAsLong(), total.toString());
        assertTrue(total.get("message").getAsString().contains("over the cap"), total.toString());
    }
}
