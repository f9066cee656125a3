package org.sanctionsmonitor.trade;

import org.sanctionsmonitor.model.Subject;

/**
 * One prefix of a record's HS code (from the chapter to the whole code), so that rules can join
 * reference rows by prefix with an indexed {@code ==}: a record with hs_code 2701.12 has the
 * prefixes 27, 270, 2701, 27011 and 270112.
 */
public record HsPrefix(Subject subject, String hsCode, String prefix) {
}
