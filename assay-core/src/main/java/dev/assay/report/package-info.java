/** Reporters: each builds a model of a {@link dev.assay.engine.RunResult} and serialises it. */
package dev.assay.report;
