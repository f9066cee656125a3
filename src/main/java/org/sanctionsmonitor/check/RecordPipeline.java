package org.sanctionsmonitor.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.engine.RuleRunner;
import org.sanctionsmonitor.engine.RunContext;
import org.sanctionsmonitor.graph.TransferGraph;
import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.model.Payment;
import org.sanctionsmonitor.model.Shipment;
import org.sanctionsmonitor.model.Transfer;
import org.sanctionsmonitor.model.VesselEvent;
import org.sanctionsmonitor.report.Finding;
import org.sanctionsmonitor.screening.Match;
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
 * <p>Order: every transfer, then {@link #transfersDone()} (the graph analysis), then the other
 * records, then {@link #finish()} (the cap tallies and the last sessions).
 */
public final class RecordPipeline {

    private final ScreeningIndex index;
    private final TradeScreening trade;
    private final CapLedger ledger;
    private final CryptoStage crypto;
    private final RuleRunner runner;

    public RecordPipeline(RuleBase rules, List<EntityList> lists, ScreeningIndex index, TradeReference reference,
            CryptoStage crypto, LocalDate asOf) {
        this.index = index;
        this.trade = new TradeScreening(reference, lists);
        this.ledger = new CapLedger(reference);
        this.crypto = crypto;
        this.runner = new RuleRunner(rules, new RunContext(asOf), reference.facts());
        crypto.registerParameters(runner);
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
        runner.add(t, candidates);
    }

    public void transfer(Transfer t) {
        acceptTransfer(screenTransfer(t));
    }

    /** After the last transfer: the graph analysis, its derived facts into the rules. */
    public void transfersDone() {
        crypto.finish(runner);
    }

    public void shipment(Shipment s) {
        ledger.offer(s); // cross-record: in the calling thread, in input order
        runner.add(s, (Shipment sh, Consumer<Object> out) -> {
            index.screen(sh, out::accept);
            trade.screen(sh, out);
        });
    }

    public void payment(Payment p) {
        runner.add(p, (Payment pm, Consumer<Object> out) -> index.screen(pm, out::accept));
    }

    public void vesselEvent(VesselEvent e) {
        List<Object> candidates = new ArrayList<>(4);
        trade.screen(e, candidates::add);
        ledger.offer(e, candidates);
        runner.add(e, candidates);
    }

    /** The per-year cap tallies, then every remaining session; the findings in their stable order. */
    public List<Finding> finish() {
        ledger.tallies().forEach(tally -> runner.add(tally, List.of()));
        return runner.finish();
    }

    public long sessions() {
        return runner.sessions();
    }
}
