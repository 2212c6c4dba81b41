package dev.assay.gate.integrity;

import java.util.List;

/**
 * The suppression markers of the common linters, type checkers and scanners: each one silences
 * a check at that place, which is exactly what a change made to pass would add.
 */
final class SuppressionMarkers {
  static final List<Marker> ALL =
      List.of(
          Marker.comment("assay:ignore", "assay:ignore\\b"),
          Marker.code("@SuppressWarnings", "@(?:java\\.lang\\.)?SuppressWarnings\\b"),
          Marker.code("@SuppressFBWarnings", "@(?:[\\w.]+\\.)?SuppressFBWarnings\\b"),
          Marker.code("@Suppress", "@(?:file:|[\\w.]+\\.)?Suppress\\s*\\("),
          Marker.code("@SuppressLint", "@(?:[\\w.]+\\.)?SuppressLint\\b"),
          Marker.code("#[allow]", "#!?\\[\\s*allow\\s*\\("),
          Marker.code("[SuppressMessage]", "\\[\\s*(?:assembly\\s*:\\s*)?SuppressMessage\\b"),
          Marker.code("#pragma warning disable", "#\\s*pragma\\s+warning\\s+disable\\b"),
          Marker.comment("NOSONAR", "(?i)\\bNOSONAR\\b"),
          Marker.comment("NOPMD", "\\bNOPMD\\b"),
          Marker.comment("CHECKSTYLE:OFF", "(?i)\\bCHECKSTYLE[:.]\\s*OFF\\b"),
          Marker.comment("nosemgrep", "(?i)\\bnosemgrep\\b"),
          Marker.comment("nosec", "(?i)(?:#|\\s|^)nosec\\b"),
          Marker.comment("# noqa", "(?i)#\\s*noqa\\b"),
          Marker.comment("# type: ignore", "#\\s*type:\\s*ignore\\b"),
          Marker.comment("# pylint: disable", "#\\s*pylint:\\s*disable"),
          Marker.comment("# pyright: ignore", "#\\s*pyright:\\s*ignore\\b"),
          Marker.comment("eslint-disable", "\\beslint-disable"),
          Marker.comment("tslint:disable", "\\btslint:disable"),
          Marker.comment("biome-ignore", "\\bbiome-ignore\\b"),
          Marker.comment("@ts-ignore", "@ts-ignore\\b"),
          Marker.comment("@ts-nocheck", "@ts-nocheck\\b"),
          Marker.comment("@ts-expect-error", "@ts-expect-error\\b"),
          Marker.comment("nolint", "//\\s*nolint\\b"),
          Marker.comment("NOLINT", "\\bNOLINT(?:NEXTLINE|BEGIN)?\\b"),
          Marker.comment("phpcs:ignore", "\\bphpcs:(?:ignore|disable)\\b"),
          Marker.comment("rubocop:disable", "\\brubocop:(?:disable|todo)\\b"),
          Marker.comment("shellcheck disable", "\\bshellcheck\\s+disable\\s*="),
          Marker.comment("swiftlint:disable", "\\bswiftlint:disable\\b"));

  private SuppressionMarkers() {}
}
