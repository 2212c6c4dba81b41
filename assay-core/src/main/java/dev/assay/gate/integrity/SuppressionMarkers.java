package dev.assay.gate.integrity;

import java.util.List;

/**
 * The suppression markers of the common linters, type checkers and scanners: each one silences
 * a check at that place, which is exactly what a change made to pass would add.
 */
final class SuppressionMarkers {
  static final List<Marker> ALL =
      List.of(
          Marker.comment("assay:ignore", "assay:ignore", "assay:ignore\\b"),
          Marker.code("@SuppressWarnings", "suppresswarnings", "@(?:java\\.lang\\.)?SuppressWarnings\\b"),
          Marker.code("@SuppressFBWarnings", "suppressfbwarnings", "@(?:[\\w.]+\\.)?SuppressFBWarnings\\b"),
          Marker.code("@Suppress", "suppress", "@(?:file:|[\\w.]+\\.)?Suppress\\s*\\("),
          Marker.code("@SuppressLint", "suppresslint", "@(?:[\\w.]+\\.)?SuppressLint\\b"),
          Marker.code("#[allow]", "allow", "#!?\\[\\s*allow\\s*\\("),
          Marker.code("[SuppressMessage]", "suppressmessage", "\\[\\s*(?:assembly\\s*:\\s*)?SuppressMessage\\b"),
          Marker.code("#pragma warning disable", "pragma", "#\\s*pragma\\s+warning\\s+disable\\b"),
          Marker.comment("NOSONAR", "nosonar", "(?i)\\bNOSONAR\\b"),
          Marker.comment("NOPMD", "nopmd", "\\bNOPMD\\b"),
          Marker.comment("CHECKSTYLE:OFF", "checkstyle", "(?i)\\bCHECKSTYLE[:.]\\s*OFF\\b"),
          Marker.comment("nosemgrep", "nosemgrep", "(?i)\\bnosemgrep\\b"),
          Marker.comment("nosec", "nosec", "(?i)(?:#|\\s|^)nosec\\b"),
          Marker.comment("# noqa", "noqa", "(?i)#\\s*noqa\\b"),
          Marker.comment("# type: ignore", "type:", "#\\s*type:\\s*ignore\\b"),
          Marker.comment("# pylint: disable", "pylint", "#\\s*pylint:\\s*disable"),
          Marker.comment("# pyright: ignore", "pyright:", "#\\s*pyright:\\s*ignore\\b"),
          Marker.comment("eslint-disable", "eslint-disable", "\\beslint-disable"),
          Marker.comment("tslint:disable", "tslint:disable", "\\btslint:disable"),
          Marker.comment("biome-ignore", "biome-ignore", "\\bbiome-ignore\\b"),
          Marker.comment("@ts-ignore", "@ts-ignore", "@ts-ignore\\b"),
          Marker.comment("@ts-nocheck", "@ts-nocheck", "@ts-nocheck\\b"),
          Marker.comment("@ts-expect-error", "@ts-expect-error", "@ts-expect-error\\b"),
          Marker.comment("nolint", "nolint", "//\\s*nolint\\b"),
          Marker.comment("NOLINT", "nolint", "\\bNOLINT(?:NEXTLINE|BEGIN)?\\b"),
          Marker.comment("phpcs:ignore", "phpcs:", "\\bphpcs:(?:ignore|disable)\\b"),
          Marker.comment("rubocop:disable", "rubocop:", "\\brubocop:(?:disable|todo)\\b"),
          Marker.comment("shellcheck disable", "shellcheck", "\\bshellcheck\\s+disable\\s*="),
          Marker.comment("swiftlint:disable", "swiftlint:disable", "\\bswiftlint:disable\\b"));

  private SuppressionMarkers() {}
}
