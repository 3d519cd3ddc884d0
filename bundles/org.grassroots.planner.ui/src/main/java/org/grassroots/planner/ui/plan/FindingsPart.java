package org.grassroots.planner.ui.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.grassroots.planner.model.Finding;
import org.grassroots.planner.model.Severity;
import org.grassroots.planner.rules.RuleSet;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The findings of the plan, like the Problems view: grouped by severity or by rule with counts,
 * optionally only those of the selected initiatives, each explained beside the list.
 * Double-clicking a finding shows its initiative.
 */
public class FindingsPart {
    public static final String ID = "org.grassroots.planner.ui.findings";

    /** A group of findings: a severity or a rule. */
    public record Group(String label, List<Finding> findings) {
    }

    @Inject
    private PlanSession session;
    @Inject
    private IEventBroker events;

    private Label counts;
    private Combo groupBy;
    private Button onlySelected;
    private TreeViewer viewer;
    private Text explanation;
    private Set<String> selected = Set.of();
    private List<Group> shownGroups = List.of();
    private RuleSet labelledWith;

    /** Each new snapshot of the plan session, from the event broker on the UI thread. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void onSnapshot(@org.eclipse.e4.ui.di.UIEventTopic(PlanEvents.SNAPSHOT) PlanSession.Snapshot s) {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            refresh();
        }
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(3).applyTo(parent);
        counts = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(counts);
        groupBy = new Combo(parent, SWT.READ_ONLY);
        groupBy.setItems(Messages.groupBySeverity, Messages.groupByRule);
        groupBy.select(0);
        groupBy.addListener(SWT.Selection, e -> refresh());
        onlySelected = new Button(parent, SWT.CHECK);
        onlySelected.setText(Messages.onlySelected);
        onlySelected.addListener(SWT.Selection, e -> refresh());

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(sash);
        viewer = new TreeViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        column(Messages.columnFindingText, 610, this::text);
        column(Messages.columnSubject, 140, o -> o instanceof Finding f ? subject(f) : "");
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return shownGroups.toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return parentElement instanceof Group g ? g.findings().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Group g && !g.findings().isEmpty();
            }
        });
        viewer.addSelectionChangedListener(e -> explain(e.getStructuredSelection().getFirstElement()));
        viewer.addDoubleClickListener(e -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof Finding f && f.getInitiative() != null) {
                events.send(PlanEvents.REVEAL, f.getInitiative());
            }
        });
        explanation = new Text(sash, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        sash.setWeights(65, 35);
        // an edit changes a few findings: the tree keeps the items of the others (same group label, equal finding)
        viewer.setUseHashlookup(true);
        viewer.setComparer(new org.eclipse.jface.viewers.IElementComparer() {
            @Override
            public boolean equals(Object a, Object b) {
                return a instanceof Group g && b instanceof Group h ? g.label().equals(h.label()) : a.equals(b);
            }

            @Override
            public int hashCode(Object element) {
                return element instanceof Group g ? g.label().hashCode() : element.hashCode();
            }
        });
        viewer.setInput(shownGroups);
        refresh();
        FirstPaint.watch(viewer.getTree(), () -> !shownGroups.isEmpty(), "findings-paint-ms");
    }

    private void column(String title, int width, Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public Color getForeground(Object element) {
                return element instanceof Finding f ? Labels.color(f.getSeverity()) : null;
            }
        });
    }

    private String text(Object element) {
        if (element instanceof Group g) {
            return g.label() + " (" + g.findings().size() + ")";
        }
        Finding f = (Finding) element;
        RuleSet rules = session.engine().current();
        return rules == null ? f.getRule() : rules.messages().format(f, session.names(), Locale.getDefault());
    }

    private static String subject(Finding f) {
        if (f.getInitiative() != null) {
            return f.getInitiative();
        }
        if (f.getMission() != null) {
            return Labels.mission(f.getMission());
        }
        return f.getState() != null ? Labels.state(f.getState()) : Messages.subjectYear;
    }

    @Inject
    @Optional
    void onSelected(@UIEventTopic(PlanEvents.SELECTED) List<String> ids) {
        selected = Set.copyOf(ids);
        if (viewer != null && !viewer.getTree().isDisposed() && onlySelected.getSelection()) {
            refresh();
        }
    }

    /** @return the groups shown, for tests */
    public List<Group> groups() {
        return shownGroups;
    }

    private void refresh() {
        if (viewer == null || viewer.getTree().isDisposed()) {
            return;
        }
        List<Finding> all = session.snapshot().findings();
        List<Finding> shown = onlySelected.getSelection()
                ? all.stream().filter(f -> f.getInitiative() != null && selected.contains(f.getInitiative())).toList()
                : all;
        Map<String, List<Finding>> grouped = new LinkedHashMap<>();
        for (Finding f : shown) {
            String key = groupBy.getSelectionIndex() == 0 ? Labels.severity(f.getSeverity())
                    : f.getRule() + " \u2014 " + Labels.severity(f.getSeverity());
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<Group> groups = new ArrayList<>();
        grouped.forEach((k, v) -> groups.add(new Group(k, v)));
        shownGroups = groups;
        // labels are redrawn only for new findings, unless the rules (and so their messages) changed
        RuleSet rules = session.engine().current();
        viewer.refresh(rules != labelledWith);
        labelledWith = rules;
        viewer.update(groups.toArray(), null); // the counts in the group labels
        if (groups.size() <= 3) {
            viewer.expandToLevel(2);
        }
        long errors = all.stream().filter(f -> f.getSeverity() == Severity.ERROR).count();
        long warnings = all.stream().filter(f -> f.getSeverity() == Severity.WARNING).count();
        counts.setText(Messages.format(Messages.findingCounts, all.size(), errors, warnings, all.size() - errors - warnings));
        counts.getParent().layout(true, true);
    }

    private void explain(Object element) {
        if (!(element instanceof Finding f)) {
            explanation.setText("");
            return;
        }
        StringBuilder text = new StringBuilder();
        text.append(f.getRule()).append(" (").append(Labels.severity(f.getSeverity())).append(")\n");
        text.append(subject(f)).append("\n\n").append(text(f)).append("\n\n").append(Messages.explanationFacts).append('\n');
        org.grassroots.planner.model.Names names = session.names(); // the facts' codes by name, as the message writes them
        f.getFacts().forEach((name, value) -> text.append("  ").append(name).append(": ")
                .append(org.grassroots.planner.rules.FindingMessages.fact(name, value, names, Locale.getDefault())).append('\n'));
        explanation.setText(text.toString());
    }

    @PreDestroy
    public void dispose() {
    }
}
