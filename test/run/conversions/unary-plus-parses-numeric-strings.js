// unary + applies StringToNumber: whitespace is trimmed, prefixes and exponents parse, anything else is NaN
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(+'42', +'  42  ', +'\n\t7\n', +'', +'   ');
console.log(+'3.14', +'.5', +'5.', +'-.5e1', +'+12', +'-0');
console.log(+'1e3', +'1E-3', +'1e', +'e1', +'1e1000');
console.log(+'0x1F', +'0X1f', +'0b101', +'0o17', +'-0x10');
console.log(+'Infinity', +'-Infinity', +'infinity', +'+Infinity');
console.log(+'12px', +'1_000', +'1,000', +'0x', +'--1', +'1 2');
console.log(+'00012', +'0.10', +'007.5');
console.log(+'9007199254740993', +'0.1e-6');
