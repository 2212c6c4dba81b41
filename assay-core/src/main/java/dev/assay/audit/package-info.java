/** The tamper-evident audit trail: a hash-chained JSONL log of every run, optionally in git notes. */
package dev.assay.audit;
