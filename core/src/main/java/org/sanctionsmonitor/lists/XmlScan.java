package org.sanctionsmonitor.lists;

import java.nio.file.Path;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.sanctionsmonitor.ingest.InputFile;

/**
 * A plain StAX pass over a list file, through the same decompression and hashing as the XML
 * readers: every event read and every text touched, nothing kept. The benchmark's baseline for
 * the XML readers (a reader can hardly be faster than merely parsing its file).
 */
public final class XmlScan {

    private static volatile long sink;

    private XmlScan() {
    }

    /** Reads the whole document; returns the number of start elements. */
    public static long elements(Path path) {
        InputFile file = InputFile.of(path);
        long elements = 0;
        long chars = 0;
        try (XmlLists.Source src = new XmlLists.Source(file)) {
            XMLStreamReader r = src.reader();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    elements++;
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        chars += r.getAttributeValue(i).length();
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS) {
                    chars += r.getTextLength();
                }
            }
            src.finish();
        } catch (XMLStreamException e) {
            throw XmlLists.error(file, e);
        }
        sink = chars; // so the text reads are not optimised away
        return elements;
    }
}
