// reading a property of undefined is an uncaught "TypeError: Cannot read properties of undefined (reading 'x')"
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var config = { server: { port: 80 } };
console.log(config.server.port);
console.log(config.client);
console.log(config.client?.port);
console.log(config.client.port);
