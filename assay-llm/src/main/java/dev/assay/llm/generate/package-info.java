/** {@code assay generate}: ask a model for an edit, gate it, feed failures back, within caps. */
package dev.assay.llm.generate;
