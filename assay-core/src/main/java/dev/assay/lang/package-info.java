/**
 * A fast structural tokenizer for the common languages, with function boundaries and metrics, shared
 * by the analysis gates so that no rule fires inside a string or a comment.
 */
package dev.assay.lang;
