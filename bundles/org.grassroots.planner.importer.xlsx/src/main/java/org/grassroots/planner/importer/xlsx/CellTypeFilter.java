package org.grassroots.planner.importer.xlsx;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Sits between the SAX parser and POI's sheet handler and remembers the type ({@code t}) of the cell
 * being read, so that an Excel error cell ({@code t="e"}) is told apart from a text cell whose text
 * merely looks like POI's rendering of an error.
 */
final class CellTypeFilter extends XMLFilterImpl {
    private boolean errorCell;

    CellTypeFilter(XMLReader parent) {
        super(parent);
    }

    /** @return true while the cell being read holds an Excel error value */
    boolean errorCell() {
        return errorCell;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if ("c".equals(localName)) {
            errorCell = "e".equals(atts.getValue("t"));
        }
        super.startElement(uri, localName, qName, atts);
    }
}
