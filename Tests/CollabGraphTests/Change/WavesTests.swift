import CollabGraph
import XCTest

/// Parsing waves, cutting a date range into periods, and checking their order.
final class WavesTests: XCTestCase {
    private func day(_ text: String) -> Day { Day(iso: text)! }

    func testFullDateIsADayAndPartialDateItsPeriod() throws {
        XCTAssertEqual(try Wave.parse("2016-01-01").window, .at(day("2016-01-01")))
        // A year names 2016-01-01 … 2016-12-31; a month its first to last day (leap February).
        XCTAssertEqual(try Wave.parse("2016").window, .between(day("2016-01-01"), day("2016-12-31")))
        XCTAssertEqual(try Wave.parse("2016-02").window, .between(day("2016-02-01"), day("2016-02-29")))
        XCTAssertTrue(try Wave.parse("2016-05-04").isDay)
        XCTAssertFalse(try Wave.parse("2016").isDay)
    }

    func testWindowsTakeFromsFirstDayAndTosLastDay() throws {
        let wave = try Wave.parse(" 2016..2018 ")
        XCTAssertEqual(wave.label, "2016..2018")
        XCTAssertEqual(wave.window, .between(day("2016-01-01"), day("2018-12-31")))
        XCTAssertEqual(try Wave.parse("2016-03..2017-06").window, .between(day("2016-03-01"), day("2017-06-30")))
        XCTAssertEqual(try Wave.parse("2016-03-15..2016-03-15").window, .between(day("2016-03-15"), day("2016-03-15")))
    }

    func testMalformedAndReversedWavesAreErrors() {
        XCTAssertThrowsError(try Wave.parse("2018..2016")) { error in
            XCTAssertEqual(error as? WaveParseError, .reversed("2018..2016", from: self.day("2018-01-01"), to: self.day("2016-12-31")))
        }
        for text in ["spring", "2016-13", "2016-02-30", "16", "2016..", "..2016", "2016...2017"] {
            XCTAssertThrowsError(try Wave.parse(text), text) { error in
                XCTAssertEqual(error as? WaveParseError, .malformed(text), text)
            }
        }
        XCTAssertThrowsError(try Wave.parseList("2016,,2017")) { XCTAssertEqual($0 as? WaveParseError, .empty) }
        XCTAssertEqual(try Wave.parseList("2016,2017-06-30,2018..2019").map(\.label), ["2016", "2017-06-30", "2018..2019"])
    }

    func testEveryYearCoversTheRangeInCalendarYears() {
        let waves = Wave.every(.years(1), over: day("2015-06-10") ... day("2017-02-01"))
        XCTAssertEqual(waves.map(\.label), ["2015", "2016", "2017"])
        XCTAssertEqual(waves[0].window, .between(day("2015-01-01"), day("2015-12-31")))
        XCTAssertEqual(waves[2].window, .between(day("2017-01-01"), day("2017-12-31")))
        let pairs = Wave.every(.years(2), over: day("2015-06-10") ... day("2017-02-01"))
        XCTAssertEqual(pairs.map(\.label), ["2015..2016", "2017..2018"])
    }

    func testEveryNMonthsStartsAtTheFirstMonth() {
        // 2016-03-15 … 2017-01-02 in 6-month steps: March–August 2016, September 2016 –
        // February 2017 (which holds 2017-01-02).
        let waves = Wave.every(.months(6), over: day("2016-03-15") ... day("2017-01-02"))
        XCTAssertEqual(waves.map(\.label), ["2016-03..2016-08", "2016-09..2017-02"])
        XCTAssertEqual(waves[1].window, .between(day("2016-09-01"), day("2017-02-28")))
        XCTAssertEqual(Wave.every(.months(1), over: day("2016-12-31") ... day("2017-01-01")).map(\.label), ["2016-12", "2017-01"])
    }

    func testStepsParse() throws {
        XCTAssertEqual(try WaveStep(parsing: "year"), .years(1))
        XCTAssertEqual(try WaveStep(parsing: "2 years"), .years(2))
        XCTAssertEqual(try WaveStep(parsing: "6 months"), .months(6))
        XCTAssertEqual(try WaveStep(parsing: "month"), .months(1))
        for bad in ["fortnight", "0 months", "six months", "1 2 months", ""] {
            XCTAssertThrowsError(try WaveStep(parsing: bad), bad)
        }
    }

    func testOrderProblems() throws {
        XCTAssertNil(Wave.orderProblem(try Wave.parseList("2016,2017,2018")))
        XCTAssertEqual(Wave.orderProblem(try Wave.parseList("2016,2018,2017")), .outOfOrder(index: 2))
        XCTAssertEqual(Wave.orderProblem(try Wave.parseList("2016,2016")), .outOfOrder(index: 1))
        // 2016..2017 then 2017: the second starts inside the first.
        XCTAssertEqual(Wave.orderProblem(try Wave.parseList("2016..2017,2017")), .overlapping(index: 1))
        // A day inside a year that started earlier: in order, overlapping.
        XCTAssertEqual(Wave.orderProblem(try Wave.parseList("2016,2016-06-01")), .overlapping(index: 1))
    }
}
