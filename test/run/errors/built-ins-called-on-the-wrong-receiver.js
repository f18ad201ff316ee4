// Built-in methods called on receivers or with callbacks of the wrong type.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function t(f) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
t(() => String.prototype.trim.call(null));
t(() => String.prototype.at.call(undefined));
t(() => Symbol.prototype.toString.call(1));
t(() => Number.prototype.toFixed.call('x'));
t(() => Number.prototype.valueOf.call('x'));
t(() => Boolean.prototype.toString.call(1));
t(() => Error.prototype.toString.call(1));
t(() => new Set().add.call({}, 1));
t(() => Map.prototype.get.call({}, 1));
t(() => new WeakMap().set(1, 1));
t(() => new WeakSet().add(1));
t(() => [].reduce((a, b) => a));
t(() => [].reduceRight(() => 1));
t(() => Array.prototype.map.call(undefined, () => 1));
t(() => Array.prototype.forEach.call(null, () => 1));
t(() => [1].forEach(5));
t(() => [].map());
t(() => [1].sort(1));
t(() => [1].find());
t(() => [1].flatMap(1));
t(() => Array.from([], 1));
t(() => ({}).hasOwnProperty.call(null, 'x'));
t(() => Function.prototype.bind.call(1));
t(() => Function.prototype.toString.call(5));
