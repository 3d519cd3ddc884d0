package org.grassroots.planner.drl.editor.syntax;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * The partitions of a rule document: comments, string literals, and the code between them. A {@code .drl} or
 * {@code .dslr} file has DRL comments ({@code //}, {@code /* … *}{@code /}); a {@code .dsl} file's comments are its lines
 * that start with {@code #}.
 */
public final class DrlPartitions {
    /** The partitioning of DRL documents. */
    public static final String PARTITIONING = "org.grassroots.planner.drl.partitioning";
    public static final String COMMENT = "__drl_comment";
    public static final String STRING = "__drl_string";
    public static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

    private DrlPartitions() {
    }

    /** Installs the DRL partitioner on this document unless it has one. */
    public static void setUp(IDocument document) {
        setUp(document, false);
    }

    /** Installs the partitioner of a DRL or {@code .dslr} document, or of a {@code .dsl} one, unless it has one. */
    public static void setUp(IDocument document, boolean phrases) {
        if (document instanceof IDocumentExtension3 ext && ext.getDocumentPartitioner(PARTITIONING) == null) {
            IDocumentPartitioner partitioner = new FastPartitioner(phrases ? dslScanner() : scanner(),
                    new String[] { COMMENT, STRING });
            ext.setDocumentPartitioner(PARTITIONING, partitioner);
            partitioner.connect(document);
        }
    }

    /** The partitions of a {@code .dsl} file: comment lines ({@code #} at their start) and strings. */
    static RuleBasedPartitionScanner dslScanner() {
        Token comment = new Token(COMMENT);
        Token string = new Token(STRING);
        RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
        EndOfLineRule hash = new EndOfLineRule("#", comment);
        hash.setColumnConstraint(0);
        scanner.setPredicateRules(new IPredicateRule[] { hash, new SingleLineRule("\"", "\"", string, '\\', true) });
        return scanner;
    }

    static RuleBasedPartitionScanner scanner() {
        Token comment = new Token(COMMENT);
        Token string = new Token(STRING);
        RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
        scanner.setPredicateRules(new IPredicateRule[] {
            new EndOfLineRule("//", comment),
            new MultiLineRule("/*", "*/", comment, (char) 0, true),
            new SingleLineRule("\"", "\"", string, '\\', true),
            new SingleLineRule("'", "'", string, '\\', true) });
        return scanner;
    }
}
