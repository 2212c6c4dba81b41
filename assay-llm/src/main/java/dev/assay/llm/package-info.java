/** A provider-agnostic model client and the features built on it: generate, review, context. */
package dev.assay.llm;
