/** The Maven plugin: Assay's {@code check} over a reactor's own reports and classpaths. */
package dev.assay.maven;
