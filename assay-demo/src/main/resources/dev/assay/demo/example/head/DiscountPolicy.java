package com.example.shop;

import java.math.BigDecimal;

/** Decides the discount rate of an order from the customer's tier, its size and a coupon. */
public final class DiscountPolicy {
  private static final BigDecimal BULK_THRESHOLD = new BigDecimal("500.00");
  private static final BigDecimal BULK_BONUS = new BigDecimal("0.05");
  private static final BigDecimal MAX_RATE = new BigDecimal("0.30");

  /** The combined rate, between 0 and 0.30, to take off the subtotal. */
  public BigDecimal rate(Tier tier, BigDecimal subtotal, String coupon) {
    if (subtotal.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal rate = tierRate(tier).add(couponRate(coupon));
    if (subtotal.compareTo(BULK_THRESHOLD) >= 0) {
      rate = rate.add(BULK_BONUS);
    }
    return rate.min(MAX_RATE);
  }

  private static BigDecimal tierRate(Tier tier) {
    if (tier == Tier.GOLD) {
      return new BigDecimal("0.10");
    }
    if (tier == Tier.SILVER) {
      return new BigDecimal("0.05");
    }
    return BigDecimal.ZERO;
  }

  /** Coupons look like SAVE15 (15%); anything else is worth nothing. */
  private static BigDecimal couponRate(String coupon) {
    if (coupon == null || !coupon.matches("SAVE[1-9][0-9]?")) {
      return BigDecimal.ZERO;
    }
    int percent = Integer.parseInt(coupon.substring(4));
    return BigDecimal.valueOf(percent, 2);
  }
}
