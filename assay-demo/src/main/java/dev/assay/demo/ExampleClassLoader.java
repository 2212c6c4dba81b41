package dev.assay.demo;

import java.util.Map;

/**
 * Defines the example's classes from bytes in memory, so the instrumented versions never reach the
 * disk and the loader holds no open files.
 */
final class ExampleClassLoader extends ClassLoader {
  private final Map<String, byte[]> classes;

  /** The parent must see the JUnit Jupiter API; the example's classes are looked up there first. */
  ExampleClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
    super("assay-demo-example", parent);
    this.classes = Map.copyOf(classes);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    // No protection domain, hence no code source: a JaCoCo agent on this JVM (as in a Maven
    // build of Assay itself) skips such classes instead of failing on already instrumented ones.
    return defineClass(name, bytes, 0, bytes.length);
  }
}
