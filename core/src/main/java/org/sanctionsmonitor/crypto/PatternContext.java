package org.sanctionsmonitor.crypto;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.sanctionsmonitor.graph.GraphParameters;
import org.sanctionsmonitor.graph.GraphSubject;
import org.sanctionsmonitor.graph.IntList;
import org.sanctionsmonitor.graph.TransferGraph;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.finding.Evidence;

/**
 * What every pattern detector reads: the graph, the reviewed parameters, the labelled services,
 * and the small helpers that turn transfers into evidence and text. Mechanics only: the rules
 * decide which facts are findings.
 */
public final class PatternContext {

    /** Most transfers shown as evidence for one fact (the counts are always complete). */
    public static final int MAX_EVIDENCE = 24;

    /**
     * {@code hub_fanout} from the reviewed table: an address that sends more than this many
     * transfers inside one pattern window is treated as an unlabelled service (a hub) by the
     * pass-through and fan detectors (scanning every hub's outflow for every inflow would be
     * quadratic, and such flows are custody, not layering); one that sends to more than this many
     * distinct counterparties inside {@code hub_window_hours} stops spreading exposure
     * ({@link ServiceLikeDetector}).
     */
    final int hubFanout;

    final TransferGraph g;
    final GraphParameters p;
    final boolean[] service;
    final boolean[] mixer;
    final boolean[] bridge;
    final Map<Integer, ListedEntity> listedService;

    /**
     * @param service       nodes labelled with a stop label type (exchange, mixer, bridge, ...)
     * @param listedService labelled nodes whose service is listed, with the list entry
     */
    public PatternContext(TransferGraph g, GraphParameters p, boolean[] service, boolean[] mixer, boolean[] bridge,
            Map<Integer, ListedEntity> listedService) {
        this.g = g;
        this.p = p;
        this.service = service;
        this.mixer = mixer;
        this.bridge = bridge;
        this.listedService = listedService;
        this.hubFanout = (int) p.number("hub_fanout");
    }

    long seconds(String hoursParam) {
        return (long) (p.number(hoursParam) * 3600);
    }

    Evidence ev(int t, String stage) {
        TransferGraph.GraphTransfer s = g.subject(t);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("stage", stage);
        f.putAll(s.facts());
        return new Evidence("path", "transfer", s.subjectId(), s.source(), f);
    }

    Subject addressSubject(int node, int firstTransfer) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("chain", g.chainOfNode(node));
        f.put("address", g.address(node));
        return new GraphSubject("address", g.address(node), g.subject(firstTransfer).source(), f);
    }

    Subject customerSubject(String owner, int firstTransfer) {
        return new GraphSubject("customer", owner, g.subject(firstTransfer).source(), Map.of("owner", owner));
    }

    static double hours(long seconds) {
        return seconds / 3600.0;
    }

    static String usdText(double usd) {
        return Double.isNaN(usd) ? "an unknown USD value" : "USD " + String.format(Locale.ROOT, "%.2f", usd);
    }

    static String oneDecimal(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    String amt(int t) {
        return TransferGraph.amountText(g.amount[t]) + " " + g.assets[g.asset[t]];
    }

    /**
     * The sentence part naming the daily prices used for the transfers given that had no
     * amount_usd (empty when none was valued from a price), e.g.
     * {@code "; USD values from daily prices: TX-1 at ETH 2517.34 on 2025-03-03 (rules/reference/crypto-prices.csv:12)"}.
     */
    String priceNote(int... transfers) {
        List<TransferGraph.GraphTransfer> ts = new java.util.ArrayList<>(transfers.length);
        for (int t : transfers) {
            ts.add(g.subject(t));
        }
        return priceNote(ts);
    }

    /** The daily prices that valued any of {@code transfers} ("; USD values from daily prices: ..."), or empty. */
    static String priceNote(List<TransferGraph.GraphTransfer> transfers) {
        Set<String> notes = new TreeSet<>();
        for (TransferGraph.GraphTransfer t : transfers) {
            String n = t.priceNote();
            if (n != null) {
                notes.add(t.subjectId() + " at " + n);
            }
        }
        return notes.isEmpty() ? "" : "; USD values from daily prices: " + String.join(", ", notes);
    }

    String priceNote(IntList transfers) {
        int[] a = new int[transfers.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = transfers.get(i);
        }
        return priceNote(a);
    }
}
