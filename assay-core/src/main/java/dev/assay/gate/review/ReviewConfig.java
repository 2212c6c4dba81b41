package dev.assay.gate.review;

import java.util.List;

/**
 * Configuration of the review gate ({@code gates.review}). See docs/gates/review.md.
 *
 * @param criticalPaths globs where AI-authored lines need a human approval
 * @param maxAiLines AI-authored changed lines allowed without an approval; 0 for no limit
 * @param approvalsFile repository-relative JSON file of approvals CI writes from the code host
 * @param required how many distinct approvers are needed
 */
public record ReviewConfig(
    List<String> criticalPaths, int maxAiLines, String approvalsFile, int required) {
  public static final String APPROVALS_FILE = ".assay/approvals.json";

  public ReviewConfig {
    criticalPaths = List.copyOf(criticalPaths);
  }
}
