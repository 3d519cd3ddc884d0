package org.grassroots.planner.ui.imports;

import org.eclipse.osgi.util.NLS;

/** Strings of the Import wizard (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    public static String detected;
    public static String encodingUnknown;
    public static String previewWithProblems;
    public static String encodingFound;
    public static String wizardTitle;
    public static String pageTitle;
    public static String pageDescription;
    public static String file;
    public static String browse;
    public static String encoding;
    public static String encodingDetect;
    public static String format;
    public static String formatUnknown;
    public static String preview;
    public static String problems;
    public static String columnLine;
    public static String columnColumn;
    public static String columnName;
    public static String columnMessage;
    public static String reading;
    public static String ready;
    public static String rejected;
    public static String noFile;
    public static String noPreview;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
