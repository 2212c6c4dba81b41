/** Edits a model proposes (whole files, search/replace blocks), parsed strictly and applied atomically. */
package dev.assay.llm.edit;
