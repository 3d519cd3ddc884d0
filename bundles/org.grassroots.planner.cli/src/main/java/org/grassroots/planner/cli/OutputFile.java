package org.grassroots.planner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.grassroots.planner.importer.FileReplacement;

/**
 * The {@code --out FILE} of every command: never one of the command's inputs (the plan, the reference,
 * the rule files, the embedded database), and written to a temporary file in the same folder that is
 * renamed into place, so a failed run leaves no file behind and an existing file is replaced whole.
 */
final class OutputFile {
    private OutputFile() {
    }

    /**
     * @param out the option's value, or null
     * @param inputs every file the command reads (missing ones and null are ignored)
     * @return the output's absolute path, or null without {@code --out}
     * @throws Options.UsageException if the output is an input, a folder, or in a folder that does not exist
     */
    static Path target(String out, Collection<Path> inputs) throws Options.UsageException {
        if (out == null) {
            return null;
        }
        Path target = Path.of(out).toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new Options.InputException("--out " + out + " is a folder; name a file");
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new Options.InputException("cannot write " + target + ": the folder " + target.getParent()
                    + " does not exist");
        }
        for (Path input : inputs) {
            if (input != null && same(target, input)) {
                throw new Options.InputException("--out " + out + " is an input of the command (" + input
                        + "); nothing was written: name another file");
            }
        }
        return target;
    }

    private static boolean same(Path target, Path input) {
        Path in = input.toAbsolutePath().normalize();
        if (in.equals(target)) {
            return true;
        }
        try {
            return Files.exists(target) && Files.exists(in) && Files.isSameFile(target, in);
        } catch (IOException e) {
            return true; // cannot tell: refuse rather than risk an input
        }
    }

    /** @return the rule files of a rules folder (the rules, their messages and tests), for {@link #target} */
    static List<Path> ruleFiles(Path rulesFolder) {
        List<Path> files = new ArrayList<>();
        if (rulesFolder != null && Files.isDirectory(rulesFolder)) {
            try (Stream<Path> walk = Files.walk(rulesFolder)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // an unreadable rules folder fails when the rules compile
            }
        }
        return files;
    }

    /** @return the files of an embedded H2 database URL ({@code jdbc:h2:file:PATH…}), else none */
    static List<Path> databaseFiles(String url) {
        if (url == null || !url.startsWith("jdbc:h2:file:")) {
            return List.of();
        }
        String path = url.substring("jdbc:h2:file:".length());
        int semicolon = path.indexOf(';');
        if (semicolon >= 0) {
            path = path.substring(0, semicolon);
        }
        try {
            return List.of(Path.of(path + ".mv.db"), Path.of(path + ".trace.db"));
        } catch (java.nio.file.InvalidPathException e) {
            return List.of();
        }
    }

    /** Writes the bytes to the target through a temporary file beside it ({@link FileReplacement}). */
    static void write(Path target, byte[] bytes) throws IOException {
        FileReplacement.replace(target, aside -> Files.write(aside, bytes));
    }
}
