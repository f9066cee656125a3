package org.sanctionsmonitor.lists;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.sanctionsmonitor.ingest.InputException;
import org.sanctionsmonitor.ingest.InputFile;

/**
 * Streaming access to a list published as XML (the UN consolidated list, OFAC's Advanced XML),
 * plain or bzip2-compressed as OFAC publishes it. The parser reads no DTD and resolves no external
 * entity. Any parse error (a truncated or malformed file) stops the run naming the file, line and
 * column: a list is read whole or not at all, so no partial list is ever screened against.
 */
final class XmlLists {

    private static final byte[] BZIP2_MAGIC = {'B', 'Z', 'h'};

    private XmlLists() {
    }

    /** A StAX reader over one list file, hashing the file's bytes (as stored) as it is read. */
    static final class Source implements AutoCloseable {
        private final InputFile file;
        private final InputStream raw;
        private final MessageDigest sha;
        private final XMLStreamReader reader;

        Source(InputFile file) {
            this.file = file;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            try {
                raw = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16), sha);
                // the parser closes its stream at the end of the document: the rest is still hashed
                InputStream shielded = new java.io.FilterInputStream(raw) {
                    @Override
                    public void close() {
                    }
                };
                InputStream in = isBzip2(file.path())
                        ? new BufferedInputStream(new BZip2CompressorInputStream(shielded, true), 1 << 16) : shielded;
                XMLInputFactory f = XMLInputFactory.newDefaultFactory();
                f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
                f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
                f.setProperty(XMLInputFactory.IS_COALESCING, true);
                reader = f.createXMLStreamReader(in);
            } catch (IOException e) {
                throw new InputException(file.display() + ": cannot be read: " + e.getMessage(), e);
            } catch (XMLStreamException e) {
                throw error(file, e);
            }
        }

        XMLStreamReader reader() {
            return reader;
        }

        /** Moves to the next start element at any depth; false at the end of the document. */
        boolean nextStart() {
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        return true;
                    }
                }
                return false;
            } catch (XMLStreamException e) {
                throw error(file, e);
            } catch (UncheckedIOException e) {
                throw new InputException(file.display() + ": cannot be read: " + e.getMessage(), e);
            }
        }

        /** The local name of the current start element. */
        String name() {
            return reader.getLocalName();
        }

        /** The line of the current event. */
        long line() {
            return reader.getLocation().getLineNumber();
        }

        String attr(String name) {
            return reader.getAttributeValue(null, name);
        }

        /** Reads the current element and everything inside it; the reader is left on its end tag. */
        XmlNode element() {
            try {
                return read(reader);
            } catch (XMLStreamException e) {
                throw error(file, e);
            }
        }

        /** Reads to the end of the document (so a truncated tail is found), then the file's SHA-256. */
        String finish() {
            try {
                while (reader.hasNext()) {
                    reader.next();
                }
                raw.transferTo(OutputSink.INSTANCE);
            } catch (XMLStreamException e) {
                throw error(file, e);
            } catch (IOException e) {
                throw new InputException(file.display() + ": cannot be read: " + e.getMessage(), e);
            }
            return HexFormat.of().formatHex(sha.digest());
        }

        @Override
        public void close() {
            try {
                reader.close();
                raw.close();
            } catch (XMLStreamException | IOException e) {
                // closing after a complete read or an error already reported
            }
        }
    }

    /** Discards bytes (the rest of a file after its XML, hashed on the way). */
    private static final class OutputSink extends java.io.OutputStream {
        static final OutputSink INSTANCE = new OutputSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }

    private static XmlNode read(XMLStreamReader r) throws XMLStreamException {
        String name = r.getLocalName();
        long line = r.getLocation().getLineNumber();
        Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        List<XmlNode> children = new ArrayList<>();
        StringBuilder text = null;
        while (true) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> children.add(read(r));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text == null) {
                        text = new StringBuilder();
                    }
                    text.append(r.getText());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlNode(name, attrs, children, text == null ? null : text.toString(), line);
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("the document ends inside <" + name + ">",
                        r.getLocation());
                default -> {
                    // comments and processing instructions inside a record carry nothing
                }
            }
        }
    }

    /** Whether the file starts with the bzip2 signature (OFAC publishes sdn_advanced.xml.bz2 too). */
    static boolean isBzip2(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(3);
            return java.util.Arrays.equals(head, BZIP2_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** The first bytes of a bzip2 file, decompressed (for format detection). */
    static byte[] bzip2Head(Path path, int n) throws IOException {
        try (InputStream in = new BZip2CompressorInputStream(new BufferedInputStream(Files.newInputStream(path)), true)) {
            return in.readNBytes(n);
        }
    }

    /** A parse error as the run reports it: file:line:column and the parser's reason. */
    static InputException error(InputFile file, XMLStreamException e) {
        Location at = e.getLocation();
        String reason = e.getMessage();
        // the JDK parser prefixes its message with "ParseError at [row,col]:[l,c]\nMessage: "
        int m = reason == null ? -1 : reason.indexOf("Message: ");
        if (m >= 0) {
            reason = reason.substring(m + "Message: ".length());
        }
        String where = at == null ? "" : ":" + at.getLineNumber() + ":" + at.getColumnNumber();
        return new InputException(file.display() + where + ": not well-formed XML (" + (reason == null ? "parse error" : reason.strip())
                + "); the list is not used: a partial list must never be screened against", e);
    }

    /** Element not where the format has it: an error at the element's line. */
    static InputException structure(InputFile file, long line, String message) {
        return new InputException(file.display() + ":" + line + ": " + message);
    }
}
