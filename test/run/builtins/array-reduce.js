// reduce and reduceRight: initial values, holes, callback arguments and the empty-array TypeError
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log([1, 2, 3, 4].reduce((s, x) => s + x), [1, 2, 3, 4].reduce((s, x) => s + x, 10));
console.log(['a', 'b', 'c'].reduceRight((s, x) => s + x), ['a', 'b', 'c'].reduceRight((s, x) => s + x, '>'));
console.log([[1, 2], [3], []].reduce((acc, x) => acc.concat(x), []));
const trace = [];
[10, , 30].reduce((acc, v, i, arr) => { trace.push([acc, v, i, arr.length]); return acc + v; });
console.log(trace);
const traceRight = [];
[10, , 30, ,].reduceRight((acc, v, i) => { traceRight.push([acc, v, i]); return acc + v; }, 0);
console.log(traceRight);
console.log([5].reduce(() => 'never'), [].reduce(() => 'never', 'init'), [, , 7].reduce((a, b) => a + b));
console.log(Array.prototype.reduce.call('abc', (s, c) => c + s, ''), Array.prototype.reduceRight.call({ length: 2, 0: 1, 1: 2 }, (a, b) => a - b));
const counts = ['x', 'y', 'x', 'z', 'x'].reduce((m, k) => { m[k] = (m[k] || 0) + 1; return m; }, {});
console.log(counts);
try { [].reduce((a, b) => a + b); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [, ,].reduceRight((a, b) => a + b); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [1].reduce(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [1].reduceRight(null); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Array.prototype.reduce.call(null, () => 1); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Array.prototype.reduce.length, Array.prototype.reduceRight.length);
