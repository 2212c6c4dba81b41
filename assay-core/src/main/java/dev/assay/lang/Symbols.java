package dev.assay.lang;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One global table of every keyword and operator of every supported language, so that tokens carry
 * an int symbol and later passes compare ints instead of strings. Lookup of a char range is an
 * open-addressing probe with no allocation.
 */
final class Symbols {
  static final String[] OPERATORS = {
    ">>>=", "<<=", ">>=", ">>>", "===", "!==", "...", "**=", "&&=", "||=", "??=", "<=>", "?.",
    "??", "->", "=>", "::", "==", "!=", "<=", ">=", "&&", "||", "++", "--", "+=", "-=", "*=",
    "/=", "%=", "&=", "|=", "^=", "<<", ">>", "**", ":=", "<-", "..", "?:", "!!", "(", ")", "[",
    "]", "{", "}", ",", ";", ".", ":", "?", "=", "+", "-", "*", "/", "%", "<", ">", "!", "~", "&",
    "|", "^", "@", "#", "\\", "$"
  };

  private static final String[] NAMES;
  // The names as arrays: lookup compares them with the lexer's buffer for every word and operator.
  private static final char[][] CHARS;
  private static final int[] TABLE;
  private static final int MASK;

  static {
    Set<String> all = new LinkedHashSet<>(List.of(OPERATORS));
    for (Language l : Language.values()) {
      all.addAll(l.keywordList());
      all.addAll(l.contextualWords());
    }
    NAMES = all.toArray(new String[0]);
    CHARS = new char[NAMES.length][];
    for (int id = 0; id < NAMES.length; id++) {
      CHARS[id] = NAMES[id].toCharArray();
    }
    int size = Integer.highestOneBit(NAMES.length * 4);
    TABLE = new int[size];
    MASK = size - 1;
    java.util.Arrays.fill(TABLE, -1);
    for (int id = 0; id < NAMES.length; id++) {
      String n = NAMES[id];
      int h = hash(n.toCharArray(), 0, n.length()) & MASK;
      while (TABLE[h] >= 0) {
        h = (h + 1) & MASK;
      }
      TABLE[h] = id;
    }
  }

  private Symbols() {}

  /** The id of a known symbol; fails for an unknown one (a programming error). */
  static int id(String name) {
    int id = lookup(name.toCharArray(), 0, name.length());
    if (id < 0) {
      throw new IllegalArgumentException("unknown symbol " + name);
    }
    return id;
  }

  /** Ids of several symbols, for membership tables. */
  static boolean[] set(String... names) {
    boolean[] out = new boolean[count()];
    for (String n : names) {
      out[id(n)] = true;
    }
    return out;
  }

  static boolean[] set(List<String> names) {
    return set(names.toArray(new String[0]));
  }

  static int count() {
    return NAMES.length;
  }

  static String name(int id) {
    return NAMES[id];
  }

  /** The id of the symbol spelled by {@code buf[start, end)}, or -1. */
  static int lookup(char[] buf, int start, int end) {
    int h = hash(buf, start, end) & MASK;
    while (true) {
      int id = TABLE[h];
      if (id < 0) {
        return -1;
      }
      if (equals(CHARS[id], buf, start, end)) {
        return id;
      }
      h = (h + 1) & MASK;
    }
  }

  private static boolean equals(char[] name, char[] buf, int start, int end) {
    if (name.length != end - start) {
      return false;
    }
    for (int i = 0; i < name.length; i++) {
      if (name[i] != buf[start + i]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(char[] buf, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + buf[i];
    }
    return h ^ (h >>> 16);
  }

  static List<String> names() {
    return new ArrayList<>(List.of(NAMES));
  }
}
