package dev.assay.java.findsecbugs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The class files compiled from one source file: the top-level class named after the file, its
 * nested, local and anonymous classes ({@code Name$...}), and other top-level classes of the same
 * package whose {@code SourceFile} attribute names the file. Only the package's own directory is
 * listed, so the cost follows the change, not the project.
 */
final class ChangedClasses {
  private static final Pattern PACKAGE =
      Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final long MAX_CLASS_BYTES = 16L * 1024 * 1024;

  private ChangedClasses() {}

  /**
   * What was found for one source.
   *
   * @param packagePath the package as a path ({@code org/x}), empty for the default package
   * @param classFiles readable class files, sorted
   * @param unreadable class files that are not valid class files, with the reason
   */
  record Found(String packagePath, List<Path> classFiles, List<String> unreadable) {}

  static Found of(String fileName, String sourceText, List<Path> classDirs) {
    String pkg = packagePath(sourceText);
    String stem = fileName.endsWith(".java") ? fileName.substring(0, fileName.length() - 5) : fileName;
    TreeSet<Path> out = new TreeSet<>();
    List<String> unreadable = new ArrayList<>();
    for (Path dir : classDirs) {
      Path pkgDir = pkg.isEmpty() ? dir : dir.resolve(pkg);
      if (!Files.isDirectory(pkgDir, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try (DirectoryStream<Path> files = Files.newDirectoryStream(pkgDir, "*.class")) {
        for (Path f : files) {
          if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            continue;
          }
          String name = f.getFileName().toString();
          String simple = name.substring(0, name.length() - ".class".length());
          boolean byName = simple.equals(stem) || simple.startsWith(stem + "$");
          String source;
          try {
            source = sourceFile(f);
          } catch (IOException | RuntimeException e) {
            if (byName) {
              unreadable.add(dir.relativize(f) + " (" + reason(e) + ")");
            }
            continue;
          }
          if (byName || source.equals(fileName)) {
            out.add(f);
          }
        }
      } catch (IOException e) {
        unreadable.add(pkgDir + " (" + reason(e) + ")");
      }
    }
    return new Found(pkg, List.copyOf(out), unreadable);
  }

  /** The {@code SourceFile} attribute, or empty; throws when the file is not a class file. */
  private static String sourceFile(Path f) throws IOException {
    if (Files.size(f) > MAX_CLASS_BYTES) {
      throw new IOException("larger than 16 MB");
    }
    ClassReader r = new ClassReader(Files.readAllBytes(f));
    String[] source = {""};
    r.accept(
        new ClassVisitor(Opcodes.ASM9) {
          @Override
          public void visitSource(String s, String debug) {
            source[0] = s == null ? "" : s;
          }
        },
        ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES);
    return source[0];
  }

  private static String reason(Exception e) {
    String m = e.getMessage();
    return "not a valid class file: " + e.getClass().getSimpleName() + (m == null ? "" : " " + m);
  }

  /** The package of a source text, as a path, from its declaration. */
  static String packagePath(String text) {
    String head = text.length() > 64 * 1024 ? text.substring(0, 64 * 1024) : text;
    String stripped = head.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", "");
    Matcher m = PACKAGE.matcher(stripped);
    return m.find() ? m.group(1).replace('.', '/') : "";
  }
}
