/** The gate SPI and the immutable values that gates, the engine and reporters exchange. */
package dev.assay.api;
