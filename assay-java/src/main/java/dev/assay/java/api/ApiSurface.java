package dev.assay.java.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javassist.CtBehavior;
import javassist.CtClass;
import javassist.CtField;
import javassist.bytecode.AnnotationsAttribute;
import javassist.bytecode.AttributeInfo;
import javassist.bytecode.annotation.Annotation;
import javassist.bytecode.annotation.EnumMemberValue;
import javassist.bytecode.annotation.MemberValue;

/**
 * Which classes and members belong to the public API: packages included and not excluded, not in
 * an internal package, and not marked by an internal annotation (on the member, the class, an
 * enclosing class or the package). Annotations are read from the class file without loading them.
 */
final class ApiSurface {
  private final List<Pattern> include;
  private final List<Pattern> exclude;
  private final List<Pattern> internal;
  private final List<String> annotations;

  ApiSurface(
      List<String> include, List<String> exclude, List<String> internal, List<String> annotations) {
    this.include = compile(include);
    this.exclude = compile(exclude);
    this.internal = compile(internal);
    this.annotations = List.copyOf(annotations);
  }

  /** Why a package is outside the API, or empty when it is inside. */
  String packageExclusion(String pkg) {
    if (!include.isEmpty() && include.stream().noneMatch(p -> p.matcher(pkg).matches())) {
      return "outside `include`";
    }
    if (exclude.stream().anyMatch(p -> p.matcher(pkg).matches())) {
      return "in `exclude`";
    }
    if (internal.stream().anyMatch(p -> p.matcher(pkg).matches())) {
      return "internal package";
    }
    return "";
  }

  /** True when the class (as it was at the base) is API: its package and annotations allow it. */
  boolean isApi(CtClass c, ClassLookup lookup) {
    if (!packageExclusion(c.getPackageName() == null ? "" : c.getPackageName()).isEmpty()) {
      return false;
    }
    for (CtClass k = c; k != null; k = enclosing(k, lookup)) {
      if (marked(k.getClassFile().getAttribute(AnnotationsAttribute.invisibleTag))
          || marked(k.getClassFile().getAttribute(AnnotationsAttribute.visibleTag))) {
        return false;
      }
    }
    String pkg = c.getPackageName();
    CtClass info = pkg == null ? null : lookup.find(pkg + ".package-info");
    return info == null
        || !(marked(info.getClassFile().getAttribute(AnnotationsAttribute.invisibleTag))
            || marked(info.getClassFile().getAttribute(AnnotationsAttribute.visibleTag)));
  }

  /** True when the member carries an internal annotation. */
  boolean isInternal(CtBehavior b) {
    return marked(b.getMethodInfo2().getAttribute(AnnotationsAttribute.invisibleTag))
        || marked(b.getMethodInfo2().getAttribute(AnnotationsAttribute.visibleTag));
  }

  /** True when the field carries an internal annotation. */
  boolean isInternal(CtField f) {
    return marked(f.getFieldInfo2().getAttribute(AnnotationsAttribute.invisibleTag))
        || marked(f.getFieldInfo2().getAttribute(AnnotationsAttribute.visibleTag));
  }

  private boolean marked(AttributeInfo attribute) {
    if (!(attribute instanceof AnnotationsAttribute a)) {
      return false;
    }
    for (Annotation an : a.getAnnotations()) {
      String type = an.getTypeName();
      String simple = type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
      simple = simple.substring(simple.lastIndexOf('.') + 1);
      for (String wanted : annotations) {
        if (wanted.equals(type) || wanted.equals(simple)) {
          return true;
        }
      }
      if (type.equals("org.apiguardian.api.API") && apiGuardianInternal(an)) {
        return true;
      }
    }
    return false;
  }

  /** {@code @API(status = INTERNAL)} from JUnit's apiguardian says the same as {@code @Internal}. */
  private static boolean apiGuardianInternal(Annotation an) {
    MemberValue status = an.getMemberValue("status");
    return status instanceof EnumMemberValue e
        && e.getValue().toUpperCase(Locale.ROOT).equals("INTERNAL");
  }

  private static CtClass enclosing(CtClass k, ClassLookup lookup) {
    String name = k.getName();
    int dollar = name.lastIndexOf('$');
    return dollar < 0 ? null : lookup.find(name.substring(0, dollar));
  }

  private static List<Pattern> compile(List<String> patterns) {
    List<Pattern> out = new ArrayList<>();
    for (String p : patterns) {
      out.add(Pattern.compile(regex(p.strip())));
    }
    return List.copyOf(out);
  }

  /** A package pattern as a regex matching the package and its subpackages. */
  static String regex(String pattern) {
    String p = pattern.endsWith(".*") && !pattern.endsWith(".**")
        ? pattern.substring(0, pattern.length() - 2) : pattern;
    StringBuilder sb = new StringBuilder();
    String[] segments = p.split("\\.", -1);
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      boolean last = i == segments.length - 1;
      if (s.equals("**")) {
        sb.append(last ? "(?:.*)" : "(?:[^.]+\\.)*");
        continue;
      }
      sb.append(Pattern.quote(s).replace("*", "\\E[^.]*\\Q"));
      if (!last) {
        sb.append("\\.");
      }
    }
    return sb + "(?:\\..*)?";
  }

  /** Finds a class on the side being read, or null. */
  interface ClassLookup {
    CtClass find(String name);
  }
}
