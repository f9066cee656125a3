package org.sanctionsmonitor.finding;

import java.util.Map;

import org.sanctionsmonitor.model.Provenance;

/**
 * One fact behind a finding, for findings.json: what role it played (subject, list_entry, ...),
 * what it is, where it was read (file and line) and its values.
 */
public record Evidence(String role, String type, String id, Provenance source, Map<String, String> facts) {
}
