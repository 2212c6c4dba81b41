/** The tests gate: JUnit XML results all pass, and no test is deleted, skipped or emptied. */
package dev.assay.gate.tests;
