package dev.assay.check;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Assay's version, from the build. */
public final class ToolVersion {
  private static final String VERSION = load();

  private ToolVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = ToolVersion.class.getResourceAsStream("/dev/assay/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
