/** Prices per model, the cost of calls and runs, budgets per run and per day, break-even. */
package dev.assay.llm.cost;
