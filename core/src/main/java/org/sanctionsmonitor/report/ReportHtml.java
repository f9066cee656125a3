package org.sanctionsmonitor.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.SortedFindings;
import org.sanctionsmonitor.ingest.Reject;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * report.html: one self-contained page (inline CSS, JavaScript and SVG; nothing fetched, and a
 * Content-Security-Policy that forbids fetching) that shows a run's findings to an analyst. The
 * data is embedded as JSON in a {@code <script type="application/json">} block with {@code <},
 * {@code >}, {@code &} (and U+2028/U+2029) written as {@code \}u escapes, so no feed value can
 * close the block or start markup; the page's script renders every value with
 * {@code textContent}, never as HTML. The page and its script live in resources beside this class.
 */
public final class ReportHtml {

    static final String DATA_MARK = "<!--REPORT-DATA-->";
    static final String STYLE_MARK = "/*REPORT-STYLE*/";
    static final String SCRIPT_MARK = "/*REPORT-SCRIPT*/";

    private static final String TEMPLATE = resource("report.html");
    private static final String STYLE = resource("report.css");
    private static final String SCRIPT = resource("report.js");

    private ReportHtml() {
    }

    public static void write(List<Finding> findings, List<Reject> rejects, Map<String, Object> manifest, Writer w)
            throws IOException {
        write(findings, rejects, manifest, Triage.NONE, w);
    }

    /** With what triage needs: new/seen/resolved against a previous run, and the suppressed findings. */
    public static void write(List<Finding> findings, List<Reject> rejects, Map<String, Object> manifest, Triage triage,
            Writer w) throws IOException {
        writeData(ReportData.of(findings, rejects, manifest, triage), w);
    }

    /** The same, embedding at most {@code maxFindings} findings, the first in the findings' order (--report-max-findings). */
    public static void write(List<Finding> findings, List<Reject> rejects, Map<String, Object> manifest, Triage triage,
            int maxFindings, Writer w) throws IOException {
        writeData(ReportData.of(findings, rejects, manifest, triage, maxFindings), w);
    }

    /** The same from a run's findings read one at a time (see {@link ReportData#of(SortedFindings, List, Map, Triage, int)}). */
    public static void write(SortedFindings findings, List<Reject> rejects, Map<String, Object> manifest, Triage triage,
            int maxFindings, Writer w) throws IOException {
        writeData(ReportData.of(findings, rejects, manifest, triage, maxFindings), w);
    }

    /** Writes the page around already built report data (see {@link ReportData}). */
    static void writeData(Map<String, Object> data, Writer w) throws IOException {
        int style = TEMPLATE.indexOf(STYLE_MARK);
        int dataAt = TEMPLATE.indexOf(DATA_MARK);
        int script = TEMPLATE.indexOf(SCRIPT_MARK);
        w.write(TEMPLATE, 0, style);
        w.write(STYLE);
        w.write(TEMPLATE, style + STYLE_MARK.length(), dataAt - style - STYLE_MARK.length());
        Json.MAPPER.writer().with(HtmlSafe.INSTANCE).writeValue(w, data);
        w.write(TEMPLATE, dataAt + DATA_MARK.length(), script - dataAt - DATA_MARK.length());
        w.write(SCRIPT);
        w.write(TEMPLATE, script + SCRIPT_MARK.length(), TEMPLATE.length() - script - SCRIPT_MARK.length());
    }

    /** Writes JSON that is safe inside an HTML script element. */
    static String json(Object value) throws IOException {
        return Json.MAPPER.writer().with(HtmlSafe.INSTANCE).writeValueAsString(value);
    }

    private static String resource(String name) {
        try (InputStream in = ReportHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Escapes {@code < > &} and the JavaScript line separators as {@code \}uXXXX inside JSON strings. */
    static final class HtmlSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        static final HtmlSafe INSTANCE = new HtmlSafe();
        private static final int[] ASCII = standardAsciiEscapesForJSON();
        private static final SerializableString LS = new SerializedString("\\u2028");
        private static final SerializableString PS = new SerializedString("\\u2029");

        static {
            ASCII['<'] = ESCAPE_STANDARD;
            ASCII['>'] = ESCAPE_STANDARD;
            ASCII['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? LS : ch == 0x2029 ? PS : null;
        }
    }
}
