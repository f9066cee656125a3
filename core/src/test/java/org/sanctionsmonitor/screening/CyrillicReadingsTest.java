package org.sanctionsmonitor.screening;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cyrillic names read as passports and the national systems write them (issue 15): Russian е as e
 * and ё as yo, Ukrainian by the national system of 2010, Belarusian as its passports write it;
 * with the real settings and tables in rules/ and list entries written for the case.
 */
class CyrillicReadingsTest {

    static NameMatchingConfig config;

    @BeforeAll
    static void load() {
        config = NameMatchingConfig.load(Path.of("rules"));
    }

    static List<String> texts(String name) {
        return CyrillicReadings.readings(name).stream().map(CyrillicReadings.Named::text).toList();
    }

    @Test
    void russianAsPassportsWriteIt() {
        assertEquals(List.of("egorov maksim sergeevich"), texts("Егоров Максим Сергеевич"), "е as e, also at a word's start and after a vowel");
        assertEquals(List.of("fyodorov nikolay"), texts("Фёдоров Николай"), "ё as yo");
        assertTrue(texts("Kim Jong Un").isEmpty(), "a Latin name has no Cyrillic reading");
    }

    @Test
    void ukrainianByTheNationalSystem() {
        assertEquals("balytskyi yevhen vitaliiovych", CyrillicReadings.ukrainian("балицький євген віталійович"));
        assertEquals("yurii hotsaniuk", CyrillicReadings.ukrainian("юрій гоцанюк"), "ю, я, й: yu, ya, y at a word's start, else iu, ia, i");
        assertEquals("zghurskyi", CyrillicReadings.ukrainian("згурський"), "зг as zgh");
        assertTrue(texts("Шелестенко Геннадій Олександрович").contains("shelestenko hennadii oleksandrovych"),
                texts("Шелестенко Геннадій Олександрович").toString());
    }

    @Test
    void belarusianAsItsPassportsWriteIt() {
        assertEquals("haidukevich aleh siarheevich", CyrillicReadings.belarusian("гайдукевіч алег сяргеевіч"));
        assertEquals("tkachou aliaksandr", CyrillicReadings.belarusian("ткачоў аляксандр"));
        List<String> t = texts("Ткачоў Аляксандр Генадзьевіч");
        assertTrue(t.contains("tkachou aliaksandr henadzevich"), "ў: a Belarusian name " + t);
        assertFalse(t.contains(CyrillicReadings.ukrainian("ткачоў аляксандр генадзьевіч")), "not read as Ukrainian " + t);
    }

    @Test
    void theReadingsFindTheListedSpelling(@TempDir Path dir) throws IOException {
        NameScreener s = ScreeningCases.screener(dir, "E1,\"Egorov, Maksim Borisovich\",individual,,\n"
                + "U1,\"Shelestenko, Hennadiy Oleksandrovych\",individual,,\n"
                + "B1,\"HAIDUKEVICH, Aleh Siarheevich\",individual,,\n"
                + "F1,\"Fyodorov, Nikolai Vasilyevich\",individual,,\n", config);
        assertTrue(ScreeningCases.alerts(s, "Егоров Максим Борисович", "E1", config), String.valueOf(ScreeningCases.hit(s, "Егоров Максим Борисович", "E1")));
        assertTrue(ScreeningCases.alerts(s, "Шелестенко Геннадій Олександрович", "U1", config));
        assertTrue(ScreeningCases.alerts(s, "Гайдукевіч Алег Сяргеевіч", "B1", config));
        assertTrue(ScreeningCases.alerts(s, "Николай Васильевич Фёдоров", "F1", config));
        assertFalse(ScreeningCases.alerts(s, "Егорова Мария Борисовна", "E1", config), "a feminine form and another name");
    }

    @Test
    void latinLookAlikesInACyrillicWordAreReadAsCyrillic() {
        assertEquals("Гайдукевіч Алег", CyrillicReadings.lookAlikes("Гайдукевiч Алег"), "a Latin i in a Cyrillic word");
        assertEquals("Ivan Гайдукевіч", CyrillicReadings.lookAlikes("Ivan Гайдукевiч"), "a Latin word stays Latin");
        assertTrue(texts("Гайдукевiч Алег Сяргеевiч").contains("haidukevich aleh siarheevich"), texts("Гайдукевiч Алег Сяргеевiч").toString());
    }

    @Test
    void thePatronymicFollowsTheOtherTwoNamesInEitherOrder() {
        assertEquals(List.of("Шестаков Илья Васильевич", "Илья Шестаков Васильевич"), CyrillicReadings.patronymicOrders("Шестаков Васильевич Илья"));
        assertEquals(List.of("Солдатов Максим Валерьевич"), CyrillicReadings.patronymicOrders("Максим Солдатов Валерьевич"), "as written: left out");
        assertTrue(CyrillicReadings.patronymicOrders("Иван Петров").isEmpty(), "two words");
        assertTrue(CyrillicReadings.patronymicOrders("Иван Петрович Сидорович").isEmpty(), "two patronymic-like words: no order is sure");
    }

    @Test
    void aNameInAnyOrderOfItsThreePartsFindsTheListedName(@TempDir Path dir) throws IOException {
        NameScreener s = ScreeningCases.screener(dir, "S1,\"Shestakov, Ilya Vasilyevich\",individual,,\n", config);
        assertTrue(ScreeningCases.alerts(s, "Шестаков Васильевич Илья", "S1", config), String.valueOf(ScreeningCases.hit(s, "Шестаков Васильевич Илья", "S1")));
        assertFalse(ScreeningCases.alerts(s, "Шестаков Ильич Василий", "S1", config), "another given name and patronymic");
    }

    @Test
    void serbianAndMacedonianAsTheirLatinIsWritten() {
        assertTrue(texts("ВАЦИЋ Миша").contains("vacic misa"), texts("ВАЦИЋ Миша").toString());
        assertTrue(texts("Љубиша Џаковић").contains("ljubisa dzakovic"), texts("Љубиша Џаковић").toString());
        assertEquals(1, texts("Иван Петров").size(), "a Russian name: no Serbian reading");
    }
}
