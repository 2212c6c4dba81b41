/** The criteria rendered as instructions, for prompts and for coding agents' instruction files. */
package dev.assay.llm.context;
