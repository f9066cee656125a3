package org.sanctionsmonitor.spark.graph;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.sanctionsmonitor.spark.SparkSessions;

/**
 * The local Spark session of a stage's conformance test: one per test class, on two threads,
 * named after the class and stopped after it, so that each test compares its stage with core's
 * detector without repeating how the session is made.
 */
abstract class LocalSparkStageTest {

    static SparkSession spark;

    @BeforeAll
    static void startSpark(TestInfo info) {
        spark = SparkSessions.local("local[2]", info.getTestClass().map(Class::getSimpleName).orElse("stage conformance test"));
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }
}
