package org.sanctionsmonitor.ingest;

/** The payments feed's columns (contract: feeds / payments). */
public enum PaymentColumn implements Column {
    PAYMENT_ID("payment_id", true),
    DATE("date", true),
    AMOUNT("amount", true),
    CURRENCY("currency", true),
    ORIGINATOR("originator", false),
    ORIGINATOR_COUNTRY("originator_country", false),
    ORIGINATOR_BANK_BIC("originator_bank_bic", false),
    BENEFICIARY("beneficiary", false),
    BENEFICIARY_COUNTRY("beneficiary_country", false),
    BENEFICIARY_BANK_BIC("beneficiary_bank_bic", false),
    BENEFICIARY_DOB("beneficiary_dob", false),
    BENEFICIARY_NATIONALITY("beneficiary_nationality", false),
    REFERENCE("reference", false);

    private final String header;
    private final boolean required;

    PaymentColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public boolean required() {
        return required;
    }
}
