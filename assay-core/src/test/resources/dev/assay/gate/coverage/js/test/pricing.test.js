'use strict';
const assert = require('node:assert');
const { test } = require('node:test');
const { total, currency } = require('../src/pricing');

test('total without coupon', () => {
  assert.strictEqual(total([{ price: 2.5, qty: 2 }]), 5);
});

test('currency in euro', () => {
  assert.strictEqual(currency(3, 'EUR'), '3.00 EUR');
});
