package org.grassroots.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.rules.ShippedRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line held to the README: every command of its table, with every exit status the table
 * documents for it, runs here and ends with that status. A status documented without a case here, or a
 * case for a command the README no longer documents, fails the test.
 */
class ReadmeCommandsTest {
    /** A row of the table: the command (with its subcommand for {@code db}: {@code db copy}, {@code db backup\|restore}) and its exit statuses. */
    private static final Pattern ROW = Pattern.compile(
            "^\\| `\\./planner ((?:db )?[a-z-]+(?:\\\\\\|[a-z-]+)?)[ `].*\\|([^|]*)\\|\\s*$");
    private static final Pattern STATUS = Pattern.compile("(?<![\\d.,])([012])(?![\\d.])");

    @TempDir
    Path dir;
    private final CommandRun run = new CommandRun();
    private String url;

    @BeforeEach
    void database() {
        url = org.grassroots.planner.store.PlanStore.embeddedUrl(dir.resolve("db"));
    }

    private int planner(List<String> args) {
        return run.planner(args);
    }

    private int planner(String... args) {
        return run.planner(args);
    }

    private String sample(String name) {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            try (InputStream in = ReferenceData.openSample(name)) {
                Files.copy(in, file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return file.toString();
    }

    /** @return the documented exit statuses of each command of the README's table, e.g. check → [0, 1, 2] */
    static Map<String, TreeSet<Integer>> documented() throws IOException {
        Path readme = ShippedRules.folder().toAbsolutePath().getParent().resolve("README.md");
        Map<String, TreeSet<Integer>> commands = new LinkedHashMap<>();
        for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                TreeSet<Integer> statuses = new TreeSet<>();
                Matcher s = STATUS.matcher(row.group(2));
                while (s.find()) {
                    statuses.add(Integer.parseInt(s.group(1)));
                }
                String prefix = row.group(1).startsWith("db ") ? "db " : "";
                for (String command : row.group(1).substring(prefix.length()).split("\\\\\\|")) {
                    commands.put(prefix + command, statuses);
                }
            }
        }
        return commands;
    }

    private String write(String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Proposes the sample's mission with a justification for each error finding it is refused for. */
    private int proposeJustified(String mission) {
        List<String> args = new ArrayList<>(List.of("propose", "--fy", "2023", "--mission", mission, "--db", url));
        planner(args);
        run.stderr().lines().filter(l -> l.startsWith("  ") && !l.contains("--justify"))
                .map(l -> l.strip().substring(0, l.strip().indexOf(':', l.strip().indexOf(':') + 1)))
                .forEach(key -> {
                    args.add("--justify");
                    args.add(key + "=justified in the README test");
                });
        return planner(args);
    }

    private Path brokenRuleTests() throws IOException {
        Path copy = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(ShippedRules.folder())) {
            for (Path f : files.toList()) {
                Path to = copy.resolve(ShippedRules.folder().relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Path expected = copy.resolve("tests").resolve("no-partner").resolve("expected.csv");
        Files.writeString(expected, Files.readString(expected).replace("P-NONE", "P-SOMEONE-ELSE"));
        return copy;
    }

    @Test
    void everyDocumentedCommandEndsWithEveryStatusTheReadmeGivesIt() throws Exception {
        String plan = sample("sample-fy2023-plan.csv");
        String html = dir.resolve("proposal.html").toString();
        Map<String, Supplier<Integer>> cases = new LinkedHashMap<>();
        cases.put("check 0", () -> planner("check", "--plan", sample("one-row.csv")));
        cases.put("check 1", () -> planner("check", "--plan", plan));
        cases.put("check 2", () -> planner("check", "--plan", dir.resolve("missing.csv").toString()));
        cases.put("import 0", () -> planner("import", "--plan", plan, "--db", url));
        cases.put("history 0", () -> planner("history", "--id", "SAMPLE-001", "--db", url));
        cases.put("history 2", () -> planner("history", "--id", "NO-SUCH-ID", "--db", url));
        cases.put("db migrate 0", () -> planner("db", "migrate", "--db", url));
        cases.put("db migrate 2", () -> planner("db", "grant", "--db", url, "--user", "alice", "--reader"));
        String backup = dir.resolve("backup.zip").toString();
        String copy = org.grassroots.planner.store.PlanStore.embeddedUrl(dir.resolve("copy"));
        cases.put("db backup 0", () -> planner("db", "backup", "--db", url, "--out", backup));
        cases.put("db backup 2", () -> planner("db", "backup", "--db", "jdbc:postgresql://127.0.0.1:1/planner", "--out", backup));
        cases.put("db restore 0", () -> planner("db", "restore", "--db", copy, "--from", backup));
        cases.put("db restore 2", () -> planner("db", "restore", "--db", url, "--from", backup)); // it holds data
        cases.put("db copy 0", () -> planner("db", "copy", "--from", url,
                "--to", org.grassroots.planner.store.PlanStore.embeddedUrl(dir.resolve("moved"))));
        cases.put("db copy 2", () -> planner("db", "copy", "--from", url, "--to", copy)); // it holds a plan
        cases.put("import 2", () -> planner("import", "--plan", dir.resolve("missing.csv").toString(), "--db", url));
        cases.put("export 0", () -> planner("export", "--fy", "2023", "--plan", plan, "--format", "html", "--out", html));
        cases.put("export 2", () -> planner("export", "--fy", "2023", "--plan", plan, "--format", "docx", "--out", html));
        cases.put("propose 1", () -> planner("propose", "--fy", "2023", "--mission", "cg-denver", "--db", url));
        cases.put("propose 0", () -> proposeJustified("cg-denver"));
        cases.put("propose 2", () -> planner("propose", "--fy", "2023", "--mission", "cg-atlantis", "--db", url));
        cases.put("return 0", () -> planner("return", "--fy", "2023", "--mission", "cg-denver", "--db", url, "--comment", "Less"));
        cases.put("return 1", () -> planner("return", "--fy", "2023", "--mission", "cg-denver", "--db", url, "--comment", "Again"));
        cases.put("return 2", () -> planner("return", "--fy", "2023", "--mission", "cg-denver", "--db", url));
        cases.put("approve 1", () -> planner("approve", "--fy", "2023", "--mission", "cg-denver", "--db", url));
        cases.put("approve 0", () -> proposeJustified("cg-denver") == 0
                ? planner("approve", "--fy", "2023", "--mission", "cg-denver", "--db", url) : -1);
        cases.put("approve 2", () -> planner("approve", "--fy", "2023", "--mission", "cg-atlantis", "--db", url));
        cases.put("proposal 0", () -> planner("proposal", "--fy", "2023", "--mission", "cg-denver", "--db", url));
        cases.put("proposal 2", () -> planner("proposal", "--fy", "2023", "--mission", "cg-atlantis", "--db", url));
        String scenario = write("cut.json", "{\"name\": \"cap -10%\", \"reference\": {\"budget_cap_jpy\": 198000000}}");
        String suggested = dir.resolve("suggested.json").toString();
        cases.put("what-if 0", () -> planner("what-if", "--fy", "2023", "--plan", plan, "--scenario", scenario));
        cases.put("what-if 2", () -> planner("what-if", "--fy", "2023", "--plan", plan, "--scenario", plan));
        cases.put("suggest 0", () -> planner("suggest", "--fy", "2023", "--plan", plan, "--seconds", "2", "--out", suggested));
        cases.put("suggest 1", () -> planner("suggest", "--fy", "2023", "--plan", write("done.csv",
                "id,fiscal_year,mission,title_ja,kind,themes,states,budget_jpy,status\n"
                        + "D-1,2023,cg-chicago,\u5b9f\u65bd\u6e08\u307f,japan-event,digital,IL,5000000,done\n"),
                "--reference", write("tiny.json", "{\"fiscal_year\": 2023, \"budget_cap_jpy\": 1000000, \"mission_share_max\": 0.25,"
                        + " \"priority_themes\": [\"digital\"], \"priority_states\": [\"IL\"]}"),
                "--seconds", "1", "--out", dir.resolve("none.json").toString()));
        cases.put("suggest 2", () -> planner("suggest", "--fy", "2023", "--plan", plan, "--out", plan));
        cases.put("test-rules 0", () -> planner("test-rules"));
        cases.put("test-rules 1", () -> {
            try {
                return planner("test-rules", "--rules", brokenRuleTests().toString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        cases.put("test-rules 2", () -> planner("test-rules", "--rules", dir.resolve("no-such-rules").toString()));
        cases.put("verify-rules 0", () -> planner("verify-rules"));
        cases.put("verify-rules 1", () -> { // the copy of test-rules 1, with a rule naming an unknown state that no test fires
            try {
                Files.writeString(dir.resolve("rules").resolve("mars.drl"), "package rules\n\nimport org.grassroots.planner.model.Initiative\n"
                        + "import org.grassroots.planner.rules.Report\n\nrule \"MARS\" @severity(info)\n"
                        + "when\n    $i : Initiative( states contains \"XX\" )\nthen\n    Report.initiative( drools, $i );\nend\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return planner("verify-rules", "--rules", dir.resolve("rules").toString());
        });
        cases.put("verify-rules 2", () -> planner("verify-rules", "--rules", dir.resolve("no-such-rules").toString()));

        Map<String, TreeSet<Integer>> readme = documented();
        assertFalse(readme.isEmpty(), "the README's table of commands was not found");
        for (Map.Entry<String, TreeSet<Integer>> e : readme.entrySet()) {
            assertFalse(e.getValue().isEmpty(), "the README gives no exit status for " + e.getKey());
            for (int status : e.getValue()) {
                assertTrue(cases.containsKey(e.getKey() + " " + status),
                        "the README documents exit " + status + " of " + e.getKey() + " but no test runs it");
            }
        }
        for (Map.Entry<String, Supplier<Integer>> c : cases.entrySet()) { // in order: later cases build on earlier ones
            int space = c.getKey().lastIndexOf(' ');
            String[] commandAndStatus = { c.getKey().substring(0, space), c.getKey().substring(space + 1) };
            assertTrue(readme.getOrDefault(commandAndStatus[0], new TreeSet<>()).contains(Integer.parseInt(commandAndStatus[1])),
                    "the README does not document " + c.getKey() + ": " + readme);
            assertEquals(Integer.parseInt(commandAndStatus[1]), c.getValue().get(),
                    c.getKey() + ": " + run.stdout() + run.stderr());
        }
    }
}
