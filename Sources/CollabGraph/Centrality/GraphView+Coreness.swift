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
        var maxDegree = 0
        for v in 0 ..< n { maxDegree = max(maxDegree, rows.degree(v)) }
        // Dense Int32 buffers, allocated once: degree (then core number), bucket starts,
        // the actors sorted by current degree, and each actor's position in that order.
        var degree = [Int32](repeating: 0, count: n)
        var bin = [Int32](repeating: 0, count: maxDegree + 1)
        var position = [Int32](repeating: 0, count: n)
        var vertices = [Int32](repeating: 0, count: n)
        rows.offsets.withUnsafeBufferPointer { offsets in
        rows.neighbours.withUnsafeBufferPointer { neighbours in
        degree.withUnsafeMutableBufferPointer { degree in
        bin.withUnsafeMutableBufferPointer { bin in
        position.withUnsafeMutableBufferPointer { position in
        vertices.withUnsafeMutableBufferPointer { vertices in
            for v in 0 ..< n {
                let d = offsets[v + 1] - offsets[v]
                degree[v] = Int32(d)
                bin[d] += 1
            }
            var start: Int32 = 0
            for d in 0 ... maxDegree {
                let count = bin[d]
                bin[d] = start
                start += count
            }
            for v in 0 ..< n {
                let d = Int(degree[v])
                position[v] = bin[d]
                vertices[Int(bin[d])] = Int32(v)
                bin[d] += 1
            }
            for d in stride(from: maxDegree, to: 0, by: -1) { bin[d] = bin[d - 1] }
            bin[0] = 0
            for i in 0 ..< n {
                let v = Int(vertices[i])
                let dv = degree[v]
                for entry in offsets[v] ..< offsets[v + 1] {
                    let u = Int(neighbours[entry])
                    let du = degree[u]
                    if du > dv {
                        // Move u to the front of its bucket, then shrink the bucket by one.
                        let pu = Int(position[u])
                        let pw = Int(bin[Int(du)])
                        let w = Int(vertices[pw])
                        if u != w {
                            position[u] = Int32(pw); vertices[pu] = Int32(w)
                            position[w] = Int32(pu); vertices[pw] = Int32(u)
                        }
                        bin[Int(du)] += 1
                        degree[u] = du - 1
                    }
                }
            }
        }}}}}}
        return degree.map(Int.init)
    }
}
