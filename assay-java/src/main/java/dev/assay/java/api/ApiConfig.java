package dev.assay.java.api;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Configuration of the api gate ({@code gates.api}). See docs/gates/api.md.
 *
 * @param build shell command that builds the jars, run at the base (and at the head when its jars
 *     are not already built); empty means detect it from the tree (Maven wrapper, Maven, Gradle)
 * @param buildTimeout how long one build may run before its process tree is killed
 * @param jars globs of the jars a build leaves, relative to the tree built
 * @param baseJars jars to use as the base instead of building it (paths, repository-relative or
 *     absolute)
 * @param headJars jars to use as the head instead of finding or building them
 * @param include packages that form the API (empty: every package); a package name matches itself
 *     and its subpackages, {@code *} matches within a segment and {@code **} across segments
 * @param exclude packages left out of the API
 * @param internalPackages packages whose changes never count, by default {@code internal} and
 *     {@code impl} packages
 * @param internalAnnotations simple or qualified names of annotations that mark a class or member
 *     as not part of the API
 * @param semver whether the versions decide if a break is allowed (a major bump allows it)
 * @param baseVersion the base version when the jars and the build file do not say it
 * @param headVersion the head version when the jars and the build file do not say it
 * @param classpath extra jars (dependencies of the library) for resolving supertypes
 */
public record ApiConfig(
    String build,
    Duration buildTimeout,
    List<String> jars,
    List<String> baseJars,
    List<String> headJars,
    List<String> include,
    List<String> exclude,
    List<String> internalPackages,
    List<String> internalAnnotations,
    boolean semver,
    String baseVersion,
    String headVersion,
    List<String> classpath) {

  /** Where Maven and Gradle leave the jars they package. */
  public static final List<String> DEFAULT_JARS = List.of("**/target/*.jar", "**/build/libs/*.jar");

  /** Package patterns that are internal by convention. */
  public static final List<String> DEFAULT_INTERNAL_PACKAGES = List.of("**.internal", "**.impl");

  /** Annotations that say "not API" in common libraries (JetBrains, Guava, Gradle, AndroidX). */
  public static final List<String> DEFAULT_INTERNAL_ANNOTATIONS =
      List.of("Internal", "InternalApi", "VisibleForTesting", "PrivateApi");

  public static final Duration DEFAULT_BUILD_TIMEOUT = Duration.ofMinutes(20);

  public ApiConfig {
    Objects.requireNonNull(build, "build");
    Objects.requireNonNull(buildTimeout, "buildTimeout");
    jars = List.copyOf(jars);
    baseJars = List.copyOf(baseJars);
    headJars = List.copyOf(headJars);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    internalPackages = List.copyOf(internalPackages);
    internalAnnotations = List.copyOf(internalAnnotations);
    Objects.requireNonNull(baseVersion, "baseVersion");
    Objects.requireNonNull(headVersion, "headVersion");
    classpath = List.copyOf(classpath);
  }

  /** The configuration of an empty section. */
  public static ApiConfig defaults() {
    return new ApiConfig("", DEFAULT_BUILD_TIMEOUT, DEFAULT_JARS, List.of(), List.of(), List.of(),
        List.of(), DEFAULT_INTERNAL_PACKAGES, DEFAULT_INTERNAL_ANNOTATIONS, true, "", "", List.of());
  }

  /** This configuration with given base and head jars (nothing is built). */
  public ApiConfig withJars(List<String> base, List<String> head) {
    return new ApiConfig(build, buildTimeout, jars, base, head, include, exclude, internalPackages,
        internalAnnotations, semver, baseVersion, headVersion, classpath);
  }

  /** This configuration with another build command. */
  public ApiConfig withBuild(String command) {
    return new ApiConfig(command, buildTimeout, jars, baseJars, headJars, include, exclude,
        internalPackages, internalAnnotations, semver, baseVersion, headVersion, classpath);
  }

  /** This configuration with explicit versions. */
  public ApiConfig withVersions(String base, String head) {
    return new ApiConfig(build, buildTimeout, jars, baseJars, headJars, include, exclude,
        internalPackages, internalAnnotations, semver, base, head, classpath);
  }

  /** The API surface this configuration describes. */
  ApiSurface surface() {
    return new ApiSurface(include, exclude, internalPackages, internalAnnotations);
  }
}
