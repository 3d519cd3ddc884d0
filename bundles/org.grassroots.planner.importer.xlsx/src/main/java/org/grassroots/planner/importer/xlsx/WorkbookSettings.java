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
 * The one workbook-wide setting the sheet reader needs: whether dates count from 1904 (old Excel for
 * Mac) rather than 1900. Read from {@code workbook.xml} with POI's hardened SAX parser.
 */
final class WorkbookSettings {
    private WorkbookSettings() {
    }

    static boolean usesDate1904(InputStream workbookXml) throws IOException, SAXException, ParserConfigurationException {
        boolean[] date1904 = { false };
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
            }
        });
        try (InputStream in = workbookXml) {
            reader.parse(new InputSource(in));
        }
        return date1904[0];
    }
}
