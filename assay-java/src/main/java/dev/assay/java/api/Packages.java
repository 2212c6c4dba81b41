package dev.assay.java.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Split packages: one package whose classes come from more than one jar. */
final class Packages {
  private Packages() {}

  static List<String> splitPackageNotes(String side, List<JarInfo> jars) {
    Map<String, List<String>> owners = new TreeMap<>();
    for (JarInfo j : jars) {
      for (String p : j.packages()) {
        owners.computeIfAbsent(p, k -> new ArrayList<>()).add(j.path().getFileName().toString());
      }
    }
    List<String> notes = new ArrayList<>();
    owners.forEach((pkg, in) -> {
      if (in.size() > 1) {
        notes.add("Split package at the " + side + ": `" + (pkg.isEmpty() ? "(default)" : pkg)
            + "` is in " + String.join(", ", in) + ". Each jar is compared with its own base, so a"
            + " class moved between them is reported as removed from one (callers that depend on"
            + " that jar alone do break); the module path rejects split packages.");
      }
    });
    return notes;
  }
}
