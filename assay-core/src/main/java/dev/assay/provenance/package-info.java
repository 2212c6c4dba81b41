/** Which lines an AI wrote, read from commit trailers, git-ai notes and Agent Trace records. */
package dev.assay.provenance;
