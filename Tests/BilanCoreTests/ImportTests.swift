import Foundation
import Testing

@testable import BilanCore

/// Markdown files in, the same files out.
@Suite struct ImportTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
  let folder = temporaryFolder()
  let now = Date(timeIntervalSince1970: 1_764_322_200)
  let sets = PromptLibrary.shippedIDs.compactMap { try? PromptLibrary.shipped($0) }

  static func fixture(_ name: String) throws -> Data {
    try Data(contentsOf: fixtures.appendingPathComponent(name))
  }

  func roundTrip(_ data: Data, path: String = "/site/essay.md") throws -> (String, Entry, Journal) {
    let journal = try openJournal(path: folder + "/j-\(UUID().uuidString).sqlite", language: .fr)
    let document = try MarkdownDocument.parse(data)
    let plan = ImportPlan(document: document, path: path, hash: ContentHash.of(data), sets: sets, localOffset: 3600)
    guard case .imported(let id) = try journal.importMarkdown(plan, language: .fr, now: now) else {
      throw MarkdownDocument.Problem(line: 0, message: .verbatim("not imported"))
    }
    let entry = try #require(try journal.entry(id))
    let essay = ImportedEssay(
      entry: entry, source: try #require(try journal.source(of: id)), answers: try journal.answers(of: id),
      tags: try journal.tags(of: id))
    return (essay.markdown, entry, journal)
  }

  @Test func the_model_essay_comes_back_byte_for_byte_as_a_vision_essay() throws {
    let data = try Self.fixture("model-essay.md")
    let (markdown, entry, journal) = try roundTrip(data)
    #expect(Data(markdown.utf8) == data)
    #expect(entry.promptSet == "vision")
    #expect(entry.date == nil)  // its date line is a comment
    #expect(entry.title == "Autonomie Professionnelle")
    let skill = try #require(try entry.skillID.flatMap { try journal.skill($0) })
    #expect(skill.catalogID == "autonomy")
    #expect(
      try journal.tags(of: entry.id!) == [
        "BACKLINKS SEO", "DASHBOARD APPROS", "TRANSITION 4.0", "TECHNIQUE", "TRANSVERSE",
      ])
    #expect(
      try journal.answers(of: entry.id!).keys.sorted() == ["context", "critique", "conclusion", "vision"].sorted())
  }

  @Test func crlf_and_a_byte_order_mark_are_read_and_line_endings_kept() throws {
    let text = try String(decoding: Self.fixture("model-essay.md"), as: UTF8.self)
    let crlf = Data(([0xEF, 0xBB, 0xBF] as [UInt8])) + Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    let (markdown, _, _) = try roundTrip(crlf)
    #expect(markdown == text.replacingOccurrences(of: "\n", with: "\r\n"))  // the mark is dropped
  }

  @Test(arguments: [
    "+++\ntitle = \"Rigueur\"\ndate = 2024-03-01T09:00:00+01:00\ntags = [\"A\", \"B\"]\nweight = 3 # order\n[params]\nicon = 'x'\n+++\nIntro.\n\n# Un\n\nTexte.\n### Sous-titre\n\n# Deux\n<b>raw</b> {{< shortcode >}}\n",
    "{\n  \"title\": \"JSON \\\"quoted\\\"\",\n  \"tags\": [\"x\"],\n  \"related\": {\"a\": [1, 2.5, null]}\n}\n## Only\n\n- a list\n- b\n",
    "---\n# a comment\ntitle: Sans guillemets\nslug: custom\nlevel: 4\ndraft: true\n---\nNo heading at all, and no final newline",
    "Plain text, no front matter.\n\n## A\n\n```\n# not a heading\n```\n",
  ])
  func any_file_comes_back_as_it_was(_ text: String) throws {
    let (markdown, _, _) = try roundTrip(Data(text.utf8))
    #expect(markdown == text)
  }

  @Test(arguments: [
    "---\ntitle: Ms\ndate: 2024-01-05T10:00:00.123+01:00\nslug: keep # c\n---\nx\n",
    "---\ntitle: Jekyll\ndate: 2024-01-05 10:00:00 +0200\n---\nx\n",
    "---\nscore: .nan\nbig: .inf\n---\n# H\n",
    "+++\nscore = inf\nnan = nan\n+++\n",
    "{\"big\": 1e999}\n",
    "a\rb\n# H\r\nc\n",
    "\u{FEFF}second mark kept\n",
    "{{< toc >}}\n\n## Body\n",
    "---\r\ntitle: mixed\r\n---\nbody\n",
  ])
  func what_review_found_comes_back_as_it_was(_ text: String) throws {
    // A file that starts with one byte-order mark, which is dropped, then the text.
    let data = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
    let (markdown, _, _) = try roundTrip(data)
    #expect(markdown == text)
  }

  @Test func dates_in_the_forms_sites_write_are_read() {
    #expect(ImportPlan.parseDate("2024-01-05 10:00:00 +0200", localOffset: 0)?.0 == Self.date("2024-01-05T08:00:00Z"))
    #expect(ImportPlan.parseDate("2024-01-05 10:00:00 +0200", localOffset: 0)?.1 == 7200)
    #expect(
      ImportPlan.parseDate("2024-01-05T10:00:00.123+01:00", localOffset: 0)?.0 == Self.date("2024-01-05T09:00:00.123Z"))
    #expect(ImportPlan.parseDate("2024-01-05", localOffset: 3600)?.0 == Self.date("2024-01-04T23:00:00Z"))
    #expect(ImportPlan.parseDate("2024-01-05T10:00", localOffset: 3600)?.0 == Self.date("2024-01-05T09:00:00Z"))
    #expect(ImportPlan.parseDate("05/01/2024", localOffset: 0) == nil)
  }

  static func date(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter.date(from: text) ?? ISO8601DateFormatter().date(from: text)!
  }

  @Test(arguments: [
    ("{\"title\": \"\\uD800\\u0041\"}\nx\n", "surrogate"),
    ("{\"title\": \"J\"} {{< x >}}\n", "text follows"),
    (
      "---\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\n",
      "too large"
    ),
  ])
  func hostile_front_matter_is_refused_not_crashed_on(_ text: String, _ words: String) {
    do {
      _ = try MarkdownDocument.parse(Data(text.utf8))
      Issue.record("accepted")
    } catch let problem as MarkdownDocument.Problem {
      #expect(problem.message.en.contains(words), "\(problem)")
    } catch {
      Issue.record("\(error)")
    }
  }

  @Test func a_changed_value_rewrites_the_front_matter_in_yaml_and_keeps_other_keys() throws {
    let text = "+++\ntitle = \"Old\"\nweight = 3\ndate = 2024-03-01\n+++\n## A\ntext\n"
    let (_, entry, journal) = try roundTrip(Data(text.utf8))
    var changed = entry
    changed.title = "New: title"
    let essay = ImportedEssay(
      entry: changed, source: try #require(try journal.source(of: entry.id!)),
      answers: try journal.answers(of: entry.id!),
      tags: [])
    #expect(essay.markdown == "---\ntitle: \"New: title\"\nweight: 3\ndate: 2024-03-01\n---\n## A\ntext\n")
  }

  @Test func the_same_file_again_is_unchanged_and_a_changed_file_updates_its_entry() throws {
    let journal = try openJournal(path: folder + "/again.sqlite", language: .en)
    func load(_ text: String) throws -> ImportOutcome {
      let data = Data(text.utf8)
      let plan = ImportPlan(
        document: try MarkdownDocument.parse(data), path: "/a.md", hash: ContentHash.of(data), sets: sets,
        localOffset: 0)
      return try journal.importMarkdown(plan, language: .en, now: now)
    }
    #expect(try load("# T\nx\n") == .imported(1))
    #expect(try load("# T\nx\n") == .unchanged(1))
    #expect(try load("# T\ny\n") == .updated(1))
    #expect(try journal.entryCount() == 1)
    #expect(try journal.answers(of: 1)["section.1"] == "y\n")
  }

  @Test(arguments: [
    ("---\ntitle: x\n", 1, "never closed"),
    ("+++\ntitle = \n+++\n", 2, "TOML"),
    ("+++\na = 1\na = 2\n+++\n", 3, "twice"),
    ("{\n \"a\": [1,\n}\n", 3, "JSON"),
    ("---\ntitle: [x\n---\n", 2, "YAML"),  // the bracket never closed
  ])
  func a_broken_front_matter_names_its_line(_ text: String, _ line: Int, _ words: String) {
    #expect(throws: MarkdownDocument.Problem.self) { try MarkdownDocument.parse(Data(text.utf8)) }
    do {
      _ = try MarkdownDocument.parse(Data(text.utf8))
    } catch let problem as MarkdownDocument.Problem {
      #expect(problem.line == line, "\(problem)")
      #expect(problem.message.en.contains(words), "\(problem)")
    } catch {}
  }

  @Test func arbitrary_bytes_never_crash_the_reader() {
    var generator = SystemRandomNumberGenerator()
    let pieces = [
      "---\n", "+++\n", "{", "}", "\"", "[", "]", "= ", ": ", "\n", "# ", "\\", "'''", "\"\"\"", "\r\n", "é", "\u{0}",
    ]
    for _ in 0..<3000 {
      var bytes = Data()
      for _ in 0..<Int.random(in: 0..<40, using: &generator) {
        if Bool.random(using: &generator) {
          bytes.append(contentsOf: pieces.randomElement(using: &generator)!.utf8)
        } else {
          bytes.append(UInt8.random(in: 0...255, using: &generator))
        }
      }
      // What reads must come back as it was read (a byte-order mark and CRLF aside).
      if let document = try? MarkdownDocument.parse(bytes), !bytes.starts(with: [0xEF, 0xBB, 0xBF]),
        !bytes.contains(0x0D), let text = String(data: bytes, encoding: .utf8)
      {
        #expect(document.text == text)
      }
    }
  }
}
