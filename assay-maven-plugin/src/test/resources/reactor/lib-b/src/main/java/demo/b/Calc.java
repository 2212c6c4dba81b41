package demo.b;

import demo.a.Greeter;

public final class Calc {
  private Calc() {}

  public static int max(int a, int b) {
    return a > b ? a : b;
  }

  public static String announce(int n) {
    return Greeter.greet("#" + n);
  }
}
