// exactly false, 0, -0, NaN, '', null and undefined are falsy; every object (even empty) is truthy
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function check(label, v) {
  if (v) console.log(label, 'truthy');
  else console.log(label, 'falsy');
}

check('false', false);
check('0', 0);
check('-0', -0);
check('NaN', NaN);
check("''", '');
check('null', null);
check('undefined', undefined);
check('true', true);
check("'0'", '0');
check("' '", ' ');
check("'false'", 'false');
check('-1', -1);
check('Infinity', Infinity);
check('{}', {});
check('[]', []);
check('function', function () {});
check('0.0000001', 0.0000001);
console.log(!!'', !!'x', !!0, !!1, !!null, !!{});
