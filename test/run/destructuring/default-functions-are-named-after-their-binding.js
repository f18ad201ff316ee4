// an anonymous function or class used as a pattern default takes the binding's name
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const { handler = function () {}, arrow = () => {}, Klass = class {} } = {};
console.log(handler.name, arrow.name, Klass.name);
const [first = () => {}] = [];
console.log(first.name);
const { renamed: localName = () => {} } = {};
console.log(localName.name);
const { given = () => {} } = { given: function original() {} };
console.log(given.name);
