/** The JUnit XML report {@code assay-junit.xml}, so CI test tabs show each criterion as a test. */
package dev.assay.report.junit;
