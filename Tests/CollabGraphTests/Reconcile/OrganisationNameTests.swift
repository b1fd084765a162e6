import CollabGraph
import XCTest

/// One hand case (or a few) per normalisation rule of ``OrganisationName``.
final class OrganisationNameTests: XCTestCase {
    private func words(_ text: String) -> [String] { OrganisationName(text).words }

    func testMojibakeFromWindows1252AndLatin1IsDecoded() {
        XCTAssertEqual(OrganisationName.repairingMojibake("KUNTAYHTYMÃ„"), "KUNTAYHTYMÄ")
        XCTAssertEqual(OrganisationName.repairingMojibake("UniversitÃ© de LiÃ¨ge"), "Université de Liège")
        XCTAssertEqual(OrganisationName.repairingMojibake("St Georgeâ€™s"), "St George\u{2019}s")
        XCTAssertEqual(words("KUNTAYHTYMÃ„"), words("Kuntayhtymä"))
    }

    func testMojibakeFromMacRomanIsDecoded() {
        XCTAssertEqual(OrganisationName.repairingMojibake("M√ºnchen"), "München")
        XCTAssertEqual(OrganisationName.repairingMojibake("Universit√© Paris"), "Université Paris")
    }

    func testCorrectTextIsLeftAlone() {
        for text in ["Ñandú ÄÖ GmbH", "SÃO PAULO", "Kraków", "Αθήνα", "Øresund ÆØÅ", "Plain ASCII"] {
            XCTAssertEqual(OrganisationName.repairingMojibake(text), text)
        }
    }

    func testEscapedAndDoubledQuotesArePlainQuotes() {
        XCTAssertEqual(OrganisationName.repaired(#"King\'s College London"#), "King's College London")
        XCTAssertEqual(OrganisationName.repaired(#"\"The CREATE Centre\""#), "\"The CREATE Centre\"")
        XCTAssertEqual(OrganisationName.repaired(#"""Quoted"" Ltd"#), "\"Quoted\" Ltd")
        XCTAssertEqual(words(#"King\'s College London"#), words("KING'S COLLEGE LONDON"))
        XCTAssertEqual(words(#"GUYS AND ST THOMAS\' NHS"#), words("GUYS AND ST THOMAS' NHS"))
    }

    /// (Words are compared in their singular: `VITENS` is `viten` on both sides.)
    func testLegalFormsAcrossEuropeAreSetAside() {
        let cases: [(String, [String], [String])] = [
            ("VITENS NV", ["viten"], ["nv"]), ("Vitens N.V.", ["viten"], ["nv"]),
            ("ACME LIMITED", ["acme"], ["ltd"]), ("Acme Ltd.", ["acme"], ["ltd"]),
            ("Acme GmbH", ["acme"], ["gmbh"]), ("Acme S.r.l.", ["acme"], ["srl"]),
            ("ACME AE", ["acme"], ["ae"]), ("Acme SAS", ["acme"], ["sas"]),
            ("Freunde e.V.", ["freunde"], ["ev"]), ("Acme sp. z o.o.", ["acme"], ["spzoo"]),
            ("Acme S.p.A.", ["acme"], ["spa"]), ("Acme Oy", ["acme"], ["oy"]), ("Acme spol. s r.o.", ["acme"], ["sro"]),
            ("SIEMENS PUBLIC LIMITED COMPANY", ["siemen"], ["plc"]), ("Siemens plc", ["siemen"], ["plc"]),
            ("Acme GmbH & Co. KG", ["acme"], ["kg"]),
        ]
        for (text, expectedWords, forms) in cases {
            let name = OrganisationName(text)
            XCTAssertEqual(name.words, expectedWords, text)
            XCTAssertEqual(name.legalForms, forms, text)
        }
    }

    func testShortLegalFormsCountOnlyAtTheEnd() {
        XCTAssertEqual(words("AB SCIENCE"), ["ab", "science"])
        XCTAssertEqual(words("SCIENCE AB"), ["science"])
        XCTAssertEqual(words("LIMITED"), ["limited"], "a name that is only a legal form keeps it")
    }

    func testJoinedWordsAreSplitOrMatched() {
        XCTAssertEqual(OrganisationName("ELECTRO POWER SYSTEMS MANUFACTURINGSRL").words, ["electro", "power", "system", "manufacturing"])
        XCTAssertEqual(OrganisationName("ELECTRO POWER SYSTEMS MANUFACTURINGSRL").legalForms, ["srl"])
        XCTAssertEqual(OrganisationName("JISC COLLECTIONS AND JANET LIMITEDLBG").legalForms, ["ltd", "lbg"])
        XCTAssertEqual(OrganisationName("ACCORD HOUSING ASSOCIATION LIMITEDIPS").legalForms, ["ltd", "ips"])
        XCTAssertEqual(words("H W COMMUNICATIONS"), words("HW COMMUNICATIONS"))
    }

    func testCaseAccentsAndPunctuationAreIgnored() {
        XCTAssertEqual(words("Université de Montréal"), ["university", "montreal"])
        XCTAssertEqual(words("UNIVERSITE DE MONTREAL"), ["university", "montreal"])
        XCTAssertEqual(words("Straße-Institut GmbH"), ["strasse", "institute"])
        XCTAssertEqual(words("Imperial College of Science, Technology and Medicine"),
                       words("IMPERIAL COLLEGE OF SCIENCE TECHNOLOGY AND MEDICINE"))
    }

    func testAbbreviationsAndLanguagesTakeOneSpelling() {
        XCTAssertEqual(words("Univ. of Surrey"), words("University of Surrey"))
        XCTAssertEqual(words("Nat. Inst. of Tech."), ["nat", "institute", "technology"])
        XCTAssertEqual(words("Technische Universität München"), ["technische", "university", "munchen"])
        XCTAssertEqual(words("Istituto Nazionale di Fisica"), ["institute", "national", "fisica"])
        XCTAssertEqual(words("Research Laboratories"), ["research", "laboratory"])
    }

    func testApostrophesAndPossessives() {
        XCTAssertEqual(words("GRAY S INN"), ["gray", "inn"], "the possessive joined, then made singular like every plural")
        XCTAssertEqual(words("Gray's Inn"), words("GRAYS INN"))
        XCTAssertEqual(words("L'Université d'Avignon"), ["university", "avignon"])
        XCTAssertEqual(words("O'Connell Bridge"), words("O CONNELL BRIDGE"))
    }

    func testTradingAsNamesAreCut() {
        XCTAssertEqual(words("St George's Hospital Medical School (trading as St George's University of London)"),
                       words("ST GEORGE'S HOSPITAL MEDICAL SCHOOL"))
    }

    func testWordOrderIsKeptButNotCompared() {
        XCTAssertEqual(Set(words("Cancer Research Institute")), Set(words("Institute of Cancer Research")))
    }

    func testAddressWordsAndPostcodes() {
        XCTAssertEqual(OrganisationName.addressWords("12 High St., Guildford Rd"), ["12", "high", "street", "guildford", "road"])
        XCTAssertEqual(OrganisationName.addressWords("Hauptstraße 5"), ["hauptstr", "5"])
        XCTAssertEqual(OrganisationName.compactPostcode("SW7 2AZ"), "sw72az")
        XCTAssertEqual(OrganisationName.countryCode(" gb"), "UK")
        XCTAssertEqual(OrganisationName.countryCode("EL"), "GR")
    }
}
