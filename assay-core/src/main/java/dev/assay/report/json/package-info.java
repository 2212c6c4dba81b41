/** The JSON report {@code assay.json}: the full evidence record of a run, versioned by a schema. */
package dev.assay.report.json;
