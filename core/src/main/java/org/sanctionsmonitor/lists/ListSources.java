package org.sanctionsmonitor.lists;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sanctionsmonitor.finding.ReferenceRow;
import org.sanctionsmonitor.finding.RuleException;
import org.sanctionsmonitor.ingest.DisplayPaths;
import org.sanctionsmonitor.ingest.InputException;
import org.sanctionsmonitor.reference.ReferenceTable;

/**
 * The reviewed sources table ({@code rules/reference/list-sources.csv}): one row per list with its
 * id (the store's folder name), format, official address(es) and where its checksums are
 * published. Read by the one reader of reference tables ({@link ReferenceTable}), in its dialect;
 * a row that cannot be right (a blank or repeated id, an address that is not http(s), an unknown
 * checksum source) stops {@code lists update} with the file, line and reason.
 */
public record ListSources(Path file, List<Source> sources) {

    public static final String FILE = "list-sources.csv";

    /** One list: its files' addresses (each stored under its last path segment in lower case). */
    public record Source(String id, String format, List<URI> urls, String checksumSource, long line) {

        /** The name a file of this source is stored under. */
        public static String fileName(URI url) {
            String path = url.getPath();
            String last = path.substring(path.lastIndexOf('/') + 1);
            return last.toLowerCase(Locale.ROOT);
        }

        /** The page whose text gives the files' SHA-256, or null when the publisher gives none. */
        public URI checksumPage() {
            return checksumSource.startsWith(SHA256_PAGE) ? URI.create(checksumSource.substring(SHA256_PAGE.length())) : null;
        }
    }

    static final String SHA256_PAGE = "sha256-page:";
    private static final List<String> REQUIRED = List.of("id", "format", "url", "checksum_source");

    public static ListSources load(Path file) {
        String shown = DisplayPaths.display(file);
        ReferenceTable table;
        try {
            table = ReferenceTable.read(file, shown, REQUIRED, "id");
        } catch (RuleException e) {
            throw new InputException(String.join("\n", e.problems()));
        }
        List<Source> out = new ArrayList<>();
        for (ReferenceRow row : table.rows()) {
            Map<String, String> v = row.values();
            long line = row.source().line();
            String id = v.get("id");
            if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
                throw new InputException(shown + ":" + line + ":1: id '" + id + "' is not a folder name (lower-case letters, digits, . _ -)");
            }
            List<URI> urls = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (String u : v.get("url").split(";")) {
                if (u.isBlank()) {
                    continue;
                }
                URI uri;
                try {
                    uri = new URI(u.strip());
                } catch (URISyntaxException e) {
                    throw new InputException(shown + ":" + line + ": url '" + u.strip() + "' is not an address: " + e.getMessage());
                }
                if (uri.getScheme() == null || !List.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                        || Source.fileName(uri).isEmpty()) {
                    throw new InputException(shown + ":" + line + ": url '" + u.strip() + "' is not an http(s) address of a file");
                }
                if (!names.add(Source.fileName(uri))) {
                    throw new InputException(shown + ":" + line + ": two urls end in the file name '" + Source.fileName(uri) + "'");
                }
                urls.add(uri);
            }
            if (urls.isEmpty()) {
                throw new InputException(shown + ":" + line + ": list '" + id + "' has no url");
            }
            String cs = v.get("checksum_source");
            if (!cs.equals("none") && !cs.startsWith(SHA256_PAGE)) {
                throw new InputException(shown + ":" + line + ": checksum_source '" + cs + "' is not 'none' or '" + SHA256_PAGE + "URL'");
            }
            out.add(new Source(id, v.get("format").toLowerCase(Locale.ROOT), urls, cs, line));
        }
        return new ListSources(file, out);
    }
}
