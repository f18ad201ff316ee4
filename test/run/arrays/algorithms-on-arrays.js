// hand-written algorithms over arrays: reverse in place, insertion sort, binary search, dedupe
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function reverse(a) {
  for (var i = 0, j = a.length - 1; i < j; i++, j--) {
    var t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  return a;
}
function sort(a) {
  for (var i = 1; i < a.length; i++) {
    var v = a[i];
    var j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
  return a;
}
function search(a, x) {
  var lo = 0, hi = a.length - 1;
  while (lo <= hi) {
    var mid = (lo + hi) >> 1;
    if (a[mid] === x) return mid;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
console.log(reverse([1, 2, 3, 4, 5]));
var data = sort([5, 3, 9, 1, 5, -2]);
console.log(data, search(data, 5), search(data, 4));
console.log(sort(['pear', 'Apple', 'fig', 'banana']));
var seen = {};
var unique = [];
var input = [3, 1, 3, 2, 1, 3];
for (var k = 0; k < input.length; k++) {
  if (!(input[k] in seen)) {
    seen[input[k]] = true;
    unique[unique.length] = input[k];
  }
}
console.log(unique);
