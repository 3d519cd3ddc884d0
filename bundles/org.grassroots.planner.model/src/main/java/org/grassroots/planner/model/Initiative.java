package org.grassroots.planner.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One planned initiative (案件): a row of the plan file contract. Immutable; list values are
 * unmodifiable copies and never null. Getter names follow the bean convention so that rules can
 * refer to the fields by name.
 */
public final class Initiative {
    private final String id;
    private final int fiscalYear;
    private final String mission;
    private final String titleJa;
    private final String titleEn;
    private final Kind kind;
    private final List<String> themes;
    private final List<String> states;
    private final List<String> partners;
    private final Format format;
    private final LocalDate startDate;
    private final LocalDate endDate;
    private final Long budgetJpy;
    private final Status status;
    // results, once done (the contract's optional result columns); null or empty when not known
    private final Long actualCostJpy;
    private final Long participants;
    private final Long onlineViews;
    private final Long mediaReports;
    private final List<String> dignitaries;
    private final String outcome;
    private final Boolean bestPractice;

    private Initiative(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.fiscalYear = b.fiscalYear;
        this.mission = Objects.requireNonNull(b.mission, "mission");
        this.titleJa = Objects.requireNonNull(b.titleJa, "titleJa");
        this.titleEn = b.titleEn;
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.themes = List.copyOf(b.themes);
        this.states = List.copyOf(b.states);
        this.partners = List.copyOf(b.partners);
        this.format = b.format;
        this.startDate = b.startDate;
        this.endDate = b.endDate;
        this.budgetJpy = b.budgetJpy;
        this.status = Objects.requireNonNull(b.status, "status");
        this.actualCostJpy = b.actualCostJpy;
        this.participants = b.participants;
        this.onlineViews = b.onlineViews;
        this.mediaReports = b.mediaReports;
        this.dignitaries = List.copyOf(b.dignitaries);
        this.outcome = b.outcome;
        this.bestPractice = b.bestPractice;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this initiative's values, to derive an edited copy */
    public Builder toBuilder() {
        return new Builder().id(id).fiscalYear(fiscalYear).mission(mission).titleJa(titleJa).titleEn(titleEn)
                .kind(kind).themes(themes).states(states).partners(partners).format(format)
                .startDate(startDate).endDate(endDate).budgetJpy(budgetJpy).status(status).actualCostJpy(actualCostJpy).participants(participants)
                .onlineViews(onlineViews).mediaReports(mediaReports).dignitaries(dignitaries).outcome(outcome)
                .bestPractice(bestPractice);
    }

    public String getId() {
        return id;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public String getMission() {
        return mission;
    }

    public String getTitleJa() {
        return titleJa;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public Kind getKind() {
        return kind;
    }

    public List<String> getThemes() {
        return themes;
    }

    public List<String> getStates() {
        return states;
    }

    public List<String> getPartners() {
        return partners;
    }

    public Format getFormat() {
        return format;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Long getBudgetJpy() {
        return budgetJpy;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isCancelled() {
        return status == Status.CANCELLED;
    }

    /** @return what it cost in the end, in yen, or null when not (yet) known */
    public Long getActualCostJpy() {
        return actualCostJpy;
    }

    /** @return the people who attended in person or live online, or null when not known */
    public Long getParticipants() {
        return participants;
    }

    /** @return the later views of a recording, or null when not known */
    public Long getOnlineViews() {
        return onlineViews;
    }

    /** @return the media reports about it, or null when not known */
    public Long getMediaReports() {
        return mediaReports;
    }

    /** @return the dignitaries met (州知事, 市長 …), empty when none are recorded */
    public List<String> getDignitaries() {
        return dignitaries;
    }

    /** @return what came of it, or null */
    public String getOutcome() {
        return outcome;
    }

    /** @return true if the task force counts it among the year's best practices; null when not said */
    public Boolean getBestPractice() {
        return bestPractice;
    }

    /** @return true if it is marked a best practice */
    public boolean isBestPractice() {
        return Boolean.TRUE.equals(bestPractice);
    }

    /** @return true if any result is recorded */
    public boolean hasResults() {
        return actualCostJpy != null || participants != null || onlineViews != null || mediaReports != null
                || !dignitaries.isEmpty() || outcome != null || bestPractice != null;
    }

    /** For rules: the kind's code as the plan file writes it ({@code kindCode == "food-pr"}), or null */
    public String getKindCode() {
        return kind == null ? null : kind.code();
    }

    /** For rules: the format's code as the plan file writes it ({@code formatCode == "online"}), or null */
    public String getFormatCode() {
        return format == null ? null : format.code();
    }

    /** For rules: the status's code as the plan file writes it ({@code statusCode == "done"}) */
    public String getStatusCode() {
        return status == null ? null : status.code();
    }

    /**
     * For rules: whether one of the target states is among these (a rule condition reads
     * {@code targetsAnyOf( reference.priorityStates )}).
     */
    public boolean targetsAnyOf(java.util.Collection<String> codes) {
        return anyIn(states, codes);
    }

    /**
     * For rules: what makes another initiative a repeat of this one, each as a key: the Japanese title
     * ({@code title=...}) and each partner ({@code partner=...}). REPEAT-WITHOUT-RESULTS matches an initiative's
     * keys with those of last year's initiatives without results.
     */
    public List<String> getRepeatKeys() {
        List<String> keys = new java.util.ArrayList<>(partners.size() + 1);
        if (titleJa != null && !titleJa.isBlank()) {
            keys.add("title=" + titleJa);
        }
        for (String p : partners) {
            keys.add("partner=" + p);
        }
        return keys;
    }

    /**
     * For rules: whether one of the themes is not among these ({@code hasThemeOutside( knownThemes )}: a theme code
     * the catalogue does not know).
     */
    public boolean hasThemeOutside(java.util.Collection<String> codes) {
        for (String t : themes) {
            if (!codes.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For rules: whether a target state is outside the jurisdiction of the initiative's mission in this reference
     * ({@code targetsOutsideJurisdiction( reference )}); false when the reference has no such mission. {@code US} (the
     * whole country) counts as outside here, as it is in no jurisdiction: a rule names the states outside itself.
     */
    public boolean targetsOutsideJurisdiction(FiscalYearReference reference) {
        Mission m = reference.mission(mission);
        return m != null && !m.coversAll(states);
    }

    /** For rules: whether one of the themes is among these ({@code hasThemeIn( reference.priorityThemes )}). */
    public boolean hasThemeIn(java.util.Collection<String> codes) {
        return anyIn(themes, codes);
    }

    private static boolean anyIn(List<String> values, java.util.Collection<String> codes) {
        for (String v : values) {
            if (codes.contains(v)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Initiative other)) {
            return false;
        }
        return fiscalYear == other.fiscalYear && id.equals(other.id) && mission.equals(other.mission)
                && titleJa.equals(other.titleJa) && Objects.equals(titleEn, other.titleEn) && kind == other.kind
                && themes.equals(other.themes) && states.equals(other.states) && partners.equals(other.partners)
                && format == other.format && Objects.equals(startDate, other.startDate)
                && Objects.equals(endDate, other.endDate) && Objects.equals(budgetJpy, other.budgetJpy)
                && status == other.status && Objects.equals(actualCostJpy, other.actualCostJpy)
                && Objects.equals(participants, other.participants) && Objects.equals(onlineViews, other.onlineViews)
                && Objects.equals(mediaReports, other.mediaReports) && dignitaries.equals(other.dignitaries)
                && Objects.equals(outcome, other.outcome) && Objects.equals(bestPractice, other.bestPractice);
    }

    @Override
    public int hashCode() {
        // kept: an immutable value, hashed again and again by the rules engine
        int h = hash;
        if (h == 0) {
            h = Objects.hash(id, fiscalYear, mission, titleJa, kind, states, status);
            hash = h;
        }
        return h;
    }

    private transient int hash;

    @Override
    public String toString() {
        return "Initiative[" + id + " FY" + fiscalYear + " " + mission + " " + titleJa + "]";
    }

    /** Collects the values of an initiative; {@link #build()} checks the required ones. */
    public static final class Builder {
        private String id;
        private int fiscalYear;
        private String mission;
        private String titleJa;
        private String titleEn;
        private Kind kind;
        private List<String> themes = List.of();
        private List<String> states = List.of();
        private List<String> partners = List.of();
        private Format format;
        private LocalDate startDate;
        private LocalDate endDate;
        private Long budgetJpy;
        private Status status;
        private Long actualCostJpy;
        private Long participants;
        private Long onlineViews;
        private Long mediaReports;
        private List<String> dignitaries = List.of();
        private String outcome;
        private Boolean bestPractice;

        private Builder() {
        }

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public Builder fiscalYear(int value) {
            this.fiscalYear = value;
            return this;
        }

        public Builder mission(String value) {
            this.mission = value;
            return this;
        }

        public Builder titleJa(String value) {
            this.titleJa = value;
            return this;
        }

        public Builder titleEn(String value) {
            this.titleEn = value;
            return this;
        }

        public Builder kind(Kind value) {
            this.kind = value;
            return this;
        }

        public Builder themes(List<String> value) {
            this.themes = value;
            return this;
        }

        public Builder states(List<String> value) {
            this.states = value;
            return this;
        }

        public Builder partners(List<String> value) {
            this.partners = value;
            return this;
        }

        public Builder format(Format value) {
            this.format = value;
            return this;
        }

        public Builder startDate(LocalDate value) {
            this.startDate = value;
            return this;
        }

        public Builder endDate(LocalDate value) {
            this.endDate = value;
            return this;
        }

        public Builder budgetJpy(Long value) {
            this.budgetJpy = value;
            return this;
        }

        public Builder status(Status value) {
            this.status = value;
            return this;
        }

        public Builder actualCostJpy(Long value) {
            this.actualCostJpy = value;
            return this;
        }

        public Builder participants(Long value) {
            this.participants = value;
            return this;
        }

        public Builder onlineViews(Long value) {
            this.onlineViews = value;
            return this;
        }

        public Builder mediaReports(Long value) {
            this.mediaReports = value;
            return this;
        }

        public Builder dignitaries(List<String> value) {
            this.dignitaries = value == null ? List.of() : value;
            return this;
        }

        public Builder outcome(String value) {
            this.outcome = value;
            return this;
        }

        public Builder bestPractice(Boolean value) {
            this.bestPractice = value;
            return this;
        }

        /** Sets no result at all (for a copy into next year's draft). */
        public Builder withoutResults() {
            return actualCostJpy(null).participants(null).onlineViews(null).mediaReports(null).dignitaries(List.of())
                    .outcome(null).bestPractice(null);
        }

        public Initiative build() {
            return new Initiative(this);
        }
    }
}
