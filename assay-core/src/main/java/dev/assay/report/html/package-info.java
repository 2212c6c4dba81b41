/** The HTML report {@code assay.html}: one self-contained page that opens from disk. */
package dev.assay.report.html;
