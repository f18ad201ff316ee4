// closures created in a for-of body capture that iteration's binding; a var binding is shared
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const fromConst = [];
for (const name of ['a', 'b', 'c']) fromConst.push(() => name);
console.log(fromConst.map((f) => f()).join(','));
const fromLet = [];
for (let n of [1, 2, 3]) {
  n *= 10;
  fromLet.push(() => n);
}
console.log(fromLet.map((f) => f()).join(','));
const fromVar = [];
for (var v of ['x', 'y', 'z']) fromVar.push(() => v);
console.log(fromVar.map((f) => f()).join(','), v);
const fromPattern = [];
for (const [k, val] of new Map([['one', 1], ['two', 2]])) fromPattern.push(() => k + val);
console.log(fromPattern.map((f) => f()).join(','));
try {
  for (const c of [1, 2]) c++;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
