// patterns nest: objects inside arrays inside objects, each level with its own defaults
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const response = {
  status: 200,
  body: {
    users: [
      { id: 1, name: 'ada', tags: ['admin', 'dev'] },
      { id: 2, name: 'bob', tags: [] },
    ],
    page: { current: 1 },
  },
};
const {
  status,
  body: {
    users: [{ name: firstName, tags: [firstTag] }, { name: secondName, tags: [secondTag = 'none'] }],
    page: { current, total = 'unknown' },
  },
} = response;
console.log(status, firstName, firstTag, secondName, secondTag, current, total);
const { settings: { theme = 'light', size = 'm' } = {} } = {};
console.log(theme, size);
const { config: { port } = { port: 8080 } } = { config: undefined };
console.log(port);
const [[, [deep]]] = [[0, ['deep value']]];
console.log(deep);
