/**
 * Builds the example repository behind {@code assay demo}: real commits, real tests, real coverage.
 */
package dev.assay.demo;
