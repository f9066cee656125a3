package org.sanctionsmonitor.screening;

import java.util.List;
import java.util.stream.Collectors;

import org.sanctionsmonitor.model.CryptoAddress;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.model.Transfer;

/**
 * A transfer whose from_address or to_address (or both) is an address listed for one entity. One
 * fact per transfer and entity, however many asset codes the list repeats the address under.
 *
 * @param sides "from", "to" or "from+to": which end of the transfer is listed
 * @param hits  each matching end with the listed assets it appears under
 */
public record AddressMatch(Transfer transfer, ListedEntity entity, String sides, List<Hit> hits) implements Match {

    /** One end of the transfer that matched, and the list's entries for that address. */
    public record Hit(String side, String address, List<CryptoAddress> listed) {
        String assets() {
            return listed.stream().map(CryptoAddress::asset).distinct().sorted().collect(Collectors.joining(", "));
        }
    }

    public AddressMatch {
        hits = List.copyOf(hits);
    }

    @Override
    public Subject subject() {
        return transfer;
    }

    @Override
    public String matchedValue() {
        return hits.stream().map(Hit::address).distinct().collect(Collectors.joining(";"));
    }

    @Override
    public Double score() {
        return 1.0;
    }

    @Override
    public String explanation() {
        StringBuilder sb = new StringBuilder();
        for (Hit h : hits) {
            if (sb.length() > 0) {
                sb.append(", and ");
            }
            sb.append(h.side()).append("_address ").append(h.address())
                    .append(" equals the ").append(h.assets()).append(" address listed for ");
            if (sb.indexOf(entity.label()) < 0) {
                sb.append(entity.label());
            } else {
                sb.append("the same entry");
            }
        }
        return sb.append(", in a transfer on ").append(transfer.chain()).append('.').toString();
    }
}
