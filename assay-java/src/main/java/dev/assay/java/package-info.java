/**
 * Adapters that run the proven Java analyzers as libraries, and the gates that read their results.
 */
package dev.assay.java;
