package dev.assay.gate.observability;

import dev.assay.gate.observability.ObservabilityRule.Level;

/**
 * What applies to one file: its configuration, the logger recogniser built from it, and whether
 * the file is test code (exempt from every rule, the catch rules aside when {@code check-tests} is
 * on) or allowed to print.
 */
record Scope(ObservabilityConfig config, Signals signals, boolean test, boolean exempt) {

  boolean on(ObservabilityRule rule) {
    return config.on(rule);
  }

  Level level(ObservabilityRule rule) {
    return config.level(rule);
  }

  boolean catches() {
    return (on(ObservabilityRule.EMPTY_CATCH) || on(ObservabilityRule.SWALLOWED_EXCEPTION))
        && (!test || config.checkTests());
  }

  boolean prints() {
    return !test && !exempt
        && (on(ObservabilityRule.PRINT_STACK_TRACE) || on(ObservabilityRule.DEBUG_PRINT));
  }

  boolean handlers() {
    return !test && !exempt && on(ObservabilityRule.HANDLER_WITHOUT_LOGGING);
  }
}
