package com.acme.util;

/** Unit conversions for product weights. */
public final class Units {
  private Units() {}

  public static double kilos(double grams) {
    return grams / 1000.0;
  }
}
