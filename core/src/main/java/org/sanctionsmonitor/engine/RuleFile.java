package org.sanctionsmonitor.engine;

import java.nio.file.Path;

/**
 * A file of the rule folder: its path, its path relative to the folder (how errors and findings
 * name it) and its SHA-256.
 */
public record RuleFile(Path path, String relative, String sha256, String display) {
}
