package org.grassroots.planner.export;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.stream.Collectors;

import org.grassroots.planner.model.Figure;
import org.grassroots.planner.model.FiscalYear;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.reference.UsState;

/**
 * The results report as a sequence of blocks in one language, from which the XLSX, HTML and PDF are
 * drawn alike: so they agree to the figure. Every name is written out (missions, states, themes, kinds,
 * formats); codes appear only in the XLSX's code columns.
 */
final class ResultsDocument {
    /** A part of the document. */
    sealed interface Block permits Heading, Para, Table, Bars, TileMap, Section {
    }

    /** Starts a section (a sheet of the workbook). */
    record Section(String title) implements Block {
    }

    record Heading(String text) implements Block {
    }

    record Para(String text, boolean small) implements Block {
    }

    /**
     * A table: cells are {@code String} or {@code Long} (numbers, right-aligned); {@code codes} are the
     * indexes of columns holding codes (hidden in the workbook, left out of the printed forms).
     */
    record Table(List<String> header, List<List<Object>> rows, java.util.Set<Integer> codes, boolean keyValue)
            implements Block {
    }

    /** A bar chart: per bar a label, a value and whether it is a published (sourced) figure. */
    record Bars(String title, List<Bar> bars) implements Block {
    }

    record Bar(String label, long value, boolean published) {
    }

    /** The tile map of the states: reached, outreach reached, not reached for three years. */
    record TileMap(List<Tile> tiles, String legend) implements Block {
    }

    record Tile(UsState state, boolean reached, boolean outreach, boolean notReached, boolean seat) {
    }

    static final ZoneId JST = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter JA_DATE = DateTimeFormatter.ofPattern("GGGGy\u5e74M\u6708d\u65e5", Locale.JAPANESE);
    private static final DateTimeFormatter JA_MONTH = DateTimeFormatter.ofPattern("GGGGy\u5e74M\u6708", Locale.JAPANESE);

    private final ResultsContent c;
    private final Labels l;
    private final boolean ja;
    private final List<Block> blocks = new ArrayList<>();

    private ResultsDocument(ResultsContent c, Labels l) {
        this.c = c;
        this.l = l;
        this.ja = l.japanese();
    }

    static List<Block> of(ResultsContent c, Labels l) {
        ResultsDocument d = new ResultsDocument(c, l);
        d.build();
        return d.blocks;
    }

    /** @return the document's title */
    static String title(ResultsContent c, Labels l) {
        return l.get("r.title", fiscalYear(c.fiscalYear(), l));
    }

    /** @return the fiscal year as the language writes it: 令和3年度（2021年度）, FY2021 */
    static String fiscalYear(int year, Labels l) {
        return l.get("r.fy", String.valueOf(year), new FiscalYear(year).japanese());
    }

    /** @return the timestamp in Japan Standard Time, to the minute */
    static String generated(ResultsContent c, Labels l) {
        return l.get("r.generated",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'JST'", Locale.ROOT).format(c.generatedAt().atZone(JST)));
    }

    private void build() {
        summary();
        breakdowns();
        reach();
        costs();
        years();
        bestPractices();
        direction();
        list();
    }

    // ---- sections ------------------------------------------------------------------------------

    private void summary() {
        blocks.add(new Section(l.get("r.sheet.summary")));
        blocks.add(new Heading(l.get("r.summary")));
        ResultsContent.YearCount y = c.year();
        ResultsContent.Tally t = c.total();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(l.get("r.done"), (long) y.initiatives()));
        rows.add(row(l.get("r.published"), published(y.published())));
        rows.add(row(l.get("r.cumulative"), (long) y.cumulative()));
        rows.add(row(l.get("r.publishedCumulative"), published(y.publishedCumulative())));
        rows.add(row(l.get("r.notDone"), (long) c.plannedNotDone()));
        rows.add(row(l.get("r.cancelled"), (long) c.cancelled()));
        rows.add(row(l.get("r.participants"), known(t.participants(), t.participantsKnown(), t.initiatives())));
        rows.add(row(l.get("r.views"), known(t.onlineViews(), t.viewsKnown(), t.initiatives())));
        rows.add(row(l.get("r.media"), known(t.mediaReports(), t.mediaKnown(), t.initiatives())));
        rows.add(row(l.get("r.plannedCost"), t.plannedKnown() == 0 ? l.get("r.unknown")
                : l.get("r.known", yen(t.plannedJpy()), t.plannedKnown(), t.initiatives())));
        rows.add(row(l.get("r.actualCost"), t.actualKnown() == 0 ? l.get("r.unknown")
                : l.get("r.known", yen(t.actualJpy()), t.actualKnown(), t.initiatives())));
        rows.add(row(l.get("r.statesReached"), (long) c.statesReached().size()));
        rows.add(row(l.get("r.outreachReached"), (long) c.outreachReached().size()));
        rows.add(row(l.get("r.nationwide"), (long) c.nationwide()));
        blocks.add(new Table(List.of("", ""), rows, java.util.Set.of(), true));
    }

    private String published(Figure f) {
        return f == null ? l.get("r.unknown") : l.get("r.publishedCount", number(f.value()), f.source(l.locale()));
    }

    private String known(long value, int known, int of) {
        return known == 0 ? l.get("r.unknown") : l.get("r.known", number(value), known, of);
    }

    private void breakdowns() {
        blocks.add(new Section(l.get("r.byMission")));
        blocks.add(new Heading(l.get("r.byMission")));
        blocks.add(tallies(l.get("r.col.mission"), c.byMission(), k -> c.missionName(k, ja)));
        blocks.add(new Bars(l.get("r.byMission") + " \u2013 " + l.get("r.col.count"), c.byMission().stream()
                .map(t -> new Bar(shortMission(t.key()), t.initiatives(), false)).toList()));
        blocks.add(new Section(l.get("r.byTheme")));
        blocks.add(new Heading(l.get("r.byTheme")));
        blocks.add(tallies(l.get("r.col.theme"), c.byTheme(), k -> k.isEmpty() ? l.get("r.noTheme") : c.themeName(k, ja)));
        blocks.add(new Heading(l.get("r.byKind")));
        blocks.add(tallies(l.get("r.col.kind"), c.byKind(), k -> l.kind(k)));
        blocks.add(new Heading(l.get("r.byFormat")));
        blocks.add(tallies(l.get("r.col.format"), c.byFormat(), this::format));
    }

    private String format(String code) {
        return code == null || code.isEmpty() ? l.get("r.noFormat") : l.format(code);
    }

    private String shortMission(String code) {
        String name = c.missionName(code, ja);
        return ja ? name.replace("\u65e5\u672c\u56fd", "")
                : name.replace("Consulate-General of Japan in ", "CG ").replace("Consular Office of Japan in ", "CO ")
                        .replace("Embassy of Japan, ", "Embassy, ");
    }

    private Table tallies(String first, List<ResultsContent.Tally> tallies, java.util.function.Function<String, String> name) {
        List<List<Object>> rows = new ArrayList<>();
        for (ResultsContent.Tally t : tallies) {
            rows.add(tallyRow(name.apply(t.key()), t.key(), t));
        }
        ResultsContent.Tally total = c.total();
        rows.add(tallyRow(l.get("total"), "", total));
        return new Table(List.of(first, l.get("r.col.count"), l.get("r.col.participants"), l.get("r.col.views"),
                l.get("r.col.media"), l.get("r.col.planned"), l.get("r.col.actual"), l.get("r.col.code")), rows,
                java.util.Set.of(7), false);
    }

    private List<Object> tallyRow(String name, String code, ResultsContent.Tally t) {
        return row(name, (long) t.initiatives(), t.participantsKnown() == 0 ? "\u2013" : (Object) t.participants(),
                t.viewsKnown() == 0 ? "\u2013" : (Object) t.onlineViews(), t.mediaKnown() == 0 ? "\u2013" : (Object) t.mediaReports(),
                t.plannedKnown() == 0 ? "\u2013" : (Object) t.plannedJpy(), t.actualKnown() == 0 ? "\u2013" : (Object) t.actualJpy(),
                code);
    }

    private void reach() {
        blocks.add(new Section(l.get("r.reach")));
        blocks.add(new Heading(l.get("r.reach")));
        int from = c.fiscalYear() - ResultsContent.NOT_REACHED_YEARS + 1;
        SortedSet<String> reached = c.statesReached();
        SortedSet<String> outreach = c.outreachReached();
        SortedSet<String> notReached = c.notReachedForThreeYears();
        List<Tile> tiles = new ArrayList<>();
        for (UsState s : c.data().states().values()) {
            tiles.add(new Tile(s, reached.contains(s.code()), outreach.contains(s.code()), notReached.contains(s.code()),
                    c.data().hasMissionSeat(s.code())));
        }
        blocks.add(new TileMap(tiles, l.get("r.reach.legend", String.valueOf(from), String.valueOf(c.fiscalYear()))));
        blocks.add(new Para(l.get("r.statesReached") + (ja ? "\uff1a" : ": ") + names(reached), false));
        blocks.add(new Para(l.get("r.outreachReached") + (ja ? "\uff1a" : ": ") + names(outreach), false));
        blocks.add(new Para(l.get("r.notReached", String.valueOf(from), String.valueOf(c.fiscalYear())) + (ja ? "\uff1a" : ": ")
                + names(notReached), false));
        List<Integer> known = c.notReachedYearsKnown();
        blocks.add(new Para(known.isEmpty() ? l.get("r.notReachedNoYears")
                : l.get("r.notReachedYears", known.stream().map(y -> "FY" + y).collect(Collectors.joining(", "))), true));
    }

    private String names(SortedSet<String> states) {
        if (states.isEmpty()) {
            return l.get("r.reach.none");
        }
        return states.stream().map(s -> c.stateName(s, ja)).collect(Collectors.joining(ja ? "\u3001" : ", "))
                + (ja ? "\uff08" + states.size() + "\uff09" : " (" + states.size() + ")");
    }

    private void costs() {
        blocks.add(new Heading(l.get("r.costs")));
        long planned = 0;
        long actual = 0;
        int both = 0;
        for (Initiative i : c.done()) {
            if (i.getActualCostJpy() != null && i.getBudgetJpy() != null) {
                planned += i.getBudgetJpy();
                actual += i.getActualCostJpy();
                both++;
            }
        }
        blocks.add(new Para(both == 0 ? l.get("r.costNone")
                : l.get("r.costBoth", both, yen(planned), yen(actual), signedYen(actual - planned)), false));
    }

    private void years() {
        blocks.add(new Section(l.get("r.years")));
        blocks.add(new Heading(l.get("r.years")));
        List<List<Object>> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        for (ResultsContent.YearCount y : c.years()) {
            String year = ja ? new FiscalYear(y.year()).japanese() : "FY" + y.year();
            String source = y.published() != null ? y.published().source(l.locale())
                    : y.publishedCumulative() != null ? y.publishedCumulative().source(l.locale()) : "";
            rows.add(row(year, (long) y.initiatives(), (long) y.cumulative(),
                    y.published() == null ? l.get("r.unknown") : (Object) y.published().value(),
                    y.publishedCumulative() == null ? l.get("r.unknown") : (Object) y.publishedCumulative().value(), source));
            bars.add(new Bar(year + " " + l.get("r.chart.inPlan"), y.cumulative(), false));
            if (y.publishedCumulative() != null) {
                bars.add(new Bar(year + " " + l.get("r.chart.published"), y.publishedCumulative().value(), true));
            }
        }
        blocks.add(new Table(List.of(l.get("r.col.year"), l.get("r.col.inPlan"), l.get("r.col.cumInPlan"),
                l.get("r.col.published"), l.get("r.col.publishedCum"), l.get("r.col.source")), rows, java.util.Set.of(), false));
        blocks.add(new Para(l.get("r.yearsNote"), true));
        blocks.add(new Bars(l.get("r.col.publishedCum") + " / " + l.get("r.col.cumInPlan"), bars));
    }

    private void bestPractices() {
        blocks.add(new Section(l.get("r.best")));
        blocks.add(new Heading(l.get("r.best")));
        List<Initiative> best = c.bestPractices();
        if (best.isEmpty()) {
            blocks.add(new Para(l.get("r.best.none"), false));
            return;
        }
        int n = 1;
        for (Initiative i : best) {
            String title = ja ? i.getTitleJa() : i.getTitleEn() == null ? i.getTitleJa() : i.getTitleEn();
            blocks.add(new Heading("(" + n++ + ") " + title + (ja ? "\uff08" : " (") + shortMission(i.getMission())
                    + (ja ? "\uff09" : ")")));
            List<List<Object>> rows = new ArrayList<>();
            rows.add(row(l.get("r.best.purpose"), purpose(i)));
            rows.add(row(l.get("r.best.done"), whatWasDone(i)));
            rows.add(row(l.get("r.best.outcome"), i.getOutcome() == null ? l.get("r.best.none.given") : i.getOutcome()));
            rows.add(row(l.get("r.best.partners"),
                    i.getPartners().isEmpty() ? l.get("r.best.none.given") : String.join(ja ? "\u3001" : ", ", i.getPartners())));
            if (!i.getDignitaries().isEmpty()) {
                rows.add(row(l.get("r.best.dignitaries"), String.join(ja ? "\u3001" : ", ", i.getDignitaries())));
            }
            blocks.add(new Table(List.of("", ""), rows, java.util.Set.of(), true));
        }
    }

    /** @return the policy lines and themes it served: "行動計画2.0：コロナ対策、…" */
    private String purpose(Initiative i) {
        java.util.Map<String, List<String>> byLine = new LinkedHashMap<>();
        for (String line : List.of("action-plan-2.0", "new-capitalism", "digital-garden-city")) {
            for (String theme : i.getThemes()) {
                if (c.themeLines(theme).contains(line)) {
                    byLine.computeIfAbsent(line, x -> new ArrayList<>()).add(c.themeName(theme, ja));
                }
            }
        }
        if (byLine.isEmpty()) {
            return i.getThemes().isEmpty() ? l.get("r.best.none.given")
                    : i.getThemes().stream().map(t -> c.themeName(t, ja)).collect(Collectors.joining(ja ? "\u3001" : ", "));
        }
        List<String> parts = new ArrayList<>();
        byLine.forEach((line, themes) -> parts.add(l.line(line) + (ja ? "\uff1a" : ": ")
                + String.join(ja ? "\u3001" : ", ", themes)));
        return String.join(ja ? "\u3002" : "; ", parts);
    }

    private String whatWasDone(Initiative i) {
        List<String> parts = new ArrayList<>();
        parts.add(l.kind(i.getKind().code()));
        parts.add(c.missionName(i.getMission(), ja));
        parts.add(i.getStates().stream().map(s -> c.stateName(s, ja)).collect(Collectors.joining(ja ? "\u30fb" : ", ")));
        String when = dates(i);
        if (!when.isEmpty()) {
            parts.add(when);
        }
        if (i.getFormat() != null) {
            parts.add(format(i.getFormat().code()));
        }
        return String.join(ja ? "\u3001" : "; ", parts);
    }

    /** @return the dates as the language writes them: 令和3年6月1日〜6月30日 (a whole month as 令和3年6月), 2021-06-01 – 2021-06-30 */
    String dates(Initiative i) {
        LocalDate s = i.getStartDate();
        LocalDate e = i.getEndDate();
        if (s == null && e == null) {
            return "";
        }
        if (!ja) {
            return s == null ? "\u2013 " + e : e == null || e.equals(s) ? s.toString() : s + " \u2013 " + e;
        }
        if (s != null && e != null && s.getDayOfMonth() == 1 && e.equals(s.withDayOfMonth(s.lengthOfMonth()))) {
            return JA_MONTH.format(JapaneseDate.from(s));
        }
        String from = s == null ? "" : JA_DATE.format(JapaneseDate.from(s));
        if (e == null || e.equals(s)) {
            return from;
        }
        return from + "\u301c" + JA_DATE.format(JapaneseDate.from(e));
    }

    private void direction() {
        ResultsContent.Direction d = c.direction();
        int next = c.fiscalYear() + 1;
        blocks.add(new Section(l.get("r.next", String.valueOf(next), new FiscalYear(next).japanese())));
        blocks.add(new Heading(l.get("r.next", String.valueOf(next), new FiscalYear(next).japanese())));
        if (d == null || d.reference() == null) {
            blocks.add(new Para(l.get("r.next.none", String.valueOf(next)), false));
            return;
        }
        FiscalYearReference r = d.reference();
        String source = "carried-over".equals(d.source())
                ? l.get("r.source.carried", String.valueOf(d.fromFiscalYear())) + (ja ? "\u30fb" : ", ") + sourceName(d.fromSource())
                : sourceName(d.source());
        blocks.add(new Para(l.get("r.next.source", String.valueOf(d.fiscalYear()), source), true));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(l.get("r.next.cap"), yen(r.getBudgetCapJpy())));
        java.util.Map<String, List<String>> byLine = new LinkedHashMap<>();
        for (String line : List.of("action-plan-2.0", "new-capitalism", "digital-garden-city")) {
            for (String theme : r.getPriorityThemes()) {
                if (c.themeLines(theme).contains(line)) {
                    byLine.computeIfAbsent(line, x -> new ArrayList<>()).add(c.themeName(theme, ja));
                }
            }
        }
        byLine.forEach((line, themes) -> rows.add(row(l.get("r.next.themes") + (ja ? "\uff08" : " (")
                + l.line(line) + (ja ? "\uff09" : ")"), String.join(ja ? "\u3001" : ", ", themes))));
        rows.add(row(l.get("r.next.states"), names(new java.util.TreeSet<>(r.getPriorityStates()))));
        blocks.add(new Table(List.of("", ""), rows, java.util.Set.of(), true));
    }

    private String sourceName(String code) {
        return switch (code == null ? "" : code) {
            case "shipped" -> l.get("r.source.shipped");
            case "store" -> l.get("r.source.store");
            case "file" -> l.get("r.source.file");
            default -> String.valueOf(code);
        };
    }

    private void list() {
        blocks.add(new Section(l.get("r.sheet.list")));
        blocks.add(new Heading(l.get("r.list")));
        if (c.done().isEmpty()) {
            blocks.add(new Para(l.get("r.list.none"), false));
            return;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Initiative i : c.done()) {
            String title = ja ? i.getTitleJa() : i.getTitleEn() == null ? i.getTitleJa() : i.getTitleEn();
            rows.add(row(title, shortMission(i.getMission()), l.kind(i.getKind().code()),
                    i.getStates().stream().map(s -> c.stateName(s, ja)).collect(Collectors.joining(ja ? "\u30fb" : ", ")),
                    i.getFormat() == null ? "\u2013" : format(i.getFormat().code()), dates(i),
                    i.getBudgetJpy() == null ? "\u2013" : (Object) i.getBudgetJpy(),
                    i.getActualCostJpy() == null ? "\u2013" : (Object) i.getActualCostJpy(),
                    i.getParticipants() == null ? "\u2013" : (Object) i.getParticipants(),
                    i.getOnlineViews() == null ? "\u2013" : (Object) i.getOnlineViews(),
                    i.getMediaReports() == null ? "\u2013" : (Object) i.getMediaReports(),
                    i.isBestPractice() ? l.get("r.yes") : "", i.getId(), i.getMission(), i.getKind().code(),
                    String.join(";", i.getStates())));
        }
        blocks.add(new Table(List.of(l.get("r.col.title"), l.get("r.col.mission"), l.get("r.col.kind"), l.get("r.col.states"),
                l.get("r.col.format"), l.get("r.col.dates"), l.get("r.col.planned"), l.get("r.col.actual"),
                l.get("r.col.participants"), l.get("r.col.views"), l.get("r.col.media"), l.get("r.col.best"), "id", "mission",
                "kind", "states"), rows, java.util.Set.of(12, 13, 14, 15), false));
    }

    // ---- values --------------------------------------------------------------------------------

    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private String yen(long value) {
        return ja ? number(value) + "\u5186" : "JPY " + number(value);
    }

    private String signedYen(long value) {
        return (value > 0 ? "+" : value < 0 ? "\u2212" : "") + yen(Math.abs(value));
    }

    static String cell(Object value) {
        return value == null ? "" : value instanceof Long n ? number(n) : value.toString();
    }
}
