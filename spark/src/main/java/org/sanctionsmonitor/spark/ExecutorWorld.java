package org.sanctionsmonitor.spark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.sanctionsmonitor.check.BatchCheck;
import org.sanctionsmonitor.check.CheckOptions;
import org.sanctionsmonitor.check.RecordPipeline;
import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.engine.RuleFile;

/**
 * What an executor JVM screens and rules with, built once per JVM and run: the rule base, the
 * lists and their screening index (exact and fuzzy), the trade reference, the labels, prices and
 * ownership screening, as a {@link RecordPipeline} made by core's own {@link BatchCheck#pipeline}.
 *
 * <p>In local mode the executor is the driver's JVM: it uses the driver's pipeline, registered
 * under the run's id, and builds nothing. On a cluster an executor builds its own from the same
 * files (they must be readable at the same paths on every node, e.g. a shared mount), its
 * KieBase from the packages the driver compiled (broadcast as bytes: a KieBase is not
 * serialisable), and checks that its rule files have the SHA-256s the driver verified and locked,
 * so an executor can never run other rules than the driver's.
 */
final class ExecutorWorld {

    private static final Map<String, RecordPipeline> DRIVER = new ConcurrentHashMap<>();
    /** The pipeline this JVM built for the latest run (one run at a time per executor). */
    private static volatile Built built;

    private record Built(String runId, RecordPipeline pipeline) {
    }

    private ExecutorWorld() {
    }

    /** The driver's own pipeline, for tasks that run in the driver's JVM (local mode). */
    static void register(String runId, RecordPipeline pipeline) {
        DRIVER.put(runId, pipeline);
    }

    static void unregister(String runId) {
        DRIVER.remove(runId);
    }

    /**
     * The pipeline for the run: the driver's when this is its JVM and {@code shareDriver}, else the one
     * this JVM built (building it on the first task of the run).
     */
    static RecordPipeline get(WorldSpec spec) {
        if (spec.shareDriver()) {
            RecordPipeline p = DRIVER.get(spec.runId());
            if (p != null) {
                return p;
            }
        }
        Built b = built;
        if (b != null && b.runId().equals(spec.runId())) {
            return b.pipeline();
        }
        synchronized (ExecutorWorld.class) {
            b = built;
            if (b == null || !b.runId().equals(spec.runId())) {
                b = new Built(spec.runId(), build(spec));
                built = b;
            }
            return b.pipeline();
        }
    }

    private static RecordPipeline build(WorldSpec spec) {
        CheckOptions o = (CheckOptions) RecordCodec.decode(spec.options());
        // the driver's compiled packages, not a compile of the DRL here; the files are still read to
        // describe the rules and to check they are the driver's
        RuleBase rules = RuleBase.fromCompiled(o.rules(), spec.packages());
        List<String> here = rules.files().stream().map(f -> f.relative() + " " + f.sha256()).toList();
        if (!here.equals(spec.ruleFiles())) {
            throw new IllegalStateException("the rule files at " + o.rules() + " on this executor differ from the driver's "
                    + "(which were verified and checked against rules.lock): " + here + " against " + spec.ruleFiles());
        }
        return BatchCheck.pipeline(o, rules);
    }

    /** The rule files as the driver saw them: "relative/path sha256", in order. */
    static List<String> ruleFiles(RuleBase rules) {
        return rules.files().stream().map((RuleFile f) -> f.relative() + " " + f.sha256()).toList();
    }
}
