// sort() without a comparator orders by ToString; for arrays whose elements are all int32 kiln
// compares the integers' decimal forms without making strings. Mixed, holey and double arrays,
// and sorts with comparators, take the general path.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
const ints = [10, 9, 1, -1, -10, 100, 0, 2147483647, -2147483648, 21, 2, -2, 1000000, 99];
console.log(ints.slice().sort());
console.log(ints.toSorted(), ints[0]);
console.log(ints.slice().sort((a, b) => a - b));
console.log([3, 1.5, 20, 100, -0.5].sort());
console.log([3, , 1, undefined, 20].sort());
console.log(['b', 10, 'a', 9, true].sort());
const big = [];
for (let i = 0; i < 2000; i++) big.push((i * 7919) % 1009 - 500);
const sorted = big.slice().sort();
let ordered = true;
for (let i = 1; i < sorted.length; i++) if (String(sorted[i - 1]) > String(sorted[i])) ordered = false;
console.log(ordered, sorted.length, sorted.slice(0, 8), sorted.slice(-4));
const withGetter = [3, 1, 2];
Object.defineProperty(withGetter, 1, { get() { return 5; } });
try { withGetter.sort(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(withGetter);
