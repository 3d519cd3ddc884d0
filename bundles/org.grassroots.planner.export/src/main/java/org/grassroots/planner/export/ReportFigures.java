package org.grassroots.planner.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.grassroots.planner.model.FiscalYear;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.reference.UsState;

/** What the printable report draws, shared by HTML and PDF: the subtitle, the chart bars and the map tiles. */
final class ReportFigures {
    /** A bar: its label, its value in yen and, for the years chart, whether it is a sourced figure. */
    record Bar(String label, long valueJpy, boolean sourced, boolean approximate) {
    }

    /** A tile of the map, with its fill (0 none … 1 most budget) and marks. */
    record Tile(UsState state, String label, int initiatives, long budgetJpy, double intensity, boolean priority,
            boolean uncovered, boolean seat) {
    }

    private final ProposalContent c;
    private final Labels l;

    ReportFigures(ProposalContent c, Labels l) {
        this.c = c;
        this.l = l;
    }

    /** @return the line under the title: the fiscal year, and the mission or all missions */
    String subtitle() {
        String year = l.get("subtitle.year", String.valueOf(c.fiscalYear()), new FiscalYear(c.fiscalYear()).japanese());
        if (c.mission() == null) {
            return year + " / " + l.get("subtitle.all");
        }
        Mission m = c.data().mission(c.mission());
        return year + " / " + (m == null ? c.mission() : (l.japanese() ? m.getNameJa() : m.getNameEn()));
    }

    String chartTitle() {
        return l.get(c.mission() == null ? "chart.mission" : "chart.kind");
    }

    /** Budget by mission (whole year) or by kind (one mission). */
    List<Bar> bars() {
        List<Bar> out = new ArrayList<>();
        if (c.mission() == null) {
            for (ProposalContent.Total t : c.byMission()) {
                Mission m = c.data().mission(t.key());
                out.add(new Bar(m == null ? t.key() : shortName(m), t.budgetJpy(), false, false));
            }
        } else {
            for (ProposalContent.Total t : c.byKind()) {
                out.add(new Bar(l.kind(t.key()), t.budgetJpy(), false, false));
            }
        }
        out.sort((a, b) -> Long.compare(b.valueJpy(), a.valueJpy()));
        return out;
    }

    /** @return the mission's name as a chart label: "CG New York", "在ニューヨーク総領事館" */
    private String shortName(Mission m) {
        return l.japanese() ? m.getNameJa().replace("日本国", "")
                : m.getNameEn().replace("Consulate-General of Japan in ", "CG ").replace("Consular Office of Japan in ", "CO ")
                        .replace("Embassy of Japan, ", "Embassy, ");
    }

    /** The cap line of the bar chart: a mission's share cap (every bar is one mission's, or the mission's parts). */
    long barCap() {
        return c.reference().getMissionShareCapJpy();
    }

    /** The years chart: per year the plan's total, else the sourced figure. */
    List<Bar> years() {
        List<Bar> out = new ArrayList<>();
        for (YearBudget y : c.years()) {
            String label = l.japanese() ? new FiscalYear(y.year()).japanese() : "FY" + y.year();
            if (y.plannedJpy() != null) {
                out.add(new Bar(label + " " + l.get("chart.plan"), y.plannedJpy(), false, false));
            }
            if (y.sourcedJpy() != null) {
                out.add(new Bar(label + " " + l.get("chart.sourced"), y.sourcedJpy(), true, y.approximate()));
            }
        }
        return out;
    }

    List<Tile> tiles() {
        Map<String, long[]> byState = c.byState();
        long max = byState.entrySet().stream().filter(e -> !"US".equals(e.getKey())).mapToLong(e -> e.getValue()[1]).max()
                .orElse(0);
        java.util.Set<String> jurisdiction = null;
        if (c.mission() != null) {
            Mission m = c.reference().mission(c.mission());
            jurisdiction = m == null ? null : new java.util.HashSet<>(m.getStates());
        }
        List<Tile> out = new ArrayList<>();
        for (UsState s : c.data().states().values()) {
            long[] v = byState.getOrDefault(s.code(), new long[2]);
            boolean priority = c.reference().getPriorityStates().contains(s.code());
            boolean relevant = jurisdiction == null || jurisdiction.contains(s.code());
            double intensity = max == 0 || v[1] == 0 ? 0 : Math.sqrt((double) v[1] / max);
            out.add(new Tile(s, s.code(), (int) v[0], v[1], intensity, priority, priority && relevant && v[0] == 0,
                    c.data().hasMissionSeat(s.code())));
        }
        return out;
    }

    static int maxCol(List<Tile> tiles) {
        return tiles.stream().mapToInt(t -> t.state().col()).max().orElse(12);
    }

    static int maxRow(List<Tile> tiles) {
        return tiles.stream().mapToInt(t -> t.state().row()).max().orElse(8);
    }

    /** Fill of a tile: white for no budget, then light to dark blue. */
    static int[] fill(double intensity) {
        if (intensity <= 0) {
            return new int[] { 255, 255, 255 };
        }
        int[] light = { 222, 235, 247 };
        int[] dark = { 8, 69, 148 };
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            out[i] = (int) Math.round(light[i] + (dark[i] - light[i]) * intensity);
        }
        return out;
    }
}
