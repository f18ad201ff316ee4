// a parameter pattern can have a default for the whole argument and for each property
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function connect({ host = 'localhost', port = 80, secure = port === 443 } = {}) {
  return (secure ? 'https' : 'http') + '://' + host + ':' + port;
}
console.log(connect());
console.log(connect({}));
console.log(connect({ port: 443 }));
console.log(connect({ host: 'example.com', secure: false, port: 443 }));
function pair([a, b] = ['default a', 'default b'], label = a + '&' + b) {
  return label;
}
console.log(pair(), pair(['x', 'y']), pair(['x']), pair(undefined, 'explicit'));
function counted(a, { b } = {}, c) {}
console.log(counted.length);
