package org.sanctionsmonitor.rules;

import java.time.LocalDate;
import java.util.List;

import org.sanctionsmonitor.check.CryptoStage;
import org.sanctionsmonitor.check.RecordPipeline;
import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.model.AddressLabel;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Payment;
import org.sanctionsmonitor.model.Shipment;
import org.sanctionsmonitor.model.Transfer;
import org.sanctionsmonitor.model.VesselEvent;
import org.sanctionsmonitor.screening.NameMatchingConfig;
import org.sanctionsmonitor.screening.ScreeningIndex;
import org.sanctionsmonitor.trade.TradeReference;

/**
 * Hand-made records through the check's own {@link RecordPipeline} (screening, crypto stage,
 * trade screening, cap ledger, rule runner), so rule tests exercise the same wiring as the check:
 * transfers first, then the graph analysis, then the other records, then the cap tallies.
 */
final class RecordPipelineHarness {

    static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

    private RecordPipelineHarness() {
    }

    static List<Finding> run(RuleBase rules, List<ListedEntity> list, List<AddressLabel> labels, List<?> records) {
        return run(rules, List.of(new EntityList("TEST", "native", List.of(), list)), labels, records, AS_OF);
    }

    static List<Finding> run(RuleBase rules, List<EntityList> lists, List<AddressLabel> labels, List<?> records, LocalDate asOf) {
        ScreeningIndex index = new ScreeningIndex(lists, NameMatchingConfig.load(rules.folder()));
        CryptoStage crypto = CryptoStage.of(rules, labels, index, List.of());
        RecordPipeline pipeline = new RecordPipeline(rules, lists, index, TradeReference.load(rules.folder()), crypto, asOf);
        for (Object r : records) {
            if (r instanceof Transfer t) {
                pipeline.transfer(t);
            }
        }
        pipeline.transfersDone();
        for (Object r : records) {
            if (r instanceof Shipment s) {
                pipeline.shipment(s);
            } else if (r instanceof Payment p) {
                pipeline.payment(p);
            } else if (r instanceof VesselEvent e) {
                pipeline.vesselEvent(e);
            } else if (!(r instanceof Transfer)) {
                throw new IllegalArgumentException("not a record: " + r);
            }
        }
        return pipeline.finish();
    }
}
