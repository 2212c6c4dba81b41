package dev.assay.gate.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Go tests, {@code func TestXxx(t *testing.T)}, skipped by a {@code t.Skip(}, {@code
 * t.Skipf(} or {@code t.SkipNow(} call in the body (with whatever the parameter is named).
 */
final class GoTestScanner implements TestScanner {
  private static final Pattern FUNC =
      Pattern.compile(
          "\\bfunc\\s+(Test[\\p{Lu}\\d_]\\w*|Test)\\s*\\(\\s*(\\w+)\\s+\\*testing\\.T\\s*\\)\\s*\\{");

  @Override
  public List<TestCase> scan(MaskedSource src) {
    String m = src.masked();
    List<TestCase> out = new ArrayList<>();
    Matcher f = FUNC.matcher(m);
    while (f.find()) {
      int open = f.end() - 1;
      int close = src.closing(open);
      int end = close < 0 ? m.length() : close;
      Pattern skipCall =
          Pattern.compile("\\b" + Pattern.quote(f.group(2)) + "\\.Skip(?:f|Now)?\\s*\\(");
      Matcher s = skipCall.matcher(m).region(open, end);
      int skip = s.find() ? src.lineAt(s.start()) : 0;
      boolean empty = close > 0 && src.blankBetween(open + 1, close);
      int bodyEnd = close > 0 ? close : -1;
      int bodyStart = close > 0 ? open + 1 : -1;
      out.add(
          new TestCase(
              f.group(1), src.lineAt(f.start()), skip, empty, f.start(), bodyStart, bodyEnd));
    }
    return out;
  }
}
