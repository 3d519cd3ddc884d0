package org.grassroots.planner.ui.plan;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.grassroots.planner.model.Kind;
import org.grassroots.planner.model.Mission;
import org.grassroots.planner.model.Severity;
import org.grassroots.planner.model.Status;
import org.grassroots.planner.reference.ReferenceData;
import org.grassroots.planner.reference.UsState;

/** How codes read to a planner, in Japanese or English: missions, states, kinds, statuses, severities. */
public final class Labels {
    private Labels() {
    }

    public static boolean japanese() {
        return "ja".equals(Locale.getDefault().getLanguage());
    }

    public static String mission(String code) {
        Mission m = ReferenceData.shipped().mission(code);
        if (m == null) {
            return code;
        }
        return japanese() ? m.getNameJa().replace("日本国", "").replace("在米国", "在米") : m.getNameEn()
                .replace("Consulate-General of Japan in ", "CG ").replace("Consular Office of Japan in ", "CO ")
                .replace("Embassy of Japan, ", "Embassy ");
    }

    public static String state(String code) {
        if (org.grassroots.planner.planning.InitiativeChoices.NATIONWIDE.equals(code)) {
            return code + " " + Messages.nationwide;
        }
        UsState s = ReferenceData.shipped().states().get(code);
        return s == null ? code : code + " " + (japanese() ? s.nameJa() : s.nameEn());
    }

    /** @return the format as the planner reads it (対面, オンライン, ハイブリッド): the one copy of the labels, the model's */
    public static String format(org.grassroots.planner.model.Format format) {
        return org.grassroots.planner.model.CodeLabels.format(format, Locale.getDefault());
    }

    public static String kind(Kind kind) {
        return org.grassroots.planner.model.CodeLabels.kind(kind, Locale.getDefault());
    }

    /** @return a policy line of the source document a theme belongs to, by its name (行動計画2.0 …), else its code */
    public static String line(String code) {
        return org.grassroots.planner.model.CodeLabels.line(code, Locale.getDefault());
    }

    public static String status(Status status) {
        return org.grassroots.planner.model.CodeLabels.status(status, Locale.getDefault());
    }

    /** @return a column of the plan file (a field of the audit trail) by the name the initiative's form gives it */
    public static String field(String code) {
        return switch (code) {
            case "fiscal_year" -> org.grassroots.planner.ui.edit.Messages.fieldFiscalYear;
            case "mission" -> org.grassroots.planner.ui.edit.Messages.fieldMission;
            case "title_ja" -> org.grassroots.planner.ui.edit.Messages.fieldTitleJa;
            case "title_en" -> org.grassroots.planner.ui.edit.Messages.fieldTitleEn;
            case "kind" -> org.grassroots.planner.ui.edit.Messages.fieldKind;
            case "themes" -> org.grassroots.planner.ui.edit.Messages.fieldThemes;
            case "states" -> org.grassroots.planner.ui.edit.Messages.fieldStates;
            case "partners" -> org.grassroots.planner.ui.edit.Messages.fieldPartners;
            case "format" -> org.grassroots.planner.ui.edit.Messages.fieldFormat;
            case "start_date" -> org.grassroots.planner.ui.edit.Messages.fieldStart;
            case "end_date" -> org.grassroots.planner.ui.edit.Messages.fieldEnd;
            case "budget_jpy" -> org.grassroots.planner.ui.edit.Messages.fieldBudget;
            case "status" -> org.grassroots.planner.ui.edit.Messages.fieldStatus;
            case "actual_cost_jpy" -> org.grassroots.planner.ui.edit.Messages.fieldActualCost;
            case "participants" -> org.grassroots.planner.ui.edit.Messages.fieldParticipants;
            case "online_views" -> org.grassroots.planner.ui.edit.Messages.fieldOnlineViews;
            case "media_reports" -> org.grassroots.planner.ui.edit.Messages.fieldMediaReports;
            case "dignitaries" -> org.grassroots.planner.ui.edit.Messages.fieldDignitaries;
            case "outcome" -> org.grassroots.planner.ui.edit.Messages.fieldOutcome;
            case "best_practice" -> org.grassroots.planner.ui.edit.Messages.fieldBestPractice;
            default -> code;
        };
    }

    /** @return the proposal state as the planner reads it */
    public static String proposalState(org.grassroots.planner.store.ProposalState state) {
        return switch (state) {
            case DRAFT -> org.grassroots.planner.ui.proposal.Messages.stateDraft;
            case PROPOSED -> org.grassroots.planner.ui.proposal.Messages.stateProposed;
            case APPROVED -> org.grassroots.planner.ui.proposal.Messages.stateApproved;
            case RETURNED -> org.grassroots.planner.ui.proposal.Messages.stateReturned;
        };
    }

    public static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> Messages.severityError;
            case WARNING -> Messages.severityWarning;
            case INFO -> Messages.severityInfo;
        };
    }

    public static Color color(Severity severity) {
        return Display.getDefault().getSystemColor(severity == Severity.ERROR ? SWT.COLOR_DARK_RED
                : severity == Severity.WARNING ? SWT.COLOR_DARK_YELLOW : SWT.COLOR_DARK_BLUE);
    }
}
