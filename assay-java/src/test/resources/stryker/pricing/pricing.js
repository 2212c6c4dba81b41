'use strict';

function total(unitPrice, quantity) {
  let sum = unitPrice * quantity;
  if (quantity > 10) {
    sum = sum - sum / 10;
  }
  return sum;
}

function isFree(price) {
  return price === 0;
}

function label(price) {
  if (price < 0) {
    return null;
  }
  return 'EUR ' + price;
}

module.exports = { total, isFree, label };
