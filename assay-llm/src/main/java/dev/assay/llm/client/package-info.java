/** One small model client on java.net.http with adapters for each provider's wire format. */
package dev.assay.llm.client;
