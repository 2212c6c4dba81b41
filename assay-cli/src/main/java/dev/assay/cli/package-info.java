/** The {@code assay} command line: parses arguments with picocli and maps outcomes to exit codes. */
package dev.assay.cli;
