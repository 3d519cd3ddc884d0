package org.grassroots.planner.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import org.grassroots.planner.model.Figure;
import org.grassroots.planner.model.FiscalYearReference;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.model.Theme;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The reference data shipped with the product (files under {@code data/} of this bundle, each with
 * its source): missions and their jurisdictions, the theme catalogue, the US states and territories,
 * and the fiscal-year references.
 */
public final class ReferenceData {
    /** Fiscal years for which a reference file is shipped. */
    private static final int[] SHIPPED_YEARS = { 2022, 2023 };

    private static volatile ReferenceData shipped;

    private final List<Mission> missions;
    private final List<Theme> themes;
    private final Map<String, UsState> states;
    private final NavigableMap<Integer, FiscalYearReference> references;
    private final List<Figure> figures;
    private final java.util.Set<String> seats = new java.util.HashSet<>();
    private final Set<String> outreach;

    private ReferenceData() {
        missions = readMissions(seats);
        themes = readThemes();
        states = readStates();
        figures = readFigures();
        java.util.Set<String> away = new java.util.TreeSet<>(states.keySet());
        away.removeAll(seats);
        outreach = Collections.unmodifiableSet(away);
        references = new TreeMap<>();
        for (int year : SHIPPED_YEARS) {
            String name = "/data/reference-fy" + year + ".json";
            try (InputStream in = open(name); Reader r = ReferenceJson.reader(in)) {
                references.put(year, ReferenceJson.read(r, name, missions));
            } catch (IOException e) {
                throw new ReferenceFormatException(name + ": " + e.getMessage(), e);
            }
        }
    }

    /** @return the shipped reference data, read once */
    public static ReferenceData shipped() {
        ReferenceData d = shipped;
        if (d == null) {
            synchronized (ReferenceData.class) {
                if (shipped == null) {
                    shipped = new ReferenceData();
                }
                d = shipped;
            }
        }
        return d;
    }

    public List<Mission> missions() {
        return missions;
    }

    public List<Theme> themes() {
        return themes;
    }

    /** @return the states, DC and territories by USPS code, in code order */
    public Map<String, UsState> states() {
        return states;
    }

    /** @return true for a state, DC or territory code, or {@code US} (nationwide) */
    public boolean isKnownTarget(String code) {
        return "US".equals(code) || states.containsKey(code);
    }

    /** @return every shipped figure with its source */
    public List<Figure> figures() {
        return figures;
    }

    /** @return the shipped figures of this measure about this subject, oldest year first */
    public List<Figure> figures(String subject, String measure) {
        return figures.stream().filter(f -> f.subject().equals(subject) && f.measure().equals(measure))
                .sorted(java.util.Comparator.comparingInt(Figure::year)).toList();
    }

    /** @return true if a Japanese mission sits in this state (elsewhere outreach goes through honorary consuls) */
    public boolean hasMissionSeat(String state) {
        return seats.contains(state);
    }

    /**
     * @return the outreach states of the contract: every state, DC and territory where no Japanese mission sits
     *         (reached by caravans and honorary consuls), sorted; {@code US} is none. The rules read them as the
     *         global {@code outreachStates}: every caller of the rules passes this same set.
     */
    public Set<String> outreachStates() {
        return outreach;
    }

    public Mission mission(String code) {
        return missions.stream().filter(m -> m.getCode().equals(code)).findFirst().orElse(null);
    }

    /** @return the reference shipped for exactly this fiscal year, or null */
    public FiscalYearReference shippedReference(int fiscalYear) {
        return references.get(fiscalYear);
    }

    /**
     * @return the shipped reference of this fiscal year, or of the newest earlier year <em>as it is</em>
     *         (its own fiscal year, not carried over); null if none. To check a year, resolve its
     *         reference with {@link ReferenceResolver}, which carries an earlier one over.
     */
    public FiscalYearReference referenceFor(int fiscalYear) {
        Map.Entry<Integer, FiscalYearReference> e = references.floorEntry(fiscalYear);
        return e == null ? null : e.getValue();
    }

    public Set<Integer> shippedYears() {
        return Collections.unmodifiableSet(references.keySet());
    }

    private static List<Mission> readMissions(java.util.Set<String> seats) {
        JsonObject root = ReferenceJson.parse(open("/data/missions.json"), "missions.json");
        List<Mission> out = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("missions")) {
            JsonObject m = e.getAsJsonObject();
            seats.add(m.get("seat").getAsString());
            List<String> states = new ArrayList<>();
            m.getAsJsonArray("states").forEach(s -> states.add(s.getAsString()));
            out.add(new Mission(m.get("code").getAsString(), m.get("name_ja").getAsString(),
                    m.get("name_en").getAsString(), states));
        }
        return List.copyOf(out);
    }

    private static List<Theme> readThemes() {
        JsonObject root = ReferenceJson.parse(open("/data/themes.json"), "themes.json");
        List<Theme> out = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("themes")) {
            JsonObject t = e.getAsJsonObject();
            List<String> lines = new ArrayList<>();
            t.getAsJsonArray("lines").forEach(s -> lines.add(s.getAsString()));
            out.add(new Theme(t.get("code").getAsString(), t.get("label_ja").getAsString(),
                    t.get("label_en").getAsString(), lines));
        }
        return List.copyOf(out);
    }

    private static Map<String, UsState> readStates() {
        JsonObject root = ReferenceJson.parse(open("/data/states.json"), "states.json");
        Map<String, UsState> out = new LinkedHashMap<>();
        for (JsonElement e : root.getAsJsonArray("states")) {
            JsonObject s = e.getAsJsonObject();
            UsState state = new UsState(s.get("code").getAsString(), s.get("name_en").getAsString(),
                    s.get("name_ja").getAsString(), s.get("kind").getAsString(), s.get("col").getAsInt(),
                    s.get("row").getAsInt());
            out.put(state.code(), state);
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<Figure> readFigures() {
        JsonObject root = ReferenceJson.parse(open("/data/figures.json"), "figures.json");
        List<Figure> out = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("figures")) {
            JsonObject f = e.getAsJsonObject();
            out.add(new Figure(f.get("subject").getAsString(), f.get("measure").getAsString(), f.get("year").getAsInt(),
                    f.get("value").getAsLong(), f.has("approximate") && f.get("approximate").getAsBoolean(),
                    f.get("source").getAsString(), f.has("source_ja") ? f.get("source_ja").getAsString() : null));
        }
        return List.copyOf(out);
    }

    private static InputStream open(String name) {
        InputStream in = ReferenceData.class.getResourceAsStream(name);
        if (in == null) {
            throw new ReferenceFormatException("shipped reference file missing: " + name, null);
        }
        return in;
    }

    /** @return a shipped sample file under {@code samples/}, for example {@code sample-fy2023-plan.csv} */
    public static InputStream openSample(String fileName) {
        return open("/samples/" + fileName);
    }
}
