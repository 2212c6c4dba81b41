package dev.assay.api;

import java.util.List;
import java.util.Objects;

/**
 * A titled table a gate adds to its result, rendered by every report format: for example the
 * performance gate's "benchmark | base | head | reference | ratio | verdict". Cells are plain text;
 * every row has as many cells as there are columns. An optional chart of estimates with intervals
 * (one per row or fewer) is drawn by the formats that can draw (the HTML report).
 *
 * @param title what the table shows, one line
 * @param columns column headings, at least one
 * @param rows the cells, row by row, in the order the gate wants them shown
 * @param chart estimates with intervals to draw, or {@link Chart#NONE}
 */
public record GateTable(String title, List<String> columns, List<List<String>> rows, Chart chart) {
  public GateTable {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(chart, "chart");
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException(
            "row " + r + " has " + r.size() + " cells for " + columns.size() + " columns");
      }
    }
  }

  /** A table without a chart. */
  public static GateTable of(String title, List<String> columns, List<List<String>> rows) {
    return new GateTable(title, columns, rows, Chart.NONE);
  }

  /**
   * Point estimates with intervals on one axis, e.g. head/base ratios with their confidence
   * intervals, and vertical marks such as 1.0 (no change) and 1.1 (the allowed maximum).
   *
   * @param axis what the axis measures, e.g. {@code head / base time (log scale)}
   * @param logScale whether values are drawn on a logarithmic scale (all values must be positive)
   * @param intervals what to draw, top to bottom
   * @param marks values where a vertical reference line is drawn
   */
  public record Chart(String axis, boolean logScale, List<Interval> intervals, List<Double> marks) {
    /** No chart. */
    public static final Chart NONE = new Chart("", false, List.of(), List.of());

    public Chart {
      Objects.requireNonNull(axis, "axis");
      intervals = List.copyOf(intervals);
      marks = List.copyOf(marks);
      if (logScale) {
        for (Interval i : intervals) {
          if (!(i.low() > 0)) {
            throw new IllegalArgumentException("log scale needs positive values: " + i);
          }
        }
      }
    }

    public boolean isEmpty() {
      return intervals.isEmpty();
    }
  }

  /**
   * One estimate with its interval, {@code low <= estimate <= high}, all finite.
   *
   * @param label what it is, e.g. the benchmark's name
   * @param low the interval's lower end
   * @param estimate the point estimate
   * @param high the interval's upper end
   * @param status how the row was decided, for colouring
   */
  public record Interval(String label, double low, double estimate, double high, Status status) {
    public Interval {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(status, "status");
      if (!Double.isFinite(low) || !Double.isFinite(high) || !Double.isFinite(estimate)
          || low > estimate || estimate > high) {
        throw new IllegalArgumentException(
            "need finite low <= estimate <= high: " + low + ", " + estimate + ", " + high);
      }
    }
  }
}
