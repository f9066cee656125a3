package org.sanctionsmonitor.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;

import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.graph.TransferGraph.GraphTransfer;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;

/**
 * A transfer that delivers funds traceable, through intermediaries, to an address listed for an
 * entity: the graph analysis found a time-respecting path of {@code hops} transfers from the
 * listed address, the last of which is this one (hop 1 is the transfer out of the listed address
 * itself, a direct SAN-001 hit, and is never an Exposure).
 *
 * @param path            the transfers from the one out of the listed address to this one, in order
 * @param sourceAddress   the listed address the path starts at
 * @param maxExposedUsd   an upper bound, in USD, of the listed funds this transfer can carry (the
 *                        smaller of its own value and all listed funds its sender had received
 *                        before it); NaN when no USD values are known
 * @param viaBridge       true when the path crosses chains through a matched bridge deposit and withdrawal
 * @param sourceNote      why the source address counts as listed when the list does not name it for
 *                        this chain (the same EVM key listed for another chain), or null
 */
public record Exposure(GraphTransfer transfer, ListedEntity entity, int hops, List<GraphTransfer> path,
        String sourceAddress, double maxExposedUsd, boolean viaBridge, String sourceNote) implements Match {

    public Exposure {
        path = List.copyOf(path);
    }

    /** An exposure from an address listed for the chain it is used on (no source note). */
    public Exposure(GraphTransfer transfer, ListedEntity entity, int hops, List<GraphTransfer> path, String sourceAddress,
            double maxExposedUsd, boolean viaBridge) {
        this(transfer, entity, hops, path, sourceAddress, maxExposedUsd, viaBridge, null);
    }

    @Override
    public Subject subject() {
        return transfer;
    }

    @Override
    public String matchedValue() {
        return sourceAddress;
    }

    @Override
    public Double score() {
        return null;
    }

    /** The bound as text: "USD 1234.50" or "unknown (no amount_usd)". */
    public String boundText() {
        return Double.isNaN(maxExposedUsd) || Double.isInfinite(maxExposedUsd) ? "unknown (no amount_usd)"
                : "USD " + String.format(Locale.ROOT, "%.2f", maxExposedUsd);
    }

    @Override
    public String explanation() {
        return "transfer " + transfer.subjectId() + " to " + transfer.toAddress() + " carries funds traceable to "
                + entity.label() + " through " + hops + " hops from listed address " + sourceAddress
                + (sourceNote == null ? "" : " (" + sourceNote + ")")
                + (viaBridge ? " (across a bridge to another chain)" : "")
                + " along " + path.stream().map(GraphTransfer::subjectId).collect(Collectors.joining(" > "))
                + "; listed funds in it: at most " + boundText() + ".";
    }

    @Override
    public List<Evidence> extraEvidence() {
        List<Evidence> out = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            GraphTransfer t = path.get(i);
            Map<String, String> f = new LinkedHashMap<>();
            f.put("hop", Integer.toString(i + 1));
            f.putAll(t.facts());
            out.add(new Evidence("path", "transfer", t.subjectId(), t.source(), f));
        }
        return out;
    }
}
