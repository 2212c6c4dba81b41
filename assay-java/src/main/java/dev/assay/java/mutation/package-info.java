/**
 * The mutation gate: mutants on changed lines that the tests do not detect, read from PIT's {@code
 * mutations.xml} (or produced by running PIT on the changed lines only).
 */
package dev.assay.java.mutation;
