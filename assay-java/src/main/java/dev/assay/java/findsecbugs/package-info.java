/** FindSecBugs on SpotBugs, run in-process on the classes compiled from the changed Java files. */
package dev.assay.java.findsecbugs;
