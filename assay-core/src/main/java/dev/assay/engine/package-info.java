/** Runs the configured gates on a change and turns their results into one verdict with evidence. */
package dev.assay.engine;
