// computed keys in object patterns are evaluated in order and converted to property keys
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const data = { alpha: 1, beta: 2, 3: 'three', key4: 'four' };
const which = 'beta';
const { [which]: selected } = data;
console.log(selected);
const { [1 + 2]: numeric, ['key' + 4]: built } = data;
console.log(numeric, built);
let order = [];
function key(k) {
  order.push('key ' + k);
  return k;
}
function def(k) {
  order.push('default ' + k);
  return 'default';
}
const { [key('alpha')]: a = def('alpha'), [key('gamma')]: g = def('gamma') } = data;
console.log(a, g, order.join(', '));
const symbolKey = Symbol('s');
const { [symbolKey]: fromSymbol } = { [symbolKey]: 'symbol value' };
console.log(fromSymbol);
