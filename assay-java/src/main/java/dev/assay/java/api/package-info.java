/** The {@code api} gate: breaking changes to a Java library's public API, found by japicmp. */
package dev.assay.java.api;
