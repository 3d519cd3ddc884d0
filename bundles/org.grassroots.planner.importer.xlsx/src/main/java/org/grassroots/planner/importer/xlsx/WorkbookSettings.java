package org.grassroots.planner.importer.xlsx;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook-wide settings the sheet reader needs, read from {@code workbook.xml} with POI's
 * hardened SAX parser: whether dates count from 1904 (old Excel for Mac) rather than 1900, and which
 * sheet is the first visible one (sheets whose {@code state} is {@code hidden} or {@code veryHidden}
 * are skipped, as the contract wants).
 *
 * @param date1904          true if dates count from 1904
 * @param sheets            how many sheets the workbook lists
 * @param firstVisibleSheet the relationship id of the first visible sheet (for
 *                          {@code XSSFReader.getSheet}), or {@code null} if every sheet is hidden
 */
record WorkbookSettings(boolean date1904, int sheets, String firstVisibleSheet) {

    static WorkbookSettings read(InputStream workbookXml) throws IOException, SAXException, ParserConfigurationException {
        boolean[] date1904 = { false };
        int[] sheets = { 0 };
        String[] firstVisible = { null };
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                } else if ("sheet".equals(localName)) {
                    sheets[0]++;
                    String state = attributes.getValue("state");
                    if (firstVisible[0] == null && (state == null || "visible".equals(state))) {
                        firstVisible[0] = relationshipId(attributes);
                    }
                }
            }
        });
        try (InputStream in = workbookXml) {
            reader.parse(new InputSource(in));
        }
        return new WorkbookSettings(date1904[0], sheets[0], firstVisible[0]);
    }

    /** @return the sheet's {@code r:id} (transitional or strict OOXML namespace), or "" if it has none */
    private static String relationshipId(Attributes attributes) {
        for (int i = 0; i < attributes.getLength(); i++) {
            if ("id".equals(attributes.getLocalName(i)) && attributes.getURI(i).endsWith("/relationships")) {
                return attributes.getValue(i);
            }
        }
        return "";
    }
}
