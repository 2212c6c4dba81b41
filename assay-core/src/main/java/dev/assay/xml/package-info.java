/** Hardened XML reading for tool reports: no DTD processing, no external entities, streaming. */
package dev.assay.xml;
