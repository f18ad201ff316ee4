// obj.method() and obj['method']() call the function with this set to obj
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var counter = {
  count: 0,
  increment: function () {
    this.count++;
    return this;
  },
  report() {
    return 'count is ' + this.count;
  },
};
counter.increment();
counter['increment']();
console.log(counter.increment().increment().report());
function describe() {
  return this.name + ' (' + this.kind + ')';
}
var cat = { name: 'Tom', kind: 'cat', describe: describe };
var dog = { name: 'Rex', kind: 'dog', describe: describe };
console.log(cat.describe(), dog.describe());
var nested = { inner: { value: 'inner', get: function () { return this.value; } }, value: 'outer' };
console.log(nested.inner.get());
var key = 'describe';
console.log(dog[key]());
