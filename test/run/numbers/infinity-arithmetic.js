// Infinity follows IEEE rules: overflow produces it, some operations with it give NaN
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var inf = 1 / 0;
console.log(inf, -inf, inf === Infinity, -inf === -Infinity);
console.log(inf + 1, inf - inf, inf * -1, inf * 0, inf / inf, 1 / inf, -1 / inf);
console.log(1e308 * 10, -1e308 * 10, 1.7976931348623157e308 * 1.0000000000000002);
console.log(inf > 1e308, -inf < -1e308, inf == inf, inf === -(-inf));
console.log(inf % 5, 5 % inf, inf ** 0, 0 ** inf, 2 ** inf, 0.5 ** inf);
console.log('' + inf, `${-inf}`, [inf, -inf]);
