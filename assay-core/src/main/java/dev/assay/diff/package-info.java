/** The change under evaluation: which lines between a base and a head are new logic, computed with JGit. */
package dev.assay.diff;
