import Foundation

extension NameReconciler {
    /// The register prepared for matching: every entry's words as ids, word weights (IDF),
    /// inverted indices of name and address words, and lookups by compact name and postcode.
    struct Index: Sendable {
        /// A name (query or entry) ready to compare.
        struct Prepared: Sendable {
            var words: [Int32] = []          // name word ids, −1 for words the register lacks
            var wordTexts: [String] = []
            var legalForms: [String] = []
            var compact = ""
            var shortWords: [Int32] = []
            var shortTexts: [String] = []
            var shortCompact = ""
            var address: [Int32] = []        // address word ids the register knows, sorted, unique
            var city: [Int32] = []           // those of them from the city field, sorted
            var addressTexts: [String] = []  // every address word, in order
            var postcode = ""
            var country = ""
        }

        let entries: [Prepared]
        let nameWords: [String: Int32]
        let nameWordTexts: [String]
        let nameWeights: [Double]
        let nameOffsets: [Int32]
        let namePostings: [Int32]
        let addressWords: [String: Int32]
        let addressWeights: [Double]
        /// Whether each address word is a number (house numbers, postal districts).
        let addressIsNumber: [Bool]
        let addressOffsets: [Int32]
        let addressPostings: [Int32]
        let byCompact: [String: [Int32]]
        let byPostcode: [String: [Int32]]
        /// ln(1 + N): the weight of a word found once; the unit of evidence.
        let evidenceScale: Double
        /// Postings longer than this are read only for a name's two rarest words.
        let postingCap: Int

        static let candidateLimit = 32

        init(_ register: NameRegister) {
            let count = register.count
            evidenceScale = log(1 + Double(max(count, 1)))
            postingCap = max(100, Int(8 * Double(count).squareRoot()))
            var texts = register.entries.map { Index.texts(of: $0.fields) }
            // Vocabularies and document frequencies.
            var nameWords: [String: Int32] = [:]
            var nameTexts: [String] = []
            var nameFrequency: [Int] = []
            var addressWords: [String: Int32] = [:]
            var addressFrequency: [Int] = []
            for entry in texts {
                for word in Set(entry.name + entry.short) {
                    if let id = nameWords[word] { nameFrequency[Int(id)] += 1 } else {
                        nameWords[word] = Int32(nameTexts.count); nameTexts.append(word); nameFrequency.append(1)
                    }
                }
                for word in Set(entry.address) {
                    if let id = addressWords[word] { addressFrequency[Int(id)] += 1 } else {
                        addressWords[word] = Int32(addressFrequency.count); addressFrequency.append(1)
                    }
                }
            }
            self.nameWords = nameWords
            nameWordTexts = nameTexts
            let total = Double(max(count, 1))
            nameWeights = nameFrequency.map { log(1 + total / Double($0)) }
            self.addressWords = addressWords
            var isNumber = [Bool](repeating: false, count: addressFrequency.count)
            for (word, id) in addressWords { isNumber[Int(id)] = word.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }
            addressIsNumber = isNumber
            addressWeights = addressFrequency.map { log(1 + total / Double($0)) }
            var prepared: [Prepared] = []
            prepared.reserveCapacity(count)
            for index in texts.indices {
                prepared.append(Index.prepare(texts[index], nameWords: nameWords, addressWords: addressWords))
            }
            texts = []
            entries = prepared
            (nameOffsets, namePostings) = Index.postings(prepared.map { $0.words + $0.shortWords }, vocabulary: nameFrequency.count)
            (addressOffsets, addressPostings) = Index.postings(prepared.map(\.address), vocabulary: addressFrequency.count)
            var byCompact: [String: [Int32]] = [:]
            var byPostcode: [String: [Int32]] = [:]
            for (index, entry) in prepared.enumerated() {
                if !entry.compact.isEmpty { byCompact[entry.compact, default: []].append(Int32(index)) }
                if !entry.shortCompact.isEmpty && entry.shortCompact != entry.compact { byCompact[entry.shortCompact, default: []].append(Int32(index)) }
                if entry.postcode.utf8.count >= 3 { byPostcode[entry.postcode, default: []].append(Int32(index)) }
            }
            self.byCompact = byCompact
            self.byPostcode = byPostcode
        }

        /// Inverted index (CSR): for each word id, the entries holding it, ascending.
        private static func postings(_ lists: [[Int32]], vocabulary: Int) -> ([Int32], [Int32]) {
            var counts = [Int32](repeating: 0, count: vocabulary + 1)
            for list in lists { for word in Set(list) where word >= 0 { counts[Int(word) + 1] += 1 } }
            for word in 0 ..< vocabulary { counts[word + 1] += counts[word] }
            var fill = counts
            var postings = [Int32](repeating: 0, count: Int(counts[vocabulary]))
            for (entry, list) in lists.enumerated() {
                for word in Set(list).sorted() where word >= 0 {
                    postings[Int(fill[Int(word)])] = Int32(entry)
                    fill[Int(word)] += 1
                }
            }
            return (counts, postings)
        }

        struct Texts {
            var name: [String]
            var legalForms: [String]
            var short: [String]
            var address: [String]
            var city: [String]
            var postcode: String
            var country: String
        }

        static func texts(of fields: NameQuery) -> Texts {
            let name = OrganisationName(fields.name)
            let short = fields.shortName.isEmpty ? [] : OrganisationName(fields.shortName).words
            let address = OrganisationName.addressWords([fields.street, fields.city, fields.postcode].filter { !$0.isEmpty }.joined(separator: ", "))
            return Texts(name: name.words, legalForms: name.legalForms, short: short, address: address,
                         city: OrganisationName.addressWords(fields.city),
                         postcode: OrganisationName.compactPostcode(fields.postcode), country: OrganisationName.countryCode(fields.country))
        }

        static func prepare(_ texts: Texts, nameWords: [String: Int32], addressWords: [String: Int32]) -> Prepared {
            var prepared = Prepared()
            prepared.wordTexts = texts.name
            prepared.words = texts.name.map { nameWords[$0] ?? -1 }
            prepared.legalForms = texts.legalForms
            prepared.compact = texts.name.joined()
            prepared.shortTexts = texts.short
            prepared.shortWords = texts.short.map { nameWords[$0] ?? -1 }
            prepared.shortCompact = texts.short.joined()
            prepared.addressTexts = texts.address
            prepared.address = Array(Set(texts.address.compactMap { addressWords[$0] })).sorted()
            prepared.city = Array(Set(texts.city.compactMap { addressWords[$0] })).sorted()
            prepared.postcode = texts.postcode
            prepared.country = texts.country
            return prepared
        }

        func prepare(_ query: NameQuery) -> Prepared {
            Index.prepare(Index.texts(of: query), nameWords: nameWords, addressWords: addressWords)
        }

        func nameWeight(_ word: Int32) -> Double { word >= 0 ? nameWeights[Int(word)] : evidenceScale }

        // MARK: - Candidates

        /// The candidates for `query`, compared in full and ranked best first (ties by register order).
        func rank(_ query: Prepared, excluding excluded: Int?, scratch: inout Scratch) -> [Evidence] {
            // Blocking: shared rare name words, address words, compact name, postcode.
            func add(_ entry: Int32, _ weight: Double) {
                if scratch.weight[Int(entry)] == 0 { scratch.touched.append(entry) }
                scratch.weight[Int(entry)] += weight
            }
            let nameBlock = Set(query.words + query.shortWords).filter { $0 >= 0 }
                .sorted { (nameOffsets[Int($0) + 1] - nameOffsets[Int($0)], $0) < (nameOffsets[Int($1) + 1] - nameOffsets[Int($1)], $1) }
            for (rank, word) in nameBlock.prefix(8).enumerated() {
                let range = Int(nameOffsets[Int(word)]) ..< Int(nameOffsets[Int(word) + 1])
                // Common words only when the name has no rarer one (then its rarest alone).
                guard range.count <= postingCap || rank == 0 else { break }
                let weight = nameWeights[Int(word)]
                for position in range { add(namePostings[position], weight) }
            }
            let addressBlock = query.address.sorted { (addressOffsets[Int($0) + 1] - addressOffsets[Int($0)], $0) < (addressOffsets[Int($1) + 1] - addressOffsets[Int($1)], $1) }
            for word in addressBlock.prefix(6) {
                let range = Int(addressOffsets[Int(word)]) ..< Int(addressOffsets[Int(word) + 1])
                guard range.count <= postingCap else { break }
                let weight = 0.5 * addressWeights[Int(word)]
                for position in range { add(addressPostings[position], weight) }
            }
            for key in [query.compact, query.shortCompact] where !key.isEmpty {
                for entry in byCompact[key] ?? [] { add(entry, 2 * evidenceScale) }
            }
            if !byPostcode.isEmpty {
                for postcode in postcodes(of: query) {
                    for entry in byPostcode[postcode] ?? [] { add(entry, evidenceScale) }
                }
            }
            // The best `candidateLimit` by shared weight (summed in a fixed order: deterministic),
            // kept in a short sorted list rather than sorting every entry touched.
            var blocked: [(entry: Int32, weight: Double)] = []
            blocked.reserveCapacity(Index.candidateLimit + 1)
            for entry in scratch.touched where Int(entry) != excluded {
                let weight = scratch.weight[Int(entry)]
                if blocked.count == Index.candidateLimit {
                    let last = blocked[blocked.count - 1]
                    guard weight > last.weight || (weight == last.weight && entry < last.entry) else { continue }
                    blocked.removeLast()
                }
                var low = 0, high = blocked.count
                while low < high {
                    let middle = (low + high) / 2
                    let other = blocked[middle]
                    if other.weight > weight || (other.weight == weight && other.entry < entry) { low = middle + 1 } else { high = middle }
                }
                blocked.insert((entry, weight), at: low)
            }
            for entry in scratch.touched { scratch.weight[Int(entry)] = 0 }
            scratch.touched.removeAll(keepingCapacity: true)
            return blocked.map { evidence(query, entry: Int($0.entry)) }
                .sorted { ($0.score, $0.sharedAddress, -$0.entry) > ($1.score, $1.sharedAddress, -$1.entry) }
        }

        /// Postcodes the query gives or names in its address (one to three words run together).
        func postcodes(of query: Prepared) -> [String] {
            var found: [String] = query.postcode.utf8.count >= 3 ? [query.postcode] : []
            let words = query.addressTexts
            for start in words.indices {
                var joined = ""
                for end in start ..< min(words.count, start + 3) {
                    joined += words[end]
                    if joined.utf8.count >= 3 && byPostcode[joined] != nil { found.append(joined) }
                }
            }
            return found
        }

        /// The weight of the address words both share. The words of `b`'s city count at most a
        /// quarter of ``evidenceScale`` (a town is shared by many organisations), house numbers
        /// at most as much as the street words shared with them (a number alone is a coincidence).
        func sharedAddressWeight(_ a: [Int32], _ b: [Int32], city: [Int32]) -> Double {
            var i = 0, j = 0, words = 0.0, numbers = 0.0, town = 0.0
            while i < a.count && j < b.count {
                if a[i] == b[j] {
                    let word = Int(a[i])
                    if city.contains(a[i]) { town += addressWeights[word] } else if addressIsNumber[word] { numbers += addressWeights[word] } else { words += addressWeights[word] }
                    i += 1; j += 1
                } else if a[i] < b[j] { i += 1 } else { j += 1 }
            }
            return words + min(numbers, words) + min(town, 0.25 * evidenceScale)
        }

        // MARK: - Comparing

        /// Name, address, short name and country compared for one entry.
        func evidence(_ query: Prepared, entry index: Int) -> Evidence {
            entries.withUnsafeBufferPointer { evidence(query, entry: $0[index], index: index) }
        }

        private func evidence(_ query: Prepared, entry: borrowing Prepared, index: Int) -> Evidence {
            // Names equal once run together ("HACKNEYFOODPARTNERSHIP") are identical.
            var siblings = false
            var name = 1.0
            if query.compact.isEmpty || query.compact != entry.compact {
                (name, siblings) = comparison(query.words, query.wordTexts, entry.words, entry.wordTexts)
            }
            if !entry.shortWords.isEmpty {
                name = max(name, 0.9 * similarity(query.words, query.wordTexts, entry.shortWords, entry.shortTexts))
            }
            if !query.shortWords.isEmpty {
                name = max(name, 0.9 * similarity(query.shortWords, query.shortTexts, entry.words, entry.wordTexts))
            }
            let shortNameAgrees = (!query.shortCompact.isEmpty && (query.shortCompact == entry.shortCompact || query.shortCompact == entry.compact))
                || (query.compact.utf8.count >= 3 && query.compact == entry.shortCompact)
            var shared = sharedAddressWeight(query.address, entry.address, city: entry.city)
            if entry.postcode.utf8.count >= 3 {
                if query.postcode == entry.postcode || (query.postcode.isEmpty && postcodes(of: query).contains(entry.postcode)) {
                    shared += evidenceScale
                }
            } else if query.postcode.utf8.count >= 3 && entry.addressTexts.contains(where: { $0 == query.postcode }) {
                shared += evidenceScale
            }
            let address = min(1, shared / evidenceScale)
            var score = name + (1 - name) * 0.75 * address
            if !query.addressTexts.isEmpty && !entry.addressTexts.isEmpty {
                // Both give an address: sharing little of it is evidence against.
                score -= 0.08 * (1 - address)
            }
            if !query.legalForms.isEmpty && !entry.legalForms.isEmpty && Set(query.legalForms).isDisjoint(with: entry.legalForms) {
                score -= 0.02
            }
            let countriesDiffer = query.country.utf8.count == 2 && entry.country.utf8.count == 2 && query.country != entry.country
            if countriesDiffer { score *= 0.5 }
            score = min(1, max(0, score))
            return Evidence(entry: index, name: name, address: address, sharedAddress: shared, siblings: siblings, shortNameAgrees: shortNameAgrees,
                            countriesDiffer: countriesDiffer, score: score)
        }

        /// Weighted Dice similarity of two word lists (see ``NameReconciler``).
        func similarity(_ a: [Int32], _ aTexts: [String], _ b: [Int32], _ bTexts: [String]) -> Double {
            comparison(a, aTexts, b, bTexts).similarity
        }

        /// The similarity, and whether the names look like two members of one group: each has
        /// words the other lacks and none of those is rare (all are found in two entries or more:
        /// "ALMOND SCIENCES" / "ALMOND DIAGNOSTICS"), where a rename brings a new, rare word.
        func comparison(_ a: [Int32], _ aTexts: [String], _ b: [Int32], _ bTexts: [String]) -> (similarity: Double, siblings: Bool) {
            guard !a.isEmpty, !b.isEmpty else { return (0, false) }
            let aWeights = a.map(nameWeight)
            let bWeights = b.map(nameWeight)
            let total = aWeights.reduce(0, +) + bWeights.reduce(0, +)
            var aDone = [Bool](repeating: false, count: a.count)
            var bDone = [Bool](repeating: false, count: b.count)
            var credit = 0.0
            for i in a.indices {
                for j in b.indices where !bDone[j] && (a[i] >= 0 ? a[i] == b[j] : aTexts[i] == bTexts[j]) {
                    aDone[i] = true; bDone[j] = true
                    credit += aWeights[i] + bWeights[j]
                    break
                }
            }
            if aDone.allSatisfy({ $0 }) && bDone.allSatisfy({ $0 }) { return (1, false) }
            // Two adjacent words run together, or initials, on either side.
            Index.matchJoined(aTexts, aWeights, &aDone, bTexts, bWeights, &bDone, &credit)
            Index.matchJoined(bTexts, bWeights, &bDone, aTexts, aWeights, &aDone, &credit)
            Index.matchInitials(aTexts, aWeights, &aDone, bTexts, bWeights, &bDone, &credit)
            Index.matchInitials(bTexts, bWeights, &bDone, aTexts, aWeights, &aDone, &credit)
            // Spelling variants and abbreviations.
            var aCredit = 0.0, bCredit = 0.0
            for i in a.indices where !aDone[i] {
                var best = 0.0, bestIndex = -1
                for j in b.indices where !bDone[j] {
                    let value = Index.wordSimilarity(aTexts[i], bTexts[j])
                    if value > best { best = value; bestIndex = j }
                }
                if bestIndex >= 0 {
                    aDone[i] = true; bDone[bestIndex] = true
                    credit += best * (aWeights[i] + bWeights[bestIndex])
                    aCredit += (1 - best) * aWeights[i]
                    bCredit += (1 - best) * bWeights[bestIndex]
                }
            }
            // Containment: the share of each side's weight matched (a name that is the other
            // with words added or dropped is contained in it).
            let aTotal = aWeights.reduce(0, +), bTotal = bWeights.reduce(0, +)
            let aUnmatched = zip(aDone, aWeights).reduce(0) { $0 + ($1.0 ? 0 : $1.1) } + aCredit
            let bUnmatched = zip(bDone, bWeights).reduce(0) { $0 + ($1.0 ? 0 : $1.1) } + bCredit
            let containment = max(1 - aUnmatched / aTotal, 1 - bUnmatched / bTotal)
            let common = log(1 + Double(entries.count) / 2)
            let aLeft = a.indices.filter { !aDone[$0] }, bLeft = b.indices.filter { !bDone[$0] }
            let siblings = !aLeft.isEmpty && !bLeft.isEmpty
                && aLeft.allSatisfy { aWeights[$0] <= common } && bLeft.allSatisfy { bWeights[$0] <= common }
            return (min(1, 0.5 * credit / total + 0.5 * containment), siblings)
        }

        /// Marks a word of `x` that is two adjacent unmatched words of `y` run together, or a
        /// stop word glued to a word of `y` (`andsocial`).
        static func matchJoined(_ x: [String], _ xWeights: [Double], _ xDone: inout [Bool],
                                _ y: [String], _ yWeights: [Double], _ yDone: inout [Bool], _ credit: inout Double) {
            for i in x.indices where !xDone[i] && x[i].utf8.count >= 4 {
                for j in y.indices where !yDone[j] {
                    if j + 1 < y.count && !yDone[j + 1] && x[i].utf8.count == y[j].utf8.count + y[j + 1].utf8.count
                        && x[i].hasPrefix(y[j]) && x[i].hasSuffix(y[j + 1]) {
                        xDone[i] = true; yDone[j] = true; yDone[j + 1] = true
                        credit += xWeights[i] + yWeights[j] + yWeights[j + 1]
                        break
                    }
                    if x[i].utf8.count > y[j].utf8.count && x[i].hasSuffix(y[j])
                        && OrganisationName.stopWords.contains(String(x[i].dropLast(y[j].count))) {
                        xDone[i] = true; yDone[j] = true
                        credit += xWeights[i] + yWeights[j]
                        break
                    }
                }
            }
        }

        /// Marks a word of `x` of two to six letters that is the initials of two or more
        /// adjacent unmatched words of `y` (`nhs` for `national health service`), at 0.9.
        static func matchInitials(_ x: [String], _ xWeights: [Double], _ xDone: inout [Bool],
                                  _ y: [String], _ yWeights: [Double], _ yDone: inout [Bool], _ credit: inout Double) {
            for i in x.indices where !xDone[i] {
                let letters = Array(x[i].utf8)
                guard (2 ... 6).contains(letters.count), letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { continue }
                for start in 0 ... max(0, y.count - letters.count) where start + letters.count <= y.count {
                    let range = start ..< start + letters.count
                    guard range.allSatisfy({ !yDone[$0] && y[$0].utf8.first == letters[$0 - start] }) else { continue }
                    xDone[i] = true
                    for j in range { yDone[j] = true }
                    credit += 0.9 * (xWeights[i] + range.reduce(0) { $0 + yWeights[$1] })
                    break
                }
            }
        }

        /// 0.85 for one edit (five letters or more), 0.7 for two (eight or more), 0.75 for a
        /// prefix of four letters or more (an abbreviation), 0 otherwise.
        static func wordSimilarity(_ x: String, _ y: String) -> Double {
            let a = Array(x.utf8), b = Array(y.utf8)
            let shorter = min(a.count, b.count)
            var value = 0.0
            if shorter >= 4 && (a.starts(with: b) || b.starts(with: a)) { value = 0.75 }
            if shorter >= 5 && abs(a.count - b.count) <= 2 {
                let distance = editDistance(a, b, limit: 2)
                if distance <= 1 { value = max(value, 0.85) } else if distance == 2 && shorter >= 8 { value = max(value, 0.7) }
            }
            return value
        }

        /// Levenshtein distance (adjacent transpositions count one), or `limit + 1` once above `limit`.
        static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
            if a == b { return 0 }
            var previousPrevious = [Int](repeating: 0, count: b.count + 1)
            var previous = Array(0 ... b.count)
            var current = [Int](repeating: 0, count: b.count + 1)
            for i in 1 ... a.count {
                current[0] = i
                var rowMinimum = i
                for j in 1 ... max(1, b.count) where b.count > 0 {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] { value = min(value, previousPrevious[j - 2] + 1) }
                    current[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > limit { return limit + 1 }
                (previousPrevious, previous, current) = (previous, current, previousPrevious)
            }
            return previous[b.count]
        }
    }
}
