package dev.assay.lang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Tokenizes and finds the functions of every source file under a directory on all cores, and
 * prints files, MB, functions and seconds. Not a test: run it by hand, e.g. {@code java -cp ...
 * dev.assay.lang.TokenizeBench /tmp/java-corpus} (see docs/benchmarks.md).
 */
public final class TokenizeBench {
  private TokenizeBench() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> Language.ofPath(p.toString()).isPresent())
          .toList();
    }
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      AtomicLong bytes = new AtomicLong();
      AtomicLong functions = new AtomicLong();
      AtomicLong skipped = new AtomicLong();
      AtomicLong partial = new AtomicLong();
      files.parallelStream()
          .forEach(
              p -> {
                try {
                  byte[] raw = Files.readAllBytes(p);
                  bytes.addAndGet(raw.length);
                  char[] text = new String(raw, StandardCharsets.UTF_8).toCharArray();
                  if (SourceScreen.skipReason(text).isPresent()) {
                    skipped.incrementAndGet();
                    return;
                  }
                  TokenStream t =
                      Tokenizer.tokenize(Language.ofPath(p.toString()).orElseThrow(), text);
                  partial.addAndGet(t.partial() ? 1 : 0);
                  functions.addAndGet(Functions.find(t).size());
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "files=%d MB=%.1f functions=%d skipped=%d partial=%d seconds=%.2f cores=%d%n",
          files.size(),
          bytes.get() / 1e6,
          functions.get(),
          skipped.get(),
          partial.get(),
          secs,
          Runtime.getRuntime().availableProcessors());
    }
  }
}
