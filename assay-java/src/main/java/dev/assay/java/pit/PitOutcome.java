package dev.assay.java.pit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a changed-lines PIT run produced.
 *
 * @param report the {@code mutations.xml} PIT wrote, empty when PIT did not run (nothing to mutate)
 *     or failed
 * @param error why PIT failed, in words a user can act on; empty on success
 * @param missingClasses changed source files (absolute) for which no compiled class was found
 * @param testClasses how many test classes were selected as able to reach the changed classes
 * @param notes facts for the reader: what was selected and how long it took
 * @param elapsed wall time of the whole run
 */
public record PitOutcome(
    Optional<Path> report,
    Optional<String> error,
    List<Path> missingClasses,
    int testClasses,
    List<String> notes,
    Duration elapsed) {

  public PitOutcome {
    missingClasses = List.copyOf(missingClasses);
    notes = List.copyOf(notes);
  }
}
