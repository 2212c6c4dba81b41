/** The record of every model call and run: what was asked of which model, at what cost. */
package dev.assay.llm.record;
