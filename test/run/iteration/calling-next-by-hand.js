// built-in iterators can be driven by hand: next() returns { value, done } until done is true
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const strIt = 'a😀'[Symbol.iterator]();
console.log(strIt.next(), strIt.next(), strIt.next());
const mapIt = new Map([[1, 'one']])[Symbol.iterator]();
console.log(mapIt.next(), mapIt.next());
const setIt = new Set(['only']).values();
console.log(setIt.next().value, setIt.next().done);
const arrIt = [7, 8][Symbol.iterator]();
arrIt.next();
for (const rest of arrIt) console.log('for-of continues a started iterator:', rest);
console.log(arrIt.next());
