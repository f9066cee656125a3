package org.sanctionsmonitor.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.apache.commons.csv.CSVPrinter;
import org.sanctionsmonitor.report.FindingsCsv;

/**
 * Reproducible synthetic feeds and a list for the benchmark: the same seed and sizes always give
 * the same files. A known set of hits is planted (listed addresses in transfers, listed vessels,
 * DPRK origins and listed names in shipments); {@link #planted()} says which rule must fire on
 * which record, so the benchmark can check that the full check found every one.
 */
public final class SyntheticData {

    /** What to generate. */
    /**
     * @param hubs exchange-like addresses per chain (0: none): half of the transfers then pay into or
     *             out of one of them, and each listed address that receives a planted transfer also
     *             deposits into a hub, so that listed funds reach the hubs; no labels are written
     */
    public record Sizes(int transfers, int shipments, int payments, int listEntries, int addresses, int hubs) {

        public Sizes(int transfers, int shipments, int payments, int listEntries, int addresses) {
            this(transfers, shipments, payments, listEntries, addresses, 0);
        }
    }

    private static final String[] SYLLABLES = {"kim", "pak", "ri", "choe", "jong", "han", "kang", "jo", "yun", "chang",
        "song", "hyon", "chol", "nam", "sok", "min", "jin", "hyok", "sun", "il", "ok", "gwang", "myong", "su", "yong"};
    private static final String[] WORDS = {"Trading", "Shipping", "General", "Industrial", "Marine", "Energy", "Mining",
        "Logistics", "Import", "Export", "Commercial", "Development", "Technology", "Resources", "Pacific", "Ocean",
        "Golden", "Star", "Bright", "United", "Eastern", "Northern", "Harbor", "Bridge", "Dragon", "Phoenix"};
    private static final String[] FORMS = {"Co. Ltd.", "Corporation", "LLC", "Limited", "Pte Ltd", "JSC", "Company"};
    private static final String[] COUNTRIES = {"CN", "SG", "HK", "JP", "KR", "RU", "VN", "MY", "TH", "AE", "DE", "NL", "US"};
    private static final String[] CHAINS = {"ethereum", "bitcoin", "tron", "bsc", "arbitrum-one", "polygon"};

    /** Index of the first hub address (random addresses are below, listed ones from 1,000,000). */
    static final int HUB_BASE = 900_000;

    /** Shipments per distinct trading partner, on average. */
    static final int PARTNER_REUSE = 8;

    private final Sizes sizes;
    private final SplittableRandom random;
    private final List<String> planted = new ArrayList<>();

    public SyntheticData(Sizes sizes, long seed) {
        this.sizes = sizes;
        this.random = new SplittableRandom(seed);
    }

    /** "RULE-ID subject_id" of every planted hit, sorted. */
    public List<String> planted() {
        return new ArrayList<>(new TreeSet<>(planted));
    }

    /** Writes list.csv, transfers.csv, shipments.csv and payments.csv into {@code dir}. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        int n = sizes.listEntries();
        // one address in ten list entries, one vessel in twenty, the rest names only
        String[] entityNames = new String[n];
        String[] listedAddress = new String[n];
        String[] listedImo = new String[n];
        String[] listedBic = new String[n];
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("list.csv"), StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, FindingsCsv.FORMAT)) {
            p.printRecord("entity_id", "name", "type", "aliases", "weak_aliases", "programs", "countries", "imo",
                    "crypto_addresses", "bic", "list");
            for (int i = 0; i < n; i++) {
                boolean vessel = i % 20 == 7;
                boolean person = !vessel && i % 3 == 0;
                String name = vessel ? vesselName() : person ? personName() : companyName();
                entityNames[i] = name;
                List<String> aliases = new ArrayList<>();
                for (int a = random.nextInt(3); a > 0; a--) {
                    aliases.add(vessel ? vesselName() : person ? personName() : companyName());
                }
                String weak = random.nextInt(4) == 0 ? acronym(name) : "";
                String addresses = "";
                if (!vessel && i % 10 == 1) {
                    String a = address(CHAINS[random.nextInt(CHAINS.length)], 1_000_000 + i);
                    listedAddress[i] = a;
                    addresses = (a.startsWith("0x") ? "ETH:" : a.startsWith("T") ? "USDT:" : "XBT:") + a;
                }
                String imo = "";
                if (vessel) {
                    imo = imo(2_000_000 + i);
                    listedImo[i] = imo;
                }
                listedBic[i] = person || vessel ? null : bic(i);
                p.printRecord("SYN-" + i, name, vessel ? "vessel" : person ? "individual" : "entity",
                        String.join(";", aliases), weak, i % 2 == 0 ? "DPRK3" : "NPWMD;DPRK4", "KP", imo, addresses,
                        person || vessel ? "" : bic(i), "SYNTHETIC");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("transfers.csv"), StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, FindingsCsv.FORMAT)) {
            p.printRecord("tx_id", "timestamp", "chain", "asset", "from_address", "to_address", "amount", "amount_usd",
                    "from_owner", "to_owner");
            Instant t = Instant.parse("2025-01-01T00:00:00Z");
            for (int i = 0; i < sizes.transfers(); i++) {
                String chain = CHAINS[random.nextInt(CHAINS.length)];
                String from = address(chain, random.nextInt(sizes.addresses()));
                String to = address(chain, random.nextInt(sizes.addresses()));
                String id = "TX-" + i;
                if (sizes.hubs() > 0 && random.nextInt(2) == 0) { // into or out of an exchange (only with hubs: same data without)
                    String hub = address(chain, HUB_BASE + random.nextInt(sizes.hubs()));
                    if (random.nextBoolean()) {
                        from = hub;
                    } else {
                        to = hub;
                    }
                }
                String hubDeposit = null;
                if (i % 10_000 == 5_000) {
                    int e = 10 * random.nextInt(Math.max(1, n / 10)) + 1;
                    if (e < n && listedAddress[e] != null) {
                        String a = listedAddress[e];
                        // on the chain the list names: 0x addresses are listed as ETH, so ethereum
                        chain = a.startsWith("0x") ? "ethereum" : a.startsWith("T") ? "tron" : "bitcoin";
                        from = address(chain, random.nextInt(sizes.addresses()));
                        to = a.startsWith("0x") && i % 20_000 == 5_000 ? "0x" + a.substring(2).toUpperCase(Locale.ROOT) : a;
                        planted.add("SAN-001 " + id);
                        if (sizes.hubs() > 0) {
                            hubDeposit = a;
                        }
                    }
                }
                t = t.plusMillis(1 + random.nextInt(60_000));
                p.printRecord(id, t, chain, asset(chain), from, to, amount(), amountUsd(),
                        random.nextInt(3) == 0 ? "CUST-" + random.nextInt(50_000) : "", "");
                if (hubDeposit != null) { // the listed address pays its funds into an exchange a minute later
                    String out = id + "-OUT";
                    p.printRecord(out, t.plusSeconds(60), chain, asset(chain), hubDeposit,
                            address(chain, HUB_BASE + random.nextInt(sizes.hubs())), amount(), amountUsd(), "", "");
                    planted.add("SAN-001 " + out);
                }
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("shipments.csv"), StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, FindingsCsv.FORMAT)) {
            p.printRecord("shipment_id", "date", "shipper", "shipper_country", "consignee", "consignee_country",
                    "notify_party", "origin_country", "destination_country", "port_of_loading", "port_of_discharge",
                    "vessel_name", "vessel_imo", "hs_code", "goods_description", "quantity", "unit", "value_usd");
            LocalDate d = LocalDate.of(2025, 1, 1);
            // trading partners repeat: a year of customs records names far fewer companies than shipments
            String[] partners = new String[Math.max(100, sizes.shipments() / PARTNER_REUSE)];
            for (int k = 0; k < partners.length; k++) {
                partners[k] = companyName();
            }
            for (int i = 0; i < sizes.shipments(); i++) {
                String id = "SHP-" + i;
                String shipper = partners[random.nextInt(partners.length)];
                String consignee = partners[random.nextInt(partners.length)];
                String origin = COUNTRIES[random.nextInt(COUNTRIES.length)];
                String dest = COUNTRIES[random.nextInt(COUNTRIES.length)];
                String vesselName = vesselName();
                String imo = imo(3_000_000 + random.nextInt(1_000_000));
                switch (i % 10_000) {
                    case 1_000 -> {
                        int e = 20 * random.nextInt(Math.max(1, n / 20)) + 7;
                        if (e < n) {
                            imo = listedImo[e];
                            planted.add("SAN-002 " + id);
                        }
                    }
                    case 2_000 -> {
                        origin = "Korea, North";
                        planted.add("EMB-001 " + id);
                    }
                    case 3_000 -> {
                        int e = 3 * random.nextInt(Math.max(1, n / 3)) + 2; // a company entry
                        if (e < n && e % 20 != 7) {
                            consignee = entityNames[e].toUpperCase(Locale.ROOT);
                            planted.add("SAN-003 " + id);
                        }
                    }
                    default -> {
                    }
                }
                if (i % 50 == 0) {
                    d = d.plusDays(1);
                }
                p.printRecord(id, d, shipper, COUNTRIES[random.nextInt(COUNTRIES.length)], consignee, dest, "",
                        origin, dest, "Port " + random.nextInt(400), "Port " + random.nextInt(400), vesselName, imo,
                        String.format(Locale.ROOT, "%04d.%02d", 100 + random.nextInt(9000), random.nextInt(100)),
                        "General cargo", 1 + random.nextInt(5000), "t", 1000 + random.nextInt(2_000_000));
            }
        }
        writePayments(dir, n, entityNames, listedBic);
    }

    /** payments.csv: wires between a pool of customers, with listed banks' BICs and listed names planted. */
    private void writePayments(Path dir, int n, String[] entityNames, String[] listedBic) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("payments.csv"), StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, FindingsCsv.FORMAT)) {
            p.printRecord("payment_id", "date", "amount", "currency", "originator", "originator_country",
                    "originator_bank_bic", "beneficiary", "beneficiary_country", "beneficiary_bank_bic", "reference");
            String[] customers = new String[Math.max(100, sizes.payments() / PARTNER_REUSE)];
            for (int k = 0; k < customers.length; k++) {
                customers[k] = companyName();
            }
            LocalDate d = LocalDate.of(2025, 1, 1);
            for (int i = 0; i < sizes.payments(); i++) {
                String id = "PAY-" + i;
                String originator = customers[random.nextInt(customers.length)];
                String beneficiary = customers[random.nextInt(customers.length)];
                String bic = bank(random.nextInt(5_000));
                int e = 3 * random.nextInt(Math.max(1, n / 3)) + 2; // a company entry (never a vessel: 2 mod 3 vs 7 mod 20 may meet)
                if (e < n && listedBic[e] != null) {
                    switch (i % 10_000) {
                        case 4_000 -> {
                            bic = listedBic[e] + "XXX";
                            planted.add("SAN-020 " + id);
                        }
                        case 6_000 -> {
                            beneficiary = entityNames[e].toUpperCase(Locale.ROOT);
                            planted.add("SAN-003 " + id);
                        }
                        default -> {
                        }
                    }
                }
                if (i % 500 == 0) {
                    d = d.plusDays(1);
                }
                p.printRecord(id, d, random.nextInt(2_000_000) + "." + random.nextInt(100), "USD", originator,
                        COUNTRIES[random.nextInt(COUNTRIES.length)], bank(random.nextInt(5_000)), beneficiary,
                        COUNTRIES[random.nextInt(COUNTRIES.length)], bic, "INV " + random.nextInt(1_000_000));
            }
        }
    }

    /** An unlisted bank's BIC: six letters and a country code that is never KP (listed ones end KP). */
    private static String bank(int i) {
        StringBuilder sb = new StringBuilder("BK");
        int x = i;
        for (int k = 0; k < 4; k++) {
            sb.append((char) ('A' + x % 26));
            x /= 26;
        }
        return sb.append(COUNTRIES[i % COUNTRIES.length]).toString();
    }

    private String personName() {
        return cap(SYLLABLES[random.nextInt(SYLLABLES.length)]) + ", " + cap(SYLLABLES[random.nextInt(SYLLABLES.length)])
                + " " + cap(SYLLABLES[random.nextInt(SYLLABLES.length)]) + " " + random.nextInt(100_000);
    }

    private String companyName() {
        return cap(SYLLABLES[random.nextInt(SYLLABLES.length)]) + cap(SYLLABLES[random.nextInt(SYLLABLES.length)]) + " "
                + WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " "
                + random.nextInt(1_000_000) + " " + FORMS[random.nextInt(FORMS.length)];
    }

    private String vesselName() {
        return (WORDS[random.nextInt(WORDS.length)] + " " + cap(SYLLABLES[random.nextInt(SYLLABLES.length)]) + " "
                + (1 + random.nextInt(99))).toUpperCase(Locale.ROOT);
    }

    private static String acronym(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[ ,]+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                sb.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return sb.toString();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A well-formed BIC (six letters, then KP for the country) unique per entry. */
    private static String bic(int i) {
        StringBuilder sb = new StringBuilder("SY");
        int x = i;
        for (int k = 0; k < 4; k++) {
            sb.append((char) ('A' + x % 26));
            x /= 26;
        }
        return sb.append("KP").toString();
    }

    /**
     * A deterministic, well-formed address for (chain, index): 0x-hex for EVM chains, Base58Check
     * with a valid checksum for Bitcoin (version 0x00) and TRON (0x41).
     */
    static String address(String chain, int index) {
        long h = mix(index * 31L + chain.hashCode());
        byte[] payload = new byte[20];
        for (int k = 0; k < 20; k++) {
            payload[k] = (byte) (mix(h + k) >>> 24);
        }
        return switch (chain) {
            case "bitcoin" -> base58Check((byte) 0x00, payload);
            case "tron" -> base58Check((byte) 0x41, payload);
            default -> "0x" + HexFormat.of().formatHex(payload);
        };
    }

    private static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private static String base58Check(byte version, byte[] payload) {
        byte[] data = new byte[payload.length + 5];
        data[0] = version;
        System.arraycopy(payload, 0, data, 1, payload.length);
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            byte[] check = sha.digest(sha.digest(java.util.Arrays.copyOf(data, payload.length + 1)));
            System.arraycopy(check, 0, data, payload.length + 1, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        java.math.BigInteger n = new java.math.BigInteger(1, data);
        StringBuilder sb = new StringBuilder();
        java.math.BigInteger b58 = java.math.BigInteger.valueOf(58);
        while (n.signum() > 0) {
            java.math.BigInteger[] qr = n.divideAndRemainder(b58);
            sb.append(B58.charAt(qr[1].intValue()));
            n = qr[0];
        }
        for (int i = 0; i < data.length && data[i] == 0; i++) {
            sb.append('1');
        }
        return sb.reverse().toString();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** A valid IMO number derived from {@code seed}. */
    static String imo(int seed) {
        String six = String.format(Locale.ROOT, "%06d", 100_000 + Math.floorMod(seed * 7919, 900_000));
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += (six.charAt(i) - '0') * (7 - i);
        }
        return six + (sum % 10);
    }

    private static String asset(String chain) {
        return switch (chain) {
            case "bitcoin" -> "XBT";
            case "tron" -> "USDT";
            case "bsc" -> "BNB";
            case "polygon" -> "USDC";
            default -> "ETH";
        };
    }

    private String amount() {
        return random.nextInt(1_000_000) + "." + random.nextInt(1000);
    }

    private String amountUsd() {
        return random.nextInt(5_000_000) + "." + random.nextInt(100);
    }
}
