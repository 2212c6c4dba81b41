/**
 * The maintainability gate: length, complexity, nesting and parameters of changed functions, and
 * duplicated blocks the change introduces.
 */
package dev.assay.gate.maintainability;
