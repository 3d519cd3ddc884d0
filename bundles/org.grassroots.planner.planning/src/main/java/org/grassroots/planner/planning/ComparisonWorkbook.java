package org.grassroots.planner.planning;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.grassroots.planner.export.TablesXlsx;
import org.grassroots.planner.export.TablesXlsx.Cell;
import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.Severity;
import org.grassroots.planner.rules.FindingMessages;

/**
 * A comparison of the year with one or two scenarios as an XLSX workbook: one sheet for the plan and one per
 * scenario (budget against the cap, by mission, findings by severity and rule, coverage; a scenario's values that
 * differ from the plan's filled), and one sheet of the differences (findings that appear or disappear with their
 * initiatives, states that gain or lose coverage, missions whose budget changes). Labels in English or Japanese.
 */
public final class ComparisonWorkbook {
    private ComparisonWorkbook() {
    }

    /** @param comparisons one or two, of the same year and plan */
    public static byte[] write(List<ScenarioComparison> comparisons, FindingMessages messages, Locale locale) throws IOException {
        ResourceBundle l = ScenarioExplanations.bundle(locale); // the language asked, never the JVM's instead
        ScenarioComparison first = comparisons.get(0);
        List<TablesXlsx.Sheet> sheets = new ArrayList<>();
        sheets.add(side(l.getString("plan"), l.getString("plan"), first.base(), null, l, first, locale));
        for (ScenarioComparison c : comparisons) {
            sheets.add(side(c.scenario().name(), l.getString("scenario") + ": " + c.scenario().name(), c.changed(), first.base(), l, c,
                    locale));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ScenarioComparison c : comparisons) {
            String name = c.scenario().name();
            for (Finding f : c.appeared()) {
                rows.add(findingRow(name, l.getString("appeared"), f, messages, c.changed().check().names(), locale));
            }
            for (Finding f : c.disappeared()) {
                rows.add(findingRow(name, l.getString("disappeared"), f, messages, c.base().check().names(), locale));
            }
            org.grassroots.planner.model.Names names = c.changed().check().names();
            for (String s : c.statesGained()) {
                rows.add(List.of(Cell.of(name), Cell.of(l.getString("stateGained")), Cell.of(""), Cell.of(""), Cell.of(""),
                        Cell.of(""), Cell.of(names.state(s, locale)), Cell.of("")));
            }
            for (String s : c.statesLost()) {
                rows.add(List.of(Cell.of(name), Cell.of(l.getString("stateLost")), Cell.of(""), Cell.of(""), Cell.of(""),
                        Cell.of(""), Cell.of(names.state(s, locale)), Cell.of("")));
            }
            for (String m : c.missions()) {
                long before = c.base().budgetByMission().getOrDefault(m, 0L);
                long after = c.changed().budgetByMission().getOrDefault(m, 0L);
                if (before != after) {
                    rows.add(List.of(Cell.of(name), Cell.of(l.getString("budgetChanged")), Cell.of(""), Cell.of(""), Cell.of(""),
                            Cell.of(ScenarioExplanations.missionName(m, locale)), Cell.of(""),
                            Cell.of(String.format(locale, "%,d → %,d", before, after))));
                }
            }
        }
        sheets.add(new TablesXlsx.Sheet(l.getString("differences"), l.getString("differences"),
                List.of(l.getString("scenario"), l.getString("what"), l.getString("severity"), l.getString("rule"),
                        l.getString("initiative"), l.getString("mission"), l.getString("state"), l.getString("message")),
                rows));
        return TablesXlsx.write(sheets);
    }

    private static List<Cell> findingRow(String scenario, String what, Finding f, FindingMessages messages,
            org.grassroots.planner.model.Names names, Locale locale) {
        return List.of(Cell.of(scenario), Cell.of(what), Cell.of(ScenarioExplanations.severity(f.getSeverity(), locale)),
                Cell.of(f.getRule()), Cell.of(f.getInitiative() == null ? "" : f.getInitiative()),
                Cell.of(f.getMission() == null ? "" : ScenarioExplanations.missionName(f.getMission(), locale)),
                Cell.of(f.getState() == null ? "" : names.state(f.getState(), locale)), Cell.of(messages.format(f, names, locale)));
    }

    /** @return the states by their names in the language asked, as a list is written in it (、 in Japanese) */
    private static String stateNames(java.util.Collection<String> states, ScenarioComparison.Side side, Locale locale) {
        org.grassroots.planner.model.Names names = side.check().names();
        return String.join("ja".equals(locale.getLanguage()) ? "\u3001" : ", ",
                states.stream().map(code -> names.state(code, locale)).toList());
    }

    private static TablesXlsx.Sheet side(String name, String title, ScenarioComparison.Side s, ScenarioComparison.Side base,
            ResourceBundle l, ScenarioComparison c, Locale locale) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(row(l.getString("budgetTotal"), s.budgetTotalJpy(), base == null ? null : base.budgetTotalJpy()));
        rows.add(row(l.getString("budgetCap"), s.budgetCapJpy(), base == null ? null : base.budgetCapJpy()));
        rows.add(row(l.getString("missionCap"), s.missionCapJpy(), base == null ? null : base.missionCapJpy()));
        for (Severity sev : Severity.values()) {
            rows.add(row(l.getString("findings." + sev.code()), s.count(sev), base == null ? null : base.count(sev)));
        }
        Map<String, Integer> counts = s.countsByRule();
        Map<String, Integer> baseCounts = base == null ? counts : base.countsByRule();
        java.util.Set<String> rules = new java.util.LinkedHashSet<>(baseCounts.keySet());
        rules.addAll(counts.keySet());
        for (String rule : rules) {
            rows.add(row(ScenarioExplanations.ruleCount(rule, locale), counts.getOrDefault(rule, 0), base == null ? null : (long) baseCounts.getOrDefault(rule, 0)));
        }
        for (String m : c.missions()) {
            rows.add(row(l.getString("budgetOf") + " " + ScenarioExplanations.missionName(m, locale), s.budgetByMission().getOrDefault(m, 0L),
                    base == null ? null : base.budgetByMission().getOrDefault(m, 0L)));
        }
        rows.add(text(l.getString("statesCovered"), stateNames(s.statesCovered(), s, locale),
                base == null ? null : stateNames(base.statesCovered(), base, locale)));
        rows.add(text(l.getString("priorityUncovered"), stateNames(s.priorityStatesUncovered(), s, locale),
                base == null ? null : stateNames(base.priorityStatesUncovered(), base, locale)));
        if (base != null && c.scenario().explanation() != null) {
            java.util.Map<String, org.grassroots.planner.model.Initiative> byId = new java.util.HashMap<>();
            c.base().check().initiatives().forEach(i -> byId.put(i.getId(), i));
            for (String line : ScenarioExplanations.lines(c.scenario().explanation(), byId, locale)) {
                rows.add(List.of(Cell.of(l.getString("explanation")), Cell.of(line)));
            }
        }
        return new TablesXlsx.Sheet(name, title, List.of(l.getString("what"), l.getString("value")), rows);
    }

    private static List<Cell> row(String label, long value, Long base) {
        return List.of(Cell.of(label), new Cell(value, base != null && base != value));
    }

    private static List<Cell> text(String label, String value, String base) {
        return List.of(Cell.of(label), new Cell(value, base != null && !base.equals(value)));
    }
}
