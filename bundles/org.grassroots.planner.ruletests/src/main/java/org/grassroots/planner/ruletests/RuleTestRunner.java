package org.grassroots.planner.ruletests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.rules.RuleTestReport;
import org.grassroots.planner.rules.RuleTestResult;
import org.grassroots.planner.rules.RuleTests;

/**
 * Reads and runs the rule tests of a folder ({@code rules/tests}) one after the other against a compiled rule set,
 * telling a {@link Progress} which test is next and stopping when it is cancelled. What {@code planner test-rules}
 * prints and what the workbench's Rule Tests view shows both come from here.
 */
public final class RuleTestRunner {

    /** Hears the progress of a run, and may cancel it between two tests. */
    public interface Progress {
        /** A run that nobody watches. */
        Progress NONE = new Progress() {
        };

        /** Called once the test folders are known. */
        default void begin(int tests) {
        }

        /** Called before each test is read and run. */
        default void test(String name) {
        }

        /** @return whether to stop before the next test */
        default boolean cancelled() {
            return false;
        }
    }

    /** Thrown when the progress cancelled the run. */
    public static final class Cancelled extends Exception {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("cancelled");
        }
    }

    private RuleTestRunner() {
    }

    /**
     * @param testsFolder the folder of the tests, a folder per test
     * @return the report, or null when the folder holds no test (or is no folder)
     * @throws IOException when the folder cannot be listed
     */
    public static RuleTestReport run(RuleSet rules, Path testsFolder, Progress progress) throws IOException, Cancelled {
        if (!Files.isDirectory(testsFolder)) {
            return null;
        }
        List<Path> folders = RuleTestFiles.folders(testsFolder);
        if (folders.isEmpty()) {
            return null;
        }
        progress.begin(folders.size());
        List<RuleTestResult> results = new ArrayList<>();
        for (Path dir : folders) {
            if (progress.cancelled()) {
                throw new Cancelled();
            }
            String name = dir.getFileName().toString();
            progress.test(name);
            try {
                results.add(RuleTests.run(rules, RuleTestFiles.read(dir)));
            } catch (RuleTestFiles.BrokenTest e) {
                results.add(RuleTestResult.broken(name, dir.toString(), e.problems()));
            }
        }
        return RuleTests.report(rules, results);
    }
}
