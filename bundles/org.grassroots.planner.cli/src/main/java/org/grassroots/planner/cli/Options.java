package org.grassroots.planner.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} options of one command. Every option of the contract takes one value, so
 * a few lines do what an option library would.
 */
final class Options {
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, List<String>> repeated = new HashMap<>();

    private Options() {
    }

    /** @throws UsageException on an unknown option or an option without its value */
    static Options parse(List<String> args, Set<String> known) throws UsageException {
        Options o = new Options();
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (!name.startsWith("--") || !known.contains(name.substring(2))) {
                throw new UsageException("unknown option: " + name);
            }
            if (i + 1 >= args.size()) {
                throw new UsageException("option " + name + " needs a value");
            }
            o.values.put(name.substring(2), args.get(++i));
            o.repeated.computeIfAbsent(name.substring(2), k -> new java.util.ArrayList<>()).add(args.get(i));
        }
        return o;
    }

    String get(String name) {
        return values.get(name);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** @return every value of an option that may be given more than once, in order (empty if none) */
    List<String> all(String name) {
        return repeated.getOrDefault(name, List.of());
    }

    String required(String name) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            throw new UsageException("option --" + name + " is required");
        }
        return v;
    }

    /** A command line that does not follow the contract. */
    static class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** A command line that follows the contract but names input the command cannot use (said in one line, no usage). */
    static final class InputException extends UsageException {
        private static final long serialVersionUID = 1L;

        InputException(String message) {
            super(message);
        }
    }
}
