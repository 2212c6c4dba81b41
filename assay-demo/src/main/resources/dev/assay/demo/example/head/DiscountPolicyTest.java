package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DiscountPolicyTest {
  private final DiscountPolicy policy = new DiscountPolicy();

  @Test
  void emptyOrderGetsNoDiscount() {
    assertEquals(BigDecimal.ZERO, policy.rate(Tier.GOLD, BigDecimal.ZERO, "SAVE10"));
  }
}
