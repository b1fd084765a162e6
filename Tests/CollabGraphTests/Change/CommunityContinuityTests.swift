import CollabGraph
import XCTest

/// Community matching between waves (Greene, Doyle & Cunningham 2010): hand-made partitions.
final class CommunityContinuityTests: XCTestCase {
    /// Actors 0 … 12 (−1 = absent from the wave):
    ///
    ///     earlier:  C0 = {0, 1, 2, 3}   C1 = {4, 5, 6, 7}   C2 = {11, 12}
    ///     later:    D0 = {0, 1}   D1 = {2, 3}   D2 = {4, 5, 6, 7, 8}   D3 = {9, 10}
    ///
    /// Jaccard: C0–D0 = 2/4, C0–D1 = 2/4 (≥ 0.3: C0 split into D0 and D1); C1–D2 = 4/5
    /// (continued); C2 matches nothing (dissolved; its actors left); D3 has no earlier
    /// members (emerged). Actors in both waves: 0 … 7 (8 actors).
    static let earlier: [Int32] = [0, 0, 0, 0, 1, 1, 1, 1, -1, -1, -1, 2, 2]
    static let later: [Int32] = [0, 0, 1, 1, 2, 2, 2, 2, 2, 3, 3, -1, -1]

    func testSplitContinueDissolveEmerge() throws {
        let c = CommunityContinuity(before: Self.earlier, after: Self.later)
        XCTAssertEqual(c.matches, [CommunityMatch(before: 0, after: 0, jaccard: 0.5), CommunityMatch(before: 0, after: 1, jaccard: 0.5),
                                   CommunityMatch(before: 1, after: 2, jaccard: 0.8)])
        XCTAssertEqual(c.continued, [CommunityMatch(before: 1, after: 2, jaccard: 0.8)])
        XCTAssertEqual(c.splits.map(\.community), [0])
        XCTAssertEqual(c.splits.map(\.into), [[0, 1]])
        XCTAssertTrue(c.merges.isEmpty)
        XCTAssertEqual(c.dissolved, [2])
        XCTAssertEqual(c.emerged, [3])
        let agreement = try XCTUnwrap(c.agreement)
        XCTAssertEqual(agreement.actorCount, 8)
        // Over actors 0 … 7 the later partition refines the earlier one: same NMI as
        // comparing [0,0,0,0,1,1,1,1] with [0,0,1,1,2,2,2,2] directly.
        let direct = PartitionComparison([0, 0, 0, 0, 1, 1, 1, 1], [0, 0, 1, 1, 2, 2, 2, 2])
        XCTAssertEqual(agreement.normalizedMutualInformation, direct.normalizedMutualInformation)
    }

    /// The reverse transition turns the split into a merge, the dissolved into emerged.
    func testReverseIsAMerge() {
        let c = CommunityContinuity(before: Self.later, after: Self.earlier)
        XCTAssertEqual(c.merges.map(\.community), [0])
        XCTAssertEqual(c.merges.map(\.from), [[0, 1]])
        XCTAssertTrue(c.splits.isEmpty)
        XCTAssertEqual(c.dissolved, [3])
        XCTAssertEqual(c.emerged, [2])
    }

    /// A higher threshold: 0.5 ≥ 0.6 fails, so C0 dissolves and D0, D1 emerge.
    func testThreshold() {
        let c = CommunityContinuity(before: Self.earlier, after: Self.later, threshold: 0.6)
        XCTAssertEqual(c.continued.map(\.before), [1])
        XCTAssertEqual(c.dissolved, [0, 2])
        XCTAssertEqual(c.emerged, [0, 1, 3])
        XCTAssertNil(CommunityContinuity(before: [0, -1], after: [-1, 0]).agreement)
    }
}
