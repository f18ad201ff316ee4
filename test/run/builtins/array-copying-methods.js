// toReversed, toSorted, toSpliced, with and copyWithin/toLocaleString: copies leave the original alone, holes read as undefined
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const a = [3, 1, , 2];
console.log(a.toReversed(), a.toSorted(), a.toSpliced(1, 2, 'x', 'y', 'z'), a.with(2, 'w'), a.with(-1, 'last'), a);
console.log(a.toSpliced(), a.toSpliced(1), a.toSpliced(-1, 0, 'in'), a.toSpliced(0, Infinity), a.toSpliced(undefined, 1));
console.log([].toReversed(), [1].toSorted(), Array.prototype.toReversed.call({ length: 2, 0: 'a', 1: 'b' }), Array.prototype.with.call('ab', 0, 'A'));
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0, 3), [1, 2, 3, 4, 5].copyWithin(-2, 0), [1, , 3].copyWithin(0, 1));
console.log([1, 'a', null, undefined, { toLocaleString() { return 'L'; } }, [2, 3]].toLocaleString(), [].toLocaleString());
for (const bad of [4, -5, Infinity]) {
  try { [1, 2, 3, 4].with(bad, 0); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { [1].toSorted('nope'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Array.prototype.toSpliced.call(null); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [{ toLocaleString: 1 }].toLocaleString(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Array.prototype.toSpliced.length, Array.prototype.with.length, Array.prototype.copyWithin.length);
