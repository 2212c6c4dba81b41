/**
 * Runs PIT in-process on the changed lines only: a PIT mutation filter keeps mutants on changed
 * lines, and a bytecode dependency scan picks the tests that can reach the changed classes.
 */
package dev.assay.java.pit;
