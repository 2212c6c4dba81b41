/** The console summary printed by {@code assay check}: verdict first, then what to fix. */
package dev.assay.report.console;
