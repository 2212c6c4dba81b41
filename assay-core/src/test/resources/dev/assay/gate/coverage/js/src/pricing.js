'use strict';

// Prices an order; the discount branch is only half tested on purpose.
function total(items, coupon) {
  let sum = 0;
  for (const item of items) {
    sum += item.price * item.qty;
  }
  if (coupon && coupon.percent > 0) {
    sum = sum * (100 - coupon.percent) / 100;
  }
  return Math.round(sum * 100) / 100;
}

function currency(amount, code) {
  if (code === 'EUR') {
    return amount.toFixed(2) + ' EUR';
  }
  if (code === 'JPY') {
    return Math.round(amount) + ' JPY';
  }
  return '$' + amount.toFixed(2);
}

module.exports = { total, currency };
