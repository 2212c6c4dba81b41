package dev.assay.java.mutation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain words what a mutant changed, e.g. "replacing `>` with `>=`", from PIT's mutator and
 * description and, where PIT does not name the operator, from the source line itself: when the line
 * holds exactly one operator the mutator can change, that operator is named; otherwise the wording
 * stays general rather than guess.
 */
final class MutantDescriber {
  private static final Map<String, String> BOUNDARY =
      Map.of("<", "<=", "<=", "<", ">", ">=", ">=", ">");
  private static final Map<String, String> NEGATED =
      Map.of("==", "!=", "!=", "==", "<", ">=", "<=", ">", ">", "<=", ">=", "<");
  private static final Map<String, String> MATH_WORDS =
      Map.ofEntries(
          Map.entry("addition", "+"),
          Map.entry("subtraction", "-"),
          Map.entry("multiplication", "*"),
          Map.entry("division", "/"),
          Map.entry("modulus", "%"),
          Map.entry("bitwise and", "&"),
          Map.entry("bitwise or", "|"),
          Map.entry("xor", "^"),
          Map.entry("shift left", "<<"),
          Map.entry("shift right", ">>"),
          Map.entry("unsigned shift right", ">>>"));
  private static final Pattern MATH = Pattern.compile("(?i)replaced \\w+ (.+?) with (.+)");
  private static final Pattern RETURN =
      Pattern.compile("(?i)replaced (?:\\w+ )?return(?: value)? with (.+?) for (\\S+)");
  private static final Pattern CALL = Pattern.compile("(?i)removed call to (\\S+)");
  private static final Pattern RELATIONAL = Pattern.compile("==|!=|<=|>=|<(?![<=])|>(?![>=])");

  private MutantDescriber() {}

  /** What the mutant does, starting with a verb in the -ing form, no trailing period. */
  static String describe(ReportedMutant m, String sourceLine) {
    if (m.span().isPresent()) {
      return describeSpan(m.line(), m.span().get(), sourceLine);
    }
    String code = codeOnly(sourceLine);
    String name = m.mutatorName();
    String pit = m.description();
    if (name.startsWith("ConditionalsBoundary")) {
      return single(code, BOUNDARY)
          .map(op -> "replacing `" + op + "` with `" + BOUNDARY.get(op) + "`")
          .orElse("moving a comparison's boundary (`<` to `<=`, `>` to `>=`, or back)");
    }
    if (name.startsWith("NegateConditionals")) {
      return single(code, NEGATED)
          .map(op -> "replacing `" + op + "` with `" + NEGATED.get(op) + "`")
          .orElse("negating a condition");
    }
    if (name.startsWith("RemoveConditional")) {
      boolean toTrue = pit.toLowerCase(Locale.ROOT).endsWith("true");
      return "making a condition always " + (toTrue ? "true" : "false");
    }
    Matcher math = MATH.matcher(pit);
    if (name.startsWith("Math") && math.matches()) {
      String from = MATH_WORDS.getOrDefault(math.group(1).toLowerCase(Locale.ROOT), math.group(1));
      String to = MATH_WORDS.getOrDefault(math.group(2).toLowerCase(Locale.ROOT), math.group(2));
      return "replacing `" + from + "` with `" + to + "`";
    }
    if (name.startsWith("Increments")) {
      return "changing an increment or decrement to its opposite (`++` to `--`, `+= 1` to `-= 1`)";
    }
    if (name.startsWith("InvertNegs")) {
      return "removing the minus sign of a negated number";
    }
    Matcher ret = RETURN.matcher(pit);
    if (ret.find()) {
      return "making `" + method(ret.group(2)) + "` return " + ret.group(1) + " here";
    }
    Matcher call = CALL.matcher(pit);
    if (call.find()) {
      return "removing the call to `" + method(call.group(1)) + "`";
    }
    return pit.isEmpty() ? "applying PIT's " + name + " mutator" : "applying \"" + pit + "\"";
  }

  /** Stryker names the exact code and its replacement. */
  private static String describeSpan(int line, ReportedMutant.Span span, String sourceLine) {
    String to = shorten(span.replacement());
    int from = span.column() - 1;
    int end = span.endColumn() - 1;
    if (span.endLine() == line && from >= 0 && end > from && end <= sourceLine.length()) {
      return "replacing `" + shorten(sourceLine.substring(from, end)) + "` with `" + to + "`";
    }
    return "replacing the code of lines " + line + "-" + span.endLine() + " with `" + to + "`";
  }

  private static String shorten(String code) {
    String one = code.replaceAll("\\s+", " ").strip();
    return one.length() <= 60 ? one : one.substring(0, 57) + "...";
  }

  /** {@code java/io/PrintStream::println} to {@code PrintStream.println}. */
  private static String method(String pitName) {
    String s = pitName.replace("::", ".");
    int slash = s.lastIndexOf('/');
    return slash < 0 ? s : s.substring(slash + 1);
  }

  /** The one operator on the line that the mutator changes, if there is exactly one. */
  private static java.util.Optional<String> single(String code, Map<String, String> ops) {
    List<String> found = new ArrayList<>();
    Matcher m = RELATIONAL.matcher(code);
    while (m.find()) {
      if (isGenericBracket(code, m.start(), m.group())) {
        continue;
      }
      if (ops.containsKey(m.group())) {
        found.add(m.group());
      }
    }
    return found.size() == 1 ? java.util.Optional.of(found.get(0)) : java.util.Optional.empty();
  }

  /** {@code List<String>} and {@code ->}: angle brackets and arrows that are not comparisons. */
  private static boolean isGenericBracket(String code, int at, String op) {
    if (op.equals(">") && at > 0 && code.charAt(at - 1) == '-') {
      return true;
    }
    if (op.equals("<") || op.equals(">")) {
      int before = at - 1;
      while (before >= 0 && code.charAt(before) == ' ') {
        before--;
      }
      int after = at + 1;
      while (after < code.length() && code.charAt(after) == ' ') {
        after++;
      }
      boolean typeBefore = before >= 0 && Character.isUpperCase(firstOfWord(code, before));
      boolean typeAfter =
          after < code.length()
              && (Character.isUpperCase(code.charAt(after)) || code.charAt(after) == '?');
      return op.equals("<") ? typeBefore && typeAfter : typeBefore || code.startsWith(">", at + 1);
    }
    return false;
  }

  private static char firstOfWord(String code, int end) {
    int i = end;
    while (i > 0 && Character.isJavaIdentifierPart(code.charAt(i - 1))) {
      i--;
    }
    return code.charAt(i);
  }

  /** The line without string and char literals and without a trailing comment. */
  static String codeOnly(String line) {
    StringBuilder sb = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
        continue;
      }
      if (c == '"' || c == '\'') {
        quote = c;
        sb.append(' ');
      } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
        break;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
