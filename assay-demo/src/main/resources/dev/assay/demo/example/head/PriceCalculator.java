package com.example.shop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Prices an order: sums its lines and adds sales tax. */
public final class PriceCalculator {
  private final BigDecimal taxRate;

  public PriceCalculator(BigDecimal taxRate) {
    if (taxRate.signum() < 0) {
      throw new IllegalArgumentException("tax rate must not be negative: " + taxRate);
    }
    this.taxRate = taxRate;
  }

  /** Unit price times quantity, summed over all lines, before tax. */
  public BigDecimal subtotal(List<OrderLine> lines) {
    BigDecimal sum = BigDecimal.ZERO;
    for (OrderLine line : lines) {
      sum = sum.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
    }
    return sum;
  }

  /** Subtotal plus tax, rounded to cents. */
  public BigDecimal total(List<OrderLine> lines) {
    return withTax(subtotal(lines));
  }

  /** Total after the order's discount; tax is charged on the discounted amount. */
  public BigDecimal discountedTotal(
      List<OrderLine> lines, DiscountPolicy policy, Tier tier, String coupon) {
    BigDecimal subtotal = subtotal(lines);
    BigDecimal discount = subtotal.multiply(policy.rate(tier, subtotal, coupon));
    return withTax(subtotal.subtract(discount));
  }

  private BigDecimal withTax(BigDecimal amount) {
    return amount.add(amount.multiply(taxRate)).setScale(2, RoundingMode.HALF_UP);
  }
}
