// a string argument prints as-is, without quotes or escaping
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log('plain');
console.log("it's");
console.log('tab\there');
console.log('two\nlines');
console.log('');
console.log(' leading and trailing spaces ');
console.log('quotes: \' " `');
console.log('back\\slash');
