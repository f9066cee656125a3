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

    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
