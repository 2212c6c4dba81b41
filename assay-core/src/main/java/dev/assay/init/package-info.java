/** {@code assay init}: detects the build and writes a commented starter criteria file. */
package dev.assay.init;
