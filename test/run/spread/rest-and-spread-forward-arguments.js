// a wrapper can take ...args and pass them on with f(...args), unchanged and in order
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function logged(name, fn) {
  return function (...args) {
    console.log('calling ' + name + ' with', args);
    const result = fn(...args);
    console.log(name + ' returned', result);
    return result;
  };
}
const add = logged('add', (a, b) => a + b);
const describe = logged('describe', (...parts) => parts.length + ' parts');
add(2, 3);
describe();
describe('a', undefined, 'c');
function partial(fn, ...bound) {
  return (...later) => fn(...bound, ...later);
}
const greet = (greeting, name, punctuation) => greeting + ', ' + name + punctuation;
const hello = partial(greet, 'hello');
console.log(hello('ada', '!'), partial(greet, 'hi', 'bob')('?'));
const obj = {
  prefix: '>',
  show(...items) {
    return items.map((i) => this.prefix + i).join(' ');
  },
  forward(...items) {
    return this.show(...items, 'end');
  },
};
console.log(obj.forward('a', 'b'));
