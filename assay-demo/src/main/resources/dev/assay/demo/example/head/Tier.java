package com.example.shop;

/** How much a customer has bought with us, which decides their standing discount. */
public enum Tier {
  REGULAR,
  SILVER,
  GOLD
}
