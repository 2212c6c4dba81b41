/** Checks on tool output files as evidence: whether a report can speak for the change at all. */
package dev.assay.evidence;
