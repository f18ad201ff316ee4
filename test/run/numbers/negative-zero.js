// -0 equals 0 but is observable through division, console.log, and signs of results
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var z = -0;
console.log(z, 0 * -1, -0 + 0, -0 - 0, -0 * -0, 0 / -3);
console.log(z === 0, z < 0, 1 / z, 1 / -z);
console.log('' + z, `${z}`, [z], { z: z });
console.log(Math.round(-0.4), Math.ceil(-0.5), Math.floor(-0), Math.trunc(-0.9));
console.log(-0 | 0, 1 / (-0 | 0), -Math.abs(0));
function isNegativeZero(x) {
  return x === 0 && 1 / x < 0;
}
console.log(isNegativeZero(-0), isNegativeZero(0), isNegativeZero(-1e-400));
var n = 0;
n = -n;
console.log(n, n++, n);
