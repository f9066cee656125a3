package org.sanctionsmonitor.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One wire payment from the payments feed. Countries are ISO 3166 alpha-2 codes (null when
 * absent); BICs are upper-case, 8 or 11 characters.
 */
public record Payment(
        String paymentId,
        LocalDate date,
        BigDecimal amount,
        String currency,
        String originator,
        String originatorCountry,
        String originatorBankBic,
        String beneficiary,
        String beneficiaryCountry,
        String beneficiaryBankBic,
        LocalDate beneficiaryDob,
        String beneficiaryNationality,
        String reference,
        Map<String, String> attributes,
        Provenance source) implements Subject {

    /**
     * The record's hash from its id and input line only (equal records have equal ones, as
     * {@link #equals} compares every component): rules join facts to their record by equality
     * ({@code subject == $s}), which hashes the record for Drools' index every time, and the
     * generated hash of every component, lists and maps included, cost far more.
     */
    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(paymentId) + java.util.Objects.hashCode(source);
    }

    public Payment {
        attributes = Facts.frozen(attributes);
    }

    @Override
    public String subjectType() {
        return "payment";
    }

    @Override
    public String subjectId() {
        return paymentId;
    }

    @Override
    public Map<String, String> facts() {
        Map<String, String> m = new LinkedHashMap<>();
        Facts.put(m, "payment_id", paymentId);
        Facts.put(m, "date", date);
        Facts.put(m, "amount", amount);
        Facts.put(m, "currency", currency);
        Facts.put(m, "originator", originator);
        Facts.put(m, "originator_country", originatorCountry);
        Facts.put(m, "originator_bank_bic", originatorBankBic);
        Facts.put(m, "beneficiary", beneficiary);
        Facts.put(m, "beneficiary_country", beneficiaryCountry);
        Facts.put(m, "beneficiary_bank_bic", beneficiaryBankBic);
        Facts.put(m, "beneficiary_dob", beneficiaryDob);
        Facts.put(m, "beneficiary_nationality", beneficiaryNationality);
        Facts.put(m, "reference", reference);
        Facts.putAll(m, attributes);
        return m;
    }
}
