package org.grassroots.planner.export;

import java.util.ArrayList;
import java.util.List;

import org.grassroots.planner.model.Budgets;
import org.grassroots.planner.model.Initiative;
import org.grassroots.planner.model.PlanDiff;

/** The initiatives a diff lists, one line each: added, dropped, budget changed, otherwise changed, each by id. */
final class ChangeLines {
    /** The kinds of change, with the key of their label ({@code changes.<key>}) and their sign in the reports. */
    enum Change {
        ADDED("added", "+"), DROPPED("dropped", "-"), BUDGET("budgetChanged", "~"), OTHER("otherwise", "*");

        final String key;
        final String sign;

        Change(String key, String sign) {
            this.key = key;
            this.sign = sign;
        }
    }

    /** One listed initiative; a budget is null on the side where the initiative is not. */
    record Line(Change change, Initiative initiative, Long beforeJpy, Long afterJpy) {
        long differenceJpy() {
            return (afterJpy == null ? 0 : afterJpy) - (beforeJpy == null ? 0 : beforeJpy);
        }
    }

    /** The most initiatives the report (HTML, PDF) lists per comparison; the workbook lists them all. */
    static final int REPORT_LIMIT = 30;

    private ChangeLines() {
    }

    /** @return the heading of the comparison's block */
    static String heading(ProposalContent c, ProposalContent.Comparison cmp, Labels l) {
        if (cmp.basis() == ProposalContent.Basis.PREVIOUS_YEAR) {
            return l.get("changes.sinceYear", String.valueOf(c.fiscalYear() - 1));
        }
        return cmp.proposedOn() == null ? l.get("changes.sinceProposalNone")
                : l.get("changes.sinceProposal", cmp.proposedOn().toString());
    }

    /** @return why there is nothing to compare with (the comparison has no diff) */
    static String missing(ProposalContent c, ProposalContent.Comparison cmp, Labels l) {
        return l.get("changes." + cmp.missing().name(), String.valueOf(c.fiscalYear() - 1));
    }

    /** @return the report's lines of figures: counts, initiatives before and after, budget before and after */
    static List<String> summary(ProposalContent.Comparison cmp, Labels l) {
        PlanDiff d = cmp.diff();
        return List.of(
                l.get("changes.summary", d.added().size(), d.dropped().size(), d.budgetChanged().size(),
                        d.otherwiseChanged().size()),
                l.get("changes.initiatives", cmp.initiativesBefore(), cmp.initiativesAfter()),
                l.get("changes.total", Exports.yen(d.budgetBeforeJpy()), Exports.yen(d.budgetAfterJpy()),
                        signed(d.budgetAfterJpy() - d.budgetBeforeJpy())));
    }

    /** @return the budget column of a listed initiative: {@code 1,000 -> 1,200 (+200)}, or the one side there is */
    static String budgets(Line line) {
        if (line.beforeJpy() == null) {
            return Exports.yen(line.afterJpy());
        }
        if (line.afterJpy() == null) {
            return Exports.yen(line.beforeJpy());
        }
        if (line.beforeJpy().equals(line.afterJpy())) {
            return Exports.yen(line.afterJpy());
        }
        return Exports.yen(line.beforeJpy()) + " \u2192 " + Exports.yen(line.afterJpy()) + " (" + signed(line.differenceJpy()) + ")";
    }

    static List<Line> of(PlanDiff d) {
        List<Line> out = new ArrayList<>();
        d.added().forEach(i -> out.add(new Line(Change.ADDED, i, null, budget(i))));
        d.dropped().forEach(i -> out.add(new Line(Change.DROPPED, i, budget(i), null)));
        d.budgetChanged().forEach(c -> out.add(new Line(Change.BUDGET, c.after(), budget(c.before()), budget(c.after()))));
        d.otherwiseChanged().forEach(c -> out.add(new Line(Change.OTHER, c.after(), budget(c.before()), budget(c.after()))));
        return out;
    }

    /** @return the count of lines of the change, and the sums of their budgets before and after */
    static long[] sums(List<Line> lines, Change change) {
        long[] s = new long[3];
        for (Line line : lines) {
            if (line.change() == change) {
                s[0]++;
                s[1] = Budgets.add(s[1], line.beforeJpy() == null ? 0 : line.beforeJpy());
                s[2] = Budgets.add(s[2], line.afterJpy() == null ? 0 : line.afterJpy());
            }
        }
        return s;
    }

    static long budget(Initiative i) {
        return i.getBudgetJpy() == null ? 0 : i.getBudgetJpy();
    }

    /** @return a signed amount as {@code +1,234} or {@code -1,234} ({@code 0} without a sign) */
    static String signed(long value) {
        return value == 0 ? "0" : String.format(java.util.Locale.ROOT, "%+,d", value);
    }
}
