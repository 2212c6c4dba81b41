/** Test harnesses: gate contexts from inline inputs, and throwaway git repositories. */
package dev.assay.testkit;
