/**
 * The part of ICU4J's {@code com.ibm.icu.text} API that the Eclipse platform bundles of the product use, on the
 * JDK's {@link java.text.BreakIterator}: {@code org.eclipse.jface.text} imports this package (mandatory) for the word
 * break iterator of its default double-click strategy, the only ICU class it uses. The product ships this bundle
 * instead of ICU4J 78.1 (15 MB, most of it locale data nothing in the product reads), as Eclipse once shipped
 * {@code com.ibm.icu.base} for small RCP products. An Eclipse IDE keeps its own ICU4J.
 */
package com.ibm.icu.text;
