package org.sanctionsmonitor.report;

/**
 * Neutralises CSV cells that a spreadsheet would run as a formula (OWASP "CSV injection"): a cell
 * that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * single quote in front, so Excel, LibreOffice and Google Sheets show it as text. Feed values (a
 * tx_id, a company name, a rejected row) reach findings.csv and rejects.csv unchanged otherwise;
 * findings.json keeps every value raw.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    /** The cell as written to a CSV report; null stays null (an empty cell). */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return triggers(value.charAt(0)) ? "'" + value : value;
    }

    /** A cell from any value: strings are neutralised, numbers and other values are written as they are. */
    public static Object cell(Object value) {
        return value instanceof CharSequence s ? cell(s.toString()) : value;
    }

    static boolean triggers(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
