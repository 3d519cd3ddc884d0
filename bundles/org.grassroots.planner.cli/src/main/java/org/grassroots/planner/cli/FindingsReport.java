package org.grassroots.planner.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.Severity;
import org.grassroots.planner.planning.YearCheck;
import org.grassroots.planner.reference.ReferenceResolution;
import org.grassroots.planner.rules.FindingMessages;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The findings of a check as text (grouped by severity and rule), JSON of the contract, or SARIF 2.1.0;
 * each says which reference the year was checked against.
 */
final class FindingsReport {
    private final String source;
    private final java.nio.file.Path planFile;
    private final Map<String, Integer> lineOfId;
    private final YearCheck check;
    private final List<Finding> findings;
    private final FindingMessages messages;
    /** the names the messages write for the codes they hold: the planning service's, of the reference checked against */
    private final org.grassroots.planner.model.Names names;
    private final Locale locale;

    /**
     * @param source what was checked, as the first line names it (a plan file, or a database URL with its year)
     * @param planFile the plan file (the SARIF artifact), or null for a database
     * @param lineOfId each initiative's line in the plan file (empty for a database)
     */
    FindingsReport(String source, java.nio.file.Path planFile, Map<String, Integer> lineOfId, YearCheck check,
            FindingMessages messages, Locale locale) {
        this.source = source;
        this.planFile = planFile;
        this.lineOfId = lineOfId;
        this.check = check;
        this.findings = check.findings();
        this.messages = messages;
        this.names = check.names();
        this.locale = locale;
    }

    String text() {
        StringBuilder out = new StringBuilder();
        Map<Severity, Long> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            counts.put(s, findings.stream().filter(f -> f.getSeverity() == s).count());
        }
        out.append("Reference: ").append(check.reference().describe()).append(System.lineSeparator());
        out.append(String.format("%s: FY%d, %d initiatives, %d findings (%d errors, %d warnings, %d info)%n", source,
                check.fiscalYear(), check.initiatives().size(), findings.size(), counts.get(Severity.ERROR),
                counts.get(Severity.WARNING), counts.get(Severity.INFO)));
        String group = null;
        for (Finding f : findings) {
            String g = f.getSeverity().code() + " " + f.getRule();
            if (!g.equals(group)) {
                group = g;
                long n = findings.stream().filter(x -> x.getSeverity() == f.getSeverity() && x.getRule().equals(f.getRule())).count();
                out.append(String.format("%n%s (%d)%n", g, n));
            }
            out.append("  ").append(messages.format(f, names, locale)).append(System.lineSeparator());
        }
        return out.toString();
    }

    String json() {
        JsonObject root = new JsonObject();
        root.addProperty("fiscal_year", check.fiscalYear());
        root.add("reference", reference());
        JsonArray array = new JsonArray();
        for (Finding f : findings) {
            JsonObject o = new JsonObject();
            o.addProperty("rule", f.getRule());
            o.addProperty("severity", f.getSeverity().code());
            o.addProperty("initiative", f.getInitiative());
            o.addProperty("mission", f.getMission());
            o.addProperty("state", f.getState());
            o.addProperty("message", messages.format(f, names, locale));
            o.add("facts", gson().toJsonTree(f.getFacts())); // a missing value is a fact too (no budget)
            array.add(o);
        }
        root.add("findings", array);
        return gson().toJson(root) + "\n";
    }

    String sarif(List<String> ruleIds) {
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "Grassroots Planner");
        JsonArray rules = new JsonArray();
        for (String id : ruleIds) {
            JsonObject r = new JsonObject();
            r.addProperty("id", id);
            rules.add(r);
        }
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        JsonArray results = new JsonArray();
        for (Finding f : findings) {
            JsonObject result = new JsonObject();
            result.addProperty("ruleId", f.getRule());
            result.addProperty("level", switch (f.getSeverity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "note";
            });
            JsonObject message = new JsonObject();
            message.addProperty("text", messages.format(f, names, locale));
            result.add("message", message);
            if (planFile != null) {
                JsonObject physical = new JsonObject();
                JsonObject artifact = new JsonObject();
                artifact.addProperty("uri", planFile.toUri().toString());
                physical.add("artifactLocation", artifact);
                Integer line = f.getInitiative() == null ? null : lineOfId.get(f.getInitiative());
                if (line != null) {
                    JsonObject region = new JsonObject();
                    region.addProperty("startLine", line);
                    physical.add("region", region);
                }
                JsonObject location = new JsonObject();
                location.add("physicalLocation", physical);
                JsonArray locations = new JsonArray();
                locations.add(location);
                result.add("locations", locations);
            }
            results.add(result);
        }
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("results", results);
        JsonObject properties = new JsonObject();
        properties.addProperty("fiscal_year", check.fiscalYear());
        properties.add("reference", reference());
        run.add("properties", properties);
        JsonArray runs = new JsonArray();
        runs.add(run);
        JsonObject root = new JsonObject();
        root.addProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.addProperty("version", "2.1.0");
        root.add("runs", runs);
        return gson().toJson(root) + "\n";
    }

    /** @return the contract's {@code reference} object */
    private JsonObject reference() {
        ReferenceResolution r = check.reference();
        JsonObject o = new JsonObject();
        o.addProperty("fiscal_year", r.fiscalYear());
        o.addProperty("source", r.source().code());
        o.addProperty("from_fiscal_year", r.fromFiscalYear());
        o.addProperty("from_source", r.fromSource() == null ? null : r.fromSource().code());
        return o;
    }

    private static com.google.gson.Gson gson() {
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();
    }
}
