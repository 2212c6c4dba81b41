/**
 * The {@code security} gate: injection, unsafe deserialization, XXE, weak crypto and randomness,
 * disabled TLS verification, eval, DOM XSS and insecure cookies in the changed code.
 */
package dev.assay.gate.security;
