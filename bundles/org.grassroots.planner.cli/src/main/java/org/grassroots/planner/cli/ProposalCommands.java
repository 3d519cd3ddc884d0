package org.grassroots.planner.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.PlanDiff;
import org.grassroots.planner.planning.PlanningService;
import org.grassroots.planner.planning.ProposalOutcome;
import org.grassroots.planner.planning.ProposalStatus;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.reference.ReferenceResolver.NoReferenceException;
import org.grassroots.planner.rules.RuleSet;
import org.grassroots.planner.store.PlanStore;
import org.grassroots.planner.store.Proposal;
import org.grassroots.planner.store.ProposalRefusedException;
import org.grassroots.planner.store.StoreException;

/**
 * The proposal workflow on the command line, on the database ({@code --db}, the embedded one by default):
 * <ul>
 * <li>{@code planner propose --fy YEAR --mission CODE [--justify RULE:SUBJECT=TEXT …] [--rules DIR]}: freezes the
 * mission's plan; refused (exit 1, each unjustified finding named) while an error finding has no justification;</li>
 * <li>{@code planner approve --fy YEAR --mission CODE [--comment TEXT]} and
 * {@code planner return --fy YEAR --mission CODE --comment TEXT}: the reviewer's steps (exit 1 when not proposed);</li>
 * <li>{@code planner proposal --fy YEAR --mission CODE}: its state and what changed since the last proposed
 * snapshot and since the previous fiscal year.</li>
 * </ul>
 * Exit 2 on bad input.
 */
final class ProposalCommands {
    private static final int REFUSED = Planner.ERROR_FINDINGS;
    private final PrintStream out;
    private final PrintStream err;

    ProposalCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String command, List<String> args) throws Options.UsageException {
        Options options = Options.parse(args, Set.of("fy", "mission", "db", "db-user", "rules", "justify", "comment"));
        int year = ExportCommand.Exports.fiscalYear(options.required("fy"));
        String mission = options.required("mission");
        if (ReferenceData.shipped().mission(mission) == null) {
            err.println("planner: unknown mission code: " + mission);
            return Planner.BAD_INPUT;
        }
        try (PlanStore store = PlanStore.open(DatabaseOption.login(options))) {
            return switch (command) {
                case "propose" -> propose(store, year, mission, options);
                case "approve" -> review(PlanningService.on(store).approve(year, mission, options.get("comment")));
                case "return" -> review(PlanningService.on(store).giveBack(year, mission, options.required("comment")));
                default -> show(store, year, mission);
            };
        } catch (ProposalRefusedException e) {
            err.println("planner: refused: " + e.getMessage());
            return REFUSED;
        } catch (org.grassroots.planner.store.AccessRefusedException e) {
            // a workflow step the login's role may not take: refused like an unjustified proposal, naming the role needed
            err.println("planner: refused: " + e.getMessage());
            return REFUSED;
        } catch (StoreException e) {
            err.println("planner: " + e.getMessage());
            return Planner.BAD_INPUT;
        }
    }

    private int propose(PlanStore store, int year, String mission, Options options) throws Options.UsageException {
        Map<String, String> justifications = new LinkedHashMap<>();
        for (String j : options.all("justify")) {
            int eq = j.indexOf('=');
            if (eq <= 0 || j.indexOf(':') <= 0 || j.indexOf(':') > eq) {
                throw new Options.UsageException("--justify takes RULE:SUBJECT=TEXT (for example "
                        + "REGION-OUTSIDE-JURISDICTION:I-001=\"joint event with CG Houston\"), not " + j);
            }
            justifications.put(j.substring(0, eq).strip(), j.substring(eq + 1));
        }
        RuleSet rules = RulesOption.compile(RulesOption.folder(options), err);
        if (rules == null) {
            return Planner.BAD_INPUT;
        }
        ProposalOutcome outcome;
        try {
            outcome = PlanningService.on(store).propose(rules, year, mission, justifications);
        } catch (NoReferenceException | IllegalArgumentException e) {
            err.println("planner: " + e.getMessage());
            return Planner.BAD_INPUT;
        }
        for (String key : outcome.notErrorFindings()) {
            err.println("planner: note: " + key + " is not an error finding of this proposal; its justification is not kept");
        }
        if (!outcome.proposed()) {
            err.println("planner: refused: " + outcome.unjustified().size()
                    + " error finding(s) without a written justification; nothing was stored");
            for (String key : outcome.unjustified()) {
                err.println("  " + key + ": " + outcome.errors().get(key).message());
            }
            err.println("  justify each with --justify KEY=TEXT, or change the plan");
            return REFUSED;
        }
        out.printf("Reference: %s%n", outcome.reference().describe());
        out.printf("FY%d %s proposed: %d initiatives, JPY %,d, %d error finding(s) justified%n", year, mission,
                outcome.initiatives().size(), outcome.plannedJpy(), outcome.errors().size());
        if (outcome.sinceLastProposal() != null) {
            diff("since the last proposal", outcome.sinceLastProposal());
        }
        diff("since FY" + (year - 1), outcome.sincePreviousYear());
        return Planner.OK;
    }

    private int review(Proposal p) {
        out.printf("FY%d %s: %s%s%n", p.fiscalYear(), p.mission(), p.state().code(),
                p.comment() == null ? "" : " (" + p.comment() + ")");
        return Planner.OK;
    }

    private int show(PlanStore store, int year, String mission) {
        ProposalStatus status = PlanningService.on(store).status(year, mission);
        Proposal p = status.proposal();
        out.printf("FY%d %s: %s%s%s%n", year, mission, p.state().code(), p.comment() == null ? "" : " (" + p.comment() + ")",
                p.changedAt() == null ? "" : ", " + p.changedAt().toLocalDate() + " by " + p.changedBy());
        if (status.lastSnapshot() != null) {
            diff("since the proposal of " + status.lastSnapshot().proposedAt().toLocalDate(), status.sinceLastProposal());
            status.lastSnapshot().justifications().forEach((k, v) -> out.println("  justified " + k + ": " + v));
        }
        diff("since FY" + (year - 1), status.sincePreviousYear());
        return Planner.OK;
    }

    private void diff(String since, PlanDiff d) {
        out.printf("Changes %s: %d added, %d dropped, %d budget changed, %d otherwise changed; JPY %,d -> %,d%n", since,
                d.added().size(), d.dropped().size(), d.budgetChanged().size(), d.otherwiseChanged().size(),
                d.budgetBeforeJpy(), d.budgetAfterJpy());
        d.added().forEach(i -> out.printf("  + %s %s (JPY %,d)%n", i.getId(), i.getTitleJa(), budget(i)));
        d.dropped().forEach(i -> out.printf("  - %s %s (JPY %,d)%n", i.getId(), i.getTitleJa(), budget(i)));
        d.budgetChanged().forEach(c -> out.printf("  ~ %s %s: JPY %,d -> %,d (%+,d)%n", c.after().getId(),
                c.after().getTitleJa(), budget(c.before()), budget(c.after()), c.budgetDeltaJpy()));
        d.otherwiseChanged().forEach(c -> out.printf("  * %s %s%n", c.after().getId(), c.after().getTitleJa()));
    }

    private static long budget(Initiative i) {
        return i.getBudgetJpy() == null ? 0 : i.getBudgetJpy();
    }
}
