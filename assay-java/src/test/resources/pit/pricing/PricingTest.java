package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PricingTest {
  @Test
  void bulkDiscount() {
    assertEquals(180, Pricing.total(10, 20));
    assertEquals(50, Pricing.total(10, 5));
  }

  @Test
  void free() {
    assertTrue(Pricing.isFree(0));
  }

  @Test
  void countDown() {
    assertEquals(3, Pricing.countDown(3));
  }

  @Test
  void stepsToZero() {
    assertEquals(3, Pricing.stepsToZero(3));
  }

  @Test
  void labelRuns() {
    Pricing.label(5);
  }
}
