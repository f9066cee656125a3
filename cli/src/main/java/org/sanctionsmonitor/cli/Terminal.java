package org.sanctionsmonitor.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether stderr is a terminal, for the progress bar. */
final class Terminal {

    private Terminal() {
    }

    /**
     * True when stderr goes to a terminal that can redraw a line. On Linux it asks /proc which
     * device fd 2 is (a pseudo-terminal or a console); elsewhere it falls back to
     * {@code System.console() != null} (stdin and stdout are a terminal). TERM=dumb turns it off.
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd2)) {
                return isTerminalDevice(Files.readSymbolicLink(fd2).toString());
            }
        } catch (Exception e) {
            // fall back below
        }
        return System.console() != null;
    }

    /**
     * The terminal's width in columns: $COLUMNS when set (shells set it but seldom export it), else
     * what {@code stty size} says of the controlling terminal, else 80.
     */
    static int columns() {
        int c = parse(System.getenv("COLUMNS"));
        if (c > 0) {
            return c;
        }
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(new java.io.File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
            if (p.waitFor(2, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0) {
                String[] rc = out.split("\\s+");
                if (rc.length == 2 && parse(rc[1]) > 0) {
                    return parse(rc[1]);
                }
            }
        } catch (Exception e) {
            // no terminal to ask: the default below
        }
        return 80;
    }

    static int parse(String columns) {
        try {
            int c = Integer.parseInt(columns == null ? "" : columns.strip());
            return c >= 20 && c <= 1000 ? c : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
