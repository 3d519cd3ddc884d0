/**
 * No code of its own: this bundle is POI's OOXML schema classes of spreadsheets, the classes and schema files of
 * {@code poi-ooxml-lite} 5.5.1 less WordprocessingML, PresentationML, Visio and Office Math, which
 * maven-dependency-plugin unpacks into the bundle's output folder (see pom.xml). The source folder exists so that
 * Tycho packages that folder as the bundle's class path; this file compiles to nothing.
 */
package org.grassroots.planner.poi.schemas;
