package org.sanctionsmonitor.engine;

import java.time.LocalDate;

/** The run's reference date as a fact: rules that need "today" read this, never the clock. */
public record RunContext(LocalDate asOf) {
}
