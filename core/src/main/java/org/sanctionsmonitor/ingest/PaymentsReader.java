package org.sanctionsmonitor.ingest;

import static org.sanctionsmonitor.ingest.PaymentColumn.*;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.sanctionsmonitor.model.Payment;
import org.sanctionsmonitor.normalize.Countries;

/**
 * Reads the payments feed into {@link Payment} facts. A BIC that is not 8 or 11 letters and digits
 * (four bank letters, two country letters, two location characters, an optional branch), a
 * currency that is not three letters or an unknown country rejects the row: a payment whose bank
 * cannot be screened must not pass as screened.
 */
public final class PaymentsReader {

    private static final CsvFeedReader<PaymentColumn> CSV = new CsvFeedReader<>(PaymentColumn.class, "payments");
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    private PaymentsReader() {
    }

    public static ReadStats read(InputFile file, Consumer<Payment> sink, List<Reject> rejects) {
        return CSV.read(file, PaymentsReader::map, sink, rejects);
    }

    static Payment map(Row<PaymentColumn> r) {
        String currency = r.require(CURRENCY).toUpperCase(Locale.ROOT);
        if (!CURRENCY_CODE.matcher(currency).matches()) {
            throw new RowException("column 'currency': '" + r.get(CURRENCY) + "' is not an ISO 4217 code (three letters)");
        }
        return new Payment(
                r.require(PAYMENT_ID),
                Values.date(DATE.header(), r.require(DATE)),
                Values.amount(AMOUNT.header(), r.require(AMOUNT)),
                currency,
                r.get(ORIGINATOR),
                country(r, ORIGINATOR_COUNTRY),
                bic(r, ORIGINATOR_BANK_BIC),
                r.get(BENEFICIARY),
                country(r, BENEFICIARY_COUNTRY),
                bic(r, BENEFICIARY_BANK_BIC),
                Values.date(BENEFICIARY_DOB.header(), r.get(BENEFICIARY_DOB)),
                country(r, BENEFICIARY_NATIONALITY),
                r.get(REFERENCE),
                r.attributes(),
                r.source());
    }

    /** An upper-case BIC with spaces removed; a RowException when it is given but malformed. */
    static String bic(Row<PaymentColumn> r, PaymentColumn column) {
        String text = r.get(column);
        if (text == null) {
            return null;
        }
        String b = text.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!BIC.matcher(b).matches()) {
            throw new RowException("column '" + column.header() + "': '" + text
                    + "' is not a BIC (8 or 11 characters: 4 bank letters, 2 country letters, 2 location characters, optional 3 branch characters)");
        }
        return b;
    }

    static String country(Row<PaymentColumn> r, PaymentColumn column) {
        String text = r.get(column);
        if (text == null) {
            return null;
        }
        return Countries.code(text).orElseThrow(() -> new RowException(
                "column '" + column.header() + "': '" + text + "' is not a known country name or ISO 3166 code"));
    }
}
