package org.sanctionsmonitor.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.model.Payment;
import org.sanctionsmonitor.model.Provenance;
import org.sanctionsmonitor.model.Shipment;

/** Test records. */
final class Records {

    private Records() {
    }

    static Payment payment(String id, String originator, String beneficiary, String beneficiaryBic, String dob, String nationality) {
        return new Payment(id, LocalDate.of(2025, 3, 1), new BigDecimal("1000"), "USD", originator, null, null,
                beneficiary, null, beneficiaryBic, dob == null ? null : LocalDate.parse(dob), nationality, null, Map.of(),
                new Provenance("test.csv", 2));
    }

    static Shipment shipment(String id, String shipper, String consignee) {
        return new Shipment(id, LocalDate.of(2025, 3, 1), new Shipment.Party("shipper", shipper, null),
                new Shipment.Party("consignee", consignee, null), null, null, null, null, null, null, null, List.of(),
                null, null, null, null, null, null, null, null, Map.of(), new Provenance("test.csv", 2));
    }
}
