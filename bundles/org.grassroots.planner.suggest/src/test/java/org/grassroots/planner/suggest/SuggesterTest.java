package org.grassroots.planner.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.PlanRows;
import org.grassroots.planner.model.Budgets;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.planning.Scenario;
import org.grassroots.planner.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** The solver inside Equinox on the shipped sample plan (FY2023: ¥250.87M against a ¥220M cap, New York over its share). */
class SuggesterTest {
    static final ReferenceData DATA = ReferenceData.shipped();
    static final FiscalYearReference FY2023 = DATA.shippedReference(2023);

    /** The shipped sample plan, read by the importer's own row checks (RFC 4180 quoting). */
    static List<Initiative> sample() throws IOException, ImportException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(ReferenceData.openSample("sample-fy2023-plan.csv"),
                StandardCharsets.UTF_8))) {
            List<List<String>> rows = csv(in);
            PlanRows plan = new PlanRows("sample-fy2023-plan.csv", rows.get(0), 1);
            for (int k = 1; k < rows.size(); k++) {
                plan.add(k + 1, rows.get(k));
            }
            return plan.result().initiatives();
        }
    }

    private static List<List<String>> csv(BufferedReader in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if (quoted) {
                    if (c == '"' && k + 1 < line.length() && line.charAt(k + 1) == '"') {
                        cell.append('"');
                        k++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            rows.add(cells);
        }
        return rows;
    }

    static Suggester suggester() {
        return new Suggester(DATA.themes(), DATA.outreachStates());
    }

    private static Set<String> covered(List<Initiative> year, Set<String> of) {
        Set<String> out = new TreeSet<>();
        year.stream().filter(i -> !i.isCancelled()).forEach(i -> i.getStates().stream().filter(of::contains).forEach(out::add));
        return out;
    }

    @Test
    void theSuggestionFitsTheSamplePlanToTheCapAndSharesAndKeepsThePriorityStatesCovered() throws Exception {
        List<Initiative> plan = sample();
        assertTrue(Budgets.total(plan.stream().filter(i -> !i.isCancelled()).toList()) > FY2023.getBudgetCapJpy(),
                "the sample is over the cap");
        AtomicInteger progress = new AtomicInteger();
        Suggestion s = suggester().suggest(plan, FY2023, SuggestionWeights.DEFAULT, Duration.ofSeconds(3), new SuggestionMonitor() {
            @Override
            public void progress(long elapsedMillis, long limitMillis, String bestScore) {
                progress.incrementAndGet();
            }
        });
        assertTrue(s.feasible(), s.score());
        assertFalse(s.canceled());
        assertTrue(progress.get() >= 5, "progress was told about ten times a second: " + progress.get());
        Scenario.Applied applied = s.scenario().applyTo(plan, FY2023);
        List<Initiative> year = applied.year().stream().filter(i -> !i.isCancelled()).toList();
        assertTrue(Budgets.total(year) <= FY2023.getBudgetCapJpy(), "within the cap: " + Budgets.total(year));
        for (String mission : new TreeSet<>(year.stream().map(Initiative::getMission).toList())) {
            long b = Budgets.total(year.stream().filter(i -> i.getMission().equals(mission)).toList());
            assertTrue(b <= FY2023.getMissionShareCapJpy(), mission + " within its share: " + b);
        }
        assertEquals(covered(plan, FY2023.getPriorityStates()), covered(year, FY2023.getPriorityStates()),
                "every priority state covered before stays covered");
        assertEquals(s.scenario().initiatives().size(), s.scenario().explanation().reasons().size(), "each change explained");
        assertTrue(s.scenario().explanation().reasons().stream().anyMatch(r -> r.constraint().equals("mission-share:cg-new-york")),
                "New York, over its share, is trimmed for it: " + s.scenario().explanation().reasons());
        assertTrue(s.curve().size() >= 2, "the score improved over time");

        Suggestion greedy = suggester().greedy(plan, FY2023, SuggestionWeights.DEFAULT);
        assertTrue(greedy.feasible(), greedy.score());
        assertTrue(s.softScore() > greedy.softScore(), "the solver " + s.score() + " improves on the greedy cut " + greedy.score()
                + " it starts from");
    }

    @Test
    void theExplanationIsSaidInJapaneseAndInEnglishWithNamesNotCodes() throws Exception {
        List<Initiative> plan = sample();
        Suggestion s = suggester().greedy(plan, FY2023, SuggestionWeights.DEFAULT);
        Scenario.Explanation e = s.scenario().explanation();
        assertEquals(org.grassroots.planner.planning.ScenarioExplanations.FIGURES, List.copyOf(e.figures().keySet()),
                "every figure of the score kept");
        assertEquals(s.hardScore(), e.figures().get("hard"));
        assertEquals(s.softScore(), e.figures().get("soft"));
        Scenario again = org.grassroots.planner.planning.ScenarioJson.read(org.grassroots.planner.planning.ScenarioJson.write(
                s.scenario()), "again.json");
        assertEquals(e, again.explanation(), "the figures survive the scenario file");
        java.util.Map<String, Initiative> byId = new java.util.HashMap<>();
        plan.forEach(i -> byId.put(i.getId(), i));
        List<String> ja = org.grassroots.planner.planning.ScenarioExplanations.lines(e, byId, java.util.Locale.JAPANESE);
        List<String> en = org.grassroots.planner.planning.ScenarioExplanations.lines(e, byId, java.util.Locale.ENGLISH);
        assertEquals(e.reasons().size() + 1, ja.size());
        assertTrue(ja.get(0).startsWith("\u30b9\u30b3\u30a2\uff1a\u5fc5\u9808\u6761\u4ef6 0\u3001"), ja.get(0)); // スコア：必須条件 0、
        assertTrue(en.get(0).startsWith("Score: hard 0, soft "), en.get(0));
        for (int k = 0; k < ja.size(); k++) {
            // the Japanese says no English word and no code: take out the ids, the titles (Japanese) and the numbers
            String said = ja.get(k).replaceAll("SAMPLE-\\d{3}", "");
            if (k > 0) {
                said = said.replace(byId.get(e.reasons().get(k - 1).id()).getTitleJa(), "");
            }
            assertFalse(said.matches("(?s).*[A-Za-z].*"), "no Latin letters in the Japanese: " + ja.get(k));
        }
        String newYork = ja.stream().filter(l -> l.contains("\u5728\u30cb\u30e5\u30fc\u30e8\u30fc\u30af\u65e5\u672c\u56fd\u7dcf\u9818\u4e8b\u9928"))
                .findFirst().orElse(null); // 在ニューヨーク日本国総領事館
        assertTrue(newYork != null && newYork.contains("\u3092\u0031\u516c\u9928\u5f53\u305f\u308a\u306e\u914d\u5206\u4e0a\u9650\u306b\u53ce\u3081\u308b"),
                "New York's share named, not its code: " + ja);
        assertTrue(en.stream().anyMatch(l -> l.contains("keeps Consulate-General of Japan in New York within a mission's share of the cap")),
                en.toString());
        assertTrue(en.stream().skip(1).allMatch(l -> l.contains("move to the next fiscal year") || l.contains("trim the budget by")),
                en.toString());
    }

    @Test
    void cancelStopsTheSearchAndKeepsTheBestSoFar() throws Exception {
        List<Initiative> plan = sample();
        long start = System.nanoTime();
        Suggestion s = suggester().suggest(plan, FY2023, SuggestionWeights.DEFAULT, Duration.ofSeconds(30), new SuggestionMonitor() {
            @Override
            public boolean isCanceled() {
                return System.nanoTime() - start > 500_000_000L;
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(s.canceled());
        assertTrue(millis < 5_000, "stopped soon after the cancel, not after 30 s: " + millis + " ms");
        assertTrue(s.curve().size() >= 2, "a better plan than the greedy cut was found before the cancel");
    }
}
