/** The SARIF 2.1.0 report {@code assay.sarif}, for code scanning tools such as GitHub's. */
package dev.assay.report.sarif;
