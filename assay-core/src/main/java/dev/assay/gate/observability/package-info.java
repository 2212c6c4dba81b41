/**
 * The observability gate: empty and swallowing error handlers, printed stack traces and console
 * prints in production code, and new HTTP handlers with no logging or metrics.
 */
package dev.assay.gate.observability;
