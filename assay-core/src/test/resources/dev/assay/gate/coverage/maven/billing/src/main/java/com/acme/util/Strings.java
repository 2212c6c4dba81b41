package com.acme.util;

/** String helpers for invoices. */
public final class Strings {
  private Strings() {}

  // Pads an invoice number; the negative branch is never tested.
  public static String pad(int number, int width) {
    if (number < 0) {
      throw new IllegalArgumentException("negative: " + number);
    }
    String s = Integer.toString(number);
    while (s.length() < width) {
      s = "0" + s;
    }
    return s;
  }

  public static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String part : name.split(" ")) {
      if (!part.isEmpty()) {
        sb.append(part.charAt(0));
      }
    }
    return sb.toString();
  }
}
