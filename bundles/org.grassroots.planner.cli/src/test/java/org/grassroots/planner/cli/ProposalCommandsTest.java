package org.grassroots.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.store.ProposalState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proposal workflow on the command line with the shipped sample: the Chicago FY2023 plan has error
 * findings, so proposing it without justifications is refused with each finding named; with them it is
 * proposed, the export carries the justifications, and the reviewer returns and approves it.
 */
class ProposalCommandsTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private String url;

    @BeforeEach
    void sampleInTheDatabase() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        Path file = dir.resolve("sample-fy2023-plan.csv");
        try (InputStream in = ReferenceData.openSample("sample-fy2023-plan.csv")) {
            Files.copy(in, file);
        }
        url = PlanStore.embeddedUrl(dir.resolve("db"));
        assertEquals(Planner.OK, planner("import", "--plan", file.toString(), "--db", url));
        out.reset();
    }

    private int planner(String... args) {
        return Planner.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** @return the keys the refusal named (lines "  KEY: message" of stderr) */
    private List<String> refusedKeys() {
        List<String> keys = new ArrayList<>();
        for (String line : errors().split("\\R")) {
            if (line.startsWith("  ") && line.contains(":") && !line.contains("--justify")) {
                String key = line.strip();
                int first = key.indexOf(':');
                keys.add(key.substring(0, key.indexOf(':', first + 1)));
            }
        }
        return keys;
    }

    @Test
    void proposingWithUnjustifiedErrorsIsRefusedThenJustifiedItIsProposedExportedAndReviewed() throws Exception {
        String mission = missionWithErrors();
        assertEquals(Planner.ERROR_FINDINGS, planner("propose", "--fy", "2023", "--mission", mission, "--db", url));
        assertTrue(errors().contains("without a written justification"), errors());
        List<String> keys = refusedKeys();
        assertTrue(!keys.isEmpty(), errors());
        try (PlanStore store = PlanStore.open(url)) {
            assertEquals(ProposalState.DRAFT, store.proposals().get(2023, mission).state());
        }

        List<String> args = new ArrayList<>(List.of("propose", "--fy", "2023", "--mission", mission, "--db", url));
        for (String key : keys) {
            args.add("--justify");
            args.add(key + "=理由: " + key);
        }
        err.reset();
        assertEquals(Planner.OK, planner(args.toArray(String[]::new)), errors());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("FY2023 " + mission + " proposed"), out.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Changes since FY2022"), out.toString());

        Path html = dir.resolve("proposal.html");
        assertEquals(Planner.OK, planner("export", "--fy", "2023", "--mission", mission, "--db", url, "--format", "html",
                "--lang", "ja", "--out", html.toString()), errors());
        String page = Files.readString(html);
        assertTrue(page.contains("理由: " + keys.get(0)), "the export carries the justification");
        assertTrue(page.contains("提案済み"), "and the state");

        assertEquals(Planner.ERROR_FINDINGS, planner("propose", "--fy", "2023", "--mission", mission, "--db", url));
        assertEquals(Planner.OK, planner("return", "--fy", "2023", "--mission", mission, "--db", url, "--comment", "Too costly"));
        out.reset();
        assertEquals(Planner.OK, planner("proposal", "--fy", "2023", "--mission", mission, "--db", url));
        String shown = out.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("returned (Too costly)"), shown);
        assertTrue(shown.contains("Changes since the proposal of"), shown);
        assertTrue(shown.contains("0 added, 0 dropped, 0 budget changed"), shown);
        assertEquals(Planner.ERROR_FINDINGS, planner("approve", "--fy", "2023", "--mission", mission, "--db", url));
        assertEquals(Planner.OK, planner(args.toArray(String[]::new)), errors());
        assertEquals(Planner.OK, planner("approve", "--fy", "2023", "--mission", mission, "--db", url));
        assertEquals(Planner.BAD_INPUT, planner("propose", "--fy", "2023", "--mission", "cg-atlantis", "--db", url));
        assertEquals(Planner.BAD_INPUT, planner("propose", "--fy", "2023", "--mission", mission, "--db", url, "--justify",
                "no-equals-sign"));
    }

    @Test
    void exportShowsWhatChangedSinceTheLastProposal() throws Exception {
        String mission = missionWithErrors();
        Path html = dir.resolve("changes.html");
        assertEquals(Planner.OK, planner("export", "--fy", "2023", "--mission", mission, "--db", url, "--format", "html",
                "--lang", "en", "--out", html.toString()), errors());
        String page = Files.readString(html);
        assertTrue(page.contains("Not proposed before"), "nothing invented before the first proposal");
        assertTrue(page.contains("The plan has no initiative of FY2022"), "the sample has no FY2022");

        assertEquals(Planner.ERROR_FINDINGS, planner("propose", "--fy", "2023", "--mission", mission, "--db", url));
        List<String> args = new ArrayList<>(List.of("propose", "--fy", "2023", "--mission", mission, "--db", url));
        for (String key : refusedKeys()) {
            args.add("--justify");
            args.add(key + "=ok");
        }
        assertEquals(Planner.OK, planner(args.toArray(String[]::new)), errors());
        Initiative changed;
        try (PlanStore store = PlanStore.open(url)) { // an edit after the proposal: one budget raised by 100,000
            Initiative first = store.initiativesOfMission(2023, mission).stream().filter(i -> !i.isCancelled()).findFirst()
                    .orElseThrow();
            long budget = first.getBudgetJpy() == null ? 0 : first.getBudgetJpy();
            changed = first.toBuilder().budgetJpy(budget + 100_000).build();
            store.save(List.of(changed));
        }
        assertEquals(Planner.OK, planner("export", "--fy", "2023", "--mission", mission, "--db", url, "--format", "html",
                "--lang", "en", "--out", html.toString()), errors());
        page = Files.readString(html);
        assertTrue(page.contains("Since the last proposal (" + java.time.LocalDate.now().getYear()), page);
        assertTrue(page.contains("0 added, 0 dropped, 1 budget changed, 0 otherwise changed"), page);
        assertTrue(page.contains("<td>" + changed.getId() + "</td>"), page);
        assertTrue(page.contains("(+100,000)"), page);
        // a plan file knows no proposal: the documents say so
        assertEquals(Planner.OK, planner("export", "--fy", "2023", "--mission", mission, "--plan",
                dir.resolve("sample-fy2023-plan.csv").toString(), "--format", "html", "--lang", "en", "--out", html.toString()),
                errors());
        assertTrue(Files.readString(html).contains("The plan was read from a file"));
    }

    /** @return a mission of the sample whose FY2023 proposal has an error finding (found through check) */
    private String missionWithErrors() throws Exception {
        Path json = dir.resolve("findings.json");
        planner("check", "--plan", dir.resolve("sample-fy2023-plan.csv").toString(), "--format", "json", "--out",
                json.toString());
        com.google.gson.JsonObject root = com.google.gson.JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        java.util.Map<String, String> missionOf = new java.util.HashMap<>();
        try (PlanStore store = PlanStore.open(url)) {
            for (Initiative i : store.initiatives(2023)) {
                missionOf.put(i.getId(), i.getMission());
            }
        }
        for (com.google.gson.JsonElement e : root.getAsJsonArray("findings")) {
            com.google.gson.JsonObject f = e.getAsJsonObject();
            if ("error".equals(f.get("severity").getAsString()) && !f.get("initiative").isJsonNull()) {
                return missionOf.get(f.get("initiative").getAsString());
            }
        }
        throw new AssertionError("the sample has no error finding about an initiative");
    }
}
