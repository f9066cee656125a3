package org.sanctionsmonitor.crypto;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sanctionsmonitor.finding.ReferenceRow;
import org.sanctionsmonitor.reference.ReferenceTable;

/**
 * A reviewed per-asset floor in native units, from {@code rules/reference/crypto-native-floors.csv}
 * (asset, min_amount, legal_basis, rationale): where a transfer has no USD value (no amount_usd
 * and no daily price), rules that compare a USD floor compare the native amount with this instead
 * ({@code NativeFloor(asset == $m.asset, amount <= $m.maxAmount)}), and the finding says the USD
 * floor could not be applied.
 */
public record NativeFloor(String asset, double amount, String file, long line) {

    public static final String FILE = "crypto-native-floors.csv";

    /** The floors from the rule folder; empty when the table is absent. */
    public static List<NativeFloor> load(Path rulesFolder) {
        if (!Files.isRegularFile(rulesFolder.resolve("reference").resolve(FILE))) {
            return List.of();
        }
        ReferenceTable t = ReferenceTable.load(rulesFolder, FILE, List.of("asset", "min_amount", "legal_basis", "rationale"));
        List<NativeFloor> out = new ArrayList<>();
        for (ReferenceRow r : t.rows()) {
            BigDecimal v = t.decimal(r, "min_amount");
            if (v.signum() <= 0) {
                throw t.problem(r, "min_amount", "must be a positive amount");
            }
            String a = r.get("asset").toUpperCase(Locale.ROOT);
            out.add(new NativeFloor(a, v.doubleValue(), r.source().file(), r.source().line()));
            if (a.equals("XBT")) {
                out.add(new NativeFloor("BTC", v.doubleValue(), r.source().file(), r.source().line()));
            }
        }
        return List.copyOf(out);
    }
}
