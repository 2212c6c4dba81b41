/**
 * The coverage gate: changed executable lines covered by tests, read from JaCoCo, Cobertura and
 * LCOV.
 */
package dev.assay.gate.coverage;
