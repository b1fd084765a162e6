Creator "igraph version 1.0.0 Mon Nov 30 16:45:23 2026"
Version 1
graph
[
  directed 1
  node
  [
    id 0
    name "p0"
  ]
  node
  [
    id 1
    name "p1"
  ]
  node
  [
    id 2
    name "p2"
  ]
  node
  [
    id 3
    name "p3"
  ]
  edge
  [
    source 0
    target 1
    weight 1.5
  ]
  edge
  [
    source 0
    target 1
    weight 2.5
  ]
  edge
  [
    source 1
    target 2
    weight 1
  ]
  edge
  [
    source 2
    target 2
    weight 4
  ]
  edge
  [
    source 3
    target 0
    weight 0.5
  ]
]
