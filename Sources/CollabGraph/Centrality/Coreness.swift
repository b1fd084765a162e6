/// Coreness (core number): the largest k such that the actor belongs to the k-core, the
/// maximal part of the network in which every actor has at least k partners — how deep
/// inside the densely collaborating centre an actor sits.
///
/// Batagelj–Zaversnik: actors are bucket-sorted by degree and peeled in increasing order;
/// peeling v lowers the degree of each partner with a higher degree by one, moving it one
/// bucket down. The degree at which v is peeled is its core number.
///
/// Reference: V. Batagelj and M. Zaversnik, "An O(m) algorithm for cores decomposition of
/// networks", 2003, arXiv:cs/0310049; S. B. Seidman, "Network structure and minimum
/// degree", Social Networks 5(3), 269–287, 1983, doi:10.1016/0378-8733(83)90028-X.
/// Matches NetworkX 3.6.1 `core_number` of the undirected view.
///
/// - Complexity: O(n + m) time and memory.
/// - Conventions: always on the undirected reading (partners), so a directed view counts
///   distinct in- or out-partners; weights are ignored; self-loops are not in views.
extension GraphView {
    /// The core number of every actor (see above).
    public func coreNumbers() -> [Int] {
        let rows = partners
        let n = nodeCount
        guard n > 0 else { return [] }
        var degree = (0 ..< n).map { rows.degree($0) }
        let maxDegree = degree.max() ?? 0
        // bin[d]: the first position of degree d in `vertices`.
        var bin = [Int](repeating: 0, count: maxDegree + 1)
        for d in degree { bin[d] += 1 }
        var start = 0
        for d in 0 ... maxDegree {
            let count = bin[d]
            bin[d] = start
            start += count
        }
        var position = [Int](repeating: 0, count: n)
        var vertices = [Int](repeating: 0, count: n)
        for v in 0 ..< n {
            position[v] = bin[degree[v]]
            vertices[position[v]] = v
            bin[degree[v]] += 1
        }
        for d in stride(from: maxDegree, to: 0, by: -1) { bin[d] = bin[d - 1] }
        bin[0] = 0
        for i in 0 ..< n {
            let v = vertices[i]
            for entry in rows.row(v) {
                let u = Int(rows.neighbours[entry])
                if degree[u] > degree[v] {
                    let du = degree[u]
                    let pu = position[u]
                    let pw = bin[du]
                    let w = vertices[pw]
                    if u != w {
                        position[u] = pw; vertices[pu] = w
                        position[w] = pu; vertices[pw] = u
                    }
                    bin[du] += 1
                    degree[u] -= 1
                }
            }
        }
        return degree
    }
}
