/** {@code assay review}: an advisory model review of a change, anchored to lines, injection-resistant. */
package dev.assay.llm.review;
