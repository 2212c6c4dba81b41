/** The review gate: AI-authored changes to critical paths, or above a size, need a human approval. */
package dev.assay.gate.review;
