import Foundation

/// An organisation name reduced to the words that identify the organisation.
///
/// The rules, in order (each general, none learnt from a particular list):
/// 1. **Repair**: backslash-escaped quotes (`\"`, `\'`) and doubled quotes become plain
///    quotes; mojibake — UTF-8 bytes read as Windows-1252/Latin-1 (`Ã©`, `â€™`, `Ã„`) or as
///    Mac Roman (`√º`) — is decoded back (``repairingMojibake(_:)``).
/// 2. **Fold**: lower case, accents removed, `ß` → `ss`, `æ` → `ae`, `ø` → `o`, …
/// 3. **Words**: letters and digits; `&` and `+` are `and`; an apostrophe after one letter
///    splits (`l'universite`, `O'Connell`), after more joins (`King's` → `kings`); a lone `s`
///    after a word is its possessive (`GRAY S INN` → `grays inn`); runs of single letters
///    join (`S.r.l.` → `srl`, `H W` → `hw`); a name is cut before `trading as`, `t/a`,
///    `formerly`, `also known as`.
/// 4. **Legal forms** of every EU/EEA country, the UK and Switzerland (``legalForms``) are
///    set aside (`Ltd`/`Limited`, `GmbH`, `S.r.l.`, `N.V.`, `AE`, `SAS`, `e.V.`, `sp. z o.o.`,
///    …), also when glued to the word before (`MANUFACTURINGSRL`, `LIMITEDLBG`), unless
///    nothing else would remain.
/// 5. **Stop words** (`the`, `of`, `and`, `de`, `der`, `van`, …) are dropped; abbreviations
///    and the usual words of institution names in European languages take one spelling
///    (`Univ.`, `Universität`, `Université` → `university`; `Inst.` → `institute`;
///    `Tech.` → `technology`; `Center`, `Zentrum` → `centre`, …); plurals are singular.
///
/// Word order is kept (``words``) but the matcher compares the words as a set.
/// - Complexity: O(length of the text).
public struct OrganisationName: Sendable, Equatable {
    /// The distinctive words, normalised, in name order.
    public let words: [String]
    /// The legal forms found, in one spelling per form (`ltd`, `plc`, `gmbh`, `srl`, …).
    public let legalForms: [String]

    public init(_ text: String) {
        var tokens = OrganisationName.rawWords(OrganisationName.repaired(text))
        tokens = OrganisationName.cutAlternateName(tokens)
        tokens = OrganisationName.joinSingleLetters(tokens)
        tokens = tokens.flatMap(OrganisationName.splitGluedLegalForm)
        // Legal forms: those ending the name (`… SPA`, `… GmbH & Co. KG`), and anywhere the
        // unambiguous ones (`Ltd`, `GmbH`, spelled-out forms) — `BATH SPA UNIVERSITY` keeps its spa.
        var found: [(start: Int, length: Int, form: String)] = []
        var index = 0
        while index < tokens.count {
            if let (form, length) = OrganisationName.legalForm(at: index, in: tokens) {
                found.append((index, length, form))
                index += length
            } else {
                index += 1
            }
        }
        var accepted = Set<Int>()
        var tail = tokens.count
        for (position, match) in found.enumerated().reversed() where match.start + match.length == tail {
            accepted.insert(position)
            tail = match.start
        }
        for (position, match) in found.enumerated() where match.length > 1 || OrganisationName.unambiguousLegalForms.contains(tokens[match.start]) {
            accepted.insert(position)
        }
        var core: [String] = []
        var forms: [String] = []
        index = 0
        for (position, match) in found.enumerated() where accepted.contains(position) {
            core.append(contentsOf: tokens[index ..< match.start])
            forms.append(match.form)
            index = match.start + match.length
        }
        core.append(contentsOf: tokens[index...])
        if core.allSatisfy(OrganisationName.stopWords.contains) {
            // Nothing but a legal form (or stop words): keep them all as the name.
            core = tokens
            forms = []
        }
        let distinctive = core.filter { !OrganisationName.stopWords.contains($0) }
        words = (distinctive.isEmpty ? core : distinctive).map(OrganisationName.canonicalWord)
        legalForms = forms
    }

    /// The words run together (`hw communications` → `hwcommunications`): equal for names
    /// that differ only in spacing.
    public var compact: String { words.joined() }

    // MARK: - Repair

    /// `text` with escaped and doubled quotes made plain and mojibake decoded.
    public static func repaired(_ text: String) -> String {
        var text = text
        if text.utf8.contains(UInt8(ascii: "\\")) {
            text = text.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\'", with: "'")
        }
        if text.utf8.contains(UInt8(ascii: "\"")) && text.contains("\"\"") { text = text.replacingOccurrences(of: "\"\"", with: "\"") }
        return repairingMojibake(text)
    }

    /// Decodes UTF-8 that was read as Windows-1252 (or Latin-1) or as Mac Roman.
    ///
    /// Each run of non-ASCII characters is mapped back to the bytes the wrong encoding gave
    /// them; where those bytes hold a valid UTF-8 sequence of two or more bytes, the sequence
    /// replaces its characters. Correct text is left alone: the bytes of an accented capital
    /// or small letter (0xC0–0xFF) are never UTF-8 continuation bytes, so a real `é`, `Ä` or
    /// `Ñ` does not decode. Windows-1252 is tried first, then Mac Roman.
    public static func repairingMojibake(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        var changed = false
        while index < scalars.count {
            guard scalars[index].value >= 0x80 else { output.append(scalars[index]); index += 1; continue }
            var end = index
            while end < scalars.count && scalars[end].value >= 0x80 { end += 1 }
            let run = scalars[index ..< end]
            if let fixed = decodeRun(run, table: windows1252Bytes) ?? decodeRun(run, table: macRomanBytes) {
                output.append(contentsOf: fixed)
                changed = true
            } else {
                output.append(contentsOf: run)
            }
            index = end
        }
        return changed ? String(output) : text
    }

    /// The run decoded through `table` (character → byte), or nil when no UTF-8 sequence
    /// appears in its bytes. Characters outside a decoded sequence are kept as they were.
    private static func decodeRun(_ run: ArraySlice<Unicode.Scalar>, table: [UInt32: UInt8]) -> [Unicode.Scalar]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(run.count)
        for scalar in run {
            guard let byte = table[scalar.value] else { return nil }
            bytes.append(byte)
        }
        var result: [Unicode.Scalar] = []
        var decodedAny = false
        var position = 0
        let original = Array(run)
        while position < bytes.count {
            let lead = bytes[position]
            let length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xC2 && lead <= 0xDF ? 2 : 0
            if length > 0, position + length <= bytes.count,
               bytes[position + 1 ..< position + length].allSatisfy({ $0 & 0xC0 == 0x80 }),
               let decoded = String(validating: bytes[position ..< position + length], as: UTF8.self) {
                result.append(contentsOf: decoded.unicodeScalars)
                decodedAny = true
                position += length
            } else {
                result.append(original[position])
                position += 1
            }
        }
        return decodedAny ? result : nil
    }

    /// Byte for each character Windows-1252 shows for 0x80–0xFF (0xA0–0xFF and the five
    /// unassigned codes map to themselves, as in Latin-1).
    static let windows1252Bytes: [UInt32: UInt8] = {
        let high: [UInt32] = [0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
                              0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                              0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178]
        var table: [UInt32: UInt8] = [:]
        for (offset, value) in high.enumerated() { table[value] = UInt8(0x80 + offset) }
        for byte in 0x80 ... 0xFF where table[UInt32(byte)] == nil && !(0x80 ... 0x9F).contains(byte) { table[UInt32(byte)] = UInt8(byte) }
        // Latin-1 readings of 0x80–0x9F (C1 controls) as well.
        for byte in 0x80 ... 0x9F where table[UInt32(byte)] == nil { table[UInt32(byte)] = UInt8(byte) }
        return table
    }()

    /// Byte for each character Mac Roman shows for 0x80–0xFF.
    static let macRomanBytes: [UInt32: UInt8] = {
        let high: [UInt32] = [
            0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8,
            0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3, 0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC,
            0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
            0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8,
            0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB, 0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153,
            0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
            0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4,
            0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC, 0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
        ]
        var table: [UInt32: UInt8] = [:]
        for (offset, value) in high.enumerated() { table[value] = UInt8(0x80 + offset) }
        return table
    }()

    // MARK: - Words

    /// Lower-cased, accent-free words of `text` (rule 3 up to the joining of single letters).
    static func rawWords(_ text: String) -> [String] {
        let folded = fold(text)
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func finish() {
            if !current.isEmpty { words.append(String(current)); current = String.UnicodeScalarView() }
        }
        for scalar in folded.unicodeScalars {
            switch scalar.value {
            case 0x30 ... 0x39, 0x61 ... 0x7A:
                current.append(scalar)
            case 0x27, 0x2019, 0x2018, 0x60, 0xB4, 0x2BC:
                // Apostrophe: elision after one letter splits, a possessive joins.
                if current.count == 1 { finish() }
            case 0x26, 0x2B:
                finish()
                words.append("and")
            default:
                if scalar.value >= 0x80 && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil) {
                    current.append(scalar)
                } else {
                    finish()
                }
            }
        }
        finish()
        // A lone "s" after a word is the possessive written apart ("GRAY S INN").
        var joined: [String] = []
        for (index, word) in words.enumerated() {
            if word == "s", let last = joined.last, last.count >= 2, last.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
               index + 1 >= words.count || words[index + 1].count > 1 {
                joined[joined.count - 1] = last + "s"
            } else {
                joined.append(word)
            }
        }
        return joined
    }

    /// Lower case without accents; letters with no decomposition spelled out.
    static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        guard folded.utf8.contains(where: { $0 >= 0x80 }) else { return folded }
        var output = ""
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "ß": output += "ss"
            case "æ": output += "ae"
            case "œ": output += "oe"
            case "ø": output += "o"
            case "đ", "ð": output += "d"
            case "ł": output += "l"
            case "þ": output += "th"
            case "ı": output += "i"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// The words before `trading as`, `t/a`, `formerly`, `previously`, `aka`, `also known as`
    /// (when some remain).
    static func cutAlternateName(_ words: [String]) -> [String] {
        for index in 1 ..< max(1, words.count) {
            let rest = words[index...]
            if rest.starts(with: ["trading", "as"]) || rest.starts(with: ["t", "a"]) || rest.starts(with: ["formerly"])
                || rest.starts(with: ["previously"]) || rest.starts(with: ["aka"]) || rest.starts(with: ["also", "known", "as"]) {
                return Array(words[..<index])
            }
        }
        return words
    }

    /// Runs of two or more single letters joined (`s r l` → `srl`).
    static func joinSingleLetters(_ words: [String]) -> [String] {
        var output: [String] = []
        var run = ""
        var runLength = 0
        func flush() {
            if runLength > 0 { output.append(run) }
            run = ""; runLength = 0
        }
        for word in words {
            if word.unicodeScalars.count == 1, word.unicodeScalars.first!.properties.isAlphabetic {
                run += word; runLength += 1
            } else {
                flush()
                output.append(word)
            }
        }
        flush()
        return output
    }

    // MARK: - Legal forms

    /// The legal form starting at `index` (the longest listed), with its length in words.
    static func legalForm(at index: Int, in words: [String]) -> (String, Int)? {
        for length in stride(from: min(legalFormMaxLength, words.count - index), through: 1, by: -1) {
            let key = words[index ..< index + length].joined(separator: " ")
            // Forms of one or two letters ("ag", "as", "se") are words too: only at the end.
            if let form = legalForms[key], key.utf8.count > 2 || index + length == words.count { return (form, length) }
        }
        return nil
    }

    /// `word` split where it ends in a legal form glued to a word of four letters or more
    /// (`manufacturingsrl` → `manufacturing srl`, `limitedlbg` → `limited lbg`). Only forms
    /// that end no ordinary word are split off.
    static func splitGluedLegalForm(_ word: String) -> [String] {
        let bytes = Array(word.utf8)
        func ends(with form: String) -> Bool {
            let suffix = Array(form.utf8)
            return bytes.count > suffix.count && bytes[(bytes.count - suffix.count)...].elementsEqual(suffix)
        }
        for form in gluedLegalForms where bytes.count >= form.utf8.count + 4 && ends(with: form) {
            let stem = String(decoding: bytes.dropLast(form.utf8.count), as: UTF8.self)
            return splitGluedLegalForm(stem) + [form]
        }
        for form in gluedAfterLegalForm where ends(with: form) {
            let stem = String(decoding: bytes.dropLast(form.utf8.count), as: UTF8.self)
            if legalForms[stem] != nil { return [stem, form] }
        }
        return [word]
    }

    /// Legal forms that are no word in any language: set aside wherever they stand.
    static let unambiguousLegalForms: Set<String> = ["ltd", "limited", "plc", "llp", "lbg", "gmbh", "mbh", "ggmbh", "srl", "sarl",
                                                     "bvba", "spzoo", "sro", "kft", "oyj", "aktiengesellschaft", "aktiebolag"]

    static let gluedLegalForms = ["limited", "ltd", "srl", "gmbh", "lbg", "plc", "sarl", "bvba", "llp", "kft", "sro", "spzoo", "oyj"]
    static let gluedAfterLegalForm = ["ips", "lbg", "cic", "rc"]

    /// Legal forms (words as ``rawWords(_:)`` and ``joinSingleLetters(_:)`` give them) →
    /// one spelling per form.
    static let legalForms: [String: String] = {
        let groups: [(String, [String])] = [
            // United Kingdom, Ireland, Malta, Cyprus
            ("ltd", ["ltd", "limited", "ltd company", "limited company", "private limited company", "pvt ltd", "co ltd",
                    "company limited", "company ltd", "co limited", "teoranta", "teo", "cyf", "cyfyngedig"]),
            ("plc", ["plc", "public limited company", "cpc", "ccc"]),
            ("llp", ["llp", "limited liability partnership", "lp", "limited partnership"]),
            ("lbg", ["lbg", "limited by guarantee", "company limited by guarantee", "clg"]),
            ("cic", ["cic", "community interest company"]),
            ("cio", ["cio", "charitable incorporated organisation"]),
            ("ips", ["ips", "industrial and provident society"]),
            ("rc", ["royal charter"]),
            ("dac", ["dac", "designated activity company"]),
            ("inc", ["inc", "incorporated"]),
            ("llc", ["llc"]),
            // Germany, Austria, Switzerland, Liechtenstein
            ("gmbh", ["gmbh", "mbh", "ggmbh", "gesellschaft mit beschrankter haftung"]),
            ("kg", ["kg", "co kg", "gmbh and co kg", "gmbh co kg", "kommanditgesellschaft", "ohg", "gbr", "kgaa"]),
            ("ag", ["ag", "aktiengesellschaft"]),
            ("ev", ["ev", "eingetragener verein"]),
            ("eg", ["eg", "eingetragene genossenschaft"]),
            ("ug", ["ug", "ug haftungsbeschrankt"]),
            ("se", ["se", "societas europaea"]),
            // France, Belgium, Luxembourg
            ("sa", ["sa", "societe anonyme", "sociedad anonima", "spolka akcyjna", "sa de cv", "sau"]),
            ("sas", ["sas", "sasu", "societe par actions simplifiee"]),
            ("sarl", ["sarl", "eurl", "societe a responsabilite limitee", "sprl", "sprlu"]),
            ("snc", ["snc", "sca", "scs", "gie", "scop", "scic", "sem", "asbl", "scrl", "scrlfs"]),
            // Italy
            ("srl", ["srl", "srls", "societa a responsabilita limitata", "scarl", "scrl", "sarl"]),
            ("spa", ["spa", "societa per azioni", "sapa", "scpa", "onlus"]),
            // Spain, Portugal
            ("sl", ["sl", "slu", "sll", "sociedad limitada", "sociedad de responsabilidad limitada", "slne", "scoop", "lda",
                   "limitada", "unipessoal lda"]),
            // Netherlands, Belgium (Dutch)
            ("bv", ["bv", "besloten vennootschap", "bvba", "cvba", "vof", "cv", "vzw"]),
            ("nv", ["nv", "naamloze vennootschap"]),
            // Nordic countries and the Baltics
            ("ab", ["ab", "aktiebolag", "publ", "ab publ", "uab", "vsi"]),
            ("oy", ["oy", "oyj", "osakeyhtio", "ky", "ry"]),
            ("as", ["as", "asa", "aps", "amba", "is", "hf", "ehf", "sia", "ou", "mtu"]),
            // Greece
            ("ae", ["ae", "anonymi etaireia", "epe", "ike", "oe", "ee"]),
            // Poland, Czechia, Slovakia
            ("spzoo", ["spzoo", "sp zoo", "spolka z ograniczona odpowiedzialnoscia", "sk", "spk", "sj"]),
            ("sro", ["sro", "spol sro", "vos", "ks"]),
            // Hungary
            ("kft", ["kft", "zrt", "nyrt", "rt", "bt", "kkt", "nonprofit kft"]),
            // Romania, Bulgaria, Croatia, Slovenia, Serbia
            ("ood", ["ood", "eood", "ead", "ad"]),
            ("doo", ["doo", "dd", "dno"]),
        ]
        var table: [String: String] = [:]
        for (form, spellings) in groups {
            for spelling in spellings where table[spelling] == nil { table[spelling] = form }
        }
        return table
    }()

    static let legalFormMaxLength = 6

    // MARK: - Stop words and one spelling per word

    static let stopWords: Set<String> = [
        "the", "of", "and", "for", "at", "in", "on", "a", "an", "de", "des", "du", "la", "le", "les", "l", "d",
        "del", "della", "delle", "dei", "degli", "di", "da", "do", "dos", "das", "der", "die", "den", "het",
        "van", "von", "voor", "und", "et", "y", "e", "en", "i", "och", "og", "fur", "zu", "zur", "zum", "al", "el", "lo",
    ]

    /// One spelling for abbreviations and the common words of institution names in European
    /// languages.
    static let synonyms: [String: String] = {
        let groups: [(String, [String])] = [
            ("university", ["univ", "universitat", "universitaet", "universite", "universita", "universidad", "universidade",
                           "universiteit", "universitet", "universitetet", "uniwersytet", "univerzita", "univerzitet",
                           "universitatea", "yliopisto", "egyetem", "ollscoil", "panepistimio", "universiti", "universitate"]),
            ("institute", ["inst", "institut", "instituto", "istituto", "instytut", "institutet", "instituut", "institiuid",
                          "institutul", "intezet", "instituttet"]),
            ("technology", ["tech", "techn", "technol", "technologie", "tecnologia", "technologia", "teknologi", "teicneolaiochta"]),
            ("college", ["coll", "colaiste", "collegio", "colegio", "kollegium"]),
            ("centre", ["center", "ctr", "cntr", "centro", "zentrum", "centrum", "kentro", "keskus", "kozpont", "centar"]),
            ("research", ["recherche", "ricerca", "investigacion", "investigacao", "forschung", "onderzoek", "forskning",
                         "tutkimus", "cercetare", "taighde"]),
            ("national", ["natl", "nationale", "nazionale", "nacional", "nationaal", "nationella", "national"]),
            ("international", ["intl", "internat", "internationale", "internazionale", "internacional"]),
            ("foundation", ["fdn", "fundacion", "fundacao", "fondazione", "fondation", "stiftung", "stichting", "fundatia",
                           "fundacja", "nadace", "saatio", "fonden"]),
            ("association", ["assoc", "assn", "asociacion", "associazione", "associacao", "vereniging", "verein",
                            "stowarzyszenie", "asociatia", "forening", "yhdistys"]),
            ("laboratory", ["lab", "labs", "laboratories", "laboratorium", "laboratoire", "laboratorio", "laboratoriet"]),
            ("hospital", ["hosp", "hopital", "ospedale", "krankenhaus", "ziekenhuis", "szpital", "ospideal"]),
            ("department", ["dept", "departement", "dipartimento", "departamento", "roinn"]),
            ("corporation", ["corp"]),
            ("manufacturing", ["mfg"]),
            ("science", ["sci"]),
            ("engineering", ["eng", "engg"]),
            ("management", ["mgmt", "mgt"]),
            ("service", ["svc", "svcs"]),
            ("government", ["govt"]),
            ("academy", ["acad", "akademie", "academie", "accademia", "academia", "akademia"]),
            ("school", ["sch"]),
            ("ministry", ["ministerium", "ministere", "ministero", "ministerio", "ministerie"]),
            ("st", ["saint", "sainte", "sankt"]),
            ("mount", ["mt"]),
            ("brother", ["bros"]),
            ("group", ["grp"]),
        ]
        var table: [String: String] = [:]
        for (canonical, spellings) in groups {
            for spelling in spellings { table[spelling] = canonical }
        }
        return table
    }()

    /// A word in its one spelling: the synonym table, then the singular of a plural.
    static func canonicalWord(_ word: String) -> String {
        if let canonical = synonyms[word] { return canonical }
        let singular = singularised(word)
        return synonyms[singular] ?? withoutUmlautSpelling(singular)
    }

    /// `ae`, `oe`, `ue` written for `ä`, `ö`, `ü` (`MUENCHEN`, `FOERDERUNG`) read as the folded
    /// letter (`munchen`, `forderung`); applied to every word on both sides, so it never
    /// parts two spellings that were equal.
    static func withoutUmlautSpelling(_ word: String) -> String {
        guard word.utf8.count >= 4, word.utf8.contains(UInt8(ascii: "e")) else { return word }
        var bytes = Array(word.utf8)
        var index = 1
        var changed = false
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "e"), [UInt8(ascii: "a"), UInt8(ascii: "o"), UInt8(ascii: "u")].contains(bytes[index - 1]) {
                bytes.remove(at: index)
                changed = true
            } else {
                index += 1
            }
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : word
    }

    /// `technologies` → `technology`, `systems` → `system`; words under five letters and
    /// those ending in `ss`, `us`, `is` are left as they are.
    static func singularised(_ word: String) -> String {
        let bytes = Array(word.utf8)
        guard bytes.count >= 5, bytes[bytes.count - 1] == UInt8(ascii: "s") else { return word }
        let before = bytes[bytes.count - 2]
        if before == UInt8(ascii: "e") && bytes[bytes.count - 3] == UInt8(ascii: "i") {
            return String(decoding: bytes.dropLast(3), as: UTF8.self) + "y"
        }
        if before == UInt8(ascii: "s") || before == UInt8(ascii: "u") || before == UInt8(ascii: "i") { return word }
        return String(decoding: bytes.dropLast(), as: UTF8.self)
    }
}

extension OrganisationName {
    /// The words of an address (street, city, postcode or a free-text address), folded as
    /// names are, stop words dropped, street abbreviations in one spelling (`Rd` → `road`,
    /// `Ave` → `avenue`, `…strasse` → `…str`). House numbers are words.
    public static func addressWords(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        return rawWords(repaired(text)).compactMap { word in
            if stopWords.contains(word) { return nil }
            if let canonical = streetSynonyms[word] { return canonical }
            if word.hasSuffix("strasse") { return String(word.dropLast(4)) }
            return word
        }
    }

    static let streetSynonyms: [String: String] = [
        "rd": "road", "ave": "avenue", "av": "avenue", "ln": "lane", "sq": "square", "dr": "drive", "ct": "court",
        "blvd": "boulevard", "hse": "house", "bldg": "building", "ind": "industrial", "est": "estate", "pk": "park",
        "cres": "crescent", "tce": "terrace", "terr": "terrace", "fl": "floor", "flr": "floor", "pl": "place",
        "strasse": "str", "st": "street",
    ]

    /// A postcode as compared: letters and digits only, lower case (`SW7 2AZ` → `sw72az`).
    public static func compactPostcode(_ text: String) -> String {
        String(String.UnicodeScalarView(fold(text).unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }

    /// A country as compared: upper case, `GB` read as `UK` and `EL` as `GR` (the EU's codes).
    public static func countryCode(_ text: String) -> String {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        switch code {
        case "GB": return "UK"
        case "EL": return "GR"
        default: return code
        }
    }
}
