import CollabGraph
import XCTest

/// Which criterion of the verdict changed between two waves.
final class VerdictChangeTests: XCTestCase {
    /// Wave 1: largest component 0.4 (not met) → fragmented. Wave 2: largest component 0.8
    /// (met), strong share 0.6 (met), no direction → strongly collaborative. Changed:
    /// largest_component_share and strong_share (both from not met to met); reciprocity is
    /// measured in wave 1 only, so it cannot be said to change.
    func testChangedCriteria() {
        let thresholds = StrengthRubric.standard.verdict
        let before = Verdict.judge(actorCount: 10, pairCount: 5, largestComponentShare: 0.4, strongShare: 0.2,
                                   reciprocity: 0.1, thresholds: thresholds)
        let after = Verdict.judge(actorCount: 10, pairCount: 8, largestComponentShare: 0.8, strongShare: 0.6,
                                  reciprocity: nil, thresholds: thresholds)
        XCTAssertEqual(before.kind, .fragmented)
        XCTAssertEqual(after.kind, .stronglyCollaborative)
        let change = VerdictChange(before: before, after: after)
        XCTAssertTrue(change.kindChanged)
        XCTAssertEqual(change.criteria.map(\.name), [.largestComponentShare, .strongShare, .reciprocity])
        XCTAssertEqual(change.changedCriteria.map(\.name), [.largestComponentShare, .strongShare])
        XCTAssertEqual(change.criteria[0].delta!, 0.4, accuracy: 1e-15)
        XCTAssertNil(change.criteria[2].after)
        XCTAssertNil(change.criteria[2].delta)
        XCTAssertFalse(change.criteria[2].changed)
    }
}
