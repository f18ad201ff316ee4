// --static links an armv7 program that runs under qemu-arm without a sysroot (-L); the collector
// keeps what globals and closures hold through many collections (32-bit pointers in 64-bit values)
// REQUIRES: qemu-arm, runtime-armv7-linux-gnueabihf
// RUN: %runcompare --static --target=armv7-linux-gnueabihf --runner qemu-arm %s

var kept = [];
var table = {};
function makeCounter(start) { var n = start; return function () { return n++; }; }
var counters = [];
for (var i = 0; i < 20000; i++) {
  var garbage = { index: i, name: 'item' + i, values: [i, i * 0.5, String(i)] };
  if (i % 1000 === 0) { kept.push(garbage); table['k' + i] = garbage.name; counters.push(makeCounter(i)); }
}
var sum = 0;
for (var j = 0; j < kept.length; j++) sum += kept[j].values[1] + kept[j].values[2].length;
console.log(kept.length, sum, table.k5000, table.k19000, counters[3](), counters[3](), counters[19]());
console.log(0.1 + 0.2, 2 ** 53 + 1, -0, 1 / 3, Math.PI * 1e300 * 10, (123.456).toFixed(2));
