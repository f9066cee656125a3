package org.sanctionsmonitor.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkSessionsTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSessions.local("local[2]", "SparkSessionsTest");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void localSessionRunsTasksOnTwoThreads() {
    assertEquals("local[2]", spark.sparkContext().master());
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Integer> squares = jsc.parallelize(List.of(1, 2, 3, 4, 5, 6), 3).map(i -> i * i).collect();
    assertEquals(List.of(1, 4, 9, 16, 25, 36), squares);
    assertEquals(3, jsc.parallelize(List.of(1, 2, 3, 4, 5, 6), 3).getNumPartitions());
  }

  @Test
  void aClusterMasterIsNotStartedEmbedded() {
    assertThrows(IllegalArgumentException.class, () -> SparkSessions.local("yarn", "x"));
  }
}
