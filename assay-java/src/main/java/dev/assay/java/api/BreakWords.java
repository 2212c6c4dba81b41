package dev.assay.java.api;

import japicmp.model.JApiBehavior;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import japicmp.model.JApiField;
import japicmp.model.JApiMethod;
import japicmp.model.JApiParameter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Says what a japicmp change type means for a reviewer: what changed, in source terms, and which
 * callers break (those compiled against the old jar, those compiled from source, or subclasses).
 */
final class BreakWords {
  private final JApiClass c;

  BreakWords(JApiClass c) {
    this.c = c;
  }

  String simpleName() {
    String n = c.getFullyQualifiedName();
    n = n.substring(n.lastIndexOf('.') + 1);
    return n.substring(n.lastIndexOf('$') + 1);
  }

  /** The class as written in source without its package, {@code Streams.FailableStream}. */
  String displayName() {
    String n = c.getFullyQualifiedName();
    return n.substring(n.lastIndexOf('.') + 1).replace('$', '.');
  }

  private String kindOfType() {
    return c.getClassType().getOldTypeOptional().map(t -> t.name().toLowerCase(Locale.ROOT))
        .orElse("class");
  }

  String classChange(String type) {
    String s = "`" + displayName() + "`";
    String what = switch (type) {
      case "CLASS_REMOVED" -> kindOfType() + " " + s + " was removed";
      case "CLASS_NOW_ABSTRACT" -> "class " + s + " is now abstract: `new " + displayName()
          + "(...)` is no longer possible";
      case "CLASS_NOW_FINAL", "CLASS_NOW_NOT_EXTENDABLE" -> "class " + s
          + " can no longer be extended (now final, or no public or protected constructor is left):"
          + " subclasses outside the library break";
      case "CLASS_NO_LONGER_PUBLIC", "CLASS_LESS_ACCESSIBLE" -> kindOfType() + " " + s
          + " is less visible than before (" + c.getAccessModifier().getValueOld().toLowerCase(Locale.ROOT)
          + " -> " + c.getAccessModifier().getValueNew().toLowerCase(Locale.ROOT) + ")";
      case "CLASS_TYPE_CHANGED" -> s + " changed from " + c.getClassType().getOldType()
          .toLowerCase(Locale.ROOT) + " to " + c.getClassType().getNewType().toLowerCase(Locale.ROOT);
      case "CLASS_NOW_CHECKED_EXCEPTION" -> s + " is now a checked exception: code that throws it"
          + " must declare or catch it";
      case "SUPERCLASS_REMOVED", "SUPERCLASS_MODIFIED_INCOMPATIBLE" -> s
          + " no longer extends `" + simple(c.getSuperclass().getSuperclassOld())
          + "`: code that uses it as one, or uses the members it inherited from it, breaks";
      case "INTERFACE_REMOVED" -> s + " no longer implements an interface it implemented";
      case "CLASS_GENERIC_TEMPLATE_CHANGED", "CLASS_GENERIC_TEMPLATE_GENERICS_CHANGED" -> "the type"
          + " parameters of " + s + " changed";
      case "METHOD_ABSTRACT_ADDED_IN_SUPERCLASS", "METHOD_ABSTRACT_ADDED_IN_IMPLEMENTED_INTERFACE" ->
          s + " inherits a new abstract method from its " + (type.endsWith("SUPERCLASS")
          ? "superclass" : "interfaces") + ": subclasses outside the library must implement it";
      default -> s + ": " + words(type);
    };
    return what;
  }

  String behaviorChange(String type, JApiBehavior b) {
    boolean ctor = !(b instanceof JApiMethod);
    String el = "`" + (ctor ? "new " : "") + displayName() + (ctor ? "" : "." + b.getName())
        + "(" + params(b) + ")`";
    return switch (type) {
      case "METHOD_REMOVED", "CONSTRUCTOR_REMOVED" -> el + " was removed" + replacement(b);
      case "METHOD_RETURN_TYPE_CHANGED" -> "the return type of " + el + " changed from "
          + simple(((JApiMethod) b).getReturnType().getOldReturnType()) + " to "
          + simple(((JApiMethod) b).getReturnType().getNewReturnType());
      case "METHOD_LESS_ACCESSIBLE", "CONSTRUCTOR_LESS_ACCESSIBLE" -> el + " went from "
          + b.getAccessModifier().getValueOld().toLowerCase(Locale.ROOT) + " to "
          + b.getAccessModifier().getValueNew().toLowerCase(Locale.ROOT);
      case "METHOD_NOW_FINAL" -> el + " is now final: subclasses that override it break";
      case "METHOD_NOW_ABSTRACT" -> el + " is now abstract: subclasses must implement it";
      case "METHOD_NOW_STATIC" -> el + " is now static";
      case "METHOD_NO_LONGER_STATIC" -> el + " is no longer static";
      case "METHOD_ADDED_TO_INTERFACE" -> "interface `" + displayName() + "` gained abstract method "
          + el + ": every implementation outside the library must add it";
      case "METHOD_ABSTRACT_ADDED_TO_CLASS" -> "abstract class `" + displayName()
          + "` gained abstract method " + el + ": every subclass outside the library must add it";
      case "METHOD_ABSTRACT_ADDED_IN_SUPERCLASS", "METHOD_ABSTRACT_ADDED_IN_IMPLEMENTED_INTERFACE" ->
          el + " is a new abstract method inherited by `" + displayName() + "`: subclasses and"
              + " implementations outside the library must add it";
      case "METHOD_NOW_THROWS_CHECKED_EXCEPTION" -> el + " now throws a checked exception: callers"
          + " must catch or declare it";
      case "METHOD_NO_LONGER_THROWS_CHECKED_EXCEPTION" -> el + " no longer throws a checked"
          + " exception: callers' catch blocks for it no longer compile";
      case "METHOD_NOW_VARARGS", "METHOD_NO_LONGER_VARARGS" -> el + " " + words(type.substring(7));
      case "METHOD_PARAMETER_GENERICS_CHANGED", "METHOD_RETURN_TYPE_GENERICS_CHANGED" ->
          "the generic types of " + el + " changed";
      case "CLASS_GENERIC_TEMPLATE_CHANGED", "CLASS_GENERIC_TEMPLATE_GENERICS_CHANGED" ->
          "the type parameters of " + el + " changed";
      default -> el + ": " + words(type);
    };
  }

  String fieldChange(String type, JApiField f) {
    String el = "`" + displayName() + "." + f.getName() + "`";
    return switch (type) {
      case "FIELD_REMOVED" -> "field " + el + " was removed";
      case "FIELD_TYPE_CHANGED" -> "the type of field " + el + " changed from "
          + simple(f.getType().getOldValue()) + " to " + simple(f.getType().getNewValue());
      case "FIELD_LESS_ACCESSIBLE" -> "field " + el + " went from "
          + f.getAccessModifier().getValueOld().toLowerCase(Locale.ROOT) + " to "
          + f.getAccessModifier().getValueNew().toLowerCase(Locale.ROOT);
      case "FIELD_NOW_FINAL" -> "field " + el + " is now final: code that assigns it breaks";
      case "FIELD_NOW_STATIC" -> "field " + el + " is now static";
      case "FIELD_NO_LONGER_STATIC" -> "field " + el + " is no longer static";
      default -> "field " + el + ": " + words(type);
    };
  }

  /** For a removed method, the same-named method added in its place (a changed parameter list). */
  private String replacement(JApiBehavior removed) {
    List<JApiBehavior> candidates = (removed instanceof JApiMethod ? c.getMethods().stream()
        .map(JApiBehavior.class::cast) : c.getConstructors().stream().map(JApiBehavior.class::cast))
        .filter(b -> b.getChangeStatus() == JApiChangeStatus.NEW && b.getName().equals(removed.getName()))
        .toList();
    if (candidates.isEmpty()) {
      return "";
    }
    String alts = candidates.stream().map(b -> "(" + params(b) + ")").collect(Collectors.joining(", "));
    return "; it now takes " + alts + " instead: the parameter types changed";
  }

  /** {@code parse(String, int)} for a method, {@code Parser(String)} for a constructor. */
  static String signature(JApiBehavior b, JApiClass owner) {
    String name = b instanceof JApiMethod ? b.getName() : new BreakWords(owner).simpleName();
    return name + "(" + params(b) + ")";
  }

  static String params(JApiBehavior b) {
    return b.getParameters().stream().map(JApiParameter::getType).map(BreakWords::simple)
        .collect(Collectors.joining(", "));
  }

  /** {@code java.util.Map$Entry[]} to {@code Map.Entry[]}. */
  static String simple(String type) {
    if (type == null || type.equals("n.a.")) {
      return "(none)";
    }
    String t = type;
    int dims = t.indexOf('[');
    String suffix = dims < 0 ? "" : t.substring(dims);
    t = dims < 0 ? t : t.substring(0, dims);
    String outer = t.substring(t.lastIndexOf('.') + 1);
    return outer.replace('$', '.') + suffix;
  }

  /** {@code METHOD_NOW_VARARGS} to {@code method now varargs}. */
  static String words(String type) {
    return type.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Changes that break only code extending or implementing the type, not code calling it; they
   * do not count when nothing outside the library can extend the type.
   */
  static boolean hitsSubtypesOnly(String type) {
    return switch (type) {
      case "METHOD_NOW_FINAL", "METHOD_NOW_ABSTRACT", "METHOD_ABSTRACT_ADDED_TO_CLASS",
          "METHOD_ABSTRACT_ADDED_IN_SUPERCLASS", "METHOD_ABSTRACT_ADDED_IN_IMPLEMENTED_INTERFACE",
          "METHOD_ADDED_TO_INTERFACE", "CLASS_NOW_FINAL", "CLASS_NOW_NOT_EXTENDABLE" -> true;
      default -> false;
    };
  }

  /** What happens to callers, from japicmp's two flags and the change type. */
  static String consequence(ApiBreak b) {
    String who = hitsSubtypesOnly(b.change())
        ? "Subclasses and implementations outside the library" : "Callers";
    if (b.binary()) {
      return who + " written against the old version no longer compile; already compiled ones"
          + " still run.";
    }
    String error = linkageError(b.change());
    String runtime = "those compiled against the old version fail at run time"
        + (error.isEmpty() ? "" : " with " + error);
    return b.source()
        ? who + " still compile, but " + runtime + " until they are recompiled."
        : who + " no longer compile, and " + runtime + ".";
  }

  /** What would keep callers working, for the change type; the semver alternative is added apart. */
  static String fix(ApiBreak b) {
    return switch (b.change()) {
      case "METHOD_ADDED_TO_INTERFACE" -> "Give the new method a default implementation so"
          + " existing implementations keep working";
      case "METHOD_ABSTRACT_ADDED_TO_CLASS", "METHOD_NOW_ABSTRACT" -> "Give the method a body"
          + " (a default behaviour) so existing subclasses keep working";
      case "METHOD_NOW_THROWS_CHECKED_EXCEPTION" -> "Throw an unchecked exception, or add a new"
          + " method that declares the checked one and keep the old one as it was";
      case "CLASS_NOW_FINAL", "CLASS_NOW_NOT_EXTENDABLE", "METHOD_NOW_FINAL" -> "Keep it open for"
          + " extension (document it as not meant for subclassing if it is not)";
      case "METHOD_LESS_ACCESSIBLE", "CONSTRUCTOR_LESS_ACCESSIBLE", "FIELD_LESS_ACCESSIBLE",
          "CLASS_NO_LONGER_PUBLIC", "CLASS_LESS_ACCESSIBLE" -> "Keep the old visibility (deprecate"
          + " it first if callers should stop using it)";
      default -> "Keep the old form next to the new one (deprecated, delegating to it) so callers"
          + " keep working";
    };
  }

  private static String linkageError(String type) {
    if (type.startsWith("CLASS_REMOVED")) {
      return "NoClassDefFoundError";
    }
    if (type.contains("LESS_ACCESSIBLE") || type.equals("CLASS_NO_LONGER_PUBLIC")) {
      return "IllegalAccessError";
    }
    return switch (type) {
      case "METHOD_REMOVED", "CONSTRUCTOR_REMOVED", "METHOD_RETURN_TYPE_CHANGED",
          "METHOD_REMOVED_IN_SUPERCLASS" -> "NoSuchMethodError";
      case "FIELD_REMOVED", "FIELD_TYPE_CHANGED", "FIELD_REMOVED_IN_SUPERCLASS" -> "NoSuchFieldError";
      case "METHOD_ADDED_TO_INTERFACE", "METHOD_NOW_ABSTRACT", "METHOD_ABSTRACT_ADDED_TO_CLASS",
          "METHOD_ABSTRACT_ADDED_IN_SUPERCLASS", "METHOD_ABSTRACT_ADDED_IN_IMPLEMENTED_INTERFACE" ->
          "AbstractMethodError";
      case "CLASS_NOW_ABSTRACT" -> "InstantiationError";
      case "CLASS_NOW_FINAL", "CLASS_NOW_NOT_EXTENDABLE", "METHOD_NOW_FINAL" -> "VerifyError or"
          + " IncompatibleClassChangeError";
      case "METHOD_NOW_STATIC", "METHOD_NO_LONGER_STATIC", "FIELD_NOW_STATIC",
          "FIELD_NO_LONGER_STATIC", "CLASS_TYPE_CHANGED" -> "IncompatibleClassChangeError";
      case "FIELD_NOW_FINAL" -> "IllegalAccessError";
      default -> "";
    };
  }
}
