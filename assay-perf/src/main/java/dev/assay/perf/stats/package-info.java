/**
 * The statistics of the performance gate: paired per-round log ratios decided by a Hodges-Lehmann
 * estimate with one-sided Wilcoxon signed-rank bounds, Holm correction across benchmarks, alpha
 * spending across sequential looks, fork steadiness, budgets and scaling checks. Pure functions of
 * their inputs: no I/O, no clock, no unseeded randomness.
 */
package dev.assay.perf.stats;
