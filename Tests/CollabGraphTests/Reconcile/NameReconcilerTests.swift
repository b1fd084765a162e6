import CollabGraph
import XCTest

/// Decision rules, blocking and determinism of ``NameReconciler`` on hand-made registers.
final class NameReconcilerTests: XCTestCase {
    /// A register where "research", "centre", "technology" and "london" are common words.
    private func register() throws -> NameRegister {
        var entries: [NameRegister.Entry] = [
            .init(id: "vitens", name: "VITENS NV", country: "NL", city: "ZWOLLE", street: "OUDE VEERWEG 1"),
            .init(id: "rc", name: "RESEARCH CENTRE LTD", country: "UK", city: "LONDON", street: "1 STRAND"),
            .init(id: "almond", name: "ALMOND DIAGNOSTICS LIMITED", country: "UK", city: "CRAIGAVON", street: "SEAGOE ESTATE 20"),
            .init(id: "e2v", name: "E2V TECHNOLOGIES (UK) LIMITED", shortName: "E2V", country: "UK", city: "CHELMSFORD", street: "WATERHOUSE LANE 106"),
            .init(id: "kcl", name: "KING'S COLLEGE LONDON", shortName: "KCL", country: "UK", city: "LONDON", street: "STRAND"),
            .init(id: "twin-a", name: "ZEPHYR ANALYTICS LTD", country: "UK", city: "LEEDS", street: "PARK ROW 4"),
            .init(id: "twin-b", name: "ZEPHYR ANALYTICS LTD", country: "UK", city: "LEEDS", street: "PARK ROW 4"),
        ]
        for index in 0 ..< 40 {
            entries.append(.init(id: "filler\(index)", name: "FILLER\(index) RESEARCH CENTRE TECHNOLOGY", country: "UK",
                                 city: "LONDON", street: "\(index) OTHER ROAD"))
        }
        return try NameRegister(entries: entries)
    }

    func testIdenticalDistinctiveNameIsAutoWithoutAddress() throws {
        let match = NameReconciler(register: try register()).match(NameQuery(name: "Vitens N.V."))
        XCTAssertEqual(match.decision, .auto)
        XCTAssertEqual(match.matchID, "vitens")
        XCTAssertEqual(match.matchName, "VITENS NV")
        XCTAssertEqual(match.score, 1, accuracy: 1e-12)
    }

    func testIdenticalCommonNameNeedsTheAddress() throws {
        let reconciler = NameReconciler(register: try register())
        let bare = reconciler.match(NameQuery(name: "The Research Centre Limited"))
        XCTAssertEqual(bare.decision, .review, "a name of common words alone is not enough")
        XCTAssertEqual(bare.matchID, "rc")
        let located = reconciler.match(NameQuery(name: "The Research Centre Limited", city: "London", street: "1 Strand"))
        XCTAssertEqual(located.decision, .auto)
        XCTAssertEqual(located.matchID, "rc")
    }

    func testAddressCompletesAPartlyChangedName() throws {
        let reconciler = NameReconciler(register: try register())
        let renamed = reconciler.match(NameQuery(name: "TELEDYNE E2V (UK) LIMITED", country: "UK",
                                                 street: "WATERHOUSE LANE 106, CHELMSFORD, CM1 2QU"))
        XCTAssertEqual(renamed.matchID, "e2v")
        XCTAssertEqual(renamed.decision, .auto)
        XCTAssertEqual(renamed.addressScore, 1)
        let elsewhere = reconciler.match(NameQuery(name: "TELEDYNE E2V (UK) LIMITED", country: "UK", street: "1 HIGH STREET, YORK"))
        XCTAssertEqual(elsewhere.matchID, "e2v")
        XCTAssertEqual(elsewhere.decision, .review)
        XCTAssertLessThan(elsewhere.score, renamed.score)
    }

    func testGroupMembersAtOneAddressAreReview() throws {
        var entries = try register().entries
        entries.append(.init(id: "science", name: "BETA SCIENCES LIMITED", city: "YORK", street: "1 MAIN ROAD"))
        entries.append(.init(id: "diagnostics", name: "GAMMA DIAGNOSTICS LIMITED", city: "YORK", street: "2 MAIN ROAD"))
        entries.append(.init(id: "sciences", name: "DELTA SCIENCES LIMITED", city: "YORK", street: "3 MAIN ROAD"))
        // A lower auto threshold, so that only the group rule stands between the sister and auto.
        let reconciler = NameReconciler(register: try NameRegister(entries: entries), thresholds: .init(autoAbove: 0.8))
        let sister = reconciler.match(NameQuery(name: "ALMOND SCIENCES LTD", country: "UK", street: "SEAGOE ESTATE 20, CRAIGAVON"))
        XCTAssertEqual(sister.matchID, "almond")
        XCTAssertGreaterThanOrEqual(sister.score, 0.8, "score, margin and address would allow auto")
        XCTAssertEqual(sister.decision, .review, "both names have a word the other lacks, and neither is rare")
        let renamed = reconciler.match(NameQuery(name: "ALMOND ZYXWV DIAGNOSTICS LTD", country: "UK", street: "SEAGOE ESTATE 20, CRAIGAVON"))
        XCTAssertEqual(renamed.decision, .auto, "a word the register has never seen is a new name, not a sister")
    }

    func testAnAddressAloneIsNeverAuto() throws {
        let match = NameReconciler(register: try register()).match(NameQuery(name: "COMPLETELY OTHER WORDS", street: "WATERHOUSE LANE 106, CHELMSFORD"))
        XCTAssertNotEqual(match.decision, .auto)
        XCTAssertEqual(match.candidates.first?.id, "e2v")
    }

    func testDifferentCountriesHalveTheScoreAndBlockAuto() throws {
        let reconciler = NameReconciler(register: try register())
        let same = reconciler.match(NameQuery(name: "Vitens NV", country: "NL"))
        let other = reconciler.match(NameQuery(name: "Vitens NV", country: "BE"))
        XCTAssertEqual(same.decision, .auto)
        XCTAssertNotEqual(other.decision, .auto)
        XCTAssertEqual(other.score, same.score / 2, accuracy: 1e-12)
        XCTAssertEqual(reconciler.match(NameQuery(name: "Vitens NV", country: "GB")).score, other.score, "GB and UK, EL and GR are one code")
    }

    func testTwoEqualCandidatesAreReview() throws {
        let match = NameReconciler(register: try register()).match(NameQuery(name: "Zephyr Analytics Limited", city: "Leeds"))
        XCTAssertEqual(match.decision, .review, "no margin over the runner-up")
        XCTAssertEqual(match.candidates.map(\.id), ["twin-a", "twin-b"], "ties in register order")
    }

    func testShortNameAndWordOrder() throws {
        let reconciler = NameReconciler(register: try register())
        XCTAssertEqual(reconciler.match(NameQuery(name: "College London, King's")).matchID, "kcl")
        let acronym = reconciler.match(NameQuery(name: "KCL", city: "London", street: "Strand"))
        XCTAssertEqual(acronym.matchID, "kcl")
        XCTAssertEqual(acronym.decision, .auto)
    }

    func testThresholdsAreSettable() throws {
        let strict = NameReconciler(register: try register(), thresholds: .init(autoAbove: 1, reviewAbove: 1, margin: 0.5))
        let match = strict.match(NameQuery(name: "TELEDYNE E2V (UK) LIMITED", street: "WATERHOUSE LANE 106, CHELMSFORD"))
        XCTAssertEqual(match.decision, .none)
        XCTAssertNil(match.matchID)
        XCTAssertEqual(match.candidates.first?.id, "e2v", "candidates are listed whatever the decision")
    }

    func testNothingFoundIsNone() throws {
        let match = NameReconciler(register: try register()).match(NameQuery(name: "Qwxyz Plonk"))
        XCTAssertEqual(match, .unmatched)
    }

    func testCandidatesAreAtMostThreeBestFirst() throws {
        let match = NameReconciler(register: try register()).match(NameQuery(name: "Research Centre Technology"))
        XCTAssertEqual(match.candidates.count, 3)
        XCTAssertEqual(match.candidates.map(\.score), match.candidates.map(\.score).sorted(by: >))
    }

    func testDuplicatesWithinARegister() throws {
        let reconciler = NameReconciler(register: try register())
        let matches = reconciler.duplicates()
        XCTAssertEqual(matches[5].matchID, "twin-b")
        XCTAssertEqual(matches[6].matchID, "twin-a")
        XCTAssertEqual(matches[5].decision, .auto, "an entry is not its own runner-up")
        XCTAssertEqual(reconciler.duplicateGroups(matches), [[5, 6]])
        XCTAssertNotEqual(matches[0].decision, .auto)
    }

    func testMatchAllIsMatchForEveryThreadCount() throws {
        let reconciler = NameReconciler(register: try register())
        let queries = (0 ..< 300).map { NameQuery(name: $0 % 3 == 0 ? "filler\($0 % 40) research" : "Vitens \($0)", city: "London") }
        let one = reconciler.matchAll(queries, threads: 1)
        let two = reconciler.matchAll(queries, threads: 2)
        XCTAssertEqual(one, two)
        XCTAssertEqual(one[0], reconciler.match(queries[0]))
        XCTAssertEqual(one[299], reconciler.match(queries[299]))
    }

    func testRegisterRefusesEmptyAndDuplicateIDs() {
        XCTAssertThrowsError(try NameRegister(entries: [.init(id: "a", name: "A"), .init(id: "a", name: "B")])) { error in
            XCTAssertEqual((error as? InputError)?.message, "duplicate id 'a' (entries 1 and 2)")
        }
        XCTAssertThrowsError(try NameRegister(entries: [.init(id: "", name: "A")]))
    }
}
