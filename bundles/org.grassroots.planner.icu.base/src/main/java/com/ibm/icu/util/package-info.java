/**
 * The part of ICU4J's {@code com.ibm.icu.util} API that the Eclipse platform bundles of the product use, on
 * {@link java.util.Locale}: {@code org.eclipse.ui.workbench} imports this package (mandatory) to read and set the
 * default format locale ({@link com.ibm.icu.util.ULocale}, {@link com.ibm.icu.util.ULocale.Category}).
 */
package com.ibm.icu.util;
