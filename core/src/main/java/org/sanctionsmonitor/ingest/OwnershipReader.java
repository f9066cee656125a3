package org.sanctionsmonitor.ingest;

import static org.sanctionsmonitor.ingest.OwnershipColumn.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.sanctionsmonitor.model.OwnershipStatement;

/**
 * Reads the ownership feed (who owns what share of whom) into {@link OwnershipStatement} facts. A
 * share that is not a number or lies outside 0-100 rejects the row, and so does a control cell
 * other than yes/no, an owner that owns itself or a row without a name on either end: a link the
 * rules would misread must never enter them.
 */
public final class OwnershipReader {

    private static final CsvFeedReader<OwnershipColumn> CSV = new CsvFeedReader<>(OwnershipColumn.class, "ownership");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OwnershipReader() {
    }

    public static ReadStats read(InputFile file, Consumer<OwnershipStatement> sink, List<Reject> rejects) {
        return CSV.read(file, OwnershipReader::map, sink, rejects);
    }

    static OwnershipStatement map(Row<OwnershipColumn> r) {
        String owner = r.require(OWNER);
        String owned = r.require(OWNED);
        BigDecimal share = share(r.require(SHARE));
        Boolean control = control(r.get(CONTROL));
        String ownerId = r.get(OWNER_ID);
        String ownedId = r.get(OWNED_ID);
        if (ownerId != null ? ownerId.equals(ownedId) : ownedId == null && owner.equalsIgnoreCase(owned)) {
            throw new RowException("owner and owned are the same party ('" + owner + "')");
        }
        return new OwnershipStatement(owner, ownerId, owned, ownedId, share, control,
                Values.date(AS_OF.header(), r.get(AS_OF)), r.get(SOURCE), r.attributes(), r.source());
    }

    /** A percentage between 0 and 100; "50", "49.9", "50%" are read, anything else is refused. */
    static BigDecimal share(String text) {
        String t = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        if (!Values.isPlainDecimal(t) || t.startsWith("+")) {
            throw new RowException("column 'share': '" + text + "' is not a percentage (a number from 0 to 100, e.g. 50 or 49.9)");
        }
        BigDecimal v = new BigDecimal(t);
        if (v.compareTo(HUNDRED) > 0) {
            throw new RowException("column 'share': " + text + " is above 100 percent");
        }
        return v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
    }

    static Boolean control(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> Boolean.TRUE;
            case "no", "n", "false" -> Boolean.FALSE;
            default -> throw new RowException("column 'control': '" + text + "' is not yes or no");
        };
    }
}
