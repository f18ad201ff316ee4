// == between an object and a primitive converts the object; two objects compare by identity
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var five = { valueOf: function () { return 5; } };
var str = { toString: function () { return 'hi'; } };
console.log(five == 5, five == '5', five === 5, five != 6);
console.log(str == 'hi', 'hi' == str, str == 'HI');
console.log(five == { valueOf: function () { return 5; } });
var t = { valueOf: function () { return 1; } };
console.log(t == true, t == 1, t == null, t == undefined);
console.log(null == {}, undefined == {});
