/** The criteria file ({@code .assay.yml}): parsing, validation, defaults and per-path overrides. */
package dev.assay.policy;
