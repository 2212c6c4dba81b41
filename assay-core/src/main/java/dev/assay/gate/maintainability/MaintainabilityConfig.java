package dev.assay.gate.maintainability;

import java.util.List;

/**
 * Configuration of the maintainability gate ({@code gates.maintainability}); a finding is reported
 * when a measure is strictly above its maximum. See docs/gates/maintainability.md.
 *
 * @param maxFunctionLines most non-blank, non-comment lines a changed function may have
 * @param maxComplexity highest cyclomatic complexity of a changed function
 * @param maxNesting deepest nesting of control-flow blocks in a changed function
 * @param maxParameters most parameters of a changed function
 * @param minDuplicateTokens shortest duplicated run of normalised tokens that is reported
 * @param exclude globs of files the gate does not look at
 */
public record MaintainabilityConfig(
    int maxFunctionLines,
    int maxComplexity,
    int maxNesting,
    int maxParameters,
    int minDuplicateTokens,
    List<String> exclude) {

  public MaintainabilityConfig {
    exclude = List.copyOf(exclude);
  }

  /** The configuration of an empty section: 50 lines, complexity 10, nesting 4, 5 parameters. */
  public static MaintainabilityConfig defaults() {
    return new MaintainabilityConfig(50, 10, 4, 5, 100, List.of());
  }

  /** This configuration with other function thresholds. */
  public MaintainabilityConfig withLimits(int lines, int complexity, int nesting, int params) {
    return new MaintainabilityConfig(
        lines, complexity, nesting, params, minDuplicateTokens, exclude);
  }

  /** This configuration with another duplicate length. */
  public MaintainabilityConfig withMinDuplicateTokens(int tokens) {
    return new MaintainabilityConfig(
        maxFunctionLines, maxComplexity, maxNesting, maxParameters, tokens, exclude);
  }
}
