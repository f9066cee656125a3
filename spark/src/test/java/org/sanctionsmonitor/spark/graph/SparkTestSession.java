package org.sanctionsmonitor.spark.graph;

import org.apache.spark.sql.SparkSession;

/** One local[2] session for the graph-stage tests (a test class gets it and releases it). */
final class SparkTestSession {

    private static SparkSession session;

    private SparkTestSession() {
    }

    static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("graph-stage-conformance")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.sql.codegen.wholeStage", "false")
                    .config("spark.sql.adaptive.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }

    static synchronized void release() {
        // kept for the next test class in the same JVM; stopped when the JVM exits
    }
}
