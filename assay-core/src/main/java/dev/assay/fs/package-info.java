/** Writing files that other tools and people read: whole or not at all, with normal permissions. */
package dev.assay.fs;
