package org.sanctionsmonitor.screening;

import java.util.List;
import java.util.stream.Collectors;

import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.model.CryptoAddress;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.model.Transfer;

/**
 * A transfer whose from_address or to_address (or both) is an address listed for one entity. One
 * fact per transfer and entity, however many asset codes the list repeats the address under.
 *
 * @param sides     "from", "to" or "from+to": which end of the transfer is listed
 * @param hits      each matching end with the listed assets it appears under
 * @param sameChain true when the list names the transfer's chain for the address: always for
 *                  non-EVM forms; for an EVM key, when one of its asset codes names the transfer's
 *                  chain (ETH on ethereum, ARB on arbitrum-one, ...) or is a token code that names
 *                  no chain (USDT, USDC); false when the same EVM key is listed only for other
 *                  chains (see {@link org.sanctionsmonitor.normalize.Chains})
 */
public record AddressMatch(Transfer transfer, ListedEntity entity, String sides, List<Hit> hits, boolean sameChain)
        implements Match {

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

    /** 1.0 for an exact (same-chain) match; 0.9 when only the EVM key matches, on another chain than listed. */
    @Override
    public Double score() {
        return sameChain ? 1.0 : 0.9;
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
        sb.append(", in a transfer on ").append(transfer.chain());
        if (!sameChain) {
            sb.append(", a chain the list does not name for it: the same EVM key, probably the same holder, to be reviewed");
        }
        return sb.append('.').toString();
    }
}
