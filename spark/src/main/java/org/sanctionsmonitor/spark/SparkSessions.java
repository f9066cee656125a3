package org.sanctionsmonitor.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The Spark session the job runs in. Under {@code spark-submit} the master and the rest come from
 * the submit command ({@link #submitted}); embedded (the default of
 * {@code bin/sanctions-monitor-spark}, and the tests) it is a local master in this JVM
 * ({@link #local}).
 *
 * <p>Local sessions keep Spark's user interface off and the shuffle small: the check's data sets
 * are partitioned by the job itself, and 200 shuffle partitions on two cores only cost time.
 */
public final class SparkSessions {

  /** Shuffle partitions for a local session unless the caller says otherwise. */
  public static final int LOCAL_SHUFFLE_PARTITIONS = 8;

  private SparkSessions() {}

  /**
   * A session on {@code master} (e.g. {@code local[2]}, {@code local[*]}) in this JVM, or the
   * one already running in it with the same master.
   */
  public static SparkSession local(String master, String appName) {
    if (master == null || !master.startsWith("local")) {
      throw new IllegalArgumentException("not a local master: " + master
          + " (a cluster master is given to spark-submit, not to the embedded session)");
    }
    return SparkSession.builder()
        .master(master)
        .appName(appName)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", String.valueOf(LOCAL_SHUFFLE_PARTITIONS))
        .config("spark.default.parallelism", String.valueOf(LOCAL_SHUFFLE_PARTITIONS))
        .config("spark.sql.adaptive.enabled", "true")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  /** The session configured by {@code spark-submit} (master, executors, memory). */
  public static SparkSession submitted(String appName) {
    return SparkSession.builder().appName(appName).getOrCreate();
  }
}
