package dev.assay.java.api;

import japicmp.model.JApiClass;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javassist.CtClass;
import javassist.Modifier;
import javassist.NotFoundException;
import javassist.bytecode.InnerClassesAttribute;

/**
 * What code outside a library can reach of a class: its access (including the enclosing classes'),
 * whether it can be extended, and which of its supertypes it can name. japicmp compares every
 * member regardless; these answers decide which changes a caller can observe.
 */
final class ClassAccess {
  private ClassAccess() {}

  static boolean keepsVisibleSupertypes(JApiClass c) {
    Optional<CtClass> before = c.getOldClass();
    Optional<CtClass> after = c.getNewClass();
    if (before.isEmpty() || after.isEmpty()) {
      return false;
    }
    Set<String> was = new HashSet<>();
    Set<String> is = new HashSet<>();
    return visibleSupertypes(before.get(), was) && visibleSupertypes(after.get(), is)
        && is.containsAll(was);
  }

  /** Adds the public and protected supertypes of {@code c}; false when one cannot be loaded. */
  private static boolean visibleSupertypes(CtClass c, Set<String> out) {
    try {
      CtClass sup = c.getSuperclass();
      List<CtClass> next = new ArrayList<>(List.of(c.getInterfaces()));
      if (sup != null) {
        next.add(sup);
      }
      for (CtClass t : next) {
        if (isApiAccess(t.getModifiers())) {
          out.add(t.getName());
        }
        if (!visibleSupertypes(t, out)) {
          return false;
        }
      }
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  /**
   * An interface (not sealed), or a class that is neither final nor sealed and has a public or
   * protected constructor: something code outside the library can extend or implement.
   */
  static boolean extendableOutside(CtClass c) {
    int access = c.getModifiers();
    if (c.getClassFile2().getAttribute("PermittedSubclasses") != null) {
      return false;
    }
    if (c.isInterface()) {
      return true;
    }
    if (Modifier.isFinal(access)) {
      return false;
    }
    for (javassist.CtConstructor k : c.getDeclaredConstructors()) {
      if (isApiAccess(k.getModifiers())) {
        return true;
      }
    }
    return false;
  }

  /** Public or protected: what code outside the package can use (japicmp compares everything). */
  static boolean isApiAccess(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** The class and every class enclosing it are public or protected. */
  static boolean visibleFromOutside(CtClass c, ApiSurface.ClassLookup lookup) {
    for (CtClass k = c; k != null; ) {
      int access = k.getClassFile2().getAccessFlags();
      // a nested class's own access is in InnerClasses; the class file flags say public or not
      int inner = innerAccess(k);
      if (!isApiAccess(inner >= 0 ? inner : access)) {
        return false;
      }
      String name = k.getName();
      int dollar = name.lastIndexOf('$');
      k = dollar < 0 ? null : lookup.find(name.substring(0, dollar));
    }
    return true;
  }

  private static int innerAccess(CtClass k) {
    InnerClassesAttribute ica = (InnerClassesAttribute)
        k.getClassFile2().getAttribute(InnerClassesAttribute.tag);
    if (ica == null) {
      return -1;
    }
    for (int i = 0; i < ica.tableLength(); i++) {
      if (k.getName().equals(ica.innerClass(i))) {
        return ica.accessFlags(i);
      }
    }
    return -1;
  }

}
