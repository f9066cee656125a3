package org.sanctionsmonitor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.model.Transfer;

/**
 * How a finding carries the path of transfers behind an exposure (INDIRECT_EXPOSURE and the like),
 * and how the HTML report reads it back as a graph.
 *
 * <p>The convention: one {@link Evidence} per hop, with role {@value #ROLE}, in hop order, each a
 * transfer whose facts hold at least {@code from_address} and {@code to_address} (and usually
 * {@code tx_id}, {@code amount}, {@code asset}, {@code timestamp}). {@link #hop(Transfer)} builds
 * one from a transfer fact. findings.json shows these like any evidence; the report draws them as
 * a graph whose nodes are addresses and whose edges are transfers, marking the finding's
 * matched_value (the listed address) as the listed node. Nothing else in a finding changes, so a
 * rule that raises exposure findings only has to add the hops to the evidence.
 *
 * <p>An ownership chain is drawn the same way ({@link #OWNERSHIP}): one evidence per link, with
 * role {@value #OWNERSHIP_ROLE} and facts {@code owner}, {@code owned}, {@code share},
 * {@code owner_status} and {@code statements}; the nodes are parties (listed owners marked listed,
 * the finding's entity as the start of the question "why is this one blocked"), the edges
 * ownership links labelled with their share.
 */
public final class ExposurePath {

    /** The evidence role of one hop of a path. */
    public static final String ROLE = "path";

    /** The evidence role of one link of an ownership chain (as written by the ownership rules). */
    public static final String OWNERSHIP_ROLE = "ownership";

    /** The type of a graph of ownership links (a graph of transfers has type {@value #TRANSFERS}). */
    public static final String OWNERSHIP = "ownership";

    public static final String TRANSFERS = "transfers";

    /** An address on the path; {@code kind} is start, listed or hop. */
    public record Node(String id, String kind) {
    }

    /** One transfer on the path, from one address to another. */
    public record Edge(String from, String to, String txId, String amount, String asset, String timestamp,
            String source) {
    }

    /** The path as a graph: nodes in the order they first appear, edges in hop order. */
    public record Graph(List<Node> nodes, List<Edge> edges, String type) {
        public Graph {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }

        public Graph(List<Node> nodes, List<Edge> edges) {
            this(nodes, edges, TRANSFERS);
        }
    }

    private ExposurePath() {
    }

    /** One hop of a path: the transfer as evidence with role {@value #ROLE}. */
    public static Evidence hop(Transfer t) {
        return new Evidence(ROLE, t.subjectType(), t.subjectId(), t.source(), t.facts());
    }

    /** The finding's path, when its evidence has hops that name both addresses. */
    public static Optional<Graph> of(Finding f) {
        List<Edge> edges = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            if (!ROLE.equals(e.role())) {
                continue;
            }
            String from = e.facts().get("from_address");
            String to = e.facts().get("to_address");
            if (from == null || to == null) {
                continue;
            }
            edges.add(new Edge(from, to, e.facts().getOrDefault("tx_id", e.id()), e.facts().get("amount"),
                    e.facts().get("asset"), e.facts().get("timestamp"), e.source() == null ? null : e.source().toString()));
        }
        if (edges.isEmpty()) {
            return ownership(f);
        }
        List<String> listed = new ArrayList<>();
        if (f.matchedValue() != null) {
            for (String v : f.matchedValue().split(";")) {
                if (!v.isBlank()) {
                    listed.add(v.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Edge e : edges) {
            kinds.putIfAbsent(e.from(), "hop");
            kinds.putIfAbsent(e.to(), "hop");
        }
        kinds.put(edges.get(0).from(), "start");
        for (String id : kinds.keySet()) {
            if (listed.contains(id.toLowerCase(Locale.ROOT))) {
                kinds.put(id, "listed");
            }
        }
        if (listed.isEmpty()) {
            kinds.put(edges.get(edges.size() - 1).to(), "listed");
        }
        List<Node> nodes = new ArrayList<>();
        kinds.forEach((id, kind) -> nodes.add(new Node(id, kind)));
        return Optional.of(new Graph(nodes, edges));
    }

    /** The finding's ownership chain, when its evidence has ownership links. */
    private static Optional<Graph> ownership(Finding f) {
        List<Edge> edges = new ArrayList<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Evidence e : f.evidence()) {
            if (!OWNERSHIP_ROLE.equals(e.role()) || e.facts().get("owner") == null || e.facts().get("owned") == null) {
                continue;
            }
            String owner = e.facts().get("owner");
            String owned = e.facts().get("owned");
            String share = e.facts().get("share");
            String control = "yes".equals(e.facts().get("control")) ? "control" : null;
            String label = share == null ? control : control == null ? share + "%" : share + "%, " + control;
            edges.add(new Edge(owner, owned, label, null, null, e.facts().get("statements"),
                    e.source() == null ? null : e.source().toString()));
            kinds.putIfAbsent(owner, "listed".equals(e.facts().get("owner_status")) ? "listed" : "hop");
            kinds.putIfAbsent(owned, "hop");
        }
        if (edges.isEmpty()) {
            return Optional.empty();
        }
        String subject = f.evidence().stream().filter(e -> "derived_entity".equals(e.role())).map(e -> e.facts().get("name"))
                .findFirst().orElse(edges.get(edges.size() - 1).to());
        if (kinds.containsKey(subject) && !"listed".equals(kinds.get(subject))) {
            kinds.put(subject, "start");
        }
        List<Node> nodes = new ArrayList<>();
        kinds.forEach((id, kind) -> nodes.add(new Node(id, kind)));
        return Optional.of(new Graph(nodes, edges, OWNERSHIP));
    }
}
