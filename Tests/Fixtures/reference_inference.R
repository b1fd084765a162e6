#!/usr/bin/env Rscript
# Reference values for conditional uniform graph tests (Tests/CollabGraphTests/Inference).
#
# Run from the repository root with R's sna (Debian: r-cran-sna) and jsonlite:
#     Rscript Tests/Fixtures/reference_inference.R
# Writes Tests/Fixtures/reference/inference/cug-<case>.json (deterministic: set.seed).
#
# Each case is a random graph drawn here (sna::rgnm / rgraph / rguman), with a random
# group label per actor. For every statistic and null model, sna::cug.test runs 5,000
# draws and the JSON records the observed statistic (compared by the Swift tests to 1e-9)
# and the two p-values, the null mean and standard deviation (compared within Monte Carlo
# error: the Swift draws are different random graphs from the same null).
#
# Statistics, as collab defines them (see Sources/CollabGraph/Inference/GraphStatistic.swift):
#   transitivity          gtrans of the symmetrised graph, mode "graph"
#   average-clustering    mean over actors of 2T(u)/(k(k-1)), 0 when k < 2, symmetrised graph
#   degree-centralization centralization(g, degree, mode)
#   betweenness-centralization centralization(g, betweenness, mode)
#   reciprocity           grecip(g, measure = "edgewise") (directed cases only)
#   ei                    (E - I)/(E + I) over ties (arcs when directed) by group
#   modularity            Newman-Girvan (undirected) or Leicht-Newman (directed) of the groups
#   mean-distance         mean of the finite geodesic distances between distinct actors,
#                         symmetrised graph
suppressMessages(library(sna))
suppressMessages(library(jsonlite))

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
root <- normalizePath(file.path(dirname(script), "..", ".."))
out <- file.path(root, "Tests", "Fixtures", "reference", "inference")
dir.create(out, recursive = TRUE, showWarnings = FALSE)
REPS <- 5000

matrix_of <- function(x) {
  m <- as.sociomatrix.sna(x)
  diag(m) <- 0
  m[m != 0] <- 1
  m
}

average_clustering <- function(x) {
  a <- symmetrize(matrix_of(x))
  k <- rowSums(a)
  t2 <- diag(a %*% a %*% a)   # 2 T(u)
  c <- ifelse(k < 2, 0, t2 / (k * (k - 1)))
  mean(c)
}

transitivity <- function(x) gtrans(symmetrize(matrix_of(x)), mode = "graph")

ei_index <- function(x, groups, directed) {
  a <- matrix_of(x)
  same <- outer(groups, groups, "==")
  if (directed) {
    internal <- sum(a[same]); external <- sum(a[!same])
  } else {
    upper <- upper.tri(a)
    internal <- sum(a[same & upper]); external <- sum(a[!same & upper])
  }
  (external - internal) / (external + internal)
}

modularity <- function(x, groups, directed) {
  a <- matrix_of(x)
  same <- outer(groups, groups, "==")
  if (directed) {
    m <- sum(a)
    expected <- outer(rowSums(a), colSums(a)) / m
    sum((a - expected)[same]) / m
  } else {
    m2 <- sum(a)   # 2m
    k <- rowSums(a)
    sum((a - outer(k, k) / m2)[same]) / m2
  }
}

mean_distance <- function(x) {
  d <- geodist(symmetrize(matrix_of(x)))$gdist
  diag(d) <- NA
  mean(d[is.finite(d)])
}

statistics <- function(directed, groups) {
  mode <- if (directed) "digraph" else "graph"
  s <- list(
    "transitivity" = function(x) transitivity(x),
    "average-clustering" = function(x) average_clustering(x),
    "degree-centralization" = function(x) centralization(x, degree, mode = mode),
    "betweenness-centralization" = function(x) centralization(x, betweenness, mode = mode),
    "ei" = function(x) ei_index(x, groups, directed),
    "modularity" = function(x) modularity(x, groups, directed),
    "mean-distance" = function(x) mean_distance(x)
  )
  if (directed) s[["reciprocity"]] <- function(x) grecip(x, measure = "edgewise")
  s
}

run_case <- function(name, g, directed, groups, nulls) {
  mode <- if (directed) "digraph" else "graph"
  a <- matrix_of(g)
  edges <- which(a == 1, arr.ind = TRUE)
  if (!directed) edges <- edges[edges[, 1] < edges[, 2], , drop = FALSE]
  edges <- edges[order(edges[, 1], edges[, 2]), , drop = FALSE]
  results <- list()
  stats <- statistics(directed, groups)
  for (stat in names(stats)) {
    for (null in nulls) {
      cmode <- switch(null, size = "size", edges = "edges", dyads = "dyad.census")
      test <- cug.test(a, stats[[stat]], mode = mode, cmode = cmode, reps = REPS)
      reps <- test$rep.stat[is.finite(test$rep.stat)]
      results[[length(results) + 1]] <- list(
        statistic = stat, null = null, observed = test$obs.stat,
        p_at_least = mean(reps >= test$obs.stat), p_at_most = mean(reps <= test$obs.stat),
        mean = mean(reps), sd = sd(reps), defined = length(reps))
    }
  }
  doc <- list(name = name, directed = directed, actors = nrow(a), draws = REPS,
              edges = unname(edges - 1), groups = groups, results = results)
  writeLines(toJSON(doc, digits = NA, auto_unbox = TRUE, pretty = TRUE),
             file.path(out, paste0("cug-", name, ".json")))
}

set.seed(27)
# A sparse undirected G(n, m): under the edges null every statistic is typical.
n <- 30
g <- rgnm(1, n, 70, mode = "graph")
run_case("undirected", g, FALSE, sample(c("a", "b", "c"), n, replace = TRUE), c("edges", "dyads"))

# A half-dense undirected graph: the size null draws graphs like it.
n <- 12
g <- rgraph(n, 1, tprob = 0.5, mode = "graph")
run_case("undirected-dense", g, FALSE, sample(c("a", "b"), n, replace = TRUE), c("size", "edges"))

# A directed graph with a given dyad census, and a half-dense one.
n <- 20
g <- rguman(1, n, mut = 25, asym = 40, null = choose(n, 2) - 65, method = "exact")
run_case("directed", g, TRUE, sample(c("a", "b", "c"), n, replace = TRUE), c("edges", "dyads"))

n <- 10
g <- rgraph(n, 1, tprob = 0.5)
run_case("directed-dense", g, TRUE, sample(c("a", "b"), n, replace = TRUE), c("size", "edges", "dyads"))
