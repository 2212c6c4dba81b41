package dev.assay.llm.generate;

import dev.assay.llm.context.CriteriaInstructions;
import dev.assay.llm.context.CriteriaText;
import dev.assay.llm.edit.EditParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds the first prompt of a generate run: the task, the target files as they are, the public
 * API they declare (which the change must keep), one of the project's own tests as an example of
 * its conventions, the criteria as instructions, and the answer format.
 */
final class ContextBuilder {
  static final String SYSTEM =
      """
      You are a careful software engineer making one change to a repository. Your change is
      checked automatically against the team's acceptance criteria (tests, coverage and other
      gates) and sent back to you with the failures until it passes. Keep the public API the
      task does not ask you to change. Write tests for what you add. Never weaken tests or the
      criteria to pass. Answer only with edits in the format given.""";

  /** A target larger than this is not pasted whole; the model is asked to use EDIT blocks. */
  static final int MAX_FILE_CHARS = 60_000;
  private static final int EXAMPLE_LINES = 80;
  private static final Pattern PUBLIC =
      Pattern.compile("^\\s*(public|protected)\\s+[^=;]*?(\\(|class |interface |record |enum )");

  private ContextBuilder() {}

  static String build(Path root, String task, List<String> targets, CriteriaText criteria)
      throws GenerateException {
    StringBuilder s = new StringBuilder("# Task\n\n").append(task.strip()).append("\n\n");
    s.append("# Files to change\n\n");
    StringBuilder api = new StringBuilder();
    for (String t : targets) {
      Optional<String> text = read(root, t);
      if (text.isEmpty()) {
        s.append("### ").append(t).append(" (does not exist yet; create it with ### FILE:)\n\n");
        continue;
      }
      String content = text.get();
      if (content.length() > MAX_FILE_CHARS) {
        s.append("### ").append(t).append(" (").append(content.length())
            .append(" characters, too large to show whole: change it with EDIT blocks; its public API is below)\n\n");
      } else {
        s.append("### ").append(t).append("\n```\n").append(content).append(content.endsWith("\n") ? "" : "\n").append("```\n\n");
      }
      publicApi(t, content, api);
    }
    if (api.length() > 0) {
      s.append("# Public API to keep\n\nThese declarations are used by other code; keep them unless the task says otherwise:\n\n```\n")
          .append(api).append("```\n\n");
    }
    example(root, targets).ifPresent(e -> s.append(e));
    s.append("# ").append(CriteriaInstructions.render(criteria).substring(3)).append('\n');
    s.append("# Answer format\n\n").append(EditParser.FORMAT).append('\n');
    return s.toString();
  }

  /** Reads a UTF-8 text file inside the root, refusing links; empty when absent. */
  static Optional<String> read(Path root, String path) throws GenerateException {
    Path file = root.resolve(path).normalize();
    if (!file.startsWith(root.normalize())) {
      throw new GenerateException("target " + path + " is outside the repository");
    }
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    if (Files.isSymbolicLink(file) || !Files.isRegularFile(file)) {
      throw new GenerateException("target " + path + " is not a regular file (a link or a folder); name files");
    }
    try {
      if (Files.size(file) > 4L * MAX_FILE_CHARS) {
        throw new GenerateException("target " + path + " is larger than " + (4 * MAX_FILE_CHARS / 1000)
            + " kB; a model cannot edit it reliably, so name a smaller file");
      }
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString().replace("\r\n", "\n"));
    } catch (CharacterCodingException e) {
      throw new GenerateException("target " + path + " is not UTF-8 text (binary?); name source files");
    } catch (IOException e) {
      throw new GenerateException("cannot read target " + path + ": " + e.getMessage(), e);
    }
  }

  private static void publicApi(String path, String content, StringBuilder api) {
    String[] lines = content.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (PUBLIC.matcher(lines[i]).find()) {
        api.append(path).append(':').append(i + 1).append(": ").append(lines[i].strip()).append('\n');
      }
    }
  }

  /** The first lines of an existing test near the first target, to show the project's style. */
  private static Optional<String> example(Path root, List<String> targets) {
    for (String t : targets) {
      Path dir = root.resolve(t.replace("src/main/", "src/test/")).getParent();
      if (dir == null || !Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        Optional<Path> test = files.filter(p -> p.getFileName().toString().matches(".*Tests?\\.\\w+"))
            .filter(p -> !targets.contains(root.relativize(p).toString().replace('\\', '/')))
            .sorted().findFirst();
        if (test.isPresent()) {
          List<String> lines = Files.readAllLines(test.get(), StandardCharsets.UTF_8);
          String shown = String.join("\n", lines.subList(0, Math.min(EXAMPLE_LINES, lines.size())));
          return Optional.of("# Project conventions\n\nAn existing test, to follow its style ("
              + root.relativize(test.get()).toString().replace('\\', '/') + "):\n\n```\n" + shown + "\n```\n\n");
        }
      } catch (IOException | RuntimeException e) {
        // No example is fine: it is a hint, not a requirement.
      }
    }
    return Optional.empty();
  }
}
