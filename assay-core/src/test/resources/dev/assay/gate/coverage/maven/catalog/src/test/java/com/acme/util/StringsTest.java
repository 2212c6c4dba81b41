package com.acme.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StringsTest {
  @Test
  void slugs() {
    assertEquals("red-shoe", Strings.slug("Red Shoe"));
  }

  @Test
  void truncatesLongNames() {
    assertEquals("abc...", Strings.truncate("abcdef", 3));
  }
}
