package demo.b;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalcTest {
  @Test
  void max() {
    assertEquals(3, Calc.max(3, 1));
  }

  @Test
  void announces() {
    assertEquals("Hello, #2", Calc.announce(2));
  }
}
