package org.grassroots.planner.planning;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grassroots.planner.importer.ImportException;
import org.grassroots.planner.importer.ImportProblem;
import org.grassroots.planner.importer.PlanRows;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.reference.ReferenceData;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * The scenario file of the contract (JSON): {@code {"name": …, "reference": {keys to override}, "scale": [{"mission"
 * | "kind", "factor"}], "initiatives": [{"id", "budget_jpy"} | {"id", "status"} | {"id", "fiscal_year"} | {a whole
 * initiative, the plan file's columns}]}}, and the optional {@code explanation} a suggestion carries. A file with an
 * unknown key, a value of the wrong type or out of range, or an unknown code is refused whole, each problem
 * naming file:line:column.
 */
public final class ScenarioJson {
    private static final Pattern LOCATION = Pattern.compile("line (\\d+) column (\\d+)");
    private static final List<String> REQUIRED = List.of("id", "fiscal_year", "mission", "title_ja", "kind", "states", "status");
    private static final Set<String> CHANGE_KEYS = Set.of("id", "budget_jpy", "status", "fiscal_year");
    private static final ReferenceData SHIPPED = ReferenceData.shipped();

    private ScenarioJson() {
    }

    /** A JSON value with where it starts. */
    private record Node(Object value, int line, int column) {
    }

    /**
     * @throws ScenarioFormatException naming file:line:column of every problem
     */
    public static Scenario read(Reader in, String file) {
        Node root;
        try {
            JsonReader reader = new JsonReader(in);
            root = node(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                int[] at = at(reader);
                throw new ScenarioFormatException(List.of(file + ":" + at[0] + ":" + at[1] + ": more than one JSON value"));
            }
        } catch (MalformedJsonException | IllegalStateException | NumberFormatException e) {
            throw new ScenarioFormatException(List.of(file + ":" + location(e.getMessage()) + ": not valid JSON: " + e.getMessage()));
        } catch (java.io.EOFException e) {
            throw new ScenarioFormatException(List.of(file + ":" + location(e.getMessage()) + ": the file ends before the JSON does"));
        } catch (IOException e) {
            throw new ScenarioFormatException(List.of(file + ":1:1: cannot read: " + e.getMessage()));
        }
        return new Parser(file).scenario(root);
    }

    /** Reads a scenario kept as text (in the store). */
    public static Scenario read(String text, String name) {
        return read(new StringReader(text), name);
    }

    private static String location(String message) {
        Matcher m = message == null ? null : LOCATION.matcher(message);
        return m != null && m.find() ? m.group(1) + ":" + m.group(2) : "1:1";
    }

    private static int[] at(JsonReader reader) {
        Matcher m = LOCATION.matcher(reader.toString());
        return m.find() ? new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) } : new int[] { 1, 1 };
    }

    private static Node node(JsonReader reader) throws IOException {
        JsonToken token = reader.peek();
        int[] at = at(reader);
        switch (token) {
            case BEGIN_OBJECT: {
                Map<String, Node> map = new LinkedHashMap<>();
                Map<String, int[]> keys = new LinkedHashMap<>();
                reader.beginObject();
                while (reader.hasNext()) {
                    reader.peek();
                    int[] keyAt = at(reader);
                    String key = reader.nextName();
                    if (map.containsKey(key)) {
                        throw new MalformedJsonException("the key \"" + key + "\" is given twice at line " + keyAt[0] + " column " + keyAt[1]);
                    }
                    map.put(key, node(reader));
                    keys.put(key, keyAt);
                }
                reader.endObject();
                return new Node(map, at[0], at[1]);
            }
            case BEGIN_ARRAY: {
                List<Node> list = new ArrayList<>();
                reader.beginArray();
                while (reader.hasNext()) {
                    list.add(node(reader));
                }
                reader.endArray();
                return new Node(list, at[0], at[1]);
            }
            case STRING:
                return new Node(reader.nextString(), at[0], at[1]);
            case NUMBER:
                return new Node(new java.math.BigDecimal(reader.nextString()), at[0], at[1]);
            case BOOLEAN:
                return new Node(reader.nextBoolean(), at[0], at[1]);
            case NULL:
                reader.nextNull();
                return new Node(null, at[0], at[1]);
            default:
                throw new MalformedJsonException("unexpected " + token + " at line " + at[0] + " column " + at[1]);
        }
    }

    /** Turns the nodes into a scenario, gathering every problem. */
    private static final class Parser {
        private final String file;
        private final List<String> problems = new ArrayList<>();

        Parser(String file) {
            this.file = file;
        }

        private void problem(Node n, String message) {
            problems.add(file + ":" + n.line() + ":" + n.column() + ": " + message);
        }

        @SuppressWarnings("unchecked")
        private Map<String, Node> object(Node n, String what) {
            if (n.value() instanceof Map<?, ?> m) {
                return (Map<String, Node>) m;
            }
            problem(n, what + " must be a JSON object");
            return null;
        }

        @SuppressWarnings("unchecked")
        private List<Node> array(Node n, String what) {
            if (n.value() instanceof List<?> l) {
                return (List<Node>) l;
            }
            problem(n, what + " must be a JSON array");
            return null;
        }

        private String string(Node n, String what) {
            if (n.value() instanceof String s && !s.isBlank()) {
                return s;
            }
            problem(n, what + " must be a non-empty string");
            return null;
        }

        private java.math.BigDecimal number(Node n, String what, double min, double max) {
            if (n.value() instanceof java.math.BigDecimal d && d.doubleValue() >= min && d.doubleValue() <= max) {
                return d;
            }
            problem(n, what + " must be a number from " + format(min) + " to " + format(max));
            return null;
        }

        private Long integer(Node n, String what, long min, long max) {
            java.math.BigDecimal d = number(n, what, min, max);
            if (d == null) {
                return null;
            }
            try {
                return d.longValueExact();
            } catch (ArithmeticException e) {
                problem(n, what + " must be a whole number");
                return null;
            }
        }

        private static String format(double d) {
            return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
        }

        private void unknownKeys(Map<String, Node> o, Set<String> known, String where) {
            o.forEach((k, v) -> {
                if (!known.contains(k)) {
                    problem(v, "unknown key \"" + k + "\" in " + where + " (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
                }
            });
        }

        Scenario scenario(Node root) {
            Map<String, Node> o = object(root, "a scenario");
            if (o == null) {
                throw new ScenarioFormatException(problems);
            }
            unknownKeys(o, Set.of("name", "reference", "scale", "initiatives", "explanation"), "the scenario");
            String name = null;
            if (o.get("name") == null) {
                problem(root, "the key \"name\" is required");
            } else {
                name = string(o.get("name"), "name");
            }
            Scenario.ReferenceChange reference = o.containsKey("reference") ? reference(o.get("reference")) : Scenario.ReferenceChange.NONE;
            List<Scenario.Scale> scale = new ArrayList<>();
            if (o.containsKey("scale")) {
                List<Node> list = array(o.get("scale"), "scale");
                if (list != null) {
                    list.forEach(n -> scale(n, scale));
                }
            }
            List<Scenario.Change> changes = new ArrayList<>();
            if (o.containsKey("initiatives")) {
                List<Node> list = array(o.get("initiatives"), "initiatives");
                if (list != null) {
                    list.forEach(n -> change(n, changes));
                }
            }
            Scenario.Explanation explanation = o.containsKey("explanation") ? explanation(o.get("explanation")) : null;
            if (!problems.isEmpty()) {
                throw new ScenarioFormatException(problems);
            }
            return new Scenario(name, reference, scale, changes, explanation);
        }

        private Scenario.ReferenceChange reference(Node n) {
            Map<String, Node> o = object(n, "reference");
            if (o == null) {
                return Scenario.ReferenceChange.NONE;
            }
            if (o.containsKey("fiscal_year")) {
                problem(o.get("fiscal_year"), "a scenario changes the reference of its own year: fiscal_year cannot be overridden");
            }
            unknownKeys(o, Set.of("fiscal_year", "budget_cap_jpy", "mission_share_max", "priority_themes", "priority_states",
                    "priority_share_min", "missions"), "reference");
            Long cap = o.containsKey("budget_cap_jpy") ? integer(o.get("budget_cap_jpy"), "budget_cap_jpy", 0, PlanRows.MAX_BUDGET_JPY) : null;
            java.math.BigDecimal share = o.containsKey("mission_share_max") ? number(o.get("mission_share_max"), "mission_share_max", 0, 1) : null;
            java.math.BigDecimal shareMin = o.containsKey("priority_share_min") ? number(o.get("priority_share_min"), "priority_share_min", 0, 1) : null;
            Set<String> themes = o.containsKey("priority_themes") ? codes(o.get("priority_themes"), "priority_themes", null) : null;
            Set<String> states = o.containsKey("priority_states") ? codes(o.get("priority_states"), "priority_states", SHIPPED::isKnownTarget) : null;
            Map<String, List<String>> missions = null;
            if (o.containsKey("missions")) {
                missions = new LinkedHashMap<>();
                List<Node> list = array(o.get("missions"), "missions");
                for (Node m : list == null ? List.<Node>of() : list) {
                    Map<String, Node> mo = object(m, "a mission");
                    if (mo == null) {
                        continue;
                    }
                    unknownKeys(mo, Set.of("code", "states"), "a mission");
                    String code = mo.get("code") == null ? null : string(mo.get("code"), "code");
                    if (mo.get("code") == null) {
                        problem(m, "a mission needs \"code\"");
                    } else if (code != null && SHIPPED.mission(code) == null) {
                        problem(mo.get("code"), "unknown mission " + code);
                    }
                    Set<String> st = mo.get("states") == null ? null : codes(mo.get("states"), "states", SHIPPED::isKnownTarget);
                    if (mo.get("states") == null) {
                        problem(m, "a mission needs \"states\"");
                    }
                    if (code != null && st != null) {
                        missions.put(code, List.copyOf(st));
                    }
                }
            }
            return new Scenario.ReferenceChange(cap, share == null ? null : share.doubleValue(), themes, states,
                    shareMin == null ? null : shareMin.doubleValue(), missions);
        }

        private Set<String> codes(Node n, String what, java.util.function.Predicate<String> known) {
            List<Node> list = array(n, what);
            if (list == null) {
                return null;
            }
            Set<String> out = new LinkedHashSet<>();
            for (Node e : list) {
                String s = string(e, "each of " + what);
                if (s != null && known != null && !known.test(s)) {
                    problem(e, "unknown state " + s);
                } else if (s != null) {
                    out.add(s);
                }
            }
            return out;
        }

        private void scale(Node n, List<Scenario.Scale> out) {
            Map<String, Node> o = object(n, "a scale");
            if (o == null) {
                return;
            }
            unknownKeys(o, Set.of("mission", "kind", "factor"), "a scale");
            if (o.containsKey("mission") == o.containsKey("kind")) {
                problem(n, "a scale names either \"mission\" or \"kind\"");
                return;
            }
            String mission = null;
            Kind kind = null;
            if (o.containsKey("mission")) {
                mission = string(o.get("mission"), "mission");
                if (mission != null && SHIPPED.mission(mission) == null) {
                    problem(o.get("mission"), "unknown mission " + mission);
                    mission = null;
                }
            } else {
                String k = string(o.get("kind"), "kind");
                kind = k == null ? null : Kind.fromCode(k);
                if (k != null && kind == null) {
                    problem(o.get("kind"), "unknown kind " + k);
                }
            }
            if (o.get("factor") == null) {
                problem(n, "a scale needs \"factor\"");
                return;
            }
            java.math.BigDecimal factor = number(o.get("factor"), "factor", 0, 1000);
            if (factor != null && (mission != null || kind != null)) {
                out.add(new Scenario.Scale(mission, kind, factor.doubleValue()));
            }
        }

        private void change(Node n, List<Scenario.Change> out) {
            Map<String, Node> o = object(n, "an initiative's change");
            if (o == null) {
                return;
            }
            if (o.get("id") == null) {
                problem(n, "an initiative's change needs \"id\"");
                return;
            }
            String id = string(o.get("id"), "id");
            if (id == null) {
                return;
            }
            if (!CHANGE_KEYS.containsAll(o.keySet())) {
                whole(n, o, out);
                return;
            }
            if (o.size() == 1) {
                problem(n, "the change of " + id + " changes nothing: give budget_jpy, status or fiscal_year (or every column of a new initiative)");
                return;
            }
            Long budget = o.containsKey("budget_jpy") ? integer(o.get("budget_jpy"), "budget_jpy", 0, PlanRows.MAX_BUDGET_JPY) : null;
            Status status = null;
            if (o.containsKey("status")) {
                String s = string(o.get("status"), "status");
                status = s == null ? null : Status.fromCode(s);
                if (s != null && status == null) {
                    problem(o.get("status"), "unknown status " + s);
                }
            }
            Long year = o.containsKey("fiscal_year") ? integer(o.get("fiscal_year"), "fiscal_year", PlanRows.FIRST_FISCAL_YEAR, PlanRows.LAST_FISCAL_YEAR) : null;
            out.add(new Scenario.Change(id, budget, status, year == null ? null : year.intValue(), null));
        }

        /** A whole initiative: its keys are the plan file's columns, read by the importer's own checks. */
        private void whole(Node n, Map<String, Node> o, List<Scenario.Change> out) {
            List<String> header = new ArrayList<>(o.keySet());
            List<String> cells = new ArrayList<>();
            List<Node> nodes = new ArrayList<>(o.values());
            for (Node v : nodes) {
                if (v.value() == null) {
                    cells.add("");
                } else if (v.value() instanceof List<?> l) {
                    List<String> items = new ArrayList<>();
                    for (Object item : l) {
                        items.add(String.valueOf(((Node) item).value()));
                    }
                    cells.add(String.join(";", items));
                } else if (v.value() instanceof java.math.BigDecimal d) {
                    cells.add(d.toPlainString());
                } else {
                    cells.add(String.valueOf(v.value()));
                }
            }
            for (String k : header) {
                if (!PlanRows.COLUMNS.contains(k)) {
                    problem(o.get(k), "unknown key \"" + k + "\" in a new initiative (its keys are the plan file's columns)");
                }
            }
            List<String> missing = REQUIRED.stream().filter(k -> !o.containsKey(k)).toList();
            if (!missing.isEmpty()) {
                problem(n, "a new initiative " + o.get("id").value() + " needs every required column of the plan file; missing: "
                        + String.join(", ", missing));
                return;
            }
            PlanRows rows = new PlanRows(file, header, n.line());
            rows.add(n.line(), cells);
            try {
                out.add(Scenario.Change.add(rows.result().initiatives().get(0)));
            } catch (ImportException e) {
                for (ImportProblem p : e.getProblems()) {
                    Node at = p.columnName() != null && o.containsKey(p.columnName()) ? o.get(p.columnName())
                            : p.column() >= 1 && p.column() <= nodes.size() ? nodes.get(p.column() - 1) : n;
                    problem(at, (p.columnName() == null ? "" : p.columnName() + ": ") + p.message());
                }
            }
        }

        private Scenario.Explanation explanation(Node n) {
            Map<String, Node> o = object(n, "explanation");
            if (o == null) {
                return null;
            }
            unknownKeys(o, Set.of("score", "figures", "changes"), "explanation");
            String score = o.get("score") == null ? null : string(o.get("score"), "score");
            Map<String, Long> figures = new java.util.LinkedHashMap<>();
            Map<String, Node> fo = o.get("figures") == null ? null : object(o.get("figures"), "figures");
            if (fo != null) {
                unknownKeys(fo, Set.copyOf(ScenarioExplanations.FIGURES), "figures");
                for (String key : ScenarioExplanations.FIGURES) {
                    if (fo.containsKey(key)) {
                        Long value = integer(fo.get(key), key, -1_000_000_000_000_000L, 1_000_000_000_000_000L);
                        if (value != null) {
                            figures.put(key, value);
                        }
                    }
                }
            }
            List<Scenario.Reason> reasons = new ArrayList<>();
            List<Node> list = o.get("changes") == null ? List.of() : array(o.get("changes"), "changes");
            for (Node r : list == null ? List.<Node>of() : list) {
                Map<String, Node> ro = object(r, "a change's explanation");
                if (ro == null) {
                    continue;
                }
                unknownKeys(ro, Set.of("id", "action", "constraint"), "a change's explanation");
                reasons.add(new Scenario.Reason(text(ro.get("id")), text(ro.get("action")), text(ro.get("constraint"))));
            }
            return new Scenario.Explanation(score, figures, reasons);
        }

        private static String text(Node n) {
            return n == null || n.value() == null ? null : String.valueOf(n.value());
        }
    }

    /** @return the scenario as the contract's JSON (pretty, UTF-8 text) */
    public static String write(Scenario s) {
        JsonObject root = new JsonObject();
        root.addProperty("name", s.name());
        Scenario.ReferenceChange r = s.reference();
        if (!r.isEmpty()) {
            JsonObject ref = new JsonObject();
            if (r.budgetCapJpy() != null) {
                ref.addProperty("budget_cap_jpy", r.budgetCapJpy());
            }
            if (r.missionShareMax() != null) {
                ref.addProperty("mission_share_max", r.missionShareMax());
            }
            if (r.priorityThemes() != null) {
                ref.add("priority_themes", strings(r.priorityThemes()));
            }
            if (r.priorityStates() != null) {
                ref.add("priority_states", strings(r.priorityStates()));
            }
            if (r.priorityShareMin() != null) {
                ref.addProperty("priority_share_min", r.priorityShareMin());
            }
            if (r.missions() != null && !r.missions().isEmpty()) {
                JsonArray ms = new JsonArray();
                r.missions().forEach((code, states) -> {
                    JsonObject m = new JsonObject();
                    m.addProperty("code", code);
                    m.add("states", strings(states));
                    ms.add(m);
                });
                ref.add("missions", ms);
            }
            root.add("reference", ref);
        }
        if (!s.scale().isEmpty()) {
            JsonArray scale = new JsonArray();
            for (Scenario.Scale sc : s.scale()) {
                JsonObject o = new JsonObject();
                if (sc.mission() != null) {
                    o.addProperty("mission", sc.mission());
                } else {
                    o.addProperty("kind", sc.kind().code());
                }
                o.addProperty("factor", sc.factor());
                scale.add(o);
            }
            root.add("scale", scale);
        }
        JsonArray changes = new JsonArray();
        for (Scenario.Change c : s.initiatives()) {
            JsonObject o = new JsonObject();
            if (c.whole() != null) {
                List<String> cells = org.grassroots.planner.importer.PlanCells.text(c.whole());
                for (int k = 0; k < PlanRows.COLUMNS.size() && k < cells.size(); k++) {
                    String column = PlanRows.COLUMNS.get(k);
                    String cell = cells.get(k);
                    if (cell == null || cell.isEmpty()) {
                        continue;
                    }
                    if (Set.of("fiscal_year", "budget_jpy", "actual_cost_jpy", "participants", "online_views", "media_reports").contains(column)) {
                        o.addProperty(column, Long.parseLong(cell));
                    } else if (Set.of("themes", "states", "partners", "dignitaries").contains(column)) {
                        o.add(column, strings(List.of(cell.split(";"))));
                    } else {
                        o.addProperty(column, cell);
                    }
                }
            } else {
                o.addProperty("id", c.id());
                if (c.budgetJpy() != null) {
                    o.addProperty("budget_jpy", c.budgetJpy());
                }
                if (c.status() != null) {
                    o.addProperty("status", c.status().code());
                }
                if (c.fiscalYear() != null) {
                    o.addProperty("fiscal_year", c.fiscalYear());
                }
            }
            changes.add(o);
        }
        root.add("initiatives", changes);
        if (s.explanation() != null) {
            JsonObject e = new JsonObject();
            e.addProperty("score", s.explanation().score());
            if (!s.explanation().figures().isEmpty()) {
                JsonObject figures = new JsonObject();
                s.explanation().figures().forEach(figures::addProperty);
                e.add("figures", figures);
            }
            JsonArray reasons = new JsonArray();
            for (Scenario.Reason r2 : s.explanation().reasons()) {
                JsonObject o = new JsonObject();
                o.addProperty("id", r2.id());
                o.addProperty("action", r2.action());
                o.addProperty("constraint", r2.constraint());
                reasons.add(o);
            }
            e.add("changes", reasons);
            root.add("explanation", e);
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    private static JsonArray strings(java.util.Collection<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
