// functions are values: passed as arguments, returned, and stored in variables
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function map(arr, f) {
  var out = [];
  for (var i = 0; i < arr.length; i++) out[i] = f(arr[i], i);
  return out;
}
function filter(arr, pred) {
  var out = [];
  for (var i = 0; i < arr.length; i++) if (pred(arr[i])) out[out.length] = arr[i];
  return out;
}
function reduce(arr, f, init) {
  var acc = init;
  for (var i = 0; i < arr.length; i++) acc = f(acc, arr[i]);
  return acc;
}
var nums = [1, 2, 3, 4, 5, 6];
console.log(map(nums, function (x) { return x * x; }));
console.log(filter(nums, (x) => x % 2 === 0));
console.log(reduce(nums, (a, b) => a + b, 0), reduce(nums, (a, b) => a * b, 1));
console.log(map(['a', 'b'], (s, i) => s + i));
function twice(f) {
  return function (x) { return f(f(x)); };
}
console.log(twice(twice((x) => x + 3))(0));
console.log(reduce(map(filter(nums, (x) => x > 2), (x) => x * 10), (a, b) => a + b, 0));
