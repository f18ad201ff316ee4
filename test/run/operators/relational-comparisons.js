// < <= > >= compare numerically unless both sides are strings, and every comparison with NaN is false
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(1 < 2, 2 < 1, 2 <= 2, 3 >= 4);
console.log('10' < '9', '10' < 9, 10 < '9');
console.log('abc' < 'abd', 'B' < 'a', 'a' < 'aa', '' < 'a');
console.log(null < 1, null >= 0, null <= 0, null > 0);
console.log(undefined < 1, undefined >= 0, undefined > undefined);
console.log(NaN < 1, NaN >= NaN, 'a' < 1, 'a' >= 1);
console.log(true > false, true >= 1, false < null);
console.log(-0 < 0, -0 <= 0, -Infinity < -1e308, Infinity > 1e308);
console.log('2' > '12', 2 > '12', ' 3 ' < 4);
