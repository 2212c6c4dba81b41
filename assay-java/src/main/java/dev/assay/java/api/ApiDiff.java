package dev.assay.java.api;

import java.util.List;

/**
 * The comparison of one artifact's base and head jars.
 *
 * @param artifact the artifact name
 * @param breaks incompatible changes, sorted by class, member and change
 * @param additions classes and members new in the head's API
 * @param notes what the reader should know about this comparison (missing supertypes...)
 */
record ApiDiff(String artifact, List<ApiBreak> breaks, int additions, List<String> notes) {
  ApiDiff {
    breaks = List.copyOf(breaks);
    notes = List.copyOf(notes);
  }

  long binaryBreaks() {
    return breaks.stream().filter(b -> !b.binary()).count();
  }

  long sourceOnlyBreaks() {
    return breaks.stream().filter(ApiBreak::sourceOnly).count();
  }
}
