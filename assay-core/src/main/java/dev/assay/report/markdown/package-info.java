/** The Markdown report {@code assay.md}, written to be posted as a pull-request comment. */
package dev.assay.report.markdown;
