graph [
  node [
    id 0
    label "Acciaiuoli"
    wealth_rank 1
  ]
  node [
    id 1
    label "Medici"
    wealth_rank 2
  ]
  node [
    id 2
    label "Castellani"
    wealth_rank 3
  ]
  node [
    id 3
    label "Peruzzi"
    wealth_rank 4
  ]
  node [
    id 4
    label "Strozzi"
    wealth_rank 5
  ]
  node [
    id 5
    label "Barbadori"
    wealth_rank 6
  ]
  node [
    id 6
    label "Ridolfi"
    wealth_rank 7
  ]
  node [
    id 7
    label "Tornabuoni"
    wealth_rank 8
  ]
  node [
    id 8
    label "Albizzi"
    wealth_rank 9
  ]
  node [
    id 9
    label "Salviati"
    wealth_rank 10
  ]
  node [
    id 10
    label "Pazzi"
    wealth_rank 11
  ]
  node [
    id 11
    label "Bischeri"
    wealth_rank 12
  ]
  node [
    id 12
    label "Guadagni"
    wealth_rank 13
  ]
  node [
    id 13
    label "Ginori"
    wealth_rank 14
  ]
  node [
    id 14
    label "Lamberteschi"
    wealth_rank 15
  ]
  edge [
    source 0
    target 1
    weight 1
    note "marriage &#38; &#34;alliance&#34; &#233;"
  ]
  edge [
    source 1
    target 5
    weight 2
    note "marriage &#38; &#34;alliance&#34; &#233;"
  ]
  edge [
    source 1
    target 6
    weight 3
    note "marriage &#38; &#34;alliance&#34; &#233;"
  ]
  edge [
    source 1
    target 7
    weight 1
    note "marriage &#38; &#34;alliance&#34; &#233;"
  ]
  edge [
    source 1
    target 8
    weight 2
    note "marriage &#38; &#34;alliance&#34; &#233;"
  ]
  edge [
    source 1
    target 9
    weight 3
    note "marriage &#38; &#34;alliance&#34; &#233;"
  ]
  edge [
    source 2
    target 3
    weight 1
    note "marriage &#38; &#34;alliance&#34; &#233;"
  ]
  edge [
    source 2
    target 4
    weight 2
    note "marriage &#38; &#34;alliance&#34; &#233;"
  ]
  edge [
    source 2
    target 5
    weight 3
    note "marriage &#38; &#34;alliance&#34; &#233;"
  ]
  edge [
    source 3
    target 4
    weight 1
    note "marriage &#38; &#34;alliance&#34; &#233;"
  ]
  edge [
    source 3
    target 11
    weight 2
    note "marriage &#38; &#34;alliance&#34; &#233;"
  ]
  edge [
    source 4
    target 6
    weight 3
    note "marriage &#38; &#34;alliance&#34; &#233;"
  ]
  edge [
    source 4
    target 11
    weight 1
    note "marriage &#38; &#34;alliance&#34; &#233;"
  ]
  edge [
    source 6
    target 7
    weight 2
    note "marriage &#38; &#34;alliance&#34; &#233;"
  ]
  edge [
    source 7
    target 12
    weight 3
    note "marriage &#38; &#34;alliance&#34; &#233;"
  ]
  edge [
    source 8
    target 13
    weight 1
    note "marriage &#38; &#34;alliance&#34; &#233;"
  ]
  edge [
    source 8
    target 12
    weight 2
    note "marriage &#38; &#34;alliance&#34; &#233;"
  ]
  edge [
    source 9
    target 10
    weight 3
    note "marriage &#38; &#34;alliance&#34; &#233;"
  ]
  edge [
    source 11
    target 12
    weight 1
    note "marriage &#38; &#34;alliance&#34; &#233;"
  ]
  edge [
    source 12
    target 14
    weight 2
    note "marriage &#38; &#34;alliance&#34; &#233;"
  ]
]
