package org.sanctionsmonitor.ingest;

import static org.sanctionsmonitor.ingest.LabelColumn.*;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.sanctionsmonitor.model.AddressLabel;
import org.sanctionsmonitor.normalize.Addresses;
import org.sanctionsmonitor.normalize.Chains;

/**
 * Reads the address labels feed (mixers, bridges, exchanges, hack proceeds, ...) into
 * {@link AddressLabel} facts. The chain is folded to its canonical name and the label type to
 * lower case; an address that fails its checksum rejects the row, since a label on an address
 * that cannot exist would never apply.
 */
public final class LabelsReader {

    private static final CsvFeedReader<LabelColumn> CSV = new CsvFeedReader<>(LabelColumn.class, "labels");
    private static final Pattern TYPE_FORM = Pattern.compile("[a-z0-9_\\-]+");

    private LabelsReader() {
    }

    public static ReadStats read(InputFile file, Consumer<AddressLabel> sink, List<Reject> rejects) {
        return CSV.read(file, LabelsReader::map, sink, rejects);
    }

    static AddressLabel map(Row<LabelColumn> r) {
        String chain = Chains.canonical(r.require(CHAIN));
        String address = r.require(ADDRESS);
        String problem = Addresses.problem(chain, address);
        if (problem != null) {
            throw new RowException("column 'address': '" + address + "' " + problem + " on " + chain);
        }
        String type = r.require(LABEL_TYPE).toLowerCase(Locale.ROOT).replace(' ', '_');
        if (!TYPE_FORM.matcher(type).matches()) {
            throw new RowException("column 'label_type': '" + r.get(LABEL_TYPE) + "' is not a label type such as mixer, bridge, exchange or hack_proceeds");
        }
        return new AddressLabel(chain, address, type, r.get(NAME), r.get(SOURCE), r.attributes(), r.source());
    }
}
