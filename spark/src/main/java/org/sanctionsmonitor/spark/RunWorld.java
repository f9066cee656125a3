package org.sanctionsmonitor.spark;

import java.util.UUID;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.sanctionsmonitor.check.CheckOptions;
import org.sanctionsmonitor.check.RecordPipeline;

/**
 * One run's world as every lane of the Spark job shares it: one run id (so an executor in another
 * JVM builds its {@link ExecutorWorld} once per run, not once per lane), the driver's pipeline
 * (tasks in the driver's JVM use it), and one broadcast of the {@link WorldSpec} with the
 * compiled rules' bytes, made on first use.
 */
final class RunWorld {

    private final String runId = UUID.randomUUID().toString();
    private final RecordPipeline pipeline;
    private final CheckOptions options;
    private final boolean shareDriver;
    private Broadcast<WorldSpec> spec;
    private long packageBytes;
    private long broadcastMillis;

    RunWorld(RecordPipeline pipeline, CheckOptions options, boolean shareDriver) {
        this.pipeline = pipeline;
        this.options = options;
        this.shareDriver = shareDriver;
    }

    /** The spec broadcast to the executors (made, with the compiled packages serialised, on the first call). */
    synchronized Broadcast<WorldSpec> spec(JavaSparkContext jsc) {
        if (spec == null) {
            long t0 = System.nanoTime();
            byte[] packages = pipeline.rules().compiledPackages();
            packageBytes = packages.length;
            spec = jsc.broadcast(new WorldSpec(runId, RecordCodec.encode(options), ExecutorWorld.ruleFiles(pipeline.rules()),
                    shareDriver, packages));
            broadcastMillis = (System.nanoTime() - t0) / 1_000_000;
        }
        return spec;
    }

    private int registered;

    /** Tasks in this JVM may now use the driver's pipeline (local mode); counted, as lanes overlap. */
    synchronized void register() {
        if (registered++ == 0) {
            ExecutorWorld.register(runId, pipeline);
        }
    }

    synchronized void unregister() {
        if (registered > 0 && --registered == 0) {
            ExecutorWorld.unregister(runId);
        }
    }

    RecordPipeline pipeline() {
        return pipeline;
    }

    /** Size of the compiled rules broadcast (0 before the first lane ran). */
    long packageBytes() {
        return packageBytes;
    }

    long broadcastMillis() {
        return broadcastMillis;
    }
}
