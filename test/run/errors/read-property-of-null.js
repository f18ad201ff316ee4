// reading a property of null is an uncaught "TypeError: Cannot read properties of null (reading 'x')"
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function find(list, name) {
  for (var i = 0; i < list.length; i++) if (list[i].name === name) return list[i];
  return null;
}
var items = [{ name: 'a', size: 1 }];
console.log(find(items, 'a').size);
console.log(find(items, 'b').size);
