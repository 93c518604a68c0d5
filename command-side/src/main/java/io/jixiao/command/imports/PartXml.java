package io.jixiao.command.imports;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Parses the XML parts of a workbook as a stream (POI's hardened SAX reader: no DTDs, no external entities), every
 * byte counted against {@link WorkbookLimits#maxUncompressedBytes()} for the whole workbook, so that no part,
 * however well it compresses, is read further than that.
 */
final class PartXml {
    private final long maxBytes;
    private long read;

    PartXml(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void parse(InputStream part, ContentHandler handler) throws IOException {
        try (InputStream in = new Counted(part)) {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(in));
        } catch (SAXException e) {
            if (e.getCause() instanceof RuntimeException stop) {
                throw stop;
            }
            throw new IOException("Malformed workbook part", e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The element's name without its namespace prefix, however the parser reports it. */
    static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** An attribute by its local name, whatever its namespace (r:id of the strict and transitional schemas alike). */
    static String attribute(Attributes attributes, String localName) {
        for (int i = 0; i < attributes.getLength(); i++) {
            if (name(attributes.getLocalName(i), attributes.getQName(i)).equals(localName)) {
                return attributes.getValue(i);
            }
        }
        return null;
    }

    private final class Counted extends FilterInputStream {
        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > maxBytes) {
                throw WorkbookLimitReached.ofWorkbook("max-uncompressed-mb", "holds more than "
                        + maxBytes / (1024 * 1024) + " MB of XML once uncompressed.",
                        "解压后的 XML 超过 " + maxBytes / (1024 * 1024) + " MB，");
            }
        }
    }
}
