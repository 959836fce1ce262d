import Foundation
import Testing
import Yams

@testable import BilanCore

/// Every hard case of docs/front-matter.md, written by bilan and read back by Yams to the same value.
@Suite struct FrontMatterTests {
  static let hardStrings: [String] = [
    "Autonomie professionnelle", "#1 Autonomie", "Priorité #1", "a: b", "key: value # comment",
    "-leading dash", "@at", "`tick", "*star", "&anchor", "!tag", "%percent", "{brace", "[bracket", "|pipe",
    ">fold", "?question", "0777", "yes", "no", "on", "off", "null", "~", "true", "1e3", "2014-09-28",
    "He said \"hi\"", "back\\slash", "line\nbreak", "tab\there", "cr\rhere", "bell\u{07}", "del\u{7F}",
    "c1\u{85}next", "ls\u{2028}ps\u{2029}", "bom\u{FEFF}", "nonchar\u{FFFE}\u{FFFF}", "é composé e\u{301}",
    "emoji 🎯 and flag 🇫🇷", "nbsp\u{A0}here", "---", "...", " leading and trailing ", "", "'single'",
  ]

  @Test(arguments: hardStrings)
  func every_hard_string_reads_back_the_same(_ value: String) throws {
    let yaml = FrontMatter.yaml([("title", .string(value)), ("tags", .strings([value, "x"]))])
    let body = yaml.split(separator: "\n").dropFirst().dropLast().joined(separator: "\n")
    let parsed = try #require(try Yams.load(yaml: body) as? [String: Any])
    #expect(parsed["title"] as? String == value)
    #expect(parsed["tags"] as? [String] == [value, "x"])
  }

  @Test func nul_is_stripped() throws {
    let yaml = FrontMatter.yaml([("title", .string("a\u{0}b"))])
    #expect(yaml == "---\ntitle: \"ab\"\n---\n")
  }

  @Test func values_are_double_quoted_and_tags_are_a_quoted_flow_list() {
    let yaml = FrontMatter.yaml([
      ("title", .string("Autonomie")), ("tags", .strings(["A", "B"])), ("draft", .bool(false)), ("level", .int(3)),
    ])
    #expect(yaml == "---\ntitle: \"Autonomie\"\ntags: [\"A\", \"B\"]\ndraft: false\nlevel: 3\n---\n")
  }

  @Test func dates_are_rfc3339_with_their_offset() {
    let date = Date(timeIntervalSince1970: 1_411_893_000)  // 2014-09-28T08:30:00Z
    #expect(FrontMatter.rfc3339(date, utcOffset: 7200) == "2014-09-28T10:30:00+02:00")
    #expect(FrontMatter.rfc3339(date, utcOffset: -9000) == "2014-09-28T06:00:00-02:30")
    #expect(FrontMatter.rfc3339(date, utcOffset: 0) == "2014-09-28T08:30:00+00:00")
  }
}

@Suite struct SlugTests {
  @Test(arguments: [
    ("Autonomie Professionnelle", "autonomie-professionnelle"),
    ("L'autonomie — l’équipe & co !", "lautonomie-léquipe-co"),
    ("  Gestion de projet  ", "gestion-de-projet"),
    ("C#/.NET", "c-net"),
    ("../../etc/passwd", "etc-passwd"),
    ("🎯", "essai"),
    ("", "essai"),
  ])
  func slugs_keep_accents_and_drop_unsafe_characters(_ input: String, _ expected: String) {
    #expect(Slug.make(input) == expected)
  }

  @Test func decomposed_accents_give_the_same_slug_as_composed_ones() {
    #expect(Slug.make("e\u{301}quipe") == Slug.make("équipe"))
    #expect(Slug.make("e\u{301}quipe") == "équipe")
  }

  @Test func slugs_are_capped_in_bytes() {
    let slug = Slug.make(String(repeating: "é", count: 500))
    #expect(slug.utf8.count <= Slug.maxBytes)
    #expect(!slug.isEmpty)
  }
}

@Suite struct HeadingTests {
  @Test(arguments: [
    ("autonomie professionnelle", "Ma vision de l'autonomie professionnelle"),
    ("Autonomie professionnelle", "Ma vision de l'autonomie professionnelle"),
    ("Gestion de projet", "Ma vision de la gestion de projet"),
    ("travail en équipe", "Ma vision du travail en équipe"),
    ("SQL", "Ma vision du SQL"),
    ("humilité", "Ma vision de l'humilité"),
  ])
  func french_headings_use_elision_and_articles(_ skill: String, _ expected: String) {
    #expect(Headings.fill("Ma vision de {skill}", skill: skill, language: .fr) == expected)
  }

  @Test func english_headings_take_the_name_in_a_sentence() {
    #expect(Headings.fill("My view of {skill}", skill: "Teamwork", language: .en) == "My view of teamwork")
    #expect(Headings.fill("My view of {skill}", skill: "SQL", language: .en) == "My view of SQL")
  }
}

/// `quoted` writes a text with nothing to escape as it is: it must give what the scalar walk gives.
@Suite struct QuotedShortcutTests {
  @Test func texts_without_escapes_are_quoted_as_the_walk_quotes_them() {
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array(
      "ab é«»’\"\\\n\t\r\u{0}\u{7}\u{7F}\u{80}\u{85}\u{9F}\u{A0}\u{2028}\u{2029}\u{2027}\u{FEFF}\u{FFFE}\u{FFFF}\u{FFFD}😀"
        .unicodeScalars)
    for _ in 0..<5_000 {
      var view = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 0...12, using: &generator) { view.append(alphabet.randomElement(using: &generator)!) }
      let text = String(view)
      // The scalars YAML's double-quoted style must escape, as the format has them (and NUL, dropped).
      let escaped = text.unicodeScalars.contains {
        switch $0.value {
        case 0x00...0x1F, 0x22, 0x5C, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: true
        default: false
        }
      }
      #expect(FrontMatter.needsEscapes(text) == escaped, "\(text.debugDescription)")
      if !escaped { #expect(FrontMatter.quoted(text) == "\"" + text + "\"") }
    }
  }
}

/// `rfc3339` computes the calendar by arithmetic: it must agree with Foundation's calendar everywhere.
@Suite struct RFC3339Tests {
  func byCalendar(_ date: Date, _ offset: Int) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(secondsFromGMT: offset)!
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    let minutes = abs(offset) / 60
    return String(format: "%04d-%02d-%02dT%02d:%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
      + (offset < 0 ? "-" : "+") + String(format: "%02d:%02d", minutes / 60, minutes % 60)
  }

  @Test func arithmetic_agrees_with_the_calendar() {
    var generator = SystemRandomNumberGenerator()
    let offsets = [0, 3600, -18_000, 19_800, -34_200, 50_400, -43_200]
    // Leap days, century years, the epoch, before it, and 5,000 random instants from 1600 to 2400.
    var instants: [TimeInterval] = [0, -1, 951_782_400, 951_868_799.5, -2_208_988_800, 4_107_542_399, 1_709_164_800]
    for _ in 0..<5_000 { instants.append(Double.random(in: -11_676_096_000...13_569_465_600, using: &generator)) }
    for instant in instants {
      let offset = offsets.randomElement(using: &generator)!
      let date = Date(timeIntervalSince1970: instant)
      #expect(FrontMatter.rfc3339(date, utcOffset: offset) == byCalendar(date, offset), "\(instant) \(offset)")
    }
  }
}
