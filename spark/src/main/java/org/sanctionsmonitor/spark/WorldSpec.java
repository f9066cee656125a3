package org.sanctionsmonitor.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What a task needs to find or build its executor's {@link ExecutorWorld}: the run's id, the
 * check's options (encoded by {@link RecordCodec}), the rule files' SHA-256s as the driver
 * verified them, whether a task in the driver's JVM may use the driver's pipeline, and the rules
 * the driver compiled, as their packages' bytes ({@code RuleBase.compiledPackages}): an executor
 * builds its KieBase from them once per JVM instead of compiling the DRL.
 */
record WorldSpec(String runId, byte[] options, List<String> ruleFiles, boolean shareDriver, byte[] packages)
        implements Serializable {

    WorldSpec {
        ruleFiles = List.copyOf(ruleFiles);
    }
}
