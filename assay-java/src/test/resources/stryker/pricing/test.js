'use strict';
const assert = require('assert');
const { total, isFree, label } = require('./pricing');

assert.strictEqual(total(10, 20), 180);
assert.strictEqual(total(10, 5), 50);
assert.strictEqual(isFree(0), true);
label(5);
console.log('ok');
