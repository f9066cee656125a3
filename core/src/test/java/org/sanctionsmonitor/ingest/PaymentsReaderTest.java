package org.sanctionsmonitor.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.model.Payment;

class PaymentsReaderTest {

    @Test
    void readsPaymentsAndRejectsBadRows(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("payments.csv");
        Files.writeString(f, "Payment_ID,date,amount,currency,beneficiary,beneficiary_bank_bic,beneficiary_dob,beneficiary_nationality,channel\n"
                + "P1,2025-03-01,100.50,usd,Choe Sok Min,ftbd kppy xxx,1978-07-25,\"Korea, North\",SWIFT\n"
                + "P2,2025-03-01,100,USD,X,FTBDKP,,,\n"
                + "P3,2025-03-01,100,US Dollar,X,,,,\n"
                + "P4,2025-03-01,100,USD,X,,,Narnia,\n"
                + "P5,2025-03-01,,USD,X,,,,\n");
        List<Payment> out = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        ReadStats s = PaymentsReader.read(InputFile.of(f), out::add, rejects);
        assertEquals(5, s.rowsRead());
        assertEquals(1, out.size());
        Payment p = out.get(0);
        assertEquals("P1", p.paymentId());
        assertEquals("USD", p.currency());
        assertEquals("FTBDKPPYXXX", p.beneficiaryBankBic());
        assertEquals(LocalDate.of(1978, 7, 25), p.beneficiaryDob());
        assertEquals("KP", p.beneficiaryNationality());
        assertEquals("SWIFT", p.attributes().get("channel"));
        assertEquals("payment", p.subjectType());
        assertEquals(4, rejects.size());
        assertTrue(rejects.get(0).reason().contains("is not a BIC"), rejects.get(0).reason());
        assertTrue(rejects.get(1).reason().contains("ISO 4217"), rejects.get(1).reason());
        assertTrue(rejects.get(2).reason().contains("not a known country"), rejects.get(2).reason());
        assertTrue(rejects.get(3).reason().contains("amount"), rejects.get(3).reason());
    }

    @Test
    void requiredColumnsAreRequired(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("payments.csv");
        Files.writeString(f, "payment_id,date,amount\nP1,2025-03-01,1\n");
        InputException e = assertThrows(InputException.class, () -> PaymentsReader.read(InputFile.of(f), x -> { }, new ArrayList<>()));
        assertTrue(e.getMessage().contains("'currency'"), e.getMessage());
    }
}
