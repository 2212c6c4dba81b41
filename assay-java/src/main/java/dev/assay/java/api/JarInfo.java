package dev.assay.java.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;

/**
 * What a jar says about itself: which artifact and version it is (Maven's {@code pom.properties},
 * else its file name), which packages it holds, and whether it is a multi-release jar.
 *
 * @param path the jar
 * @param artifact the artifact id, or the file name without version
 * @param version the version, or empty when nothing says it
 * @param packages packages of its classes, sorted
 * @param multiRelease whether the manifest says {@code Multi-Release: true} or versioned entries exist
 */
record JarInfo(Path path, String artifact, String version, List<String> packages,
    boolean multiRelease) {
  private static final Pattern VERSIONED_NAME = Pattern.compile("(.+?)-(\\d[^-]*(?:-.*)?)\\.jar");
  private static final Pattern POM_PROPERTIES =
      Pattern.compile("META-INF/maven/[^/]+/([^/]+)/pom\\.properties");
  /** Jar entries read at most, so that a hostile archive cannot exhaust memory. */
  static final int MAX_ENTRIES = 200_000;

  JarInfo {
    packages = List.copyOf(packages);
  }

  /** Reads a jar; fails with a sentence naming the file when it is not a readable jar. */
  static JarInfo read(Path jar) throws IOException {
    String file = jar.getFileName().toString();
    List<String[]> poms = new ArrayList<>();
    TreeSet<String> packages = new TreeSet<>();
    boolean mr = false;
    try (JarFile jf = new JarFile(jar.toFile(), false)) {
      var mf = jf.getManifest();
      mr = mf != null && "true".equalsIgnoreCase(mf.getMainAttributes().getValue(
          new Attributes.Name("Multi-Release")));
      Enumeration<? extends ZipEntry> en = jf.entries();
      int n = 0;
      while (en.hasMoreElements() && n++ < MAX_ENTRIES) {
        ZipEntry e = en.nextElement();
        String name = e.getName();
        if (name.startsWith("META-INF/versions/")) {
          mr = true;
          continue;
        }
        Matcher pm = POM_PROPERTIES.matcher(name);
        if (pm.matches()) {
          Properties p = new Properties();
          try (InputStream in = jf.getInputStream(e)) {
            p.load(in);
          }
          poms.add(new String[] {p.getProperty("artifactId", pm.group(1)), p.getProperty("version", "")});
        } else if (name.endsWith(".class") && !name.endsWith("module-info.class")
            && !name.startsWith("META-INF/")) {
          int slash = name.lastIndexOf('/');
          packages.add(slash < 0 ? "" : name.substring(0, slash).replace('/', '.'));
        }
      }
    } catch (ZipException e) {
      throw new IOException(jar + " is not a readable jar (" + e.getMessage() + ")", e);
    }
    String[] own = own(poms, file);
    Matcher vm = VERSIONED_NAME.matcher(file);
    String artifact = own != null ? own[0] : vm.matches() ? vm.group(1)
        : file.replaceFirst("\\.jar$", "");
    String version = own != null ? own[1] : vm.matches() ? vm.group(2) : "";
    return new JarInfo(jar, artifact, version, new ArrayList<>(packages), mr);
  }

  /** The pom.properties of this jar's own artifact (a shaded jar carries those of others too). */
  private static String[] own(List<String[]> poms, String file) {
    if (poms.size() == 1) {
      return poms.get(0);
    }
    return poms.stream().filter(p -> file.startsWith(p[0] + "-") || file.equals(p[0] + ".jar"))
        .findFirst().orElse(null);
  }

  /**
   * A copy of a multi-release jar holding only the classes every Java release sees (no
   * {@code META-INF/versions/} overlays, no {@code module-info}), so each class is compared once.
   */
  Path baseReleaseCopy(Path dir) throws IOException {
    Path out = dir.resolve("base-release-" + path.getFileName());
    try (JarFile jf = new JarFile(path.toFile(), false);
        OutputStream os = Files.newOutputStream(out);
        ZipOutputStream zos = new ZipOutputStream(os)) {
      Enumeration<? extends ZipEntry> en = jf.entries();
      int n = 0;
      while (en.hasMoreElements() && n++ < MAX_ENTRIES) {
        ZipEntry e = en.nextElement();
        String name = e.getName();
        if (e.isDirectory() || !name.endsWith(".class") || name.startsWith("META-INF/")
            || name.endsWith("module-info.class")) {
          continue;
        }
        zos.putNextEntry(new ZipEntry(name));
        try (InputStream in = jf.getInputStream(e)) {
          in.transferTo(zos);
        }
        zos.closeEntry();
      }
    }
    return out;
  }

  Optional<SemVer> semVer() {
    return version.isEmpty() ? Optional.empty() : SemVer.parse(version);
  }
}
