package org.grassroots.planner.drl.editor.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.grassroots.planner.drl.editor.RuleFileKind;
import org.grassroots.planner.drl.editor.structure.DrlElement;
import org.grassroots.planner.drl.editor.structure.DrlStructure;

/**
 * A file of a rules folder: a rule file ({@code .drl}, or {@code .dslr} written in phrases) with the number of its
 * rules, or a phrase file ({@code .dsl}), data file ({@code .csv}) or messages file (rules: -1).
 */
public record RuleFile(Path path, int rules) {

    public boolean isDrl() {
        return path.getFileName().toString().endsWith(".drl");
    }

    /** @return whether the DRL editor edits the file (a rule file or a phrase file) */
    public boolean isRuleFile() {
        return RuleFileKind.of(path) != null;
    }

    /**
     * @return the rule files of the folder ({@code .drl} and {@code .dslr}), then its phrase files, then its data files
     *         ({@code .csv}: the kind and theme matrix), then its messages files, each by name
     */
    public static List<RuleFile> in(Path folder) {
        List<RuleFile> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sorted = files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
            for (Path p : sorted) {
                String name = p.getFileName().toString();
                RuleFileKind kind = RuleFileKind.of(p);
                if (kind != null && kind.hasRules()) {
                    out.add(new RuleFile(p, rulesIn(p)));
                }
            }
            for (Path p : sorted) {
                if (RuleFileKind.of(p) == RuleFileKind.DSL) {
                    out.add(new RuleFile(p, -1));
                }
            }
            for (Path p : sorted) { // the rules' data: the kind and theme matrix (kind-themes.csv), edited in Excel
                if (p.getFileName().toString().endsWith(".csv")) {
                    out.add(new RuleFile(p, -1));
                }
            }
            for (Path p : sorted) {
                String name = p.getFileName().toString();
                if (name.startsWith("messages") && name.endsWith(".properties")) {
                    out.add(new RuleFile(p, -1));
                }
            }
        } catch (IOException e) {
            // an unreadable folder shows empty; the banner says why the rules do not compile
        }
        return out;
    }

    private static int rulesIn(Path drl) {
        try {
            return DrlStructure.parse(Files.readString(drl, StandardCharsets.UTF_8)).of(DrlElement.Kind.RULE).size();
        } catch (IOException e) {
            return 0;
        }
    }
}
