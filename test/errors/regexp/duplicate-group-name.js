// capture group names must be unique (ES2024; ES2025 relaxes this only across alternatives)
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}duplicate-group-name.js:5:6: error: {{.*}}regular expression

x = /(?<a>x)(?<a>y)/;
