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
    private final RuleBase rules;
    private final RunContext context;
    private final TradeReference reference;
    /** Where payments and shipments go; null: this pipeline's own rule runner. */
    private Lane lane;

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
        this.rules = rules;
        this.reference = reference;
        this.context = new RunContext(asOf);
        this.transfers = transferRunner();
        this.runner = otherRunner();
    }

    /**
     * A rule runner whose sessions hold what the transfer lane's sessions hold (the run context,
     * the reference facts, the crypto parameters): the Spark job runs transfer batches in runners
     * like it on its executors.
     */
    public RuleRunner transferRunner() {
        RuleRunner r = new RuleRunner(rules, context, reference.facts());
        crypto.registerParameters(r);
        return r;
    }

    /**
     * Where transfers are screened (exact addresses, labels) and their rules run when not here:
     * the Spark job's executors. The driver keeps the graph rows; after the last transfer the lane
     * runs and says which transfers had exact address matches, which the driver screens again to
     * note the listed addresses in the graph (few, and in input order, as the single JVM notes
     * them). No rule joins two transfers, so any split gives the same findings.
     */
    public interface TransferLane {
        /** A transfer, in input order. */
        void transfer(Transfer t);

        /** Runs what is left: every finding raised (unordered), and the transfers with exact address matches in input order. */
        TransferResults finish();

        long sessions();

        /**
         * Hands every finding to {@code sink} as it comes instead of returning it from {@link #finish}
         * (a Spark driver: so it never holds them all); by default they are returned. The pipeline
         * calls it with its own sink ({@link RecordPipeline#sendFindingsTo}).
         */
        default void sendFindingsTo(Consumer<Finding> sink) {
        }
    }

    /** What a {@link TransferLane} gives back. */
    public record TransferResults(List<Finding> findings, List<Transfer> withAddressMatches) {
    }

    /** Sends transfers to {@code lane} from now on (before the first transfer). */
    public void distributeTransfers(TransferLane lane) {
        this.transferLane = lane;
        if (sink != null) {
            lane.sendFindingsTo(sink);
        }
    }

    /** Exact screening and label hits of a transfer, as the transfer lane's rules see them; read-only, thread-safe. */
    public void screenTransferCandidates(Transfer t, Consumer<Match> out) {
        index.screen(t, out);
        crypto.labelHits(t, out);
    }

    /**
     * Where the UNSCR 2397 cap tallies are made and their rules run when not here (the Spark job):
     * given the ledger with the supplies kept in input order, the cap rules' findings.
     */
    public interface CapLane {
        List<Finding> run(CapLedger ledger);

        long sessions();

        /** As {@link TransferLane#sendFindingsTo}: findings to {@code sink} as they come, not returned by {@link #run}. */
        default void sendFindingsTo(Consumer<Finding> sink) {
        }
    }

    /** Sends the cap ledger's supplies to {@code lane} at {@link #finish()}. */
    public void distributeCaps(CapLane lane) {
        this.capLane = lane;
        if (sink != null) {
            lane.sendFindingsTo(sink);
        }
    }

    /** The cap ledger (on an executor: empty, for {@link CapLedger#tally}). */
    public CapLedger capLedger() {
        return ledger;
    }

    private CapLane capLane;
    private TransferLane transferLane;
    private List<Finding> transferLaneFindings = List.of();

    /**
     * A rule runner whose sessions hold what the other lane's sessions hold (the run context, the
     * reference facts, the crypto and name parameters): the Spark job runs payment and shipment
     * batches in runners like it on its executors.
     */
    public RuleRunner otherRunner() {
        RuleRunner r = new RuleRunner(rules, context, reference.facts());
        crypto.registerParameters(r);
        index.nameParameters().forEach(r::addSessionFact); // the name rules' thresholds (SAN-003/004/021/022)
        return r;
    }

    /**
     * Where payments and shipments are screened and their rules run when not in this pipeline's
     * own runner: the Spark job sends them to its executors. Records of one kind keep no state
     * between them (no rule joins two records), so any split gives the same findings.
     */
    public interface Lane {
        void payment(Payment p);

        void shipment(Shipment s);

        /** Runs what is left and returns every finding raised, unordered (for {@link RuleRunner#order}). */
        List<Finding> finishUnordered();

        /**
         * Runs what is left and hands every finding raised to {@code sink}, in any order (the batch
         * check's sink is a {@link org.sanctionsmonitor.finding.FindingSorter}: it orders them and
         * spills past its budget). By default the list of {@link #finishUnordered()}.
         */
        default void finishInto(Consumer<Finding> sink) {
            finishUnordered().forEach(sink);
        }

        long sessions();

        /** As {@link TransferLane#sendFindingsTo}: findings to {@code sink} as they come, not returned by {@link #finishUnordered}. */
        default void sendFindingsTo(Consumer<Finding> sink) {
        }
    }

    /** The rules this pipeline runs. */
    public RuleBase rules() {
        return rules;
    }

    /** Sends payments and shipments to {@code lane} from now on (before the first record). */
    public void distribute(Lane lane) {
        this.lane = lane;
        if (sink != null) {
            lane.sendFindingsTo(sink);
        }
    }

    /** A payment's screening: exact and fuzzy names, BICs, ownership; read-only, thread-safe. */
    public void screenPayment(Payment pm, Consumer<Object> out) {
        index.screen(pm, out::accept);
        ownership.screen(pm, out);
    }

    /** A shipment's screening: parties, trade (goods, ports, vessels), ownership; read-only, thread-safe. */
    public void screenShipment(Shipment sh, Consumer<Object> out) {
        index.screen(sh, out::accept);
        trade.screen(sh, out);
        ownership.screen(sh, out);
    }

    /** A transfer with what a worker thread made for it: its exact-screening matches and graph keys. */
    public record ScreenedTransfer(Transfer transfer, List<Match> found, TransferGraph.Ends ends) {
    }

    /**
     * Exact screening of a transfer (addresses and their checksums) and its graph keys:
     * independent per record, thread-safe.
     */
    public ScreenedTransfer screenTransfer(Transfer t) {
        if (transferLane != null) { // screened on the lane's side
            return new ScreenedTransfer(t, List.of(), TransferGraph.Ends.of(t));
        }
        List<Match> found = new ArrayList<>(2);
        index.screen(t, found::add);
        return new ScreenedTransfer(t, found, TransferGraph.Ends.of(t));
    }

    /** The order-sensitive rest for a transfer: label hits, the graph row, the rule batch. */
    public void acceptTransfer(ScreenedTransfer s) {
        Transfer t = s.transfer();
        if (transferLane != null) {
            crypto.graphRow(t, s.ends());
            transferLane.transfer(t);
            return;
        }
        List<Match> candidates = new ArrayList<>(s.found());
        crypto.screen(t, s.ends(), s.found(), candidates::add);
        transfers.add(t, candidates);
    }

    public void transfer(Transfer t) {
        acceptTransfer(screenTransfer(t));
    }

    /** After the last transfer: the graph analysis, its derived facts into the rules. */
    public void transfersDone() {
        if (transferLane != null) {
            TransferResults r = transferLane.finish();
            for (Transfer t : r.withAddressMatches()) {
                List<Match> found = new ArrayList<>(2);
                index.screen(t, found::add);
                crypto.listed(t, found);
            }
            transferLaneFindings = r.findings();
        }
        crypto.finish(transfers);
    }

    public void shipment(Shipment s) {
        ledger.offer(s); // cross-record: in the calling thread, in input order
        if (lane != null) {
            lane.shipment(s);
        } else {
            runner.add(s, this::screenShipment);
        }
    }

    public void payment(Payment p) {
        if (lane != null) {
            lane.payment(p);
        } else {
            runner.add(p, this::screenPayment);
        }
    }

    public void vesselEvent(VesselEvent e) {
        List<Object> candidates = new ArrayList<>(4);
        trade.screen(e, candidates::add);
        ledger.offer(e, candidates);
        runner.add(e, candidates);
    }

    /**
     * Sends every finding of this pipeline to {@code sink} (both lanes' sessions as they raise them,
     * from worker threads; the distributed lanes' as they come back, if they can; the rest at
     * {@link #finishInto}) instead of holding them. Call it before the first record.
     */
    public void sendFindingsTo(Consumer<Finding> sink) {
        this.sink = sink;
        transfers.sendFindingsTo(sink);
        runner.sendFindingsTo(sink);
        if (lane != null) {
            lane.sendFindingsTo(sink);
        }
        if (transferLane != null) {
            transferLane.sendFindingsTo(sink);
        }
        if (capLane != null) {
            capLane.sendFindingsTo(sink);
        }
    }

    private Consumer<Finding> sink;

    /**
     * The per-year cap tallies, then every remaining session, with the findings sent to the sink of
     * {@link #sendFindingsTo} (the other lane's, the ownership findings); ordering them is the sink's work.
     */
    public void finishInto() {
        if (sink == null) {
            throw new IllegalStateException("no sink: call sendFindingsTo first");
        }
        if (capLane == null) {
            ledger.tallies().forEach(tally -> runner.add(tally, List.of()));
        } else {
            capLane.run(ledger).forEach(sink);
        }
        transfers.finishUnordered().forEach(sink);
        transferLaneFindings.forEach(sink);
        runner.finishUnordered().forEach(sink);
        if (lane != null) {
            lane.finishInto(sink);
        }
        ownershipFindings.forEach(sink);
    }

    /** The per-year cap tallies, then every remaining session; the findings of both lanes in their stable order. */
    public List<Finding> finish() {
        List<Finding> capFindings = List.of();
        if (capLane == null) {
            ledger.tallies().forEach(tally -> runner.add(tally, List.of()));
        } else {
            capFindings = capLane.run(ledger);
        }
        List<Finding> all = new ArrayList<>(transfers.finishUnordered());
        all.addAll(capFindings);
        all.addAll(transferLaneFindings);
        all.addAll(runner.finishUnordered());
        if (lane != null) {
            all.addAll(lane.finishUnordered());
        }
        all.addAll(ownershipFindings);
        return RuleRunner.order(all);
    }

    public long sessions() {
        return transfers.sessions() + runner.sessions() + (lane == null ? 0 : lane.sessions())
                + (transferLane == null ? 0 : transferLane.sessions()) + (capLane == null ? 0 : capLane.sessions());
    }
}
