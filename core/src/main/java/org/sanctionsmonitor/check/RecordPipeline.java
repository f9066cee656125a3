package org.sanctionsmonitor.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.engine.RuleRunner;
import org.sanctionsmonitor.engine.RunContext;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.graph.TransferGraph;
import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.model.Payment;
import org.sanctionsmonitor.model.Shipment;
import org.sanctionsmonitor.model.Transfer;
import org.sanctionsmonitor.model.VesselEvent;
import org.sanctionsmonitor.ownership.OwnershipScreening;
import org.sanctionsmonitor.screening.ScreeningIndex;
import org.sanctionsmonitor.trade.CapLedger;
import org.sanctionsmonitor.trade.TradeReference;
import org.sanctionsmonitor.trade.TradeScreening;

/**
 * What happens to each record between reading and the rules, in one place: screening, the
 * crypto stage (label hits, the transfer graph), trade screening and the cap ledger, and the
 * rule runner. The batch check feeds it from files; the rule tests feed it hand-made records, so
 * they test exactly the wiring the check runs.
 *
 * <p>Two lanes that may run on two threads at once: the transfers ({@link #transfer}, then
 * {@link #transfersDone()}, the graph analysis) and the other records (shipments, payments, vessel
 * events). Each lane is used by one thread at a time and has its own rule runner; no rule joins a
 * transfer with another kind of record (sessions hold one batch of one lane). {@link #finish()}
 * comes last, after both lanes: the cap tallies, the last sessions, the findings of both lanes in
 * one stable order.
 */
public final class RecordPipeline {

    private final ScreeningIndex index;
    private final TradeScreening trade;
    private final CapLedger ledger;
    private final CryptoStage crypto;
    private final RuleRunner transfers;
    private final RuleRunner runner;
    private final OwnershipScreening ownership;
    private final List<Finding> ownershipFindings;

    public RecordPipeline(RuleBase rules, List<EntityList> lists, ScreeningIndex index, TradeReference reference,
            CryptoStage crypto, LocalDate asOf) {
        this(rules, lists, index, reference, crypto, OwnershipScreening.NONE, List.of(), asOf);
    }

    /**
     * @param ownership         the entities blocked by ownership, which payment and shipment parties are screened against
     * @param ownershipFindings the ownership rules' findings about the ownership graph, returned with the others by {@link #finish()}
     */
    public RecordPipeline(RuleBase rules, List<EntityList> lists, ScreeningIndex index, TradeReference reference,
            CryptoStage crypto, OwnershipScreening ownership, List<Finding> ownershipFindings, LocalDate asOf) {
        this.ownership = ownership;
        this.ownershipFindings = List.copyOf(ownershipFindings);
        this.index = index;
        this.trade = new TradeScreening(reference, lists);
        this.ledger = new CapLedger(reference);
        this.crypto = crypto;
        RunContext context = new RunContext(asOf);
        this.transfers = new RuleRunner(rules, context, reference.facts());
        this.runner = new RuleRunner(rules, context, reference.facts());
        crypto.registerParameters(transfers);
        crypto.registerParameters(runner);
        index.nameParameters().forEach(runner::addSessionFact); // the name rules' thresholds (SAN-003/004/021/022)
    }

    /** A transfer with what a worker thread made for it: its exact-screening matches and graph keys. */
    public record ScreenedTransfer(Transfer transfer, List<Match> found, TransferGraph.Ends ends) {
    }

    /**
     * Exact screening of a transfer (addresses and their checksums) and its graph keys:
     * independent per record, thread-safe.
     */
    public ScreenedTransfer screenTransfer(Transfer t) {
        List<Match> found = new ArrayList<>(2);
        index.screen(t, found::add);
        return new ScreenedTransfer(t, found, TransferGraph.Ends.of(t));
    }

    /** The order-sensitive rest for a transfer: label hits, the graph row, the rule batch. */
    public void acceptTransfer(ScreenedTransfer s) {
        Transfer t = s.transfer();
        List<Match> candidates = new ArrayList<>(s.found());
        crypto.screen(t, s.ends(), s.found(), candidates::add);
        transfers.add(t, candidates);
    }

    public void transfer(Transfer t) {
        acceptTransfer(screenTransfer(t));
    }

    /** After the last transfer: the graph analysis, its derived facts into the rules. */
    public void transfersDone() {
        crypto.finish(transfers);
    }

    public void shipment(Shipment s) {
        ledger.offer(s); // cross-record: in the calling thread, in input order
        runner.add(s, (Shipment sh, Consumer<Object> out) -> {
            index.screen(sh, out::accept);
            trade.screen(sh, out);
            ownership.screen(sh, out);
        });
    }

    public void payment(Payment p) {
        runner.add(p, (Payment pm, Consumer<Object> out) -> {
            index.screen(pm, out::accept);
            ownership.screen(pm, out);
        });
    }

    public void vesselEvent(VesselEvent e) {
        List<Object> candidates = new ArrayList<>(4);
        trade.screen(e, candidates::add);
        ledger.offer(e, candidates);
        runner.add(e, candidates);
    }

    /** The per-year cap tallies, then every remaining session; the findings of both lanes in their stable order. */
    public List<Finding> finish() {
        ledger.tallies().forEach(tally -> runner.add(tally, List.of()));
        List<Finding> all = new ArrayList<>(transfers.finishUnordered());
        all.addAll(runner.finishUnordered());
        all.addAll(ownershipFindings);
        return RuleRunner.order(all);
    }

    public long sessions() {
        return transfers.sessions() + runner.sessions();
    }
}
