package dev.assay.llm.generate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to generate.
 *
 * @param repo a folder inside the repository
 * @param startRef the commit the change starts from (and the base the check compares with)
 * @param task what the model should do
 * @param targets repository-relative files the task is about (shown whole to the model)
 * @param criteriaFile an explicit criteria file, or empty for the repository's .assay.yml
 * @param model the model to ask
 * @param temperature sampling temperature
 * @param maxTokens most output tokens per answer
 * @param timeout per model call
 * @param maxAttempts most answers to try (each is one model call)
 * @param branch the branch to create in the repository on success, or empty for a generated name
 * @param patchFile where to write the change as a patch on success, or empty
 * @param keepScratch keep the scratch clone after the run, for inspection
 * @param maxAnswerBytes answers larger than this are refused
 */
public record GenerateRequest(
    Path repo,
    String startRef,
    String task,
    List<String> targets,
    Optional<Path> criteriaFile,
    String model,
    double temperature,
    int maxTokens,
    Duration timeout,
    int maxAttempts,
    Optional<String> branch,
    Optional<Path> patchFile,
    boolean keepScratch,
    long maxAnswerBytes) {
  public GenerateRequest {
    Objects.requireNonNull(repo, "repo");
    Objects.requireNonNull(startRef, "startRef");
    Objects.requireNonNull(task, "task");
    targets = List.copyOf(targets);
    Objects.requireNonNull(criteriaFile, "criteriaFile");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(patchFile, "patchFile");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }
}
