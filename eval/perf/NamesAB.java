import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Name screening of two (or more) builds compared in one JVM, in one sitting: each build's jars
 * (its {@code cli/target/lib}, copied aside) in a class loader of its own, the same synthetic names
 * as {@code bench-names} (20,000 entries, seeds 42 and 7), rounds alternated between the builds,
 * each round a fresh screener, and the screening thread's CPU time and allocation per round. On a shared machine
 * the load changes from minute to minute; alternating rounds exposes both builds to the same load.
 *
 * <pre>java eval/perf/NamesAB.java NAMES ROUNDS RULES-DIR BUILD-DIR...</pre>
 * where a BUILD-DIR holds a {@code lib/} folder with the core jar and its dependencies.
 */
public class NamesAB {
    record Build(String name, Object list, List<String> party, Object config, Class<?> screener, Method screen) {}

    /** A record component of a hit, read by name (the classes are another loader's). */
    static Object call(Object o, String accessor) throws Exception {
        Method m = o.getClass().getMethod(accessor);
        m.setAccessible(true);
        return m.invoke(o);
    }

    public static void main(String[] a) throws Exception {
        int names = Integer.parseInt(a[0]);
        Path rules = Path.of(a[2]);
        int rounds = Integer.parseInt(a[1]);
        List<Build> builds = new ArrayList<>();
        for (int i = 3; i < a.length; i++) {
            File[] jars = new File(a[i], "lib").listFiles();
            List<URL> urls = new ArrayList<>();
            for (File f : jars) urls.add(f.toURI().toURL());
            ClassLoader cl = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> syn = cl.loadClass("org.sanctionsmonitor.evaluation.SyntheticNames");
            Class<?> cfg = cl.loadClass("org.sanctionsmonitor.screening.NameMatchingConfig");
            Class<?> scr = cl.loadClass("org.sanctionsmonitor.screening.NameScreener");
            Object list = syn.getMethod("list", int.class, long.class).invoke(null, 20000, 42L);
            @SuppressWarnings("unchecked")
            List<String> party = (List<String>) syn.getMethod("partyNames", int.class, List.class, long.class).invoke(null, names, list, 7L);
            Object config = cfg.getMethod("load", Path.class).invoke(null, rules);
            builds.add(new Build(a[i], list, party, config, scr, scr.getMethod("screen", String.class)));
        }
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        long[][] cpu = new long[builds.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int b = 0; b < builds.size(); b++) {
                Build x = builds.get(b);
                Object s = x.screener.getConstructor(List.class, x.config.getClass()).newInstance(x.list, x.config);
                long a0 = ((com.sun.management.ThreadMXBean) t).getCurrentThreadAllocatedBytes();
                long c0 = t.getCurrentThreadCpuTime();
                long hits = 0;
                for (String n : x.party) hits += ((List<?>) x.screen.invoke(s, n)).size();
                cpu[b][r] = t.getCurrentThreadCpuTime() - c0;
                long allocated = ((com.sun.management.ThreadMXBean) t).getCurrentThreadAllocatedBytes() - a0;
                // the results, read back from the screener's cache after the timing: every hit's entry, name, score, method and detail, as bench-names digests them
                java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
                for (String n : x.party) {
                    for (Object h : (List<?>) x.screen.invoke(s, n)) {
                        Object entry = call(h, "entry");
                        d.update((n + "\t" + call(call(entry, "entity"), "entityId") + "\t" + call(entry, "listedName") + "\t"
                                + Double.toHexString((Double) call(h, "score")) + "\t" + call(h, "method") + "\t" + call(h, "detail") + "\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
                String digest = java.util.HexFormat.of().formatHex(d.digest()).substring(0, 16);
                System.out.printf("round %d %s: %.2f s CPU, %,d bytes allocated per name, %d hits, results %s%n", r, x.name, cpu[b][r] / 1e9,
                        allocated / x.party.size(), hits, digest);
            }
        }
        for (int b = 0; b < builds.size(); b++) {
            StringBuilder sb = new StringBuilder();
            long sum = 0;
            for (int r = 1; r < rounds; r++) { sb.append(String.format("%.2f ", cpu[b][r] / 1e9)); sum += cpu[b][r]; }
            System.out.printf("%s: rounds after the first: %s; mean %.3f s%n", builds.get(b).name, sb, sum / 1e9 / (rounds - 1));
        }
    }
}
