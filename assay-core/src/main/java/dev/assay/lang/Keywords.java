package dev.assay.lang;

import java.util.List;

/** The reserved words of each language (hard keywords only; soft ones stay identifiers). */
final class Keywords {
  static final List<String> JAVA =
      List.of(
          "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class",
          "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
          "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
          "interface", "long", "native", "new", "package", "private", "protected", "public",
          "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
          "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false",
          "null");
  static final List<String> KOTLIN =
      List.of(
          "as", "break", "class", "continue", "do", "else", "false", "for", "fun", "if", "in",
          "interface", "is", "null", "object", "package", "return", "super", "this", "throw",
          "true", "try", "typealias", "typeof", "val", "var", "when", "while", "catch",
          "finally", "import", "override", "private", "public", "protected", "internal");
  static final List<String> JAVASCRIPT =
      List.of(
          "break", "case", "catch", "class", "const", "continue", "debugger", "default",
          "delete", "do", "else", "export", "extends", "finally", "for", "function", "if",
          "import", "in", "instanceof", "new", "return", "super", "switch", "this", "throw",
          "try", "typeof", "var", "void", "while", "with", "yield", "let", "static", "await",
          "of", "true", "false", "null", "undefined");
  static final List<String> TYPESCRIPT =
      List.of(
          "break", "case", "catch", "class", "const", "continue", "debugger", "default",
          "delete", "do", "else", "export", "extends", "finally", "for", "function", "if",
          "import", "in", "instanceof", "new", "return", "super", "switch", "this", "throw",
          "try", "typeof", "var", "void", "while", "with", "yield", "let", "static", "await",
          "of", "true", "false", "null", "undefined", "interface", "type", "enum", "implements",
          "private", "public", "protected", "readonly", "abstract", "declare", "namespace");
  static final List<String> PYTHON =
      List.of(
          "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
          "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
          "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
          "return", "try", "while", "with", "yield");
  static final List<String> GO =
      List.of(
          "break", "case", "chan", "const", "continue", "default", "defer", "else",
          "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map",
          "package", "range", "return", "select", "struct", "switch", "type", "var", "true",
          "false", "nil");
  static final List<String> CSHARP =
      List.of(
          "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked",
          "class", "const", "continue", "decimal", "default", "delegate", "do", "double", "else",
          "enum", "event", "explicit", "extern", "false", "finally", "fixed", "float", "for",
          "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
          "long", "namespace", "new", "null", "object", "operator", "out", "override", "params",
          "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed",
          "short", "sizeof", "stackalloc", "static", "string", "struct", "switch", "this",
          "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
          "using", "virtual", "void", "volatile", "while");
  static final List<String> PHP =
      List.of(
          "abstract", "and", "array", "as", "break", "callable", "case", "catch", "class",
          "clone", "const", "continue", "declare", "default", "do", "echo", "else", "elseif",
          "empty", "enddeclare", "endfor", "endforeach", "endif", "endswitch", "endwhile",
          "extends", "final", "finally", "fn", "for", "foreach", "function", "global", "goto",
          "if", "implements", "include", "instanceof", "insteadof", "interface", "isset",
          "list", "match", "namespace", "new", "or", "print", "private", "protected", "public",
          "require", "return", "static", "switch", "throw", "trait", "try", "unset", "use",
          "var", "while", "xor", "yield", "true", "false", "null");

  private Keywords() {}
}
