/** One {@code assay check}: the change, the criteria and the baseline gathered, then the engine run. */
package dev.assay.check;
