package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceCalculatorTest {
  private final PriceCalculator calculator = new PriceCalculator(new BigDecimal("0.20"));

  private final List<OrderLine> order =
      List.of(
          new OrderLine("BOOK-1", new BigDecimal("12.50"), 2),
          new OrderLine("PEN-7", new BigDecimal("1.99"), 3));

  @Test
  void subtotalSumsPriceTimesQuantity() {
    assertEquals(new BigDecimal("30.97"), calculator.subtotal(order));
  }

  @Test
  void totalAddsTaxAndRoundsToCents() {
    assertEquals(new BigDecimal("37.16"), calculator.total(order));
  }

  @Test
  void emptyOrderCostsNothing() {
    assertEquals(new BigDecimal("0.00"), calculator.total(List.of()));
  }

  @Test
  void negativeTaxRateIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> new PriceCalculator(new BigDecimal("-0.01")));
  }

  @Test
  void orderLineNeedsAPositiveQuantity() {
    assertThrows(IllegalArgumentException.class, () -> new OrderLine("BOOK-1", BigDecimal.ONE, 0));
  }
}
