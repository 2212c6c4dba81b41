package dev.assay.cli;

import dev.assay.demo.DemoException;
import dev.assay.demo.DemoProject;
import java.nio.file.Path;

/** The demo example's real build as a process, the way a --build command runs a project's build. */
public final class DemoBuildMain {
  private DemoBuildMain() {}

  public static void main(String[] args) {
    try {
      DemoProject.TestCounts counts = DemoProject.build(Path.of("."), System.out);
      System.exit(counts.failed() == 0 ? 0 : 1);
    } catch (DemoException e) {
      System.out.println(e.getMessage());
      System.exit(2);
    }
  }
}
