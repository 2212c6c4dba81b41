package dev.assay.java.api;

import dev.assay.java.api.ApiBreak.Kind;
import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.exception.JApiCmpException;
import japicmp.model.AccessModifier;
import japicmp.model.JApiBehavior;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiConstructor;
import japicmp.model.JApiField;
import japicmp.model.JApiImplementedInterface;
import japicmp.model.JApiMethod;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javassist.ClassPool;
import javassist.CtBehavior;
import javassist.CtClass;

/**
 * Runs japicmp on a base and a head jar and keeps the incompatible changes of the API surface,
 * described in words. japicmp decides what is binary- or source-incompatible (per the Java
 * Language Specification, chapter 13); this class decides what is API and how to say it.
 */
final class JapicmpComparison {
  private final ApiSurface surface;
  private final List<Path> classpath;
  /** Whether the class being collected could be extended outside its package at the base. */
  private boolean extendable;
  /** The head's classes (and the classpath), for subtype questions. */
  private ClassPool newPool;

  JapicmpComparison(ApiSurface surface, List<Path> classpath) {
    this.surface = surface;
    this.classpath = List.copyOf(classpath);
  }

  /** Compares the two jars; never returns null. */
  ApiDiff compare(String artifact, Path baseJar, Path headJar) {
    List<String> notes = new ArrayList<>();
    JarArchiveComparator comparator;
    List<JApiClass> classes;
    try {
      comparator = new JarArchiveComparator(options(baseJar, headJar, false));
      classes = comparator.compare(archive(baseJar), archive(headJar));
    } catch (JApiCmpException e) {
      // A supertype from a dependency is not on the classpath: compare without it and say so.
      notes.add(artifact + ": " + missingClass(e.getMessage()) + " is not in the jars or"
          + " `gates.api.classpath`; compared without it (changes inherited from it are not seen;"
          + " add the library's dependencies to `gates.api.classpath`).");
      comparator = new JarArchiveComparator(options(baseJar, headJar, true));
      classes = comparator.compare(archive(baseJar), archive(headJar));
    }
    ClassPool oldPool = comparator.getOldClassPool();
    newPool = comparator.getNewClassPool();
    ApiSurface.ClassLookup old = name -> oldPool.getOrNull(name);
    Map<String, ApiBreak> breaks = new LinkedHashMap<>();
    int additions = 0;
    for (JApiClass c : classes) {
      Optional<CtClass> oldClass = c.getOldClass();
      if (oldClass.isEmpty()) {
        additions += c.getNewClass().filter(n -> surface.isApi(n, name -> null)).isPresent() ? 1 : 0;
        continue;
      }
      if (!surface.isApi(oldClass.get(), old) || isSynthetic(oldClass.get())
          || !ClassAccess.visibleFromOutside(oldClass.get(), old)) {
        continue;
      }
      additions += collect(artifact, c, breaks);
    }
    List<ApiBreak> sorted = new ArrayList<>(breaks.values());
    sorted.sort(Comparator.comparing(ApiBreak::className).thenComparing(ApiBreak::member)
        .thenComparing(ApiBreak::change));
    return new ApiDiff(artifact, sorted, additions, notes);
  }

  private int collect(String artifact, JApiClass c, Map<String, ApiBreak> out) {
    extendable = ClassAccess.extendableOutside(c.getOldClass().orElseThrow());
    BreakWords words = new BreakWords(c);
    String sourceFile = sourceFile(c);
    List<JApiCompatibilityChange> classChanges = new ArrayList<>(c.getCompatibilityChanges());
    classChanges.addAll(c.getSuperclass().getCompatibilityChanges());
    for (JApiImplementedInterface i : c.getInterfaces()) {
      classChanges.addAll(i.getCompatibilityChanges());
    }
    if (c.getChangeStatus() == JApiChangeStatus.REMOVED) {
      // Its members and supertypes went with it: one finding says it all.
      classChanges.removeIf(ch -> !ch.getType().name().equals("CLASS_REMOVED"));
    } else if (ClassAccess.keepsVisibleSupertypes(c)) {
      // Only a package-private superclass left the hierarchy (Guava's FauxverideShim classes):
      // every type a caller could name is still a supertype; lost members are reported apart.
      classChanges.removeIf(ch -> ch.getType().name().startsWith("SUPERCLASS_"));
    }
    if (c.getOldClass().isPresent() && c.getNewClass().isPresent()
        && GenericSignatures.sameUpToRenaming(c.getOldClass().get(), c.getNewClass().get())) {
      classChanges.removeIf(ch -> ch.getType().name().startsWith("CLASS_GENERIC_TEMPLATE"));
    }
    for (JApiCompatibilityChange ch : classChanges) {
      add(out, ch, new ApiBreak(artifact, c.getFullyQualifiedName(), Kind.CLASS, "", "",
          ch.getType().name(), ch.isBinaryCompatible(), ch.isSourceCompatible(),
          words.classChange(ch.getType().name()), sourceFile, 0));
    }
    if (c.getChangeStatus() == JApiChangeStatus.REMOVED) {
      return 0;
    }
    int additions = 0;
    List<JApiBehavior> behaviors = new ArrayList<>(c.getConstructors());
    behaviors.addAll(c.getMethods());
    for (JApiBehavior b : behaviors) {
      Optional<? extends CtBehavior> before = b instanceof JApiMethod m ? m.getOldMethod()
          : ((JApiConstructor) b).getOldConstructor();
      if (before.isEmpty()) {
        additions += b.getChangeStatus() == JApiChangeStatus.NEW && isVisible(b) ? 1 : 0;
      }
      // A new member can break too (an abstract method added to an interface), so only members
      // that existed are screened here.
      if (before.isPresent() && (surface.isInternal(before.get()) || isSynthetic(before.get())
          || !ClassAccess.isApiAccess(before.get().getModifiers()))) {
        continue;
      }
      Optional<? extends CtBehavior> after = b instanceof JApiMethod m ? m.getNewMethod()
          : ((JApiConstructor) b).getNewConstructor();
      boolean renamedOnly = before.isPresent() && after.isPresent()
          && (GenericSignatures.sameUpToRenaming(before.get(), after.get())
              || (javassist.Modifier.isStatic(before.get().getModifiers())
                  && GenericSignatures.callerCompatible(before.get(), after.get())));
      Kind kind = b instanceof JApiMethod ? Kind.METHOD : Kind.CONSTRUCTOR;
      String member = BreakWords.signature(b, c);
      String name = kind == Kind.CONSTRUCTOR ? words.simpleName() : b.getName();
      int line = b.geNewLineNumber().orElse(0);
      for (JApiCompatibilityChange ch : b.getCompatibilityChanges()) {
        if (renamedOnly && ch.getType().name().contains("GENERIC")) {
          continue;
        }
        boolean source = ch.isSourceCompatible()
            || (ch.getType().name().equals("METHOD_RETURN_TYPE_CHANGED")
                && narrowedForCallersOnly((JApiMethod) b, before.orElseThrow()));
        add(out, ch, new ApiBreak(artifact, c.getFullyQualifiedName(), kind, member, name,
            ch.getType().name(), ch.isBinaryCompatible(), source,
            words.behaviorChange(ch.getType().name(), b), sourceFile, line));
      }
    }
    for (JApiField f : c.getFields()) {
      if (f.getOldFieldOptional().isEmpty()) {
        additions += f.getChangeStatus() == JApiChangeStatus.NEW ? 1 : 0;
        continue;
      }
      if (surface.isInternal(f.getOldFieldOptional().get())
          || (f.getOldFieldOptional().get().getModifiers() & 0x1000) != 0
          || !ClassAccess.isApiAccess(f.getOldFieldOptional().get().getModifiers())) {
        continue;
      }
      for (JApiCompatibilityChange ch : f.getCompatibilityChanges()) {
        add(out, ch, new ApiBreak(artifact, c.getFullyQualifiedName(), Kind.FIELD, f.getName(),
            f.getName(), ch.getType().name(), ch.isBinaryCompatible(), ch.isSourceCompatible(),
            words.fieldChange(ch.getType().name(), f), sourceFile, 0));
      }
    }
    return additions;
  }

  /**
   * A return type narrowed to a subtype ({@code Set} to {@code ImmutableSet}) on a method nobody
   * outside can override: callers' sources still compile; only their class files break.
   */
  private boolean narrowedForCallersOnly(JApiMethod m, CtBehavior before) {
    int mod = before.getModifiers();
    if (!(javassist.Modifier.isStatic(mod) || javassist.Modifier.isFinal(mod) || !extendable)) {
      return false;
    }
    try {
      CtClass oldType = newPool.getOrNull(m.getReturnType().getOldReturnType());
      CtClass newType = newPool.getOrNull(m.getReturnType().getNewReturnType());
      return oldType != null && newType != null && !oldType.isPrimitive()
          && newType.subtypeOf(oldType);
    } catch (javassist.NotFoundException e) {
      return false;
    }
  }

  private void add(Map<String, ApiBreak> out, JApiCompatibilityChange ch, ApiBreak b) {
    if (ch.isBinaryCompatible() && ch.isSourceCompatible()) {
      return;
    }
    if (!extendable && BreakWords.hitsSubtypesOnly(b.change())) {
      return;
    }
    out.putIfAbsent(b.className() + '\u0000' + b.member() + '\u0000' + b.change(), b);
  }

  private static boolean isVisible(JApiBehavior b) {
    return b.getAccessModifier().getNewModifier()
        .map(m -> m == AccessModifier.PUBLIC || m == AccessModifier.PROTECTED).orElse(false);
  }

  private static boolean isSynthetic(CtClass c) {
    return (c.getModifiers() & 0x1000) != 0;
  }

  private static boolean isSynthetic(CtBehavior b) {
    return (b.getModifiers() & (0x1000 | 0x0040)) != 0;
  }

  private static String sourceFile(JApiClass c) {
    CtClass k = c.getNewClass().or(c::getOldClass).orElseThrow();
    String s = k.getClassFile2().getSourceFile();
    return s == null ? "" : s;
  }

  private JarArchiveComparatorOptions options(Path base, Path head, boolean ignoreMissing) {
    JarArchiveComparatorOptions o = new JarArchiveComparatorOptions();
    o.setAccessModifier(AccessModifier.PROTECTED);
    o.setIncludeSynthetic(false);
    o.setClassPathMode(JarArchiveComparatorOptions.ClassPathMode.TWO_SEPARATE_CLASSPATHS);
    List<String> oldCp = new ArrayList<>(List.of(base.toString()));
    List<String> newCp = new ArrayList<>(List.of(head.toString()));
    for (Path p : classpath) {
      oldCp.add(p.toString());
      newCp.add(p.toString());
    }
    o.setOldClassPath(oldCp);
    o.setNewClassPath(newCp);
    o.getIgnoreMissingClasses().setIgnoreAllMissingClasses(ignoreMissing);
    return o;
  }

  private static JApiCmpArchive archive(Path jar) {
    return new JApiCmpArchive(jar.toFile(), "0.0.0");
  }

  /** The class japicmp could not load, from its message {@code Could not load 'x.Y'...}. */
  private static String missingClass(String message) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("Could not load '([^']+)'")
        .matcher(message == null ? "" : message);
    return m.find() ? "`" + m.group(1) + "`, which a class refers to," : "a class it refers to";
  }
}
