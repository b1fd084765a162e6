Creator "igraph version 1.0.0 Mon Nov 30 16:45:23 2026"
Version 1
graph
[
  directed 0
  node
  [
    id 0
    name "z0"
    faction "a"
  ]
  node
  [
    id 1
    name "z1"
    faction "b"
  ]
  node
  [
    id 2
    name "z2"
    faction "a"
  ]
  node
  [
    id 3
    name "z3"
    faction "b"
  ]
  node
  [
    id 4
    name "z4"
    faction "a"
  ]
  node
  [
    id 5
    name "z5"
    faction "b"
  ]
  node
  [
    id 6
    name "z6"
    faction "a"
  ]
  node
  [
    id 7
    name "z7"
    faction "b"
  ]
  node
  [
    id 8
    name "z8"
    faction "a"
  ]
  node
  [
    id 9
    name "z9"
    faction "b"
  ]
  node
  [
    id 10
    name "z10"
    faction "a"
  ]
  node
  [
    id 11
    name "z11"
    faction "b"
  ]
  node
  [
    id 12
    name "z12"
    faction "a"
  ]
  node
  [
    id 13
    name "z13"
    faction "b"
  ]
  node
  [
    id 14
    name "z14"
    faction "a"
  ]
  node
  [
    id 15
    name "z15"
    faction "b"
  ]
  node
  [
    id 16
    name "z16"
    faction "a"
  ]
  node
  [
    id 17
    name "z17"
    faction "b"
  ]
  node
  [
    id 18
    name "z18"
    faction "a"
  ]
  node
  [
    id 19
    name "z19"
    faction "b"
  ]
  node
  [
    id 20
    name "z20"
    faction "a"
  ]
  node
  [
    id 21
    name "z21"
    faction "b"
  ]
  node
  [
    id 22
    name "z22"
    faction "a"
  ]
  node
  [
    id 23
    name "z23"
    faction "b"
  ]
  node
  [
    id 24
    name "z24"
    faction "a"
  ]
  node
  [
    id 25
    name "z25"
    faction "b"
  ]
  node
  [
    id 26
    name "z26"
    faction "a"
  ]
  node
  [
    id 27
    name "z27"
    faction "b"
  ]
  node
  [
    id 28
    name "z28"
    faction "a"
  ]
  node
  [
    id 29
    name "z29"
    faction "b"
  ]
  node
  [
    id 30
    name "z30"
    faction "a"
  ]
  node
  [
    id 31
    name "z31"
    faction "b"
  ]
  node
  [
    id 32
    name "z32"
    faction "a"
  ]
  node
  [
    id 33
    name "z33"
    faction "b"
  ]
  edge
  [
    source 1
    target 0
    weight 1
  ]
  edge
  [
    source 2
    target 0
    weight 2
  ]
  edge
  [
    source 3
    target 0
    weight 3
  ]
  edge
  [
    source 4
    target 0
    weight 4
  ]
  edge
  [
    source 5
    target 0
    weight 1
  ]
  edge
  [
    source 6
    target 0
    weight 2
  ]
  edge
  [
    source 7
    target 0
    weight 3
  ]
  edge
  [
    source 8
    target 0
    weight 4
  ]
  edge
  [
    source 10
    target 0
    weight 1
  ]
  edge
  [
    source 11
    target 0
    weight 2
  ]
  edge
  [
    source 12
    target 0
    weight 3
  ]
  edge
  [
    source 13
    target 0
    weight 4
  ]
  edge
  [
    source 17
    target 0
    weight 1
  ]
  edge
  [
    source 19
    target 0
    weight 2
  ]
  edge
  [
    source 21
    target 0
    weight 3
  ]
  edge
  [
    source 31
    target 0
    weight 4
  ]
  edge
  [
    source 2
    target 1
    weight 1
  ]
  edge
  [
    source 3
    target 1
    weight 2
  ]
  edge
  [
    source 7
    target 1
    weight 3
  ]
  edge
  [
    source 13
    target 1
    weight 4
  ]
  edge
  [
    source 17
    target 1
    weight 1
  ]
  edge
  [
    source 19
    target 1
    weight 2
  ]
  edge
  [
    source 21
    target 1
    weight 3
  ]
  edge
  [
    source 30
    target 1
    weight 4
  ]
  edge
  [
    source 3
    target 2
    weight 1
  ]
  edge
  [
    source 7
    target 2
    weight 2
  ]
  edge
  [
    source 27
    target 2
    weight 3
  ]
  edge
  [
    source 28
    target 2
    weight 4
  ]
  edge
  [
    source 32
    target 2
    weight 1
  ]
  edge
  [
    source 9
    target 2
    weight 2
  ]
  edge
  [
    source 8
    target 2
    weight 3
  ]
  edge
  [
    source 13
    target 2
    weight 4
  ]
  edge
  [
    source 7
    target 3
    weight 1
  ]
  edge
  [
    source 12
    target 3
    weight 2
  ]
  edge
  [
    source 13
    target 3
    weight 3
  ]
  edge
  [
    source 6
    target 4
    weight 4
  ]
  edge
  [
    source 10
    target 4
    weight 1
  ]
  edge
  [
    source 6
    target 5
    weight 2
  ]
  edge
  [
    source 10
    target 5
    weight 3
  ]
  edge
  [
    source 16
    target 5
    weight 4
  ]
  edge
  [
    source 16
    target 6
    weight 1
  ]
  edge
  [
    source 30
    target 8
    weight 2
  ]
  edge
  [
    source 32
    target 8
    weight 3
  ]
  edge
  [
    source 33
    target 8
    weight 4
  ]
  edge
  [
    source 33
    target 9
    weight 1
  ]
  edge
  [
    source 33
    target 13
    weight 2
  ]
  edge
  [
    source 32
    target 14
    weight 3
  ]
  edge
  [
    source 33
    target 14
    weight 4
  ]
  edge
  [
    source 32
    target 15
    weight 1
  ]
  edge
  [
    source 33
    target 15
    weight 2
  ]
  edge
  [
    source 32
    target 18
    weight 3
  ]
  edge
  [
    source 33
    target 18
    weight 4
  ]
  edge
  [
    source 33
    target 19
    weight 1
  ]
  edge
  [
    source 32
    target 20
    weight 2
  ]
  edge
  [
    source 33
    target 20
    weight 3
  ]
  edge
  [
    source 32
    target 22
    weight 4
  ]
  edge
  [
    source 33
    target 22
    weight 1
  ]
  edge
  [
    source 25
    target 23
    weight 2
  ]
  edge
  [
    source 27
    target 23
    weight 3
  ]
  edge
  [
    source 32
    target 23
    weight 4
  ]
  edge
  [
    source 33
    target 23
    weight 1
  ]
  edge
  [
    source 29
    target 23
    weight 2
  ]
  edge
  [
    source 25
    target 24
    weight 3
  ]
  edge
  [
    source 27
    target 24
    weight 4
  ]
  edge
  [
    source 31
    target 24
    weight 1
  ]
  edge
  [
    source 31
    target 25
    weight 2
  ]
  edge
  [
    source 29
    target 26
    weight 3
  ]
  edge
  [
    source 33
    target 26
    weight 4
  ]
  edge
  [
    source 33
    target 27
    weight 1
  ]
  edge
  [
    source 31
    target 28
    weight 2
  ]
  edge
  [
    source 33
    target 28
    weight 3
  ]
  edge
  [
    source 32
    target 29
    weight 4
  ]
  edge
  [
    source 33
    target 29
    weight 1
  ]
  edge
  [
    source 32
    target 30
    weight 2
  ]
  edge
  [
    source 33
    target 30
    weight 3
  ]
  edge
  [
    source 32
    target 31
    weight 4
  ]
  edge
  [
    source 33
    target 31
    weight 1
  ]
  edge
  [
    source 33
    target 32
    weight 2
  ]
]
