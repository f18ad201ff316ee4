// strict code cannot delete an unqualified identifier
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}delete-of-identifier.js:6:1: error: {{.*}}strict

"use strict";
delete x;
