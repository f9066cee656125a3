package org.sanctionsmonitor.finding;

import java.util.List;

/** The rules cannot be used (compile errors or failed checks): the run stops with exit code 3. */
public class RuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public RuleException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code file:line:column message}. */
    public List<String> problems() {
        return problems;
    }
}
