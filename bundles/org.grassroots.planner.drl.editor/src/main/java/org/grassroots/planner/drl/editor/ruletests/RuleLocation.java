package org.grassroots.planner.drl.editor.ruletests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.grassroots.planner.drl.editor.RuleFileKind;
import org.grassroots.planner.drl.editor.structure.DrlElement;
import org.grassroots.planner.drl.editor.structure.DrlStructure;

/**
 * Where a rule is written: the rule file ({@code .drl} or {@code .dslr}) of a folder that declares it, and the offset and
 * length of its name.
 */
public record RuleLocation(Path file, int offset, int length) {

    /** @return where the rule of this name is in the folder's rule files (by file name), or null */
    public static RuleLocation find(Path folder, String rule) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files.filter(f -> RuleFileKind.of(f) != null && RuleFileKind.of(f).hasRules()).sorted()::iterator) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (DrlElement e : DrlStructure.parse(text).of(DrlElement.Kind.RULE)) {
                    if (e.name().equals(rule)) {
                        return new RuleLocation(file, e.nameOffset(), e.nameLength());
                    }
                }
            }
        } catch (IOException e) {
            // an unreadable folder holds no rule we can show
        }
        return null;
    }
}
