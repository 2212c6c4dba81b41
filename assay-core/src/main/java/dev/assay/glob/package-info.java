/** Repository-relative path globs with {@code **} crossing directories, as in .gitignore. */
package dev.assay.glob;
