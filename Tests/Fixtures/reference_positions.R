#!/usr/bin/env Rscript
# Reference values for positions, centralization and competition
# (Tests/CollabGraphTests/Positions, Tests/CollabGraphTests/Centrality/CentralizationTests).
#
# Run from the repository root with Debian's R packages:
#     apt-get install r-base-core r-cran-sna r-cran-blockmodeling r-cran-network r-cran-jsonlite
#     Rscript Tests/Fixtures/reference_positions.R
# Writes Tests/Fixtures/reference/positions/<case>.json (deterministic). The London case
# reads /work/shared/datasets/cordis-h2020/london (or $CORDIS_LONDON) and is skipped when
# the folder is absent; its values (never its data) are committed.
#
# Graphs are read as the Swift loader's collapsed view: actors in nodes.csv order,
# parallel records summed, self-loops dropped; undirected views add each record's weight
# to both cells. "binary" is the 0/1 matrix of the same view.
#
# Sources of truth (sna 2.7, blockmodeling 1.1.4):
# - centralization: sna::centralization(B, FUN, mode = "graph" | "digraph") with degree
#   (cmode freeman, and indegree/outdegree for digraphs), betweenness, closeness, on the
#   binary matrix (sna's degree would sum tie values otherwise); degree vectors from
#   sna::degree.
# - structural equivalence: sna::sedist(M, method = "euclidean" | "correlation") called
#   explicitly (blockmodeling masks it) on a plain matrix, diag = FALSE (the default):
#   profiles are row and column, the cells of i and j themselves left out.
# - hierarchical clustering: stats::hclust(as.dist(D), method) heights and
#   cutree(k = 4) memberships, D the euclidean distances, and 1 - r for correlation.
# - regular equivalence: blockmodeling::REGE.for(M, iter = 3)$E (White's REGGE).
# - blockmodel: densities by blockmodeling::funByBlocks(B, clu, ignore.diag = TRUE) for
#   the complete-linkage cut at k = 4; error against the best nul/com block by
#   blockmodeling::critFunC(B, clu, approaches = "bin", blocks = c("nul", "com"))$err;
#   R^2 of the off-diagonal cells against their block density by stats::cor.
# - competition: partner sets of the view's undirected reading, counted here in plain R.
# - ego composition: Blau 1 - sum p^2 over an ego's alters with a value, IQV = Blau /
#   (1 - 1/K) with K the attribute's categories in the graph, E-I (E - I)/(E + I) of alters
#   with a value (egor::comp_ei), counted here in plain R.
suppressMessages({
  library(sna)
  library(blockmodeling)
  library(jsonlite)
})

root <- getwd()
out <- file.path(root, "Tests", "Fixtures", "reference", "positions")
dir.create(out, recursive = TRUE, showWarnings = FALSE)

read_view <- function(folder, directed, ties_only = FALSE) {
  nodes <- read.csv(file.path(folder, "nodes.csv"), colClasses = "character", check.names = FALSE,
                    na.strings = character(0), encoding = "UTF-8")
  edges <- read.csv(file.path(folder, "edges.csv"), colClasses = "character", check.names = FALSE,
                    na.strings = character(0), encoding = "UTF-8")
  ids <- nodes$id
  n <- length(ids)
  index <- setNames(seq_len(n), ids)
  W <- matrix(0, n, n)
  w <- if ("weight" %in% names(edges)) ifelse(edges$weight == "", 1, as.numeric(edges$weight)) else rep(1, nrow(edges))
  s <- index[edges$source]
  t <- index[edges$target]
  for (r in seq_len(nrow(edges))) {
    if (s[r] == t[r]) next
    W[s[r], t[r]] <- W[s[r], t[r]] + w[r]
    if (!directed) W[t[r], s[r]] <- W[t[r], s[r]] + w[r]
  }
  keep <- seq_len(n)
  if (ties_only) keep <- which(rowSums(W) + colSums(W) > 0)
  list(ids = ids[keep], nodes = nodes[keep, , drop = FALSE], W = unname(W[keep, keep, drop = FALSE]),
       B = unname((W[keep, keep, drop = FALSE] > 0) * 1), directed = directed)
}

rows_of <- function(M) lapply(seq_len(nrow(M)), function(i) unname(M[i, ]))

sedist_pair <- function(M) {
  list(euclidean = sna::sedist(M, method = "euclidean"),
       correlation = sna::sedist(M, method = "correlation"))
}

clusterings <- function(D, k) {
  res <- list()
  for (method in c("complete", "average", "single")) {
    h <- hclust(as.dist(D), method = method)
    res[[method]] <- list(heights = h$height, merge = rows_of(h$merge),
                          membership = unname(cutree(h, k = k)))
  }
  res
}

competition <- function(v, focal_kind, target_kind) {
  U <- (v$B + t(v$B)) > 0
  kinds <- v$nodes$kind
  focal <- which(kinds == focal_kind)
  partners <- lapply(focal, function(p) which(U[p, ]))
  jac <- matrix(0, length(focal), length(focal))
  shared <- matrix(0, length(focal), length(focal))
  for (a in seq_along(focal)) for (b in seq_along(focal)) {
    inter <- length(intersect(partners[[a]], partners[[b]]))
    uni <- length(union(partners[[a]], partners[[b]]))
    jac[a, b] <- if (uni > 0) inter / uni else 0
    shared[a, b] <- inter
  }
  kind_names <- sort(unique(kinds))
  by_kind <- list()
  for (k in kind_names) {
    M <- matrix(0, length(focal), length(focal))
    for (a in seq_along(focal)) for (b in seq_along(focal)) {
      common <- intersect(partners[[a]], partners[[b]])
      M[a, b] <- sum(kinds[common] == k)
    }
    by_kind[[k]] <- rows_of(M)
  }
  targets <- which(kinds == target_kind)
  demands <- sapply(targets, function(x) sum(U[focal, x]))
  list(focal_kind = focal_kind, target_kind = target_kind, focal = v$ids[focal],
       jaccard = rows_of(jac), shared = rows_of(shared), shared_by_kind = by_kind,
       targets = v$ids[targets], demands = unname(demands))
}

ego_composition <- function(v, attribute) {
  U <- (v$B + t(v$B)) > 0
  values <- v$nodes[[attribute]]
  values[values == ""] <- NA
  K <- length(unique(values[!is.na(values)]))
  n <- length(v$ids)
  blau <- rep(NA_real_, n); iqv <- rep(NA_real_, n); ei <- rep(NA_real_, n)
  for (i in seq_len(n)) {
    alters <- which(U[i, ])
    a <- values[alters]
    a <- a[!is.na(a)]
    if (length(a) == 0) next
    p <- table(a) / length(a)
    blau[i] <- 1 - sum(p^2)
    if (K > 1) iqv[i] <- blau[i] / (1 - 1 / K)
    if (!is.na(values[i])) {
      E <- sum(a != values[i]); I <- sum(a == values[i])
      ei[i] <- (E - I) / (E + I)
    }
  }
  list(attribute = attribute, categories = K, blau = blau, iqv = iqv, ei = ei)
}

reference <- function(name, folder, directed, ties_only = FALSE,
                      competition_kinds = NULL, attribute = NULL) {
  v <- read_view(folder, directed, ties_only)
  n <- length(v$ids)
  full <- n <= 60
  mode <- if (directed) "digraph" else "graph"
  B <- v$B
  cen <- list(degree = centralization(B, degree, mode = mode),
              betweenness = centralization(B, betweenness, mode = mode),
              closeness = centralization(B, closeness, mode = mode))
  deg <- list(degree = sna::degree(B, gmode = mode))
  if (directed) {
    cen$indegree <- centralization(B, degree, mode = mode, cmode = "indegree")
    cen$outdegree <- centralization(B, degree, mode = mode, cmode = "outdegree")
    deg$indegree <- sna::degree(B, gmode = mode, cmode = "indegree")
    deg$outdegree <- sna::degree(B, gmode = mode, cmode = "outdegree")
  }
  se_binary <- sedist_pair(B)
  se_weighted <- sedist_pair(v$W)
  rege_binary <- REGE.for(B, iter = 3)$E
  rege_weighted <- REGE.for(v$W, iter = 3)$E
  k <- min(4, n)
  euclid <- clusterings(se_binary$euclidean, k)
  correl <- clusterings(1 - se_binary$correlation, k)
  clu <- euclid$complete$membership
  dens <- funByBlocks(B, clu, ignore.diag = TRUE, FUN = "mean")
  err <- critFunC(B, clu, approaches = "bin", blocks = c("nul", "com"))$err
  off <- row(B) != col(B)
  predicted <- dens[cbind(clu[row(B)], clu[col(B)])]
  r2 <- cor(B[off], matrix(predicted, n, n)[off])^2
  # Full matrices up to 60 actors; above, selected rows (the eight actors of highest
  # degree, ties by actor order) and every row's sum, to keep the fixtures small.
  picked <- order(-rowSums(B + t(B)), seq_len(n))[seq_len(min(8, n))]
  matrices <- function(M) {
    if (full) rows_of(M) else list(rows = picked - 1, values = rows_of(M[picked, , drop = FALSE]),
                                   row_sums = unname(rowSums(M)))
  }
  result <- list(
    name = name, folder = if (startsWith(folder, root)) substring(folder, nchar(root) + 2) else folder,
    directed = directed, ties_only = ties_only, n = n, ids = v$ids,
    centralization = cen, degrees = deg,
    sedist = list(binary = list(euclidean = matrices(se_binary$euclidean), correlation = matrices(se_binary$correlation)),
                  weighted = list(euclidean = matrices(se_weighted$euclidean), correlation = matrices(se_weighted$correlation))),
    rege = list(binary = matrices(rege_binary), weighted = matrices(rege_weighted)),
    hclust = list(k = k, euclidean = euclid, correlation = correl),
    blockmodel = list(membership = clu, density = rows_of(unname(dens)), error = err, r_squared = r2)
  )
  if (!is.null(competition_kinds)) result$competition <- competition(v, competition_kinds[1], competition_kinds[2])
  if (!is.null(attribute)) result$ego <- ego_composition(v, attribute)
  path <- file.path(out, paste0(name, ".json"))
  writeLines(toJSON(result, auto_unbox = TRUE, digits = NA, null = "null", na = "null", pretty = 1), path)
  cat("wrote", path, "\n")
}

reference("karate", file.path(root, "Datasets/karate"), FALSE, attribute = "club")
reference("florentine", file.path(root, "Datasets/florentine"), FALSE)
reference("east-london", file.path(root, "Datasets/east-london"), FALSE,
          competition_kinds = c("anchor", "sme"), attribute = "sector")
reference("east-london-directed", file.path(root, "Datasets/east-london"), TRUE,
          competition_kinds = c("anchor", "employer"), attribute = "kind")
reference("gf-example", file.path(root, "Tests/Fixtures/graphs/gf-example"), TRUE)
reference("nx-directed-D", file.path(root, "Tests/Fixtures/graphs/nx-directed-D"), TRUE)
reference("star", file.path(root, "Tests/Fixtures/graphs/star"), FALSE)
reference("random-directed", file.path(root, "Tests/Fixtures/graphs/random-directed"), TRUE)

london <- Sys.getenv("CORDIS_LONDON", "/work/shared/datasets/cordis-h2020/london")
if (dir.exists(london)) {
  reference("london", london, FALSE, ties_only = TRUE,
            competition_kinds = c("anchor", "employer"), attribute = "kind")
}

# CONCOR partitions from the R package concorR (not in Debian): run with
#     CONCORR_SOURCE=/path/to/concorR/R/CONCOR.R Rscript Tests/Fixtures/reference_positions.R
# (concorR 0.2.x, github.com/ATraxLab/concorR); without it concor.json is left as it is.
concorr <- Sys.getenv("CONCORR_SOURCE", "")
if (nzchar(concorr) && file.exists(concorr)) {
  local({
    source(concorr, local = TRUE)
    partitions <- list()
    for (spec in list(list("karate", "Datasets/karate", FALSE), list("florentine", "Datasets/florentine", FALSE),
                      list("east-london", "Datasets/east-london", FALSE),
                      list("random-directed", "Tests/Fixtures/graphs/random-directed", TRUE),
                      list("sampson-like", "Tests/Fixtures/graphs/sampson-like", TRUE))) {
      v <- read_view(file.path(root, spec[[2]]), spec[[3]])
      B <- v$B
      rownames(B) <- colnames(B) <- sprintf("v%04d", seq_len(nrow(B)))
      splits <- list()
      for (s in 1:3) {
        g <- suppressWarnings(concor(list(B), nsplit = s))
        splits[[s]] <- unname(g$block[match(rownames(B), g$vertex)])
      }
      partitions[[spec[[1]]]] <- list(folder = spec[[2]], directed = spec[[3]], splits = splits)
    }
    path <- file.path(out, "concor.json")
    writeLines(toJSON(partitions, auto_unbox = TRUE, digits = NA, pretty = 1), path)
    cat("wrote", path, "\n")
  })
}
