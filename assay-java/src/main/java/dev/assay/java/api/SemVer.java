package dev.assay.java.api;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version read as {@code major.minor.patch[-qualifier]} (missing parts are 0), and the semantic
 * versioning rule: a break needs a new major version (for 0.x, a new minor version).
 *
 * @param text the version as written
 * @param major first number
 * @param minor second number
 * @param patch third number
 * @param qualifier what follows the numbers after {@code -} or {@code .}, e.g. {@code SNAPSHOT}
 */
record SemVer(String text, int major, int minor, int patch, String qualifier) {
  private static final Pattern FORM =
      Pattern.compile("v?(\\d{1,9})(?:\\.(\\d{1,9}))?(?:\\.(\\d{1,9}))?(?:[-.+_](.*))?");
  private static final Pattern PRE_RELEASE =
      Pattern.compile("(?i)(snapshot|alpha|beta|rc|cr|m|milestone|ea|pre|preview|dev)[-.]?\\d*.*");

  /** Reads a version; empty for text that does not start with a number. */
  static Optional<SemVer> parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new SemVer(text.strip(), Integer.parseInt(m.group(1)), num(m.group(2)),
        num(m.group(3)), m.group(4) == null ? "" : m.group(4)));
  }

  private static int num(String s) {
    return s == null ? 0 : Integer.parseInt(s);
  }

  /** A pre-release such as {@code 2.0.0-SNAPSHOT} or {@code 2.0.0-rc1} (not {@code 33.0-jre}). */
  boolean preRelease() {
    return PRE_RELEASE.matcher(qualifier).matches();
  }

  private boolean sameNumbers(SemVer o) {
    return major == o.major && minor == o.minor && patch == o.patch;
  }

  /**
   * Whether going from {@code base} to this version may break the API: a higher major version; for
   * 0.x a higher minor version; or the same version still in development towards a new major (for
   * example both sides at {@code 3.0.0-SNAPSHOT}).
   */
  boolean allowsBreakFrom(SemVer base) {
    if (major != base.major) {
      return major > base.major;
    }
    if (major == 0 && minor != base.minor) {
      return minor > base.minor;
    }
    return sameNumbers(base) && preRelease() && patch == 0 && (major == 0 || minor == 0);
  }

  /** The lowest version that would allow a break from {@code base}. */
  static String required(SemVer base) {
    return base.major == 0 ? "0." + (base.minor + 1) + ".0" : (base.major + 1) + ".0.0";
  }

  /** {@code major}, {@code minor}, {@code patch}, {@code none} or {@code downgrade}, for messages. */
  String bumpFrom(SemVer base) {
    if (major != base.major) {
      return major > base.major ? "major" : "downgrade";
    }
    if (minor != base.minor) {
      return minor > base.minor ? "minor" : "downgrade";
    }
    if (patch != base.patch) {
      return patch > base.patch ? "patch" : "downgrade";
    }
    return "none";
  }

  @Override
  public String toString() {
    return text;
  }
}
