package org.grassroots.planner.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.grassroots.planner.rules.RuleFailureException;

/** Dispatches the commands of the command-line contract. */
public final class Planner {
    /** No finding of severity error; the command did its work. */
    public static final int OK = 0;
    /** At least one error finding. */
    public static final int ERROR_FINDINGS = 1;
    /** The input or the rules could not be read; nothing was written. */
    public static final int BAD_INPUT = 2;

    static final String USAGE = String.join("\n",
            "usage: planner check (--plan FILE | --db URL --fy YEAR) [--fy YEAR] [--reference FILE] [--rules DIR]",
            "                     [--format text|json|sarif] [--out FILE] [--encoding NAME] [--timeout SECONDS]",
            "       planner what-if --fy YEAR (--db URL | --plan FILE) [--reference FILE] --scenario FILE.json",
            "                       [--format text|json|xlsx] [--out FILE] [--rules DIR] [--timeout SECONDS] [--lang ja|en]",
            "       planner suggest --fy YEAR (--db URL | --plan FILE) [--reference FILE] [--seconds N (default 10)]",
            "                       [--weights themes=N,states=N,outreach=N,balance=N,changes=N] --out FILE.json [--lang ja|en]",
            "       planner import --plan FILE [--db JDBC-URL] [--encoding NAME]",
            "       planner export --fy YEAR [--mission CODE] [--db URL | --plan FILE] [--document proposal|results|plan]",
            "                      --format xlsx|html|pdf|csv --out FILE [--lang ja|en] [--rules DIR]",
            "       planner propose --fy YEAR --mission CODE [--db URL] [--justify RULE:SUBJECT=TEXT ...] [--rules DIR]",
            "       planner approve|return --fy YEAR --mission CODE [--db URL] [--comment TEXT]",
            "       planner proposal --fy YEAR --mission CODE [--db URL]",
            "       planner test-rules [--rules DIR] [--format text|json|junit] [--out FILE]",
            "       planner verify-rules [--rules DIR]",
            "       planner history --id ID [--db URL]",
            "       planner db migrate --db URL",
            "       planner db grant|revoke --db URL --user NAME (--planner MISSION | --reviewer | --reader)",
            "       planner db roles --db URL",
            "       planner db copy --from URL --to URL     (--db-user: the --to server's administrator)",
            "       planner db backup --db URL --out FILE; planner db restore --db URL --from FILE   (embedded H2 only)",
            "       (--encoding: of a CSV plan, e.g. UTF-8 or Shift_JIS; detected when not given)",
            "       (--db-user NAME, beside --db: the database user; the password from PLANNER_DB_PASSWORD,",
            "        else asked on the terminal)");

    private Planner() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return BAD_INPUT;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "check" -> new CheckCommand(out, err).run(rest);
                case "import" -> new ImportCommand(out, err).run(rest);
                case "what-if" -> new WhatIfCommand(out, err).run(rest);
                case "suggest" -> new SuggestCommand(out, err).run(rest);
                case "export" -> new ExportCommand(out, err).run(rest);
                case "propose", "approve", "return", "proposal" -> new ProposalCommands(out, err).run(args[0], rest);
                case "test-rules" -> new TestRulesCommand(out, err).run(rest);
                case "verify-rules" -> new VerifyRulesCommand(out, err).run(rest);
                case "db" -> new DatabaseCommands(out, err).run(rest);
                case "history" -> new HistoryCommand(out, err).run(rest);
                default -> throw new Options.UsageException("unknown command: " + args[0]);
            };
        } catch (Options.InputException e) {
            err.println("planner: " + e.getMessage());
            return BAD_INPUT;
        } catch (Options.UsageException e) {
            err.println("planner: " + e.getMessage());
            err.println(USAGE);
            return BAD_INPUT;
        } catch (RuleFailureException e) {
            // the rules could not finish (a rule threw, looped past the firing limit, ran out of time): no findings to trust
            err.println("planner: the rules could not finish: " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
            // fail closed: the command did not run to its end, so it is neither 0 nor 1
            err.println("planner: " + args[0] + " failed: " + FailureLog.oneLine(e) + FailureLog.write(args, e));
            return BAD_INPUT;
        }
    }
}
