/**
 * The secrets gate: credentials in known key formats and high-entropy values assigned to
 * secret-like names, reported masked and hashed, never in full.
 */
package dev.assay.gate.secrets;
