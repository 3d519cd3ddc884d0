package org.grassroots.planner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.jface.resource.JFaceResources;
import org.junit.jupiter.api.Test;

/** The dialogs' own buttons (OK, Cancel, Finish …) speak Japanese through the product's JFace fragment. */
class JapaneseDialogButtonsTest {

    @Test
    void jfaceFindsTheJapaneseButtonLabels() {
        ResourceBundle ja = ResourceBundle.getBundle("org.eclipse.jface.messages", Locale.JAPANESE,
                JFaceResources.class.getClassLoader());
        assertEquals("\u5b8c\u4e86(&F)", ja.getString("finish"));
        assertEquals("\u30ad\u30e3\u30f3\u30bb\u30eb", ja.getString("cancel"));
        ResourceBundle en = ResourceBundle.getBundle("org.eclipse.jface.messages", Locale.ROOT,
                JFaceResources.class.getClassLoader());
        assertEquals("&Finish", en.getString("finish"), "English stays as shipped");
    }
}
