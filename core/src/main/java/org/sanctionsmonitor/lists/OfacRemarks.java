package org.sanctionsmonitor.lists;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanctionsmonitor.model.CryptoAddress;

/**
 * What OFAC's legacy Remarks text says about an entry, item by item ("; "-separated): digital
 * currency addresses (including the {@code alt.} ones), vessel IMO numbers (company IMO numbers
 * are kept apart: they identify a company, not a hull), SWIFT/BIC codes, dates of birth,
 * nationality, passports, {@code Linked To} relations and the weak (low-quality) a.k.a.s.
 */
public record OfacRemarks(
        List<CryptoAddress> cryptoAddresses,
        List<String> vesselImos,
        List<String> companyImos,
        List<String> bics,
        List<String> dobs,
        List<String> nationalities,
        List<String> passports,
        List<String> linkedTo,
        List<String> weakAliases) {

    private static final Pattern CRYPTO = Pattern.compile("(?:alt\\.\\s+)?Digital Currency Address - ([A-Z0-9]+) ([^;\\s]+)");
    private static final Pattern VESSEL_IMO = Pattern.compile("Vessel Registration Identification (?:IMO )?(\\d{7})");
    private static final Pattern COMPANY_IMO = Pattern.compile("(?:Company Number|Identification Number) IMO (\\d{7})");
    private static final Pattern BIC = Pattern.compile("SWIFT/BIC ([A-Z0-9]{8}(?:[A-Z0-9]{3})?)\\b");
    private static final Pattern DOB = Pattern.compile("(?:^|;\\s*)(?:alt\\.\\s+)?DOB ([^;]+?)\\s*(?=;|\\.?$)");
    private static final Pattern NATIONALITY = Pattern.compile("(?:^|;\\s*)(?:alt\\.\\s+)?nationality ([^;]+?)\\s*(?=;|\\.?$)");
    private static final Pattern PASSPORT = Pattern.compile("(?:^|;\\s*)(?:alt\\.\\s+)?Passport ([A-Z0-9-]+)");
    private static final Pattern LINKED = Pattern.compile("Linked To: ([^;]+?)\\s*(?=;|\\.?$)");
    private static final Pattern WEAK = Pattern.compile("(?:a\\.k\\.a\\.|f\\.k\\.a\\.|n\\.k\\.a\\.) '([^']+)'");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMM uuuu", Locale.ROOT);

    public OfacRemarks {
        cryptoAddresses = List.copyOf(cryptoAddresses);
        vesselImos = List.copyOf(vesselImos);
        companyImos = List.copyOf(companyImos);
        bics = List.copyOf(bics);
        dobs = List.copyOf(dobs);
        nationalities = List.copyOf(nationalities);
        passports = List.copyOf(passports);
        linkedTo = List.copyOf(linkedTo);
        weakAliases = List.copyOf(weakAliases);
    }

    /** Parses the whole Remarks text (sdn.csv's part and sdn_comments.csv's continuation, joined). */
    public static OfacRemarks parse(String remarks) {
        if (remarks == null || remarks.isBlank()) {
            return new OfacRemarks(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        List<CryptoAddress> crypto = new ArrayList<>();
        Matcher m = CRYPTO.matcher(remarks);
        while (m.find()) {
            CryptoAddress a = new CryptoAddress(m.group(1), stripDot(m.group(2)));
            if (!crypto.contains(a)) {
                crypto.add(a);
            }
        }
        return new OfacRemarks(crypto,
                all(VESSEL_IMO, remarks),
                all(COMPANY_IMO, remarks),
                all(BIC, remarks),
                all(DOB, remarks).stream().map(OfacRemarks::isoDate).toList(),
                all(NATIONALITY, remarks),
                all(PASSPORT, remarks),
                all(LINKED, remarks).stream().map(OfacRemarks::stripDot).toList(),
                all(WEAK, remarks));
    }

    private static List<String> all(Pattern p, String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return List.copyOf(out);
    }

    /** A trailing full stop ends the Remarks text, not the value. */
    static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** "25 Apr 1965" as 1965-04-25; other forms (a year, "circa 1970", a range) as written. */
    static String isoDate(String text) {
        try {
            return LocalDate.parse(text, DAY).toString();
        } catch (DateTimeParseException e) {
            return text;
        }
    }
}
