package org.sanctionsmonitor.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Scratch and staging folders: what is left of them once their work is done. */
public final class Folders {

    private Folders() {
    }

    /**
     * Deletes {@code dir} and everything under it, deepest first, going on past a file that cannot
     * be deleted. For scratch and staging folders only, whose leftovers change no result: failures
     * are not reported. Nothing happens when {@code dir} is null or absent.
     */
    public static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left behind; see the method's comment
                }
            });
        } catch (IOException e) {
            // the folder could not be walked: left behind as above
        }
    }
}
