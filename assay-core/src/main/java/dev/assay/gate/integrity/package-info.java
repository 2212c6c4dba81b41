/** The {@code integrity} gate: flags the moves that turn a red build green without fixing it. */
package dev.assay.gate.integrity;
