package dev.assay.report.internal;

import dev.assay.api.CriterionResult;
import dev.assay.api.Revision;
import dev.assay.api.Status;
import dev.assay.engine.Disposition;
import dev.assay.engine.GateReport;
import dev.assay.engine.ReportedFinding;
import dev.assay.engine.RunResult;
import java.util.List;

/**
 * The sentences and counts every human-readable report shows the same way: the verdict sentence,
 * the range of the change, the failing criteria and per-disposition counts. Pure functions of the
 * run.
 */
public final class RunFacts {
  private RunFacts() {}

  /**
   * The sentence after the verdict word, e.g. {@code 2 of 3 criteria not met on 4 changed files
   * (main..HEAD)}.
   */
  public static String headline(RunResult run) {
    String where = " on " + plural(run.change().files().size(), "changed file") + " (" + range(run) + ")";
    long evaluated = criteria(run).stream().filter(c -> c.status() != Status.SKIPPED).count();
    long failed = criteria(run).stream().filter(c -> c.status() == Status.FAIL).count();
    long warned = criteria(run).stream().filter(c -> c.status() == Status.WARN).count();
    long errors = run.gates().stream().filter(g -> g.status() == Status.ERROR).count();
    StringBuilder sb = new StringBuilder();
    if (failed > 0) {
      sb.append(failed).append(" of ").append(evaluated).append(" criteria not met");
    } else if (errors > 0) {
      sb.append(errors).append(" of ").append(run.gates().size())
          .append(run.gates().size() == 1 ? " gate" : " gates").append(" could not run");
    } else if (run.gates().isEmpty()) {
      sb.append("no gate enabled");
    } else if (evaluated == 0) {
      sb.append("no criterion applied");
    } else {
      sb.append("all ").append(plural(evaluated, "criterion", "criteria")).append(" met");
    }
    sb.append(where);
    if (failed > 0 && errors > 0) {
      sb.append("; ").append(errors).append(errors == 1 ? " gate" : " gates").append(" could not run");
    }
    if (warned > 0) {
      sb.append("; ").append(plural(warned, "warning"));
    }
    return sb.toString();
  }

  /** {@code base..head} as the user named them. */
  public static String range(RunResult run) {
    return run.change().base().ref() + ".." + run.change().head().ref();
  }

  /** {@code base..head} as short commit ids, falling back to the refs where a commit is unknown. */
  public static String shortRange(RunResult run) {
    return shortId(run.change().base()) + ".." + shortId(run.change().head());
  }

  /** The first 7 hex digits of the commit, the ref for the working tree or when there is none. */
  public static String shortId(Revision revision) {
    String c = revision.commit();
    if (c.isEmpty() || revision.isWorkingTree()) {
      return revision.ref();
    }
    return c.length() > 7 ? c.substring(0, 7) : c;
  }

  /** Every criterion of every gate, in gate order. */
  public static List<CriterionResult> criteria(RunResult run) {
    return run.gates().stream().flatMap(g -> g.criteria().stream()).toList();
  }

  /** Criteria that block the change, in gate order, paired with their gate. */
  public static List<GateCriterion> failing(RunResult run) {
    return run.gates().stream()
        .flatMap(g -> g.criteria().stream()
            .filter(c -> c.status() == Status.FAIL)
            .map(c -> new GateCriterion(g, c)))
        .toList();
  }

  /** How many of the gate's findings have this disposition. */
  public static long count(GateReport gate, Disposition disposition) {
    return gate.findings().stream().filter(f -> f.disposition() == disposition).count();
  }

  /** How many of the run's findings have this disposition. */
  public static long count(RunResult run, Disposition disposition) {
    return run.findings().stream().filter(f -> f.disposition() == disposition).count();
  }

  /** {@code path:line} (or {@code path:line-end}), the path alone, or empty for a general finding. */
  public static String where(ReportedFinding reported) {
    var f = reported.finding();
    if (!f.hasPath()) {
      return "";
    }
    if (!f.hasLine()) {
      return f.path();
    }
    return f.path() + ":" + f.line() + (f.endLine() > f.line() ? "-" + f.endLine() : "");
  }

  /** {@code 1 file}, {@code 2 files}. */
  public static String plural(long n, String noun) {
    return plural(n, noun, noun + "s");
  }

  static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** A failing or listed criterion together with the gate it belongs to. */
  public record GateCriterion(GateReport gate, CriterionResult criterion) {}
}
