// delete removes a property so in reports false and reads give undefined; deleting missing keys is fine
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var o = { a: 1, b: 2, c: 3 };
console.log(delete o.b, o, 'b' in o, o.b);
console.log(delete o.nope, delete o['a'], o);
o.b = 'back';
console.log(o);
var set = { undefinedValue: undefined };
console.log('undefinedValue' in set, set.undefinedValue);
delete set.undefinedValue;
console.log('undefinedValue' in set, set.undefinedValue);
var key = 'c';
console.log(delete o[key], o);
