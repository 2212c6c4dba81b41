package com.acme.util;

/** String helpers for product names. */
public final class Strings {
  private Strings() {}

  public static String slug(String name) {
    String lower = name.toLowerCase();
    return lower.replace(' ', '-');
  }

  public static String truncate(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    return s.substring(0, max) + "...";
  }
}
