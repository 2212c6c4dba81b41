package com.acme.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StringsTest {
  @Test
  void padsWithZeros() {
    assertEquals("0042", Strings.pad(42, 4));
  }
}
