/** Facts about a run that several report formats share; public only so the format packages can use them. */
package dev.assay.report.internal;
