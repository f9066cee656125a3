import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Name screening of party names in other scripts (the names of a case file, e.g. the development
 * scripts cases of eval/work/cases.csv) against a real list (e.g. eval/work/ofac-sdn-names.csv), two
 * (or more) builds compared in one JVM, as {@code NamesAB} compares them on synthetic Latin names:
 * each build's jars (its {@code cli/target/lib}, copied aside) in a class loader of its own, rounds
 * alternated between the builds, each round a fresh screener, and the screening thread's CPU time
 * and allocation per round. Bench-names cannot show this cost: its synthetic names are Latin, and
 * the extra readings (Han in Wade–Giles and Cantonese, Arabic read after each listed name, the
 * Cyrillic list spellings) are only made for names in other scripts.
 *
 * <pre>java eval/perf/ScriptNamesAB.java CASES.csv SET SPLIT LIST ROUNDS RULES-DIR BUILD-DIR...</pre>
 * CASES.csv has the columns set,kind,name,expected_id,split; the distinct names of the rows of set
 * SET and split SPLIT are screened ("-" for any). A BUILD-DIR holds a {@code lib/} folder with the
 * core jar and its dependencies.
 */
public class ScriptNamesAB {
    record Build(String name, Object screenerArgsList, Object config, Class<?> screener, Method screen) {}

    static Object call(Object o, String accessor) throws Exception {
        Method m = o.getClass().getMethod(accessor);
        m.setAccessible(true);
        return m.invoke(o);
    }

    /** The distinct names of the case file's rows of set and split ("-": any), in file order. */
    static List<String> names(Path cases, String set, String split) throws Exception {
        Set<String> out = new LinkedHashSet<>();
        List<List<String>> rows = csv(Files.readString(cases, StandardCharsets.UTF_8));
        for (List<String> f : rows.subList(1, rows.size())) {
            if (f.size() < 5) {
                throw new IllegalArgumentException(cases + ": a row of " + f.size() + " fields, expected set,kind,name,expected_id,split: " + f);
            }
            if ((set.equals("-") || f.get(0).equals(set)) && (split.equals("-") || f.get(4).equals(split))) {
                out.add(f.get(2));
            }
        }
        return new ArrayList<>(out);
    }

    /** The rows of a CSV text as RFC 4180 writes them (a quoted field may hold commas, quotes and line breaks). */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    b.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(b.toString());
                b.setLength(0);
            } else if (c == '\n') {
                row.add(b.toString());
                b.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                b.append(c);
            }
        }
        if (b.length() > 0 || !row.isEmpty()) {
            row.add(b.toString());
            rows.add(row);
        }
        return rows;
    }

    public static void main(String[] a) throws Exception {
        List<String> party = names(Path.of(a[0]), a[1], a[2]);
        Path listPath = Path.of(a[3]);
        int rounds = Integer.parseInt(a[4]);
        Path rules = Path.of(a[5]);
        List<Build> builds = new ArrayList<>();
        for (int i = 6; i < a.length; i++) {
            File[] jars = new File(a[i], "lib").listFiles();
            List<URL> urls = new ArrayList<>();
            for (File f : jars) urls.add(f.toURI().toURL());
            ClassLoader cl = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> loader = cl.loadClass("org.sanctionsmonitor.lists.ListLoader");
            Object list = loader.getMethod("load", Path.class, String.class, List.class).invoke(null, listPath, null, new ArrayList<>());
            Object entities = call(list, "entities");
            Class<?> cfg = cl.loadClass("org.sanctionsmonitor.screening.NameMatchingConfig");
            Class<?> scr = cl.loadClass("org.sanctionsmonitor.screening.NameScreener");
            Object config = cfg.getMethod("load", Path.class).invoke(null, rules);
            builds.add(new Build(a[i], entities, config, scr, scr.getMethod("screen", String.class)));
        }
        System.out.printf("%,d distinct names of set %s, split %s, from %s; list %s%n", party.size(), a[1], a[2], a[0], a[3]);
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        long[][] cpu = new long[builds.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int b = 0; b < builds.size(); b++) {
                Build x = builds.get(b);
                Object s = x.screener.getConstructor(List.class, x.config.getClass()).newInstance(x.screenerArgsList, x.config);
                long a0 = ((com.sun.management.ThreadMXBean) t).getCurrentThreadAllocatedBytes();
                long c0 = t.getCurrentThreadCpuTime();
                long hits = 0;
                for (String n : party) hits += ((List<?>) x.screen.invoke(s, n)).size();
                cpu[b][r] = t.getCurrentThreadCpuTime() - c0;
                long allocated = ((com.sun.management.ThreadMXBean) t).getCurrentThreadAllocatedBytes() - a0;
                System.out.printf("round %d %s: %.2f s CPU, %.3f ms per name, %,d bytes allocated per name, %d hits%n", r, x.name,
                        cpu[b][r] / 1e9, cpu[b][r] / 1e6 / party.size(), allocated / party.size(), hits);
            }
        }
        for (int b = 0; b < builds.size(); b++) {
            StringBuilder sb = new StringBuilder();
            long sum = 0;
            for (int r = 1; r < rounds; r++) { sb.append(String.format("%.2f ", cpu[b][r] / 1e9)); sum += cpu[b][r]; }
            System.out.printf("%s: rounds after the first: %s; mean %.3f s%n", builds.get(b).name, sb, rounds > 1 ? sum / 1e9 / (rounds - 1) : 0);
        }
        if (System.getenv("SHOW_HITS") != null) {
            Build x = builds.get(builds.size() - 1);
            Object s = x.screener.getConstructor(List.class, x.config.getClass()).newInstance(x.screenerArgsList, x.config);
            for (String n : party) {
                List<?> h = (List<?>) x.screen.invoke(s, n);
                if (!h.isEmpty()) {
                    Object top = h.get(0);
                    System.out.printf("  %s -> %.3f %s (%s)%n", n, (Double) call(top, "score"), call(call(top, "entry"), "listedName"), call(top, "detail"));
                }
            }
        }
    }
}
