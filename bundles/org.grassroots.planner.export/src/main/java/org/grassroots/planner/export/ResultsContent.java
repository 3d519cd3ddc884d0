package org.grassroots.planner.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.grassroots.planner.model.Figure;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Format;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.model.Theme;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.reference.UsState;

/**
 * What the results report of a fiscal year says, computed once so that its XLSX, HTML and PDF agree:
 * the year's done initiatives (carried out) by mission, theme, kind and format; the states reached, the
 * outreach states reached and the states not reached for three years or more; participants, views and
 * media reports in total and by mission; planned against actual cost; the count per year and the
 * cumulative count since FY2017, beside the published figures (with their source) where the plan holds
 * fewer; the best practices written up; and the next year's direction from the next year's reference.
 * <p>
 * A figure that is not known is never estimated: a total says of how many initiatives it is known, and a
 * year without a published figure shows none.
 */
public final class ResultsContent {
    /** The first fiscal year of the task force's counts (the source document counts since FY2017). */
    public static final int FIRST_YEAR = 2017;
    /** The years without a done initiative in a state after which it counts as "not reached". */
    public static final int NOT_REACHED_YEARS = 3;

    /** Results of a group of done initiatives (a mission, a theme, a kind, a format, the whole year). */
    public record Tally(String key, int initiatives, long plannedJpy, int plannedKnown, long actualJpy, int actualKnown,
            long participants, int participantsKnown, long onlineViews, int viewsKnown, long mediaReports, int mediaKnown) {
    }

    /** One fiscal year of the counts: the plan's done initiatives, and the published figures where there are. */
    public record YearCount(int year, int initiatives, int cumulative, Figure published, Figure publishedCumulative,
            boolean inPlan) {
    }

    /**
     * The next year's direction: its reference and where it comes from (the contract's source codes
     * {@code file}, {@code store}, {@code shipped}, {@code carried-over} with the year and source carried from).
     */
    public record Direction(int fiscalYear, FiscalYearReference reference, String source, Integer fromFiscalYear,
            String fromSource) {
    }

    private final int fiscalYear;
    private final ReferenceData data;
    private final List<Initiative> done;
    private final int plannedNotDone;
    private final int cancelled;
    private final Map<Integer, List<Initiative>> doneByYear;
    private final Direction direction;
    private final Instant generatedAt;

    private ResultsContent(int fiscalYear, ReferenceData data, List<Initiative> done, int plannedNotDone, int cancelled,
            Map<Integer, List<Initiative>> doneByYear, Direction direction, Instant generatedAt) {
        this.fiscalYear = fiscalYear;
        this.data = data;
        this.done = done;
        this.plannedNotDone = plannedNotDone;
        this.cancelled = cancelled;
        this.doneByYear = doneByYear;
        this.direction = direction;
        this.generatedAt = generatedAt;
    }

    /**
     * @param plan initiatives of any years (the years before give the counts since FY2017 and the states
     *            not reached); only those up to the fiscal year are used
     * @param direction the next year's reference, or null when there is none
     */
    public static ResultsContent prepare(Collection<Initiative> plan, int fiscalYear, Direction direction,
            Instant generatedAt) {
        List<Initiative> done = new ArrayList<>();
        int notDone = 0;
        int cancelled = 0;
        Map<Integer, List<Initiative>> byYear = new TreeMap<>();
        for (Initiative i : plan) {
            if (i.getFiscalYear() > fiscalYear) {
                continue;
            }
            if (i.getStatus() == Status.DONE) {
                byYear.computeIfAbsent(i.getFiscalYear(), y -> new ArrayList<>()).add(i);
            }
            if (i.getFiscalYear() != fiscalYear) {
                continue;
            }
            if (i.getStatus() == Status.DONE) {
                done.add(i);
            } else if (i.getStatus() == Status.CANCELLED) {
                cancelled++;
            } else {
                notDone++;
            }
        }
        done.sort(Comparator.comparing(Initiative::getMission).thenComparing(Initiative::getId));
        return new ResultsContent(fiscalYear, ReferenceData.shipped(), List.copyOf(done), notDone, cancelled, byYear,
                direction, generatedAt);
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    ReferenceData data() {
        return data;
    }

    /** @return the year's done initiatives, by mission and id */
    public List<Initiative> done() {
        return done;
    }

    /** @return the year's initiatives neither done nor cancelled */
    public int plannedNotDone() {
        return plannedNotDone;
    }

    public int cancelled() {
        return cancelled;
    }

    public Direction direction() {
        return direction;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    /** @return the results of the year's done initiatives together */
    public Tally total() {
        return tally("total", done);
    }

    /** @return the results by mission, most initiatives first */
    public List<Tally> byMission() {
        return grouped(i -> List.of(i.getMission()));
    }

    /** @return the results by theme (an initiative counts under each of its themes), most initiatives first */
    public List<Tally> byTheme() {
        return grouped(i -> i.getThemes().isEmpty() ? List.of("") : i.getThemes());
    }

    /** @return the results by kind, most initiatives first */
    public List<Tally> byKind() {
        return grouped(i -> List.of(i.getKind().code()));
    }

    /** @return the results by format (in person, online, hybrid, not given as ""), in that order */
    public List<Tally> byFormat() {
        List<Tally> out = new ArrayList<>();
        for (Format f : Format.values()) {
            List<Initiative> of = done.stream().filter(i -> i.getFormat() == f).toList();
            if (!of.isEmpty()) {
                out.add(tally(f.code(), of));
            }
        }
        List<Initiative> none = done.stream().filter(i -> i.getFormat() == null).toList();
        if (!none.isEmpty()) {
            out.add(tally("", none));
        }
        return out;
    }

    private List<Tally> grouped(java.util.function.Function<Initiative, List<String>> keys) {
        Map<String, List<Initiative>> groups = new LinkedHashMap<>();
        for (Initiative i : done) {
            for (String k : keys.apply(i)) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        List<Tally> out = new ArrayList<>();
        groups.forEach((k, v) -> out.add(tally(k, v)));
        out.sort(Comparator.comparingInt(Tally::initiatives).reversed().thenComparing(Tally::key));
        return out;
    }

    private static Tally tally(String key, List<Initiative> of) {
        long planned = 0;
        int plannedKnown = 0;
        long actual = 0;
        int actualKnown = 0;
        long people = 0;
        int peopleKnown = 0;
        long views = 0;
        int viewsKnown = 0;
        long media = 0;
        int mediaKnown = 0;
        for (Initiative i : of) {
            if (i.getBudgetJpy() != null) {
                planned = Math.addExact(planned, i.getBudgetJpy());
                plannedKnown++;
            }
            if (i.getActualCostJpy() != null) {
                actual = Math.addExact(actual, i.getActualCostJpy());
                actualKnown++;
            }
            if (i.getParticipants() != null) {
                people = Math.addExact(people, i.getParticipants());
                peopleKnown++;
            }
            if (i.getOnlineViews() != null) {
                views = Math.addExact(views, i.getOnlineViews());
                viewsKnown++;
            }
            if (i.getMediaReports() != null) {
                media = Math.addExact(media, i.getMediaReports());
                mediaKnown++;
            }
        }
        return new Tally(key, of.size(), planned, plannedKnown, actual, actualKnown, people, peopleKnown, views, viewsKnown, media,
                mediaKnown);
    }

    /** @return the states, DC and territories a done initiative of the year targeted (not {@code US}) */
    public SortedSet<String> statesReached() {
        return reached(List.of(fiscalYear));
    }

    /** @return how many of the year's done initiatives target the whole US */
    public int nationwide() {
        return (int) done.stream().filter(i -> i.getStates().contains("US")).count();
    }

    /** @return the outreach states (no Japanese mission there) the year reached */
    public SortedSet<String> outreachReached() {
        SortedSet<String> out = new TreeSet<>(statesReached());
        out.retainAll(data.outreachStates());
        return out;
    }

    /**
     * @return the fiscal years the "not reached" list looks at: this one and the two before it, those of
     *         them with done initiatives in the plan
     */
    public List<Integer> notReachedYearsKnown() {
        List<Integer> out = new ArrayList<>();
        for (int y = fiscalYear - NOT_REACHED_YEARS + 1; y <= fiscalYear; y++) {
            if (doneByYear.containsKey(y)) {
                out.add(y);
            }
        }
        return out;
    }

    /**
     * @return the states, DC and territories that no done initiative reached in the last three fiscal years
     *         (this one and the two before), as far as the plan holds them ({@link #notReachedYearsKnown()})
     */
    public SortedSet<String> notReachedForThreeYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = fiscalYear - NOT_REACHED_YEARS + 1; y <= fiscalYear; y++) {
            years.add(y);
        }
        SortedSet<String> out = new TreeSet<>(data.states().keySet());
        out.removeAll(reached(years));
        return out;
    }

    private SortedSet<String> reached(List<Integer> years) {
        SortedSet<String> out = new TreeSet<>();
        for (int y : years) {
            for (Initiative i : doneByYear.getOrDefault(y, List.of())) {
                for (String s : i.getStates()) {
                    if (!"US".equals(s)) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }

    /** @return FY2017 to this year: the plan's done initiatives and the published figures of each year */
    public List<YearCount> years() {
        List<YearCount> out = new ArrayList<>();
        int cumulative = 0;
        for (int y = Math.min(FIRST_YEAR, fiscalYear); y <= fiscalYear; y++) {
            int n = doneByYear.getOrDefault(y, List.of()).size();
            cumulative += n;
            out.add(new YearCount(y, n, cumulative, figure("FY" + y, Figure.INITIATIVES, y),
                    figure("FY" + y, Figure.INITIATIVES_SINCE_FY2017, y), doneByYear.containsKey(y)));
        }
        return out;
    }

    /** @return this year's count: the plan's and the published one */
    public YearCount year() {
        List<YearCount> all = years();
        return all.get(all.size() - 1);
    }

    private Figure figure(String subject, String measure, int year) {
        return data.figures(subject, measure).stream().filter(f -> f.year() == year).findFirst().orElse(null);
    }

    /** @return the year's best practices (done initiatives marked so), in the order they took place (as the source lists them) */
    public List<Initiative> bestPractices() {
        return done.stream().filter(Initiative::isBestPractice)
                .sorted(Comparator.comparing((Initiative i) -> i.getStartDate() == null ? java.time.LocalDate.MAX : i.getStartDate())
                        .thenComparing(Initiative::getId))
                .toList();
    }

    // ---- names ---------------------------------------------------------------------------------

    /** @return the mission's name in the language, else its code */
    String missionName(String code, boolean japanese) {
        Mission m = data.mission(code);
        return m == null ? code : japanese ? m.getNameJa() : m.getNameEn();
    }

    /** @return the state's name in the language ("全米" / "nationwide" for US), else its code */
    String stateName(String code, boolean japanese) {
        if ("US".equals(code)) {
            return japanese ? "\u5168\u7c73" : "nationwide";
        }
        UsState s = data.states().get(code);
        return s == null ? code : japanese ? s.nameJa() : s.nameEn();
    }

    /** @return the theme's name in the language, else its code */
    String themeName(String code, boolean japanese) {
        for (Theme t : data.themes()) {
            if (t.getCode().equals(code)) {
                return japanese ? t.getLabelJa() : t.getLabelEn();
            }
        }
        return code;
    }

    /** @return the policy lines of the theme (Action Plan 2.0, New Capitalism, Digital Garden City Nation) */
    List<String> themeLines(String code) {
        for (Theme t : data.themes()) {
            if (t.getCode().equals(code)) {
                return t.getLines();
            }
        }
        return List.of();
    }

    static String kindCode(Kind k) {
        return k.code();
    }

    static Set<String> codes(Collection<String> values) {
        return new TreeSet<>(values);
    }
}
