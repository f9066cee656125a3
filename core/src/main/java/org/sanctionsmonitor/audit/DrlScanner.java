package org.sanctionsmonitor.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scans the text of a DRL file for Java APIs a rule must never use: ending or controlling the
 * JVM, running processes, reflection, file or network I/O, threads, the clock, and anything but
 * {@code findings.raise} on the findings collector. Comments and string literals are blanked
 * first (keeping every offset), so metadata text and rule names never trip the scan; the whole
 * file is scanned (imports, functions, conditions and consequences), and each hit says which part
 * of which rule it is in.
 */
public final class DrlScanner {

    /** One forbidden use found: where (1-based line and column), in which part, and what. */
    public record Hit(int line, int column, String where, String token, String why) {
    }

    private record Forbidden(Pattern pattern, String why) {
    }

    private static final List<Forbidden> FORBIDDEN = List.of(
            f("\\bSystem\\s*\\.\\s*\\w+", "java.lang.System (exit, environment, properties, console, clock) is not allowed in rules"),
            f("\\bRuntime\\b", "Runtime (process execution, JVM control) is not allowed in rules"),
            f("\\b(ProcessBuilder|ProcessHandle|Process)\\b", "process execution is not allowed in rules"),
            f("\\bjava\\s*\\.\\s*lang\\s*\\.\\s*(reflect|invoke)\\b", "reflection is not allowed in rules"),
            f("\\b(Class\\s*\\.\\s*forName|ClassLoader|MethodHandles?|MethodType|VarHandle|Proxy|AccessibleObject)\\b",
                    "reflection is not allowed in rules"),
            f("\\.\\s*(getDeclaredMethods?|getDeclaredFields?|getDeclaredConstructors?|getMethods?|getFields?|getConstructors?"
                    + "|setAccessible|newInstance|getClassLoader|forName|invoke)\\s*\\(", "reflection is not allowed in rules"),
            f("\\bjava\\s*\\.\\s*(io|nio)\\b", "file I/O (java.io, java.nio) is not allowed in rules"),
            f("\\b(File|Files|Paths|FileSystems?|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile"
                    + "|FileChannel|PrintStream|PrintWriter|ObjectInputStream|ObjectOutputStream|Scanner)\\b",
                    "file I/O is not allowed in rules"),
            f("\\bPath\\s*\\.\\s*of\\b", "file I/O is not allowed in rules"),
            f("\\bjava\\s*\\.\\s*net\\b", "network I/O (java.net) is not allowed in rules"),
            f("\\b(Socket|ServerSocket|DatagramSocket|URL|URLConnection|HttpURLConnection|HttpClient|InetAddress)\\b",
                    "network I/O is not allowed in rules"),
            f("\\bjava\\s*\\.\\s*util\\s*\\.\\s*concurrent\\b", "threads and concurrency are not allowed in rules"),
            f("\\b(Thread|ThreadGroup|ThreadLocal|Executors?|ExecutorService|ForkJoinPool|CompletableFuture|Timer)\\b",
                    "threads are not allowed in rules"),
            f("\\b(javax\\s*\\.\\s*script|ScriptEngine|ScriptEngineManager)\\b", "script engines are not allowed in rules"),
            f("\\b(sun\\s*\\.\\s*misc|jdk\\s*\\.\\s*internal|Unsafe)\\b", "JVM internals are not allowed in rules"),
            f("\\.\\s*now\\s*\\(|\\bClock\\b|\\bnew\\s+(java\\s*\\.\\s*util\\s*\\.\\s*)?Date\\s*\\(\\s*\\)",
                    "reading the clock is not allowed in rules (the run's date is the RunContext fact)"),
            f("\\b(getKieRuntime|getKnowledgeRuntime|getWorkingMemory|getKieBase|setGlobal|halt)\\s*\\(",
                    "controlling the rule session is not allowed in rules (consequences only raise findings)"),
            f("\\bfindings\\s*\\.\\s*(?!raise\\b)\\w+", "consequences may only call findings.raise(...) on the findings collector"));

    private static final Pattern RULE = Pattern.compile("\\brule\\s+\"");
    private static final Pattern FUNCTION = Pattern.compile("\\bfunction\\b");
    private static final Pattern KEYWORD = Pattern.compile("\\b(when|then|end)\\b");

    private DrlScanner() {
    }

    private static Forbidden f(String regex, String why) {
        return new Forbidden(Pattern.compile(regex), why);
    }

    /** Every forbidden use in the file's text, in order of position; overlapping uses are reported once. */
    public static List<Hit> scan(String text) {
        String code = blankCommentsAndStrings(text);
        List<Region> regions = regions(text, code);
        record Found(int start, int end, int at, Forbidden by) {
        }
        List<Found> found = new ArrayList<>();
        for (Forbidden fb : FORBIDDEN) {
            Matcher m = fb.pattern().matcher(code);
            while (m.find()) {
                int at = code.charAt(m.start()) == '.' ? skipDotAndSpace(code, m.start()) : m.start();
                found.add(new Found(m.start(), m.end(), at, fb));
            }
        }
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Hit> hits = new ArrayList<>();
        int coveredTo = -1;
        for (Found f : found) {
            if (f.start() < coveredTo) {
                continue; // inside a use already reported (Class.forName, then forName)
            }
            coveredTo = f.end();
            String token = code.substring(f.start(), f.end()).replaceAll("\\s+", "");
            if (token.endsWith("(")) {
                token = token.substring(0, token.length() - 1);
            }
            if (token.startsWith(".")) {
                token = token.substring(1);
            }
            int[] lc = lineColumn(text, f.at());
            hits.add(new Hit(lc[0], lc[1], where(regions, f.start()), token, f.by().why()));
        }
        return hits;
    }

    private static int skipDotAndSpace(String code, int at) {
        int i = at + 1;
        while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A part of the file: a rule's condition or consequence, or a function body. */
    private record Region(int start, int end, String label) {
    }

    private static List<Region> regions(String text, String code) {
        List<Region> out = new ArrayList<>();
        Matcher r = RULE.matcher(code);
        int from = 0;
        while (r.find(from)) {
            int nameStart = r.end();
            int nameEnd = code.indexOf('"', nameStart);
            if (nameEnd < 0) {
                break;
            }
            String name = text.substring(nameStart, nameEnd);
            Matcher k = KEYWORD.matcher(code);
            k.region(nameEnd + 1, code.length());
            int when = -1;
            int then = -1;
            int end = code.length();
            while (k.find()) {
                String kw = k.group(1);
                if (kw.equals("when") && when < 0 && then < 0) {
                    when = k.end();
                } else if (kw.equals("then") && then < 0) {
                    then = k.end();
                } else if (kw.equals("end") && then >= 0) {
                    end = k.start();
                    break;
                }
            }
            if (when >= 0) {
                out.add(new Region(when, then >= 0 ? then : end, "rule \"" + name + "\", condition"));
            }
            if (then >= 0) {
                out.add(new Region(then, end, "rule \"" + name + "\", consequence"));
            }
            from = Math.max(end, nameEnd + 1);
        }
        Matcher f = FUNCTION.matcher(code);
        while (f.find()) {
            int open = code.indexOf('{', f.end());
            if (open < 0) {
                continue;
            }
            int depth = 0;
            int i = open;
            for (; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    break;
                }
            }
            String header = code.substring(f.end(), open).strip();
            int paren = header.indexOf('(');
            String sig = (paren >= 0 ? header.substring(0, paren) : header).strip();
            String fname = sig.contains(" ") ? sig.substring(sig.lastIndexOf(' ') + 1) : sig;
            out.add(new Region(f.start(), i, "function " + fname));
        }
        return out;
    }

    private static String where(List<Region> regions, int offset) {
        for (Region r : regions) {
            if (offset >= r.start() && offset < r.end()) {
                return r.label();
            }
        }
        return "declarations";
    }

    /**
     * The text with the content of comments, string and character literals replaced by spaces
     * (line ends kept), so offsets, lines and columns stay those of the file.
     */
    static String blankCommentsAndStrings(String text) {
        StringBuilder sb = new StringBuilder(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    blank(sb, i++);
                }
            } else if (c == '/' && next == '*') {
                blank(sb, i++);
                blank(sb, i++);
                while (i < n && !(text.charAt(i) == '*' && i + 1 < n && text.charAt(i + 1) == '/')) {
                    blank(sb, i++);
                }
                if (i < n) {
                    blank(sb, i++);
                    blank(sb, i++);
                }
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\' && i + 1 < n) {
                        blank(sb, i++);
                    }
                    blank(sb, i++);
                }
                i++; // the closing quote stays
            } else {
                i++;
            }
        }
        return sb.toString();
    }

    private static void blank(StringBuilder sb, int i) {
        if (sb.charAt(i) != '\n' && sb.charAt(i) != '\r') {
            sb.setCharAt(i, ' ');
        }
    }

    static int[] lineColumn(String text, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }
}
