package dev.assay.java.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javassist.CtBehavior;
import javassist.CtClass;
import javassist.bytecode.SignatureAttribute;

/**
 * Generic signatures with type variables renamed by position, so that renaming a type parameter
 * ({@code Supplier<R>} to {@code Supplier<T>}), which no caller can observe, is not reported as a
 * change of the type parameters. japicmp compares the names; callers only see positions and bounds.
 */
final class GenericSignatures {
  private static final Pattern TYPE_VARIABLE = Pattern.compile("(?<=[(\\);<\\[:+\\-^>*]|^)T([^;<>/:.\\[]+);");

  private GenericSignatures() {}

  static boolean sameUpToRenaming(CtClass before, CtClass after) {
    return same(signature(before.getClassFile2().getAttribute(SignatureAttribute.tag)),
        signature(after.getClassFile2().getAttribute(SignatureAttribute.tag)));
  }

  static boolean sameUpToRenaming(CtBehavior before, CtBehavior after) {
    return same(signature(before.getMethodInfo2().getAttribute(SignatureAttribute.tag)),
        signature(after.getMethodInfo2().getAttribute(SignatureAttribute.tag)));
  }

  /**
   * For a static method, whether its type parameters changed only in ways no caller can see:
   * type parameters added to a method that had none, or bounds widened with wildcards
   * ({@code Comparable<T>} to {@code Comparable<? super T>}), the parameter and return types
   * otherwise unchanged. Overriders could see it, so this is only asked for static methods.
   */
  static boolean callerCompatible(CtBehavior before, CtBehavior after) {
    String a = signature(before.getMethodInfo2().getAttribute(SignatureAttribute.tag));
    String b = signature(after.getMethodInfo2().getAttribute(SignatureAttribute.tag));
    if (b.isEmpty()) {
      return false;
    }
    if (a.isEmpty() || !a.startsWith("<")) {
      return before.getSignature().equals(after.getSignature()) && b.startsWith("<");
    }
    String na = normalize(a);
    String nb = normalize(b);
    int pa = na.indexOf('(');
    int pb = nb.indexOf('(');
    return pa > 0 && pb > 0 && na.substring(pa).equals(nb.substring(pb))
        && nb.substring(0, pb).replace("-", "").replace("+", "").equals(na.substring(0, pa));
  }

  private static String signature(Object attribute) {
    return attribute instanceof SignatureAttribute s ? s.getSignature() : "";
  }

  private static boolean same(String a, String b) {
    return !a.isEmpty() && !b.isEmpty() && normalize(a).equals(normalize(b));
  }

  /** The signature with its own formal type parameters renamed to {@code #0}, {@code #1}... */
  static String normalize(String sig) {
    if (!sig.startsWith("<")) {
      return sig;
    }
    Map<String, String> names = new LinkedHashMap<>();
    StringBuilder head = new StringBuilder("<");
    int i = 1;
    while (i < sig.length() && sig.charAt(i) != '>') {
      int colon = sig.indexOf(':', i);
      if (colon < 0) {
        return sig;
      }
      String name = sig.substring(i, colon);
      String id = "#" + names.size();
      names.put(name, id);
      head.append(id);
      i = colon;
      while (i < sig.length() && sig.charAt(i) == ':') {
        int end = i + 1 < sig.length() && sig.charAt(i + 1) == ':' ? i + 1 : skipType(sig, i + 1);
        if (end < 0) {
          return sig;
        }
        head.append(sig, i, end);
        i = end;
      }
    }
    if (i >= sig.length()) {
      return sig;
    }
    String rest = head + sig.substring(i);
    Matcher m = TYPE_VARIABLE.matcher(rest);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String id = names.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(id == null ? m.group() : "T" + id + ";"));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The index after one field type signature starting at {@code i}, or -1 if malformed. */
  private static int skipType(String s, int i) {
    if (i >= s.length()) {
      return -1;
    }
    char c = s.charAt(i);
    if (c == '[') {
      return skipType(s, i + 1);
    }
    if (c == 'T') {
      int semi = s.indexOf(';', i);
      return semi < 0 ? -1 : semi + 1;
    }
    if (c != 'L') {
      return i + 1;
    }
    int depth = 0;
    for (int j = i + 1; j < s.length(); j++) {
      char d = s.charAt(j);
      if (d == '<') {
        depth++;
      } else if (d == '>') {
        depth--;
      } else if (d == ';' && depth == 0) {
        return j + 1;
      }
    }
    return -1;
  }
}
