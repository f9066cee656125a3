package org.sanctionsmonitor.crypto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sanctionsmonitor.graph.Exposure;
import org.sanctionsmonitor.graph.TransferGraph.GraphTransfer;
import org.sanctionsmonitor.model.AddressLabel;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Match;

/**
 * A transfer that carries funds traceable, forward in time, to an address labelled
 * {@code hack_proceeds} (stolen funds whose theft is attributed, e.g. by the FBI, to DPRK
 * actors): hop 1 is the transfer out of the labelled address itself; paths are followed like
 * those from listed addresses (same depth, look-back and stop labels). The label names the theft
 * and its source (the attribution), and the finding cites both. Not a list entry: the finding's
 * list columns stay empty.
 *
 * @param hops          transfers from the labelled address to this one (1 = directly out of it)
 * @param depositInto   the label type of the recipient when it is a labelled service (exchange,
 *                      mixer, bridge), else null: a deposit of hack proceeds into a service
 * @param depositName   the recipient service's label name, or null
 * @param maxExposedUsd an upper bound of the stolen funds this transfer can carry (NaN when unknown)
 * @param priceNote     the daily prices that valued transfers of the path without amount_usd
 *                      ("; USD values from daily prices: ..."), or empty
 */
public record HackProceeds(GraphTransfer transfer, AddressLabel label, int hops, List<GraphTransfer> path,
        String sourceAddress, double maxExposedUsd, boolean viaBridge, String depositInto, String depositName,
        String priceNote) implements Match {

    public HackProceeds {
        path = List.copyOf(path);
    }

    /**
     * The hack-proceeds fact of an exposure path followed from {@code label}'s address.
     *
     * @param into the stop-type label of the transfer's recipient (the service deposited into), or null
     */
    public static HackProceeds of(Exposure e, AddressLabel label, AddressLabel into) {
        return new HackProceeds(e.transfer(), label, e.hops(), e.path(), e.sourceAddress(), e.maxExposedUsd(),
                e.viaBridge(), into == null ? null : into.labelType(), into == null ? null : into.name(),
                PatternContext.priceNote(e.path()));
    }

    @Override
    public Subject subject() {
        return transfer;
    }

    @Override
    public ListedEntity entity() {
        return null;
    }

    @Override
    public String matchedValue() {
        return sourceAddress;
    }

    @Override
    public Double score() {
        return null;
    }

    /** True when the transfer pays into a labelled exchange, mixer or bridge. */
    public boolean deposit() {
        return depositInto != null;
    }

    @Override
    public String explanation() {
        String what = label.name() == null ? "hack proceeds" : "proceeds of " + label.name();
        String attribution = label.source() == null ? "no source given in the label" : label.source();
        String into = depositInto == null ? "" : " into the " + depositInto + " " + (depositName == null ? "" : depositName + " ") + "at "
                + transfer.toAddress();
        String route = hops == 1 ? "directly from hack_proceeds address " + sourceAddress
                : "through " + hops + " hops from hack_proceeds address " + sourceAddress + (viaBridge ? " (across a bridge to another chain)" : "")
                        + " along " + path.stream().map(GraphTransfer::subjectId).collect(Collectors.joining(" > "));
        return "transfer " + transfer.subjectId() + into + (into.isEmpty() ? " to " + transfer.toAddress() : "") + " carries " + what
                + " " + route + " (attribution: " + attribution + "); stolen funds in it: at most "
                + (Double.isNaN(maxExposedUsd) || Double.isInfinite(maxExposedUsd) ? "unknown (no USD value)"
                        : "USD " + String.format(java.util.Locale.ROOT, "%.2f", maxExposedUsd)) + priceNote + ".";
    }

    @Override
    public List<Evidence> extraEvidence() {
        List<Evidence> out = new ArrayList<>();
        out.add(new Evidence("label", label.labelType(), label.address(), label.provenance(), label.facts()));
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
