/** {@code assay eval}: a suite of generate tasks run against several models, compared per gate. */
package dev.assay.llm.eval;
