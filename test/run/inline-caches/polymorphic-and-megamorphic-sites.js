// One site sees objects of many shapes (more than the cache holds), primitives, arrays and
// strings (whose length is not a shape property), functions and null-prototype objects.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
function getA(o) { return o.a; }
function getLength(o) { return o.length; }
const shapes = [];
for (let n = 0; n < 40; n++) {
  const o = {};
  for (let k = 0; k < n % 9; k++) o['p' + k] = k;
  o.a = n;
  shapes.push(o);
}
let sum = 0;
for (let r = 0; r < 3; r++) for (const o of shapes) sum += getA(o);
console.log(sum);
const mixed = [{ a: 1 }, { b: 2, a: 3 }, Object.create({ a: 9 }), Object.create(null), [1, 2], 'str', 5, true,
  function a() {}, { get a() { return 'get'; } }, new (class { constructor() { this.a = 'cls'; } })()];
for (let r = 0; r < 2; r++) console.log(mixed.map(getA));
const withLength = [[1, 2, 3], 'four', { length: 7 }, function (x, y) {}, new String('abcde'), Object.create([1]), []];
for (let r = 0; r < 2; r++) console.log(withLength.map(getLength));
const arr = [1, 2];
arr.length = 5;
console.log(getLength(arr), arr);
const huge = [];
huge.length = 2 ** 32 - 1;
const big = [];
big.length = 2 ** 31;
console.log(getLength(huge), getLength(big), getLength([]), getLength(huge) + 1);
