/**
 * The performance gate: benchmarks of base and head (and an optional trusted reference) run in
 * interleaved, randomised rounds on the same machine, decided per benchmark by a statistical
 * procedure that says PASS, FAIL or INCONCLUSIVE; plus absolute budgets, reference ratios and
 * scaling checks.
 */
package dev.assay.perf;
