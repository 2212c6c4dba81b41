package com.example.shop;

import java.math.BigDecimal;
import java.util.Objects;

/** One line of an order: a product, its unit price and how many were ordered. */
public record OrderLine(String sku, BigDecimal unitPrice, int quantity) {
  public OrderLine {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(unitPrice, "unitPrice");
    if (quantity <= 0) {
      throw new IllegalArgumentException("quantity must be positive: " + quantity);
    }
  }
}
