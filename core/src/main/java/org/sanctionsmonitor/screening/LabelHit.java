package org.sanctionsmonitor.screening;

import java.util.List;

import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.model.AddressLabel;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.model.Transfer;

/**
 * One end of a transfer is a labelled address (mixer, bridge, exchange, hack proceeds, ...). When
 * the labelled service is itself listed, {@code entity} is the list entry and {@code listedBy}
 * says how it was found: "address" (the labelled address is a listed address) or "name" (the
 * label's name equals a listed name or strong alias, e.g. Sinbad.io = SINBAD a.k.a. SINBAD.IO).
 *
 * @param side      "from" (funds out of the labelled address: a withdrawal) or "to" (a deposit)
 * @param labelType the label's type, lower case: mixer, bridge, exchange, hack_proceeds, ...
 */
public record LabelHit(Transfer transfer, String side, String labelType, AddressLabel label, ListedEntity entity,
        String listedBy) implements Match {

    public boolean isListed() {
        return entity != null;
    }

    /** "deposit" for funds sent to the labelled address, "withdrawal" for funds it sent. */
    public String direction() {
        return side.equals("to") ? "deposit" : "withdrawal";
    }

    @Override
    public Subject subject() {
        return transfer;
    }

    @Override
    public String matchedValue() {
        return side.equals("to") ? transfer.toAddress() : transfer.fromAddress();
    }

    @Override
    public Double score() {
        return entity == null ? null : 1.0;
    }

    @Override
    public String explanation() {
        String what = side + "_address " + matchedValue() + " is labelled " + label.describe()
                + (label.source() == null ? "" : " (source: " + label.source() + ")")
                + ": a " + direction() + (side.equals("to") ? " into" : " out of") + " it on " + transfer.chain();
        if (entity != null) {
            return what + "; the " + label.labelType().replace('_', ' ') + " is listed as " + entity.label()
                    + (listedBy.equals("address") ? " (the address itself is listed)." : " (the label's name is a listed name).");
        }
        return what + "; it is on no loaded sanctions list: a risk flag, not a sanctions hit.";
    }

    @Override
    public List<Evidence> extraEvidence() {
        return List.of(new Evidence("label", label.labelType(), label.address(), label.provenance(), label.facts()));
    }
}
