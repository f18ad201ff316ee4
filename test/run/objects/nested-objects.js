// nested objects and arrays are read and written through chains of property accesses
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var config = {
  server: { host: 'localhost', port: 8080, tls: { enabled: false } },
  users: [{ name: 'ann', roles: ['admin'] }, { name: 'bob', roles: [] }],
};
console.log(config.server.tls.enabled, config.users[0].roles[0], config.users[1].roles.length);
config.server.tls.enabled = true;
config.server['tls'].cert = 'cert.pem';
config.users[1].roles[0] = 'viewer';
console.log(config.server.tls);
console.log(config.users[1]);
var tree = { value: 1, children: [{ value: 2, children: [] }, { value: 3, children: [{ value: 4, children: [] }] }] };
function total(node) {
  var s = node.value;
  for (var i = 0; i < node.children.length; i++) s += total(node.children[i]);
  return s;
}
console.log(total(tree));
