package org.grassroots.planner.drl.editor;

import java.nio.file.Path;

/**
 * The kinds of file the DRL editor edits: DRL, rules written in the phrases of the folder's {@code .dsl} files
 * ({@code .dslr}), and those phrases ({@code .dsl}). The engine compiles the first two; the third gives the second
 * its meaning.
 */
public enum RuleFileKind {
    /** a {@code .drl} file */
    DRL(".drl"),
    /** a {@code .dslr} file: rules whose lines may be phrases of the folder's {@code .dsl} files */
    DSLR(".dslr"),
    /** a {@code .dsl} file: the phrases, each {@code [when]} or {@code [then]}, the phrase, {@code =} and its DRL */
    DSL(".dsl");

    private final String extension;

    RuleFileKind(String extension) {
        this.extension = extension;
    }

    /** @return the kind of this file, or null if the editor does not edit it */
    public static RuleFileKind of(Path file) {
        if (file == null || file.getFileName() == null) {
            return null;
        }
        String name = file.getFileName().toString();
        for (RuleFileKind k : values()) {
            if (name.endsWith(k.extension)) {
                return k;
            }
        }
        return null;
    }

    /** @return whether the engine compiles files of this kind into rules */
    public boolean hasRules() {
        return this != DSL;
    }

    /** @return the file name extension, with its dot */
    public String extension() {
        return extension;
    }
}
